#include "api/http/ApiError.h"
#include "api/wire/FineTuneJob.h"
#include "api/wire/FineTuneRequest.h"
#include "api/wire/ModelLimits.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace td;

// The fine-tuning fields Together added in 2026, on the wire: the estimate-price answer, early
// stopping's rules and outcome, the new create fields and job fields, and the 402 of prepaid
// billing.
class TestFineTune2026 : public QObject
{
    Q_OBJECT

    static QString problemAt(const FineTuneRequest& r, const char* field)
    {
        QStringList texts;
        for (const auto& p : r.validate(std::nullopt))
            if (p.field == QLatin1String(field))
                texts << p.message;
        return texts.join(QLatin1Char('\n'));
    }

    static FineTuneRequest earlyStopping()
    {
        FineTuneRequest r;
        r.trainingFile = QStringLiteral("file-t");
        r.validationFile = QStringLiteral("file-v");
        r.model = QStringLiteral("m");
        r.earlyStopping = true;
        return r;
    }

private slots:
    void priceEstimateShapes()
    {
        // 2026, available and allowed.
        auto p = PriceEstimate::fromJson(nlohmann::json::parse(
            R"({"estimation_available":true,"estimated_total_price":12.5,"allowed_to_proceed":true,"user_limit":100,
                "estimated_train_token_count":1000,"estimated_eval_token_count":20})"));
        QVERIFY(p);
        QVERIFY(p->available);
        QCOMPARE(p->totalDollars, 12.5);
        QCOMPARE(p->evalTokens, qint64(20));
        QVERIFY(p->overLimitText().isEmpty());
        QVERIFY(p->unavailableText().isEmpty());
        // 2026, unavailable: no price at all, and a reason a person understands.
        p = PriceEstimate::fromJson(
            nlohmann::json::parse(R"({"estimation_available":false,"unavailable_reason":"train_file_not_validated"})"));
        QVERIFY(p);
        QVERIFY(!p->available);
        QVERIFY2(p->unavailableText().contains(QStringLiteral("validated the training file")),
                 qPrintable(p->unavailableText()));
        QVERIFY(p->overLimitText().isEmpty());
        // A reason not known yet is shown as sent.
        p = PriceEstimate::fromJson(
            nlohmann::json::parse(R"({"estimation_available":false,"unavailable_reason":"too_sunny"})"));
        QVERIFY(p && p->unavailableText().contains(QStringLiteral("too_sunny")));
        // Over the limit: the warning names the price and the limit.
        p = PriceEstimate::fromJson(nlohmann::json::parse(
            R"({"estimation_available":true,"estimated_total_price":250,"allowed_to_proceed":false,"user_limit":100})"));
        QVERIFY(p && !p->allowedToProceed);
        QVERIFY2(p->overLimitText().contains(QStringLiteral("$250.00")) &&
                     p->overLimitText().contains(QStringLiteral("$100.00")),
                 qPrintable(p->overLimitText()));
        // Before 2026: an estimate without estimation_available is available.
        p = PriceEstimate::fromJson(nlohmann::json::parse(R"({"estimated_total_price":3})"));
        QVERIFY(p && p->available && p->allowedToProceed);
        // Neither: not an estimate.
        QVERIFY(!PriceEstimate::fromJson(nlohmann::json::parse(R"({"user_limit":3})")));
    }

