#pragma once

#include "dataset/DocumentChange.h"
#include "dataset/SummaryCache.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <unordered_map>
#include <unordered_set>

namespace td {

class DatasetDocument;

// Summaries of the rows on screen, computed on a worker and cached. get() answers from the
// cache or queues the row; summariesReady() names the rows that arrived. Results carry the
// generation they were asked in, and stale ones (the row changed meanwhile) are dropped.
class SummaryProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryProvider)

public:
    explicit SummaryProvider(DatasetDocument* document, QObject* parent = nullptr);
    ~SummaryProvider() override;

    // The summary of the row at `pos`, or nullptr if it is still being computed.
    const RowSummary* get(std::int64_t pos);
    // Queues rows [first, last] that are not cached yet (the visible range plus a margin).
    void prefetch(std::int64_t first, std::int64_t last);
    // Summarizes synchronously (the selected row's detail view needs it now).
    RowSummary compute(std::int64_t pos) const;
    bool isPending() const { return !m_pending.empty() || m_inFlight > 0; }

signals:
    // Some requested summaries arrived; views repaint what they show.
    void summariesReady();

private:
    void onDocumentChanged(const td::DocumentChange& change);
    void request(RowId id);
    void dispatch();

    DatasetDocument* m_doc;
    SummaryCache m_cache;
    std::unordered_set<RowId> m_pending; // asked for and not back yet
    std::vector<RowId> m_queue;          // asked for, not yet dispatched
    // Bumped when a row's content changes, so a summary computed from older bytes is dropped.
    std::unordered_map<RowId, quint32> m_versions;
    int m_inFlight = 0;
    bool m_dispatchScheduled = false;
    quint64 m_generation = 0;
    QThreadPool m_pool;
};

} // namespace td
