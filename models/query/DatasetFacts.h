#pragma once

#include "core/Error.h"
#include "query/FactsSummary.h"
#include "query/FilterExpression.h"
#include "query/RowFacts.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace td {

class DatasetDocument;

// The facts of the open dataset's rows and their summary, computed on a worker: what the
// Statistics view shows and what filter expressions select from. Facts describe the document
// as it was when computed; after an edit they are stale until computed again (a filter waits
// for fresh ones, so it never selects rows by what they were).
class DatasetFacts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetFacts)

public:
    explicit DatasetFacts(DatasetDocument* document, QObject* parent = nullptr);
    ~DatasetFacts() override;

    // Keep the facts current by themselves (after opening and shortly after edits): on while
    // the Statistics view is shown; a filter computes them when they are needed anyway.
    void setAutoRefresh(bool on);
    void setRefreshDelay(int ms);
    void refresh();
    bool isComputing() const { return m_computing; }
    bool isCurrent() const { return m_current; }

    DatasetDocument* document() const { return m_doc; }
    std::shared_ptr<const std::vector<RowFacts>> facts() const { return m_facts; }
    const FactsSummary& summary() const { return m_summary; }

    // Selects the rows matching `text`: filtered() once the facts are current, or
    // filterFailed() with the parse error (its column in Error::byteOffset).
    void filter(const QString& text);

signals:
    void started();
    void progress(qint64 done, qint64 total);
    void ready();
    void failed(const td::Error& error);
    void filtered(const QString& expression, const std::vector<std::int64_t>& rows);
    void filterFailed(const td::Error& error);

private:
    void markStale();
    void applyPending();

    DatasetDocument* m_doc;
    QTimer* m_delay;
    bool m_auto = false;
    bool m_current = false;
    bool m_computing = false;
    quint64 m_generation = 0;
    std::shared_ptr<const std::vector<RowFacts>> m_facts;
    FactsSummary m_summary;
    std::optional<FilterExpression> m_pending;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFuture<void>> m_work; // waited for on destruction: each posts back to this object
};

} // namespace td
