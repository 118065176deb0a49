#include "dataset/SummaryProvider.h"

#include "core/Worker.h"

#include "dataset/DatasetDocument.h"

#include <QTimer>

namespace td {

namespace {
constexpr std::size_t kBatch = 256;
}

SummaryProvider::SummaryProvider(DatasetDocument* document, QObject* parent)
    : QObject(parent)
    , m_doc(document)
{
    m_pool.setMaxThreadCount(1);
    connect(m_doc, &DatasetDocument::changed, this, &SummaryProvider::onDocumentChanged);
}

SummaryProvider::~SummaryProvider()
{
    ++m_generation;
    m_pool.waitForDone();
}

const RowSummary* SummaryProvider::get(std::int64_t pos)
{
    if (pos < 0 || pos >= m_doc->rowCount())
        return nullptr;
    const RowId id = m_doc->rowId(pos);
    if (const RowSummary* s = m_cache.find(id))
        return s;
    request(id);
    return nullptr;
}

void SummaryProvider::prefetch(std::int64_t first, std::int64_t last)
{
    first = std::max<std::int64_t>(first, 0);
    last = std::min(last, m_doc->rowCount() - 1);
    for (std::int64_t pos = first; pos <= last; ++pos) {
        const RowId id = m_doc->rowId(pos);
        if (!m_cache.find(id))
            request(id);
    }
}

RowSummary SummaryProvider::compute(std::int64_t pos) const
{
    return summarizeRow(m_doc->rowView(pos));
}

void SummaryProvider::request(RowId id)
{
    if (!m_pending.insert(id).second)
        return;
    m_queue.push_back(id);
    if (!m_dispatchScheduled) {
        m_dispatchScheduled = true;
        QTimer::singleShot(0, this, &SummaryProvider::dispatch);
    }
}

void SummaryProvider::dispatch()
{
    m_dispatchScheduled = false;
    if (m_queue.empty())
        return;
    const DocumentSnapshot snap = m_doc->snapshot();
    // Most recent requests first: they are what the user is looking at now.
    struct Item
    {
        RowId id;
        quint32 version;
    };
    std::vector<Item> items;
    items.reserve(m_queue.size());
    for (auto it = m_queue.rbegin(); it != m_queue.rend(); ++it) {
        auto v = m_versions.find(*it);
        items.push_back({*it, v == m_versions.end() ? 0u : v->second});
    }
    m_queue.clear();
    const quint64 gen = m_generation;
    for (std::size_t off = 0; off < items.size(); off += kBatch) {
        std::vector<Item> part(items.begin() + std::ptrdiff_t(off),
                               items.begin() + std::ptrdiff_t(std::min(items.size(), off + kBatch)));
        ++m_inFlight;
        using Summaries = std::shared_ptr<std::vector<std::pair<Item, RowSummary>>>;
        (void)runInBackground(
            this,
            [snap, part = std::move(part)] {
                auto results = std::make_shared<std::vector<std::pair<Item, RowSummary>>>();
                results->reserve(part.size());
                for (const Item& item : part)
                    results->emplace_back(item, summarizeRow(snap.rowViewById(item.id)));
                return results;
            },
            [this, gen](const Summaries& results) {
                --m_inFlight;
                if (gen != m_generation)
                    return;
                for (auto& [item, summary] : *results) {
                    m_pending.erase(item.id);
                    auto v = m_versions.find(item.id);
                    const quint32 now = v == m_versions.end() ? 0u : v->second;
                    if (now == item.version)
                        m_cache.insert(item.id, std::move(summary));
                }
                emit summariesReady();
            },
            &m_pool);
    }
}

void SummaryProvider::onDocumentChanged(const DocumentChange& change)
{
    switch (change.kind) {
    case DocumentChange::Kind::Reset:
        ++m_generation;
        m_cache.clear();
        m_pending.clear();
        m_queue.clear();
        m_versions.clear();
        break;
    case DocumentChange::Kind::RowsChanged:
        // The row keeps its id but has new content: forget the old summary, and make any
        // summary still being computed from the old bytes stale.
        for (std::int64_t p = change.first; p < change.first + change.count; ++p) {
            const RowId id = m_doc->rowId(p);
            m_cache.remove(id);
            ++m_versions[id];
            m_pending.erase(id);
        }
        break;
    default:
        break;
    }
}

} // namespace td