    void insufficientBalanceIsExplainedWithTheAmount()
    {
        const ApiError e = parseErrorBody(
            402, R"({"error":{"message":"Insufficient balance. Required combined balance and credit limit: 4.00 USD",
                     "type":"insufficient_balance","code":"insufficient_balance"}})");
        const QString text = e.explanation();
        QVERIFY2(text.contains(QStringLiteral("Required combined balance and credit limit: 4.00 USD")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("needs 4.00 USD of balance and credit limit together")),
                 qPrintable(text));
        // A 402 without an amount keeps the general advice.
        QVERIFY(parseErrorBody(402, R"({"error":{"message":"Payment required"}})")
                    .explanation()
                    .contains(QStringLiteral("out of credit")));
    }

    void earlyStoppingRulesUseTheServersDefaults()
    {
        FineTuneRequest r = earlyStopping();
        // Defaults: patience 2, warm-up 1, so 4 evaluations are needed; the message says what to change.
        r.nEvals = 3;
        QVERIFY2(problemAt(r, "n_evals").contains(QStringLiteral("needs at least 4 evaluations")),
                 qPrintable(problemAt(r, "n_evals")));
        QVERIFY(problemAt(r, "n_evals").contains(QStringLiteral("set Evaluations to 4 or more")));
        r.nEvals = 4;
        QVERIFY(r.isValid(std::nullopt));
        r.earlyStoppingPatience = 3;
        r.earlyStoppingWarmupEvals = 0;
        QVERIFY(r.isValid(std::nullopt));
        r.earlyStoppingWarmupEvals = 2;
        QVERIFY(problemAt(r, "n_evals").contains(QStringLiteral("at least 6")));
        // Ranges, at their fields.
        r = earlyStopping();
        r.nEvals = 10;
        r.earlyStoppingPatience = 0;
        r.earlyStoppingMinDelta = -0.1;
        r.earlyStoppingWarmupEvals = -1;
        QVERIFY(!problemAt(r, "early_stopping_patience").isEmpty());
        QVERIFY(!problemAt(r, "early_stopping_min_delta").isEmpty());
        QVERIFY(!problemAt(r, "early_stopping_warmup_evals").isEmpty());
        // A validation file is needed.
        r = earlyStopping();
        r.nEvals = 0;
        r.validationFile.clear();
        QVERIFY(problemAt(r, "early_stopping_enabled").contains(QStringLiteral("choose a validation file")));
        // Off: none of it applies.
        r.earlyStopping = false;
        QVERIFY(r.isValid(std::nullopt));
    }

    void newCreateFieldsRoundTrip()
    {
        FineTuneRequest r = earlyStopping();
        r.nEvals = 5;
        r.earlyStoppingPatience = 2;
        r.earlyStoppingMinDelta = 0.01;
        r.earlyStoppingWarmupEvals = 0; // 0 is a value, not "left out"
        r.randomSeed = 1234;
        r.fromHfModel = QStringLiteral("org/model");
        r.hfModelRevision = QStringLiteral("607a30d7");
        r.hfApiToken = QStringLiteral("hf_secret");
        r.hfOutputRepoName = QStringLiteral("me/out");
        r.method = FineTuneRequest::Method::Dpo;
        r.dpoNormalizeLogratiosByLength = true;
        r.dpoReferenceFree = true;
        r.rpoAlpha = 0.5;
        r.simpoGamma = 1.0;
        const auto j = r.toJson();
        QCOMPARE(j["early_stopping_enabled"].get<bool>(), true);
        QCOMPARE(j["early_stopping_warmup_evals"].get<int>(), 0);
        QCOMPARE(j["random_seed"].get<qint64>(), qint64(1234));
        QCOMPARE(j["from_hf_model"].get<std::string>(), std::string("org/model"));
        QCOMPARE(j["hf_api_token"].get<std::string>(), std::string("hf_secret"));
        QCOMPARE(j["training_method"]["simpo_gamma"].get<double>(), 1.0);
        QCOMPARE(j["training_method"]["rpo_alpha"].get<double>(), 0.5);
        // The preview never shows the token.
        QVERIFY(r.toJson(true).dump().find("hf_secret") == std::string::npos);
        const FineTuneRequest back = FineTuneRequest::fromJson(nlohmann::json::parse(j.dump()));
        QCOMPARE(back.toJson().dump(), j.dump());
    }

    void simpoGammaSaysWhatItForces()
    {
        FineTuneRequest r = earlyStopping();
        r.earlyStopping = false;
        r.method = FineTuneRequest::Method::Dpo;
        r.simpoGamma = 0.5;
        QVERIFY2(problemAt(r, "simpo_gamma").contains(QStringLiteral("reference-free")),
                 qPrintable(problemAt(r, "simpo_gamma")));
        QVERIFY(r.isValid(std::nullopt)); // a note, not an error
        r.dpoReferenceFree = true;
        r.dpoNormalizeLogratiosByLength = true;
        QVERIFY(problemAt(r, "simpo_gamma").isEmpty());
        r.simpoGamma = -1;
        QVERIFY(!r.isValid(std::nullopt));
    }

    void jobFields()
    {
        auto job = FineTuneJob::fromJson(nlohmann::json::parse(
            R"({"id":"ft-1","status":"completed","user_id":"u-7","early_stopped":true,"early_stopping_best_step":24,
                "early_stopping_best_metric":0.8123,"tokenized_dataset_path":"tokenized/tok.tar"})"));
        QVERIFY(job);
        QCOMPARE(job->userId, QStringLiteral("u-7"));
        QVERIFY(job->earlyStopped);
        QCOMPARE(job->earlyStoppingBestStep, std::optional<qint64>(24));
        QCOMPARE(job->earlyStoppingBestMetric, std::optional<double>(0.8123));
        QCOMPARE(job->tokenizedDatasetPath, QStringLiteral("tokenized/tok.tar"));
        QCOMPARE(job->toJson()["early_stopping_best_step"].get<qint64>(), qint64(24));
        // Null metric (no finite best): the step is the halt step; absent fields are absent.
        job = FineTuneJob::fromJson(nlohmann::json::parse(
            R"({"id":"ft-2","early_stopped":true,"early_stopping_best_step":9,"early_stopping_best_metric":null})"));
        QVERIFY(job && job->earlyStopped && !job->earlyStoppingBestMetric);
        job = FineTuneJob::fromJson(nlohmann::json::parse(R"({"id":"ft-3","early_stopped":"yes?"})"));
        QVERIFY(job && !job->earlyStoppingBestStep);
    }
};

QTEST_GUILESS_MAIN(TestFineTune2026)
#include "tst_finetune2026.moc"
