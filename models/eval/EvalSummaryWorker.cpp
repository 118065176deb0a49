#include "eval/EvalSummaryWorker.h"

#include "eval/EvalSummary.h"

#include <QtConcurrent/QtConcurrentRun>

#include <vector>

namespace td {

EvalSummaryWorker::EvalSummaryWorker(std::function<const EvalRunData&()> current, QObject* parent)
    : QObject(parent)
    , m_current(std::move(current))
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString text = m_watcher.result();
        if (m_running == m_generation)
            emit ready(text);
        if (std::exchange(m_again, false))
            refresh();
    });
}

void EvalSummaryWorker::reset(const EvalRunData& data)
{
    ++m_generation;
    m_copy = std::make_shared<EvalRunData>(data);
    m_copy->results.detach();
    m_copy->results.reserve(m_copy->rows.size() * m_copy->definition.models.size());
    m_fresh.clear();
}

void EvalSummaryWorker::answerAdded(qint64 row, int model)
{
    m_fresh.insert(EvalRunData::key(row, model));
}

void EvalSummaryWorker::refresh()
{
    if (!m_copy)
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    // The answers since the last summary (a few hundred) are copied here; the verdicts are
    // shared (the caller only appends to them, at the pace of a person or a judge).
    const EvalRunData& data = m_current();
    std::vector<EvalResult> fresh;
    fresh.reserve(std::size_t(m_fresh.size()));
    for (const quint64 k : std::as_const(m_fresh)) {
        const auto [row, model] = EvalRunData::unkey(k);
        if (const EvalResult* r = data.result(row, model))
            fresh.push_back(*r);
    }
    m_fresh.clear();
    m_running = m_generation;
    m_watcher.setFuture(
        QtConcurrent::run([copy = m_copy, fresh = std::move(fresh), verdicts = data.verdicts]() mutable {
            for (EvalResult& r : fresh) {
                const quint64 k = EvalRunData::key(r.row, r.model);
                copy->results.insert(k, std::move(r));
            }
            copy->verdicts = std::move(verdicts);
            return EvalSummary::of(*copy).text();
        }));
}

} // namespace td
