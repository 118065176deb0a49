#pragma once

#include "api/FineTuneRequest.h"
#include "api/ModelCatalog.h"
#include "jobs/TokenEstimate.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace td {

// Everything to know before launching a fine-tune, in one place: Together's verdict on the
// data, rows and (estimated) tokens, trained tokens, the price (the server's estimate when
// there is one, else the published rate times tokens times epochs, labelled so), and where
// the result can run: serverless LoRA at the base model's per-token price, or a dedicated
// endpoint and what one costs per hour.
struct Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)

public:
    struct Input
    {
        QString datasetPath;
        QString validationPath; // local file, optional
        FineTuneRequest request;
        std::optional<PriceEstimate> serverPrice;
    };

    // What pre-flight reads from the data files: the slow part, worth keeping while only the
    // settings change.
    struct DataFacts
    {
        bool parityPassed = false;
        QString parityMessage;
        TokenEstimate training;
        std::optional<TokenEstimate> validation;
    };
    static Result<DataFacts> readData(const Input& input);

    enum class Serving { ServerlessLora, DedicatedEndpoint, Unknown };

    QString dataset;
    bool parityPassed = false;
    QString parityMessage;
    TokenEstimate training;
    std::optional<TokenEstimate> validation;
    qint64 tokensProcessed = 0; // tokens x epochs + validation tokens x evaluations
    std::optional<double> priceDollars;
    QString priceBasis;
    bool priceFromServer = false;
    Serving serving = Serving::Unknown;
    std::optional<std::pair<double, double>> inferencePrice; // base model's, per million tokens
    std::optional<ModelCatalog::HardwareRate> endpointFrom;
    QList<FineTuneRequest::Problem> problems;
    QString model;

    static Result<Preflight> run(const Input& input, const ModelCatalog& catalog);
    // The same from facts read before (no file is touched).
    static Preflight fromFacts(const Input& input, const DataFacts& facts, const ModelCatalog& catalog);
    bool canLaunch() const; // the checks pass and the request has no errors

    QString servingText() const;
    QString priceText() const;
    QString toText() const;
    nlohmann::ordered_json toJson() const;
};

} // namespace td
