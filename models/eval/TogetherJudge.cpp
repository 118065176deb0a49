#include "eval/TogetherJudge.h"

#include "eval/EvalJudge.h"

namespace td {

TogetherJudge::TogetherJudge(HttpTransport* transport, Connection connection, EvalStore store, QString id,
                             QList<QPair<int, int>> pairs, QString judgeModel, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_connection(std::move(connection))
    , m_store(std::move(store))
    , m_id(std::move(id))
    , m_pairs(std::move(pairs))
    , m_judgeModel(std::move(judgeModel))
    , m_prompt(EvalJudge::defaultPrompt())
{}

void TogetherJudge::start()
{
    m_results.clear();
    m_failures.clear();
    m_remaining = int(m_pairs.size());
    if (m_remaining == 0) {
        emit finished();
        return;
    }
    for (const auto& [a, b] : std::as_const(m_pairs)) {
        auto* e = new TogetherEvaluation(m_transport, m_connection, m_store, m_id, a, b, m_judgeModel, this);
        e->setPrompt(m_prompt);
        e->setPollInterval(m_pollMs);
        m_evaluations.append(e);
        connect(e, &TogetherEvaluation::stage, this,
                [this, a = a, b = b](const QString& what) { emit stage(a, b, what); });
        connect(e, &TogetherEvaluation::failed, this, [this, e](const QString& message) {
            m_failures << message;
            e->deleteLater();
            pairEnded();
        });
        connect(e, &TogetherEvaluation::finished, this,
                [this, e, a = a, b = b](int aWins, int bWins, int ties, int judgeFailures) {
                    m_results.append({a, b, aWins, bWins, ties, judgeFailures});
                    e->deleteLater();
                    pairEnded();
                });
        e->start();
    }
}

void TogetherJudge::pairEnded()
{
    if (--m_remaining == 0)
        emit finished();
}

void TogetherJudge::cancel()
{
    for (TogetherEvaluation* e : std::as_const(m_evaluations))
        if (e)
            e->cancel();
    m_remaining = 0;
}

} // namespace td
