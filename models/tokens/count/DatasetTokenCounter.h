#pragma once

#include "core/Error.h"
#include "tokens/count/DatasetTokenCounts.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace td {

class DatasetDocument;

// The open dataset's exact token counts, on a worker with progress and cancel: what the table's
// Tokens and Trained columns, the "over the context length" filter, the histogram and the
// pre-flight read. Counts are by row position in the document as it was when counted; an edit
// makes them stale and they are counted again shortly after (like DatasetFacts).
class DatasetTokenCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetTokenCounter)

public:
    explicit DatasetTokenCounter(DatasetDocument* document, QObject* parent = nullptr);
    ~DatasetTokenCounter() override;

    // The counter to use (null: none, the counts are dropped). Counting starts at once.
    void setCounter(std::shared_ptr<const RowTokenCounter> counter);
    std::shared_ptr<const RowTokenCounter> counter() const { return m_counter; }
    DatasetDocument* document() const { return m_doc; }
    void setRecountDelay(int ms);

    void start();
    void cancel(); // stops a count on its way; the last complete counts stay (stale)
    bool isCounting() const { return m_counting; }
    bool isCurrent() const { return m_current; }

    // The last complete counts (null before the first one), current or stale.
    std::shared_ptr<const DatasetTokenCounts> counts() const { return m_counts; }

signals:
    void started();
    void progress(qint64 done, qint64 total);
    void ready();
    void cancelled();
    void failed(const td::Error& error);
    void cleared(); // no counter any more

private:
    void markStale();

    DatasetDocument* m_doc;
    QTimer* m_delay;
    std::shared_ptr<const RowTokenCounter> m_counter;
    std::shared_ptr<const DatasetTokenCounts> m_counts;
    bool m_current = false;
    bool m_counting = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFuture<void>> m_work; // waited for on destruction: each posts back to this object
};

} // namespace td
