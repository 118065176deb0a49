#include "jobs/Preflight.h"
#include "core/Money.h"

#include "jobs/ServingCheck.h"
#include "tokens/Tokenizer.h"
#include "tokens/count/FileTokenCount.h"
#include "validate/ParityChecker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace td {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// Small totals keep their cents' fractions; rates and large totals have cents.
QString money(double dollars, bool rate = false)
{
    return formatDollars(dollars, !rate && dollars > 0 && dollars < 0.01 ? 4 : 2);
}

} // namespace

Result<Preflight::DataFacts> Preflight::readData(const Input& input)
{
    DataFacts facts;
    const auto checked = checkFileParity(QFileInfo(input.datasetPath).absoluteFilePath());
    if (!checked)
        return checked.error();
    const ParityReport& report = *checked;
    facts.parityPassed = report.passed();
    facts.parityMessage = QString::fromStdString(report.message());
    auto training = TokenEstimate::ofFile(input.datasetPath, input.request.trainOnInputs);
    if (!training)
        return training.error();
    facts.training = *training;
    if (!input.validationPath.isEmpty()) {
        auto validation = TokenEstimate::ofFile(input.validationPath, input.request.trainOnInputs);
        if (!validation)
            return validation.error();
        facts.validation = *validation;
    }
    if (!input.tokenizerDir.isEmpty()) {
        const bool inputs = input.request.trainOnInputs == FineTuneRequest::TrainOnInputs::Yes;
        auto tokenizer = Tokenizer::load(input.tokenizerDir);
        auto exact = tokenizer ? FileTokenCount::of(input.datasetPath, *tokenizer, inputs)
                               : Result<FileTokenCount>(tokenizer.error());
        auto exactValidation = !exact || input.validationPath.isEmpty()
                                   ? Result<FileTokenCount>(FileTokenCount{})
                                   : FileTokenCount::of(input.validationPath, *tokenizer, inputs);
        if (!exact || !exactValidation) {
            facts.exactError = (exact ? exactValidation.error() : exact.error()).message;
        } else {
            facts.training.setExact(exact->tokens, exact->trained, exact->tokenizer);
            if (facts.validation)
                facts.validation->setExact(exactValidation->tokens, exactValidation->trained, exact->tokenizer);
            // Rows the tokenizer cannot count (not JSON, say: the checker's verdict names them)
            // are left out of the exact count, and said so.
            facts.exactLeftOut = !exact->failure.isEmpty() ? exact->failure : exactValidation->failure;
        }
    }
    return facts;
}

Result<Preflight> Preflight::run(const Input& input, const ModelCatalog& catalog)
{
    auto facts = readData(input);
    if (!facts)
        return facts.error();
    return fromFacts(input, *facts, catalog);
}

Preflight Preflight::fromFacts(const Input& input, const DataFacts& facts, const ModelCatalog& catalog)
{
    Preflight p;
    p.dataset = QFileInfo(input.datasetPath).fileName();
    p.model = input.request.limitsModel();
    p.parityPassed = facts.parityPassed;
    p.parityMessage = facts.parityMessage;
    p.training = facts.training;
    p.validation = facts.validation;
    p.exactError = facts.exactError;
    p.exactLeftOut = facts.exactLeftOut;
    const FineTuneRequest& r = input.request;
    p.tokensProcessed = p.training.tokens() * r.nEpochs + (p.validation ? p.validation->tokens() * r.nEvals : 0);
    p.problems = r.validate(catalog.limits(p.model));

    const bool dpo = r.method == FineTuneRequest::Method::Dpo;
    if (input.serverPrice) {
        // Together's word on money: why it has no estimate, or that the account cannot pay.
        p.priceNote =
            input.serverPrice->available ? input.serverPrice->overLimitText() : input.serverPrice->unavailableText();
        p.overLimit = input.serverPrice->available && !input.serverPrice->allowedToProceed;
    }
    if (input.serverPrice && input.serverPrice->available) {
        p.priceDollars = input.serverPrice->totalDollars;
        p.priceFromServer = true;
        p.priceBasis = tr("Together's estimate");
    } else if (const auto rate = catalog.trainingPrice(p.model, r.lora, dpo)) {
        p.priceDollars = std::max(rate->minimumCharge, double(p.tokensProcessed) * rate->dollarsPerMillion / 1e6);
        const bool exact = p.training.isExact() && (!p.validation || p.validation->isExact());
        p.priceBasis = (exact ? tr("from %1 tokens processed (exact count) at %2 per million, the %3")
                              : tr("estimated from %1 tokens processed at %2 per million, the %3"))
                           .arg(number(p.tokensProcessed), money(rate->dollarsPerMillion, true), rate->basis);
        if (rate->minimumCharge > 0 && *p.priceDollars == rate->minimumCharge)
            p.priceBasis += tr("; the minimum charge of %1 applies").arg(money(rate->minimumCharge));
    }

    // The live answer only when it was given for this base model and training type.
    const ServingFacts offline = ServingCheck::offlineForRequest(r, catalog);
    const bool liveFits = input.liveServing && input.liveServing->baseModel == offline.baseModel &&
                          input.liveServing->fullFineTune == offline.fullFineTune;
    p.serving = liveFits ? *input.liveServing : ServingVerdict::decide(offline);
    p.servingPending = !liveFits && input.servingPending;
    return p;
}

