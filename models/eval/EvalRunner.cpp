#include "eval/EvalRunner.h"

#include <nlohmann/json.hpp>

namespace td {

EvalRunner::EvalRunner(HttpTransport* transport, EvalStore store, QString id, ConnectionFor connectionFor,
                       QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_store(std::move(store))
    , m_id(std::move(id))
    , m_connectionFor(std::move(connectionFor))
{}

EvalRunner::~EvalRunner()
{
    for (ModelLane* lane : m_lanes)
        lane->cancel();
    for (EvalBatch* batch : std::as_const(m_batches))
        if (batch)
            batch->cancel();
    m_journal.close();
}

bool EvalRunner::viaBatch(int model) const
{
    return m_batchAll || m_data.definition.models.value(model).viaBatch;
}

Result<void> EvalRunner::start(bool retryFailed)
{
    auto data = m_store.open(m_id);
    if (!data)
        return data.error();
    return start(std::move(*data), retryFailed);
}

Result<void> EvalRunner::start(EvalRunData opened, bool retryFailed)
{
    m_data = std::move(opened);
    // Room for every answer: growing the table rehashes it on the GUI thread mid-run.
    m_data.results.reserve(m_data.rows.size() * m_data.definition.models.size());
    if (auto j = m_journal.open(m_store.resultsPath(m_id)); !j)
        return j.error();
    const EvalDefinition& d = m_data.definition;
    m_total = m_data.askableRows() * int(d.models.size());
    // Counted once here, then kept up to date answer by answer (counting every result at each
    // answer made a long run quadratic).
    m_answered = m_data.answered();
    m_failed = m_data.failedAnswers();
    for (int m = 0; m < d.models.size(); ++m) {
        const EvalModel& model = d.models[m];
        auto* lane = new ModelLane(m_transport, model.route(m_connectionFor(model)), model.maxConcurrency, this);
        lane->setStreaming(m_streaming);
        m_lanes.append(lane);
        connect(lane, &ModelLane::partial, this,
                [this, m](quint64 key, const QString& text) { emit partial(m_rowOfKey.value(key), m, text); });
        connect(lane, &ModelLane::answered, this,
                [this, m](quint64 key, const ChatAnswer& a, qint64 ms, int attempts, qint64 firstTokenMs) {
                    EvalResult r;
                    r.row = m_rowOfKey.value(key);
                    r.model = m;
                    r.ok = true;
                    r.answer = a.content;
                    r.finishReason = a.finishReason;
                    r.promptTokens = a.promptTokens;
                    r.completionTokens = a.completionTokens;
                    r.ms = ms;
                    r.firstTokenMs = firstTokenMs;
                    r.attempts = attempts;
                    record(r);
                });
        connect(lane, &ModelLane::failed, this, [this, m](quint64 key, const ApiError& e, int attempts) {
            EvalResult r;
            r.row = m_rowOfKey.value(key);
            r.model = m;
            r.error = e.explanation();
            r.attempts = attempts;
            record(r);
        });
    }
    m_running = true;
    m_paused = false;
    (void)m_store.setState(m_id, QStringLiteral("running"));
    // Rows first, models inside: every model moves through the rows together, so a partial
    // run compares like with like. Only keys are queued; a request is written when it is sent.
    QHash<qint64, int> rowIndex;
    for (int i = 0; i < m_data.rows.size(); ++i)
        rowIndex.insert(m_data.rows[i].row, i);
    for (int m = 0; m < d.models.size(); ++m)
        m_lanes[m]->setBodyFor([this, m, rowIndex](quint64 key) {
            const EvalRow& row = m_data.rows[rowIndex.value(m_rowOfKey.value(key))];
            const EvalDefinition& def = m_data.definition;
            nlohmann::ordered_json body;
            body["model"] = def.models[m].model.toStdString();
            body["messages"] = row.requestMessages();
            def.parameters.writeTo(body);
            return QByteArray::fromStdString(body.dump());
        });
    QHash<int, int> batchRows;
    std::vector<std::vector<ModelLane::Task>> tasks(std::size_t(d.models.size()));
    m_rowOfKey.reserve(m_data.rows.size() * d.models.size());
    for (const EvalRow& row : m_data.rows) {
        if (!row.askable())
            continue;
        for (int m = 0; m < d.models.size(); ++m) {
            const EvalResult* done = m_data.result(row.row, m);
            if (viaBatch(m)) {
                // A batch asks every row without an answer (EvalBatch::inputFile).
                batchRows[m] += done && done->ok ? 0 : 1;
                continue;
            }
            if (done && (done->ok || !retryFailed))
                continue;
            const quint64 key = EvalRunData::key(row.row, m);
            m_rowOfKey.insert(key, row.row);
            ++m_pending;
            tasks[std::size_t(m)].push_back({key, {}, 0, 0});
        }
    }
    for (int m = 0; m < d.models.size(); ++m)
        if (!tasks[std::size_t(m)].empty())
            m_lanes[m]->enqueue(std::move(tasks[std::size_t(m)]));
    for (auto it = batchRows.cbegin(); it != batchRows.cend(); ++it)
        if (it.value() > 0)
            startBatch(it.key(), it.value());
    emit progress(answered(), failed(), m_total);
    checkDone();
    return {};
}

int EvalRunner::answered() const
{
    return m_answered;
}

int EvalRunner::failed() const
{
    return m_failed;
}

void EvalRunner::startBatch(int model, int missing)
{
    m_pending += missing;
    m_batchMissing.insert(model, missing);
    const EvalModel& m = m_data.definition.models[model];
    auto* batch = new EvalBatch(m_transport, m.route(m_connectionFor(m)), m_store, m_id, model, this);
    batch->setPollInterval(m_batchPollMs);
    m_batches.append(batch);
    connect(batch, &EvalBatch::stage, this, [this, model](const QString& what) { emit batchStage(model, what); });
    connect(batch, &EvalBatch::finished, this, [this, model, batch] {
        batch->deleteLater();
        adoptBatch(model);
    });
    connect(batch, &EvalBatch::failed, this, [this, model, batch](const QString& message) {
        batch->deleteLater();
        m_lastError = message;
        emit batchFailed(model, message);
        adoptBatch(model); // nothing new, but its rows are no longer awaited
    });
    batch->start();
}

void EvalRunner::adoptBatch(int model)
{
    if (!m_running)
        return;
    // EvalBatch journaled the batch's lines; the run's data learns them from the journal.
    if (const auto fresh = m_store.open(m_id))
        for (const EvalRow& row : m_data.rows)
            if (const EvalResult* r = fresh->result(row.row, model); r && take(*r))
                emit resultAdded(row.row, model);
    m_pending -= m_batchMissing.take(model);
    emit progress(answered(), failed(), m_total);
    checkDone();
}

bool EvalRunner::take(const EvalResult& r)
{
    const quint64 k = EvalRunData::key(r.row, r.model);
    const auto it = m_data.results.constFind(k);
    if (it != m_data.results.cend() && it->ok)
        return false;
    if (it != m_data.results.cend())
        --m_failed; // a failure is replaced (an answer wins over failures)
    ++(r.ok ? m_answered : m_failed);
    m_data.results.insert(k, r);
    return true;
}

void EvalRunner::record(const EvalResult& r)
{
    if (!m_running)
        return;
    const EvalModel& model = m_data.definition.models[r.model];
    if (auto w = m_journal.append(r.toJson(model.model)); !w) {
        // Without the journal nothing can be promised: stop asking.
        m_lastError = w.error().message;
        for (ModelLane* lane : m_lanes)
            lane->cancel();
        m_running = false;
        emit journalFailed(m_lastError);
        return;
    }
    take(r);
    --m_pending;
    emit resultAdded(r.row, r.model);
    emit progress(answered(), failed(), m_total);
    checkDone();
}

void EvalRunner::checkDone()
{
    if (!m_running || m_pending > 0)
        return;
    m_running = false;
    m_journal.sync();
    (void)m_store.setState(m_id, QStringLiteral("finished"));
    emit finished();
}

void EvalRunner::pause()
{
    if (!m_running)
        return;
    m_paused = true;
    for (ModelLane* lane : m_lanes)
        lane->setPaused(true);
    (void)m_store.setState(m_id, QStringLiteral("paused"));
}

void EvalRunner::resume()
{
    if (!m_running)
        return;
    m_paused = false;
    (void)m_store.setState(m_id, QStringLiteral("running"));
    for (ModelLane* lane : m_lanes)
        lane->setPaused(false);
}

void EvalRunner::cancel()
{
    for (ModelLane* lane : m_lanes)
        lane->cancel();
    for (EvalBatch* batch : std::as_const(m_batches))
        if (batch)
            batch->cancel();
    if (m_running) {
        m_running = false;
        m_journal.sync();
        (void)m_store.setState(m_id, QStringLiteral("cancelled"));
    }
}

} // namespace td
