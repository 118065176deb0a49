#include "eval/EvalEstimate.h"
#include "core/Money.h"

#include "jobs/ServingCheck.h"
#include "jobs/TokenEstimate.h"

#include <nlohmann/json.hpp>

namespace td {

namespace {

qint64 tokensOf(const QString& text)
{
    return (qint64(text.toUtf8().size()) + TokenEstimate::kCharsPerToken - 1) / TokenEstimate::kCharsPerToken;
}

double dollars(const std::pair<double, double>& price, qint64 in, qint64 out)
{
    return (double(in) * price.first + double(out) * price.second) / 1e6;
}

QString money(double d)
{
    // A few rows cost less than the smallest amount shown: "$0.0000" read as free.
    if (d > 0 && d < 0.00005)
        return EvalEstimate::tr("under %1").arg(formatDollars(0.0001, 4));
    return formatDollars(d, d < 1 ? 4 : 2);
}

} // namespace

EvalEstimate EvalEstimate::of(const EvalDefinition& d, const QList<EvalRow>& rows, const ModelCatalog& catalog)
{
    EvalEstimate e;
    qint64 prompt = 0, expected = 0, asked = 0;
    for (const EvalRow& r : rows) {
        if (!r.askable()) {
            ++e.unaskableRows;
            continue;
        }
        ++asked;
        // The prompt counted as TokenEstimate counts a conversation row.
        TokenEstimate t;
        const std::string row = nlohmann::json({{"messages", r.requestMessages()}}).dump();
        t.addRow(row.data(), row.size(), FineTuneRequest::TrainOnInputs::Auto);
        prompt += t.tokens();
        expected += std::min<qint64>(tokensOf(r.reference), d.parameters.maxTokens);
    }
    for (const EvalModel& m : d.models) {
        PerModel p;
        p.model = m.model;
        p.viaBatch = m.viaBatch;
        p.requests = asked;
        p.promptTokens = prompt;
        p.expectedAnswerTokens = expected;
        p.maxAnswerTokens = asked * d.parameters.maxTokens;
        p.price = catalog.inferencePrice(m.model);
        if (p.price) {
            p.expectedDollars = dollars(*p.price, prompt, expected);
            p.maxDollars = dollars(*p.price, prompt, p.maxAnswerTokens);
        }
        e.models.append(p);
    }
    return e;
}

QString EvalEstimate::text() const
{
    QStringList lines;
    for (const PerModel& p : models) {
        QString cost = p.expectedDollars
                           ? tr("about %1 (at most %2)").arg(money(*p.expectedDollars), money(*p.maxDollars))
                           : tr("price unknown");
        lines << tr("%1: %2 requests, ~%3 prompt tokens, ~%4 answer tokens (at most %5), %6")
                     .arg(p.model)
                     .arg(p.requests)
                     .arg(p.promptTokens)
                     .arg(p.expectedAnswerTokens)
                     .arg(p.maxAnswerTokens)
                     .arg(cost);
        if (p.viaBatch)
            lines.back() += tr(", through the Batch API (priced here as asked directly; answers when the batch ends)");
    }
    if (unaskableRows > 0)
        lines << tr("%n row(s) cannot be asked (no answer at the chosen position, or not a conversation).", nullptr,
                    int(unaskableRows));
    for (const PerModel& p : models)
        if (!p.served())
            lines << tr("Warning: %1 is not served: %2. Its requests will fail until it is deployed.")
                         .arg(p.model, p.serving->serverlessReason);
    return lines.join(QLatin1Char('\n'));
}

nlohmann::ordered_json EvalEstimate::toJson() const
{
    nlohmann::ordered_json j;
    j["unaskable_rows"] = unaskableRows;
    j["models"] = nlohmann::ordered_json::array();
    for (const PerModel& p : models) {
        nlohmann::ordered_json m;
        m["model"] = p.model.toStdString();
        m["requests"] = p.requests;
        m["prompt_tokens"] = p.promptTokens;
        m["expected_answer_tokens"] = p.expectedAnswerTokens;
        m["max_answer_tokens"] = p.maxAnswerTokens;
        m["expected_dollars"] = p.expectedDollars ? nlohmann::ordered_json(*p.expectedDollars) : nullptr;
        m["max_dollars"] = p.maxDollars ? nlohmann::ordered_json(*p.maxDollars) : nullptr;
        m["served"] = p.served();
        if (p.serving)
            m["serving"] = p.serving->serverlessReason.toStdString();
        j["models"].push_back(m);
    }
    return j;
}

EvalServingProbe::EvalServingProbe(HttpTransport* transport, ConnectionFor connectionFor, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_connectionFor(std::move(connectionFor))
{}

void EvalServingProbe::check(const EvalDefinition& d)
{
    m_verdicts = QList<ServingVerdict>(d.models.size());
    m_pending = int(d.models.size());
    for (int i = 0; i < d.models.size(); ++i) {
        const EvalModel& m = d.models[i];
        TogetherClient client(m_transport, m.route(m_connectionFor(m)));
        client.chat(ServingCheck::probeRequest(m.model), this, [this, i, m](const ApiResult<ChatAnswer>& r) {
            ServingFacts f;
            f.baseModel = m.model;
            f.target = m.model;
            f.finishedJob = true;
            f.live = true;
            if (std::holds_alternative<ChatAnswer>(r)) {
                f.probe = ServingFacts::Probe::Answered;
            } else {
                const ApiError& e = std::get<ApiError>(r);
                f.probe = ServingCheck::probeOutcome(e);
                f.probeMessage = e.message;
            }
            m_verdicts[i] = ServingVerdict::decide(f);
            if (--m_pending == 0)
                emit decided(m_verdicts);
        });
    }
}

} // namespace td
