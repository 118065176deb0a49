#pragma once

#include "curation/NearDuplicates.h"
#include "curation/PiiRowScan.h"

#include <QFuture>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace td {

class DatasetDocument;

// The Statistics view's figures that take a whole-file scan, counted when asked (the scans
// take seconds a gigabyte, too long to run after every edit): the near-duplicate share (whole
// rows, default parameters) and the personal data and secrets found, per kind and per role.
class CurationFigures final : public QWidget
{
    Q_OBJECT

public:
    explicit CurationFigures(DatasetDocument* document, QWidget* parent = nullptr);
    ~CurationFigures() override;

    // The last count, when there is one.
    const std::optional<PiiCounts>& personalData() const { return m_pii; }
    const std::optional<NearDupResult>& nearDuplicates() const { return m_nearDup; }

signals:
    void counted();
    // The rows a clicked kind was found in (document positions), and what they are, for people.
    void rowsRequested(const std::vector<std::int64_t>& rows, const QString& what);

private:
    struct Counts
    {
        Result<PiiCounts> pii;
        Result<NearDupResult> nearDup;
    };
    void count();
    void show(Counts counts);
    void clear(const QString& why);
    void showRowsOf(QTreeWidgetItem* item);

    DatasetDocument* m_doc;
    QPushButton* m_count;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTreeWidget* m_table;
    std::optional<PiiCounts> m_pii;
    std::optional<NearDupResult> m_nearDup;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<Counts> m_work;
    bool m_counting = false;
    bool m_stale = false; // the rows changed while they were counted
};

} // namespace td
