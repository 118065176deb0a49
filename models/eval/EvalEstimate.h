#pragma once

#include "api/client/ModelCatalog.h"
#include "api/client/TogetherClient.h"
#include "eval/EvalRows.h"
#include "jobs/ServingVerdict.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace td {

// What a run will ask and cost before it starts, per model: the requests (askable rows), the
// prompt tokens (TokenEstimate's count of characters, 4 per token; exact counts come from the
// answers' usage), the answer tokens expected (as long as the dataset's own answers) and at
// most (max_tokens), and the dollars for both from the model's inference price when it is
// known (the bundled catalog, with live prices laid over it).
struct EvalEstimate
{
    Q_DECLARE_TR_FUNCTIONS(td::EvalEstimate)

public:
    struct PerModel
    {
        QString model;
        qint64 requests = 0;
        qint64 promptTokens = 0;
        qint64 expectedAnswerTokens = 0;
        qint64 maxAnswerTokens = 0;
        std::optional<std::pair<double, double>> price; // dollars per million: input, output
        std::optional<double> expectedDollars, maxDollars;
        std::optional<ServingVerdict> serving; // set by EvalServingProbe
        bool viaBatch = false;                 // asked through the Batch API (priced as asked directly)
        bool served() const { return !serving || serving->serverless; }
    };
    QList<PerModel> models;
    qint64 unaskableRows = 0;

    static EvalEstimate of(const EvalDefinition& definition, const QList<EvalRow>& rows, const ModelCatalog& catalog);
    // The lines a person reads before starting, one per model, then the warnings.
    QString text() const;
    nlohmann::ordered_json toJson() const;
};

// Asks whether each model of a run answers (a 1-token chat, ServingCheck's probe, over the
// model's own route) and decides with ServingVerdict: a model that does not answer gets the
// verdict's reason as a warning before the run starts.
class EvalServingProbe final : public QObject
{
    Q_OBJECT

public:
    using ConnectionFor = std::function<Connection(const EvalModel&)>;
    EvalServingProbe(HttpTransport* transport, ConnectionFor connectionFor, QObject* parent = nullptr);
    void check(const EvalDefinition& definition);

signals:
    // One verdict per model, in the definition's order.
    void decided(const QList<td::ServingVerdict>& verdicts);

private:
    HttpTransport* m_transport;
    ConnectionFor m_connectionFor;
    QList<ServingVerdict> m_verdicts;
    int m_pending = 0;
};

} // namespace td