bool Preflight::canLaunch() const
{
    return parityPassed && std::none_of(problems.begin(), problems.end(), [](const auto& x) { return !x.warning; });
}

QString Preflight::servingText() const
{
    if (servingPending)
        return tr("Serving the result: asking Together (a 1-token chat to %1 and its models for dedicated "
                  "inference)…")
            .arg(serving.target.isEmpty() ? serving.baseModel : serving.target);
    return serving.text();
}

QString Preflight::priceText() const
{
    if (!priceDollars)
        return tr("Price: unknown (no published rate for %1; Together shows it before the job starts).").arg(model);
    return tr("Price: %1 (%2).").arg(money(*priceDollars), priceBasis);
}

QString Preflight::toText() const
{
    QStringList lines;
    lines << (parityPassed
                  ? tr("Dataset: %1, %2 rows; Together's checker accepts it.").arg(dataset, number(training.rows))
                  : tr("Dataset: %1, %2 rows; Together's checker rejects it: %3")
                        .arg(dataset, number(training.rows), parityMessage));
    if (training.isExact())
        lines << tr("Tokens (exact, counted with %3): %1, of which %2 trained.")
                     .arg(number(training.tokens()), number(training.trainedTokens()), training.exactSource);
    else
        lines << tr("Tokens (estimated from characters, 4 per token): %1, of which %2 trained.")
                     .arg(number(training.tokens()), number(training.trainedTokens()));
    if (!exactError.isEmpty())
        lines << tr("The tokenizer could not count exactly: %1").arg(exactError);
    if (!exactLeftOut.isEmpty())
        lines << tr("Left out of the exact count: %1.").arg(exactLeftOut);
    if (validation)
        lines << (validation->isExact() ? tr("Validation tokens (exact): %1.")
                                        : tr("Validation tokens (estimated): %1."))
                     .arg(number(validation->tokens()));
    lines << priceText();
    if (!priceNote.isEmpty())
        lines << (overLimit ? tr("Warning: %1") : QStringLiteral("%1")).arg(priceNote);
    lines << servingText();
    for (const auto& problem : problems)
        lines << (problem.warning ? tr("Warning: %1") : tr("Error: %1")).arg(problem.message);
    return lines.join(QLatin1Char('\n'));
}

nlohmann::ordered_json Preflight::toJson() const
{
    nlohmann::ordered_json j;
    j["dataset"] = dataset.toStdString();
    j["model"] = model.toStdString();
    j["check"] = {{"passed", parityPassed}, {"message", parityMessage.toStdString()}};
    j["rows"] = training.rows;
    j["tokens"] = {{"total", training.tokens()},
                   {"trained", training.trainedTokens()},
                   {"validation", validation ? validation->tokens() : 0},
                   {"processed", tokensProcessed},
                   {"estimated", !training.isExact() || (validation && !validation->isExact())}};
    if (training.isExact())
        j["tokens"]["countedWith"] = training.exactSource.toStdString();
    j["price"] = {{"dollars", priceDollars ? nlohmann::ordered_json(*priceDollars) : nlohmann::ordered_json()},
                  {"fromServer", priceFromServer},
                  {"basis", priceBasis.toStdString()},
                  {"overLimit", overLimit},
                  {"note", priceNote.toStdString()}};
    j["serving"] = serving.toJson();
    nlohmann::ordered_json problemsJson = nlohmann::ordered_json::array();
    for (const auto& p : problems)
        problemsJson.push_back({{"field", p.field.toStdString()},
                                {"severity", p.warning ? "warning" : "error"},
                                {"message", p.message.toStdString()}});
    j["problems"] = problemsJson;
    j["canLaunch"] = canLaunch();
    return j;
}

} // namespace td
