#include "jobs/Preflight.h"

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
    return QStringLiteral("$") + QLocale().toString(dollars, 'f', !rate && dollars > 0 && dollars < 0.01 ? 4 : 2);
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
    const FineTuneRequest& r = input.request;
    p.tokensProcessed = p.training.tokens() * r.nEpochs + (p.validation ? p.validation->tokens() * r.nEvals : 0);
    p.problems = r.validate(catalog.limits(p.model));

    const bool dpo = r.method == FineTuneRequest::Method::Dpo;
    if (input.serverPrice) {
        p.priceDollars = input.serverPrice->totalDollars;
        p.priceFromServer = true;
        p.priceBasis = tr("Together's estimate");
    } else if (const auto rate = catalog.trainingPrice(p.model, r.lora, dpo)) {
        p.priceDollars = std::max(rate->minimumCharge, double(p.tokensProcessed) * rate->dollarsPerMillion / 1e6);
        p.priceBasis = tr("estimated from %1 tokens processed at %2 per million, the %3")
                           .arg(number(p.tokensProcessed), money(rate->dollarsPerMillion, true), rate->basis);
        if (rate->minimumCharge > 0 && *p.priceDollars == rate->minimumCharge)
            p.priceBasis += tr("; the minimum charge of %1 applies").arg(money(rate->minimumCharge));
    }

    if (!r.fromCheckpoint.isEmpty() && r.model.isEmpty()) {
        p.serving = Serving::Unknown;
    } else if (r.lora && catalog.servesLoraServerless(p.model)) {
        p.serving = Serving::ServerlessLora;
        p.inferencePrice = catalog.inferencePrice(p.model);
    } else {
        p.serving = Serving::DedicatedEndpoint;
        p.endpointFrom = catalog.cheapestHardware();
    }
    return p;
}

bool Preflight::canLaunch() const
{
    return parityPassed && std::none_of(problems.begin(), problems.end(), [](const auto& x) { return !x.warning; });
}

QString Preflight::servingText() const
{
    switch (serving) {
    case Serving::ServerlessLora:
        return inferencePrice ? tr("Serverless LoRA inference: yes, at the base model's per-token price (%1 input, "
                                   "%2 output per million tokens).")
                                    .arg(money(inferencePrice->first, true), money(inferencePrice->second, true))
                              : tr("Serverless LoRA inference: yes, at the base model's per-token price.");
    case Serving::DedicatedEndpoint:
        return (endpointFrom ? tr("Serverless LoRA inference is not available for %1: the fine-tune needs a dedicated "
                                  "endpoint, billed per minute while it runs (from %2 per hour on %3; larger models "
                                  "need more GPUs).")
                                   .arg(model, money(endpointFrom->dollarsPerHour, true), endpointFrom->name)
                             : tr("Serverless LoRA inference is not available for %1: the fine-tune needs a "
                                  "dedicated endpoint.")
                                   .arg(model));
    case Serving::Unknown:
        break;
    }
    return tr("Where the fine-tune can run depends on the base model of the checkpoint.");
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
    lines << tr("Tokens (estimated from characters, 4 per token): %1, of which %2 trained.")
                 .arg(number(training.tokens()), number(training.trainedTokens()));
    if (validation)
        lines << tr("Validation tokens (estimated): %1.").arg(number(validation->tokens()));
    lines << priceText();
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
                   {"estimated", true}};
    j["price"] = {{"dollars", priceDollars ? nlohmann::ordered_json(*priceDollars) : nlohmann::ordered_json()},
                  {"fromServer", priceFromServer},
                  {"basis", priceBasis.toStdString()}};
    nlohmann::ordered_json s;
    s["serverlessLora"] = serving == Serving::ServerlessLora;
    s["dedicatedEndpointNeeded"] = serving == Serving::DedicatedEndpoint;
    if (inferencePrice)
        s["inferencePricePerMillion"] = {{"input", inferencePrice->first}, {"output", inferencePrice->second}};
    if (endpointFrom)
        s["endpointFrom"] = {{"hardware", endpointFrom->name.toStdString()},
                             {"dollarsPerHour", endpointFrom->dollarsPerHour}};
    s["text"] = servingText().toStdString();
    j["serving"] = s;
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
