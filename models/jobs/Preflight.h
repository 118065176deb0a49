#pragma once

#include "api/client/ModelCatalog.h"
#include "api/wire/FineTuneRequest.h"
#include "jobs/ServingVerdict.h"
#include "jobs/TokenEstimate.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace td {

// Everything to know before launching a fine-tune, in one place: Together's verdict on the
// data, rows and (estimated) tokens, trained tokens, the price (the server's estimate when
// there is one, else the published rate times tokens times epochs, labelled so), and how the
// result can be served and what that costs (ServingVerdict: live when the platform was asked,
// else the bundled catalog's answer, labelled as not checked).
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
        // The platform's answer for this request's base model (ServingCheck); without it the
        // bundled catalog's offline answer is shown.
        std::optional<ServingVerdict> liveServing;
        bool servingPending = false; // the platform is being asked: say so rather than the catalog's answer
        // A folder with the base model's tokenizer.json and tokenizer_config.json: the tokens
        // (and so the price) are counted exactly with it instead of estimated.
        QString tokenizerDir;
    };

    // What pre-flight reads from the data files: the slow part, worth keeping while only the
    // settings change.
    struct DataFacts
    {
        bool parityPassed = false;
        QString parityMessage;
        TokenEstimate training;
        std::optional<TokenEstimate> validation;
        // Why the tokenizer could not count exactly (the estimate stands, labelled so).
        QString exactError;
        // Rows the exact count leaves out (it could not count them), for people; "" when none.
        QString exactLeftOut;
    };
    static Result<DataFacts> readData(const Input& input);

    QString dataset;
    bool parityPassed = false;
    QString parityMessage;
    TokenEstimate training;
    std::optional<TokenEstimate> validation;
    QString exactError;
    QString exactLeftOut;
    qint64 tokensProcessed = 0; // tokens x epochs + validation tokens x evaluations
    std::optional<double> priceDollars;
    QString priceBasis;
    bool priceFromServer = false;
    bool overLimit = false; // Together says the account cannot pay for it (allowed_to_proceed false)
    QString priceNote;      // Together's reason for no estimate, or the over-limit warning
    ServingVerdict serving;
    bool servingPending = false;
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
