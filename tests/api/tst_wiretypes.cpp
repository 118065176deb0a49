#include "api/client/TogetherClient.h"
#include "api/wire/ChatAnswer.h"
#include "api/wire/Endpoint.h"
#include "api/wire/FineTuneJob.h"
#include "api/wire/FineTunePreview.h"
#include "api/wire/FineTuneRequest.h"
#include "api/wire/Hardware.h"
#include "api/wire/JsonFields.h"
#include "api/wire/ModelInfo.h"
#include "api/wire/ModelLimits.h"
#include "api/wire/TokenizedDataset.h"
#include "api/wire/TrainingMetric.h"

#include "WireRecords.h"

#include <QTest>
#include <QTimeZone>

#include <climits>

using namespace td;

// The typed wire records: the request body the form and CLI send, the SDK's client-side
// checks with their exact wording, and tolerant parsing of what servers answer.
class TestWireTypes : public QObject
{
    Q_OBJECT

    static ModelLimits limits()
    {
        // The v1 SDK's unit-test fixture (contract 4.4), with max_batch_size_dpo left out.
        const auto j = nlohmann::json::parse(
            "{\"model_name\":\"meta-llama/Meta-Llama-3.1-8B-Instruct-Reference\",\"full_training\":{\"max_batch_size\":"
            "96,\"min_batch_size\":8},\"lora_training\":{\"max_batch_size\":128,\"min_batch_size\":8,\"max_rank\":64,"
            "\"target_modules\":[\"q\",\"k\"]},\"max_num_epochs\":20,\"max_learning_rate\":1.0,\"min_learning_rate\":"
            "1e-06,\"max_num_evals\":10,\"supports_vision\":false,\"supports_tools\":true,\"supports_reasoning\":false,"
            "\"merge_output_lora\":true,\"new_field\":{\"x\":1}}");
        return *ModelLimits::fromJson(j);
    }

    // Every value's place in j (not the root), objects and arrays included.
    static std::vector<nlohmann::json::json_pointer>
    pointersIn(const nlohmann::json& j, const nlohmann::json::json_pointer& at = nlohmann::json::json_pointer())
    {
        std::vector<nlohmann::json::json_pointer> out;
        if (j.is_object())
            for (auto it = j.begin(); it != j.end(); ++it) {
                out.push_back(at / it.key());
                for (auto& p : pointersIn(*it, at / it.key()))
                    out.push_back(std::move(p));
            }
        else if (j.is_array())
            for (std::size_t i = 0; i < j.size(); ++i) {
                out.push_back(at / i);
                for (auto& p : pointersIn(j[i], at / i))
                    out.push_back(std::move(p));
            }
        return out;
    }

    static QStringList messages(const FineTuneRequest& r, const std::optional<ModelLimits>& l)
    {
        QStringList out;
        for (const auto& p : r.validate(l))
            out << p.message;
        return out;
    }

private slots:
    void defaultBodyIsTheCliBody()
    {
        FineTuneRequest r;
        r.trainingFile = QStringLiteral("file-X");
        r.model = QStringLiteral("M");
        // The v1 CLI's typical body (contract 4.1), less its empty validation_file.
        const auto expected = nlohmann::ordered_json::parse(
            "{\"training_file\": \"file-X\", \"model\": \"M\", \"n_epochs\": 1, \"learning_rate\": 1e-05,"
            "\"lr_scheduler\": {\"lr_scheduler_type\": \"cosine\", \"lr_scheduler_args\": {\"min_lr_ratio\": 0.0, "
            "\"num_cycles\": 0.5}}, \"warmup_ratio\": 0.0, \"max_grad_norm\": 1.0, \"weight_decay\": 0.0, "
            "\"n_checkpoints\": 1, \"n_evals\": 0, \"batch_size\": \"max\", \"training_type\": {\"type\": \"Lora\", "
            "\"lora_r\": 8, \"lora_alpha\": 16, \"lora_dropout\": 0.0, \"lora_trainable_modules\": \"all-linear\"}, "
            "\"training_method\": {\"method\": \"sft\", \"train_on_inputs\": \"auto\"}}");
        QCOMPARE(QString::fromStdString(r.toJson().dump()), QString::fromStdString(expected.dump()));
        QVERIFY(r.isValid(limits()));
    }

    void everyFieldRoundTrips()
    {
        FineTuneRequest r;
        r.trainingFile = QStringLiteral("file-a");
        r.validationFile = QStringLiteral("file-b");
        r.model = QStringLiteral("m");
        r.nEpochs = 3;
        r.nCheckpoints = 2;
        r.nEvals = 4;
        r.batchSize = 16;
        r.learningRate = 2e-4;
        r.scheduler = FineTuneRequest::Scheduler::Linear;
        r.minLrRatio = 0.1;
        r.warmupRatio = 0.05;
        r.maxGradNorm = 0.5;
        r.weightDecay = 0.01;
        r.suffix = QStringLiteral("support-v2");
        r.loraR = 32;
        r.loraAlpha = 48;
        r.loraDropout = 0.1;
        r.loraTrainableModules = QStringLiteral("q_proj,v_proj");
        r.method = FineTuneRequest::Method::Dpo;
        r.dpoBeta = 0.2;
        r.rpoAlpha = 0.5;
        r.simpoGamma = 0.1;
        r.wandbApiKey = QStringLiteral("wk");
        r.wandbProjectName = QStringLiteral("proj");
        r.wandbEntity = QStringLiteral("team");
        r.hfApiToken = QStringLiteral("hf_secret");
        r.hfOutputRepoName = QStringLiteral("me/out");
        r.packing = false;
        r.maxSeqLength = 4096;
        r.randomSeed = 7;
        r.gradientAccumulationSteps = 2;
        const FineTuneRequest back = FineTuneRequest::fromJson(r.toJson());
        QCOMPARE(QString::fromStdString(back.toJson().dump()), QString::fromStdString(r.toJson().dump()));
        // Secrets are masked in a preview, and only there.
        const std::string masked = r.toJson(true).dump();
        QVERIFY(masked.find("hf_secret") == std::string::npos);
        QVERIFY(masked.find("\"wk\"") == std::string::npos);
        QVERIFY(r.toJson().dump().find("hf_secret") != std::string::npos);
        // The Python SDKs' wandb_key spelling is read too.
        QCOMPARE(FineTuneRequest::fromJson(nlohmann::json{{"wandb_key", "k2"}}).wandbApiKey, QStringLiteral("k2"));
    }

    void theSdkChecksAndWording()
    {
        const ModelLimits l = limits();
        QCOMPARE(l.lora->maxBatchSizeDpo, 64); // derived: max(8, (128 / 2 / 8) * 8)
        QCOMPARE(l.full->maxBatchSizeDpo, 48);
        FineTuneRequest r;
        r.trainingFile = QStringLiteral("file-X");
        r.model = QStringLiteral("M");
        r.fromCheckpoint = QStringLiteral("ft-1:10");
        QVERIFY(messages(r, l).contains(
            QStringLiteral("You must specify either a model or a checkpoint to start a job from, not both")));
        r.model.clear();
        QCOMPARE(r.limitsModel(), QStringLiteral("ft-1"));
        r.fromCheckpoint.clear();
        QVERIFY(messages(r, l).contains(QStringLiteral("You must specify either a model or a checkpoint")));
        r.model = QStringLiteral("M");
        r.batchSize = 200;
        QVERIFY(messages(r, l).contains(
            QStringLiteral("Requested batch size of 200 is higher that the maximum allowed value of 128.")));
        // DPO has its own maximum.
        r.method = FineTuneRequest::Method::Dpo;
        r.batchSize = 100;
        QVERIFY(messages(r, l).contains(
            QStringLiteral("Requested batch size of 100 is higher that the maximum allowed value of 64.")));
        r.method = FineTuneRequest::Method::Sft;
        r.batchSize = 4;
        QVERIFY(messages(r, l).contains(
            QStringLiteral("Requested batch size of 4 is lower that the minimum allowed value of 8.")));
        r.batchSize.reset();
        r.warmupRatio = 1.5;
        r.maxGradNorm = -1;
        r.loraDropout = 1;
        r.numCycles = 0;
        const QStringList m = messages(r, l);
        QVERIFY(m.contains(QStringLiteral("Warmup ratio should be between 0 and 1 (got 1.5)")));
        QVERIFY(m.contains(QStringLiteral("Max gradient norm should be non-negative (got -1.0)")));
        QVERIFY(m.contains(QStringLiteral("LoRA dropout must be in [0, 1) range.")));
        QVERIFY(m.contains(QStringLiteral("Number of cycles should be greater than 0 (got 0.0)")));
        r = FineTuneRequest();
        r.trainingFile = QStringLiteral("file-X");
        r.model = QStringLiteral("M");
        r.nEvals = 2;
        QVERIFY(messages(r, l).contains(
            QStringLiteral("You have specified a number of evaluation loops but no validation file.")));
        r.nEvals = 0;
        r.validationFile = QStringLiteral("file-V");
        const auto problems = r.validate(l);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.front().warning); // a warning does not block
        QVERIFY(r.isValid(l));
        // Limits the model does not have.
        r.loraR = 128;
        r.nEpochs = 30;
        r.learningRate = 2.0;
        const QStringList over = messages(r, l);
        QVERIFY(over.contains(QStringLiteral("LoRA rank 128 is higher than the maximum of 64 for this model.")));
        QVERIFY(over.contains(QStringLiteral("At most 20 epochs are allowed for this model.")));
        QVERIFY(over.contains(QStringLiteral("The learning rate must be between 1e-06 and 1 for this model.")));
        // A model without LoRA training.
        ModelLimits fullOnly = l;
        fullOnly.lora.reset();
        QVERIFY(messages(FineTuneRequest::fromJson(nlohmann::json{{"training_file", "f"}, {"model", "X"}}), fullOnly)
                    .contains(QStringLiteral("LoRA adapters are not supported for the selected model (X).")));
    }

    void jobsParseBothSpellingsAndUnknownValues()
    {
        const auto j = nlohmann::json::parse(
            "{\"id\":\"ft-1\",\"status\":\"RUNNING\",\"created_at\":\"2023-10-03T21:42:09.864Z\","
            "\"updated_at\":\"2023-10-03T21:42:10Z\",\"TrainingFileNumLines\":120,\"trainingfile_size\":4096,"
            "\"total_price\":1500000000,\"training_type\":{\"type\":\"Lora\"},\"batch_size\":\"max\","
            "\"progress\":{\"estimate_available\":true,\"seconds_remaining\":30},"
            "\"events\":[{\"type\":\"job_start\",\"level\":null,\"message\":\"go\"},{\"type\":\"NEW_KIND\"}],"
            "\"brand_new\":[1,2]}");
        const auto job = FineTuneJob::fromJson(j);
        QVERIFY(job);
        QCOMPARE(job->status, JobStatus::Running);
        QCOMPARE(job->trainingFileLines, 120);
        QCOMPARE(job->trainingFileSize, 4096);
        QCOMPARE(job->totalPriceDollars(), 1.5);
        QVERIFY(job->isLora());
        QCOMPARE(job->batchSize, 0); // "max" in a job is tolerated, not a failure
        QCOMPARE(job->createdAt, QDateTime(QDate(2023, 10, 3), QTime(21, 42, 9, 864), QTimeZone::utc()));
        QCOMPARE(*job->secondsRemaining, 30.0);
        QCOMPARE(job->events.size(), 2);
        QVERIFY(job->events[0].isType("JOB_START"));
        QCOMPARE(jobStatusFromString(QStringLiteral("user_error")), JobStatus::UserError);
        QCOMPARE(jobStatusFromString(QStringLiteral("paused")), JobStatus::Unknown);
        QVERIFY(!FineTuneJob::fromJson(nlohmann::json::parse("{\"status\":\"running\"}")));
        // Python isoformat with microseconds and an offset.
        QCOMPARE(wire::time(nlohmann::json{{"t", "2025-02-04T10:43:55.405123+00:00"}}, "t"),
                 QDateTime(QDate(2025, 2, 4), QTime(10, 43, 55, 405), QTimeZone::utc()));
    }

    void modelsEndpointsHardwareMetrics()
    {
        const auto m = ModelInfo::fromJson(nlohmann::json::parse(
            "{\"id\":\"a/b\",\"object\":\"model\",\"created\":1692896905,\"type\":\"chat\",\"context_length\":131072,"
            "\"pricing\":{\"hourly\":0,\"input\":0.18,\"output\":0.2,\"base\":0,\"finetune\":0}}"));
        QCOMPARE(m->outputPrice, 0.2);
        const auto e = Endpoint::fromJson(nlohmann::json::parse(
            "{\"object\":\"endpoint\",\"id\":\"endpoint-1\",\"name\":\"u/m-1\",\"state\":\"FAILED\","
            "\"autoscaling\":{\"min_replicas\":1,\"max_replicas\":3}}"));
        QCOMPARE(e->state, EndpointState::Error);
        QCOMPARE(e->maxReplicas, 3);
        const auto h = Hardware::fromJson(nlohmann::json::parse(
            "{\"object\":\"hardware\",\"id\":\"2x_nvidia_a100_80gb_sxm\",\"pricing\":{\"cents_per_minute\":5.42},"
            "\"specs\":{\"gpu_type\":\"a100-80gb\",\"gpu_link\":\"sxm\",\"gpu_memory\":80,\"gpu_count\":2},"
            "\"availability\":{\"status\":\"available\"}}"));
        QCOMPARE(h->gpuCount, 2);
        QVERIFY(qAbs(h->dollarsPerHour() - 3.252) < 1e-9); // cents per minute
        const auto metrics = TrainingMetric::listFromJson(nlohmann::json::parse(
            "{\"metrics\":[{\"train/loss\":0.5,\"train/learning_rate\":0.0001,\"train/global_step\":7}]}"));
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics[0].step, 7);
        QCOMPARE(metrics[0].values.value(QStringLiteral("train/loss")), 0.5);
    }

    // A whole chat answer reads the cache and reasoning counts in either 2026 spelling.
    void chatAnswerUsageDetails()
    {
        const auto nested = ChatAnswer::fromJson(nlohmann::json::parse(
            "{\"id\":\"c\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"hi\"}}],"
            "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15,"
            "\"prompt_tokens_details\":{\"cached_tokens\":8},\"completion_tokens_details\":{\"reasoning_tokens\":3}}"
            "}"));
        QVERIFY(nested);
        QCOMPARE(nested->promptTokens, 10);
        QCOMPARE(nested->cachedTokens, 8);
        QCOMPARE(nested->reasoningTokens, 3);
        const auto top = ChatAnswer::fromJson(nlohmann::json::parse(
            "{\"choices\":[{\"text\":\"x\"}],\"usage\":{\"prompt_tokens\":10,\"cached_tokens\":4}}"));
        QVERIFY(top);
        QCOMPARE(top->cachedTokens, 4);
        QCOMPARE(top->reasoningTokens, -1);
        const auto none = ChatAnswer::fromJson(nlohmann::json::parse("{\"choices\":[],\"usage\":{}}"));
        QVERIFY(none);
        QCOMPARE(none->cachedTokens, -1);
    }

    // GET metrics (2026): "timestamp" is the time a row was logged (nanoseconds documented; the
    // other units and ISO read too), never a value; train and eval rows stay apart.
    // Regression: the timestamp was kept among the values, as if it were a metric.
    void metricsWithTheirTimestamps()
    {
        const auto m = TrainingMetric::listFromJson(nlohmann::json::parse(
            "{\"metrics\":[{\"timestamp\":1764547200123456789,\"train/global_step\":1,\"train/loss\":\"2.5\",\"train/"
            "grad_norm\":1.2},"
            "{\"timestamp\":1764547201,\"train/global_step\":1,\"eval/loss\":2.7},"
            "{\"timestamp\":\"2025-12-01T00:00:02.5Z\",\"train/global_step\":2,\"train/loss\":2.1},"
            "{\"timestamp\":\"1764547203000\",\"step\":3},{\"timestamp\":-5,\"train/"
            "global_step\":4},{\"timestamp\":1e300}]}"));
        QCOMPARE(m.size(), 6);
        const QDateTime t0(QDate(2025, 12, 1), QTime(0, 0, 0, 123), QTimeZone::utc());
        QCOMPARE(m[0].loggedAt, t0);
        QVERIFY(!m[0].has(QStringLiteral("timestamp")));
        QCOMPARE(m[0].values.value(QStringLiteral("train/loss")), 2.5); // a number sent as a string
        QCOMPARE(m[1].loggedAt, t0.addMSecs(1000 - 123));               // seconds
        QVERIFY(m[1].has(QStringLiteral("eval/loss")) && !m[1].has(QStringLiteral("train/loss")));
        QCOMPARE(m[2].loggedAt, t0.addMSecs(2500 - 123)); // ISO
        QCOMPARE(m[3].loggedAt, t0.addMSecs(3000 - 123)); // milliseconds, as a string
        QCOMPARE(m[3].step, 3);
        QVERIFY(!m[4].loggedAt.isValid());
        QVERIFY(!m[5].loggedAt.isValid());
    }

    // POST fine-tunes/preview read tolerantly: items of another type keep their place, spans
    // are clipped to the tokens and merged, counts missing are worked out.
    void previewRowsReadTolerantly()
    {
        const auto p = FineTunePreview::fromJson(nlohmann::json::parse(
            "{\"max_seq_length\":\"8192\",\"rows\":[{\"tokens\":[\"a\",5,null,\"b\",\"c\"],\"input_ids\":[\"x\",1],"
            "\"labels\":[-100,\"?\"],\"trained_spans\":[[3,1],[-5,2],{\"start\":1,\"end\":3},[4],\"x\",[4,99]],"
            "\"truncated\":1},"
            "7]}"));
        QVERIFY(p);
        QCOMPARE(p->maxSeqLength, 8192);
        QCOMPARE(p->rows.size(), 2);
        const PreviewRow& r = p->rows[0];
        QCOMPARE(r.tokens, (QStringList{"a", "5", QString(), "b", "c"}));
        QCOMPARE(r.inputIds, (QList<qint64>{-1, 1}));
        QCOMPARE(r.labels, (QList<qint64>{-100, -100}));
        QCOMPARE(r.trainedSpans.size(), 2);
        QCOMPARE(r.trainedSpans[0].start, 0);
        QCOMPARE(r.trainedSpans[0].end, 3);
        QCOMPARE(r.trainedSpans[1].start, 4);
        QCOMPARE(r.trainedSpans[1].end, 5);
        QCOMPARE(r.numTrainedTokens, 4);
        QCOMPARE(r.numTokens, 5);
        QVERIFY(r.isTrained(2) && !r.isTrained(3) && r.isTrained(4) && !r.isTrained(5));
        QCOMPARE(p->rows[1].tokenCount(), 0); // not an object: an empty row in its place
        QVERIFY(!FineTunePreview::fromJson(nlohmann::json::parse("{\"rows\":{}}")));
        QVERIFY(!TokenizedDataset::fromJson(nlohmann::json::parse("{\"url\":\"file:///etc/passwd\"}")));
        QVERIFY(!TokenizedDataset::fromJson(nlohmann::json::parse("{\"url\":\"/relative\"}")));
    }

    // Regression: a server answer with a field of another type than documented threw out of the
    // record parsers (RemoteFile's "bytes": "2048" did) or converted a huge float to an integer
    // (undefined). Every field of every record, in turn, gets a value of every JSON type: no
    // exception, and the record still parses unless the field is the one that identifies it.
    void everyFieldOfEveryRecordTakesEveryType()
    {
        const nlohmann::json odd[] = {"x",
                                      "12.5",
                                      5,
                                      -1,
                                      1.5e300,
                                      -1.5e300,
                                      18446744073709551615ull,
                                      0.5,
                                      true,
                                      false,
                                      nullptr,
                                      nlohmann::json::array(),
                                      {1, "a"},
                                      nlohmann::json::object(),
                                      {{"a", 1}}};
        for (const test::WireRecord& record : test::wireRecords()) {
            const nlohmann::json sample = nlohmann::json::parse(record.sample);
            QVERIFY2(record.parse(sample), record.name);
            for (const nlohmann::json::json_pointer& at : pointersIn(sample)) {
                bool required = false;
                for (const std::string& r : record.required)
                    required = required || at.to_string().rfind(r, 0) == 0;
                for (const nlohmann::json& value : odd) {
                    nlohmann::json changed = sample;
                    changed[at] = value;
                    const QByteArray what =
                        QByteArray(record.name) + " " + QByteArray::fromStdString(changed.dump()).left(300);
                    bool parsed = false;
                    try {
                        parsed = record.parse(changed);
                    } catch (const std::exception& e) {
                        QFAIL(QByteArray(what + " threw: " + e.what()).constData());
                    }
                    QVERIFY2(parsed || required, what.constData());
                }
            }
            for (const nlohmann::json& value : odd) {
                try {
                    (void)record.parse(value);
                } catch (const std::exception& e) {
                    QFAIL(QByteArray(QByteArray(record.name) + " threw on " + QByteArray::fromStdString(value.dump()) +
                                     ": " + e.what())
                              .constData());
                }
            }
        }
    }

    // Numbers beyond the range of the integer they are read into are clamped, never converted
    // with undefined behaviour or wrapped around.
    void outOfRangeNumbersAreClamped()
    {
        QCOMPARE(wire::integer({{"n", 1.5e300}}, "n"), std::numeric_limits<qint64>::max());
        QCOMPARE(wire::integer({{"n", -1.5e300}}, "n"), std::numeric_limits<qint64>::min());
        QCOMPARE(wire::integer({{"n", 18446744073709551615ull}}, "n"), std::numeric_limits<qint64>::max());
        QCOMPARE(wire::integer({{"n", "12.7"}}, "n"), 12);
        QCOMPARE(wire::integer({{"n", "nan"}}, "n", 3), 3);
        QCOMPARE(wire::smallInteger({{"n", 4294967297ll}}, "n"), INT_MAX);
        QVERIFY(!wire::time({{"t", 1.5e300}}, "t").isValid());
        const auto job = FineTuneJob::fromJson({{"id", "ft-1"}, {"n_epochs", 1e300}, {"total_steps", -1e300}});
        QCOMPARE(job->nEpochs, INT_MAX);
        QCOMPARE(job->totalSteps, std::numeric_limits<qint64>::min());
        const auto metrics = TrainingMetric::listFromJson(nlohmann::json::parse("{\"metrics\":[{\"step\":1e300}]}"));
        QCOMPARE(metrics[0].step, std::numeric_limits<qint64>::max());
    }

    void downloadPaths()
    {
        QCOMPARE(TogetherClient::downloadPath(QStringLiteral("ft-1"), true, false),
                 QStringLiteral("finetune/download?ft_id=ft-1&checkpoint=merged"));
        QCOMPARE(TogetherClient::downloadPath(QStringLiteral("ft-1:40"), true, true),
                 QStringLiteral("finetune/download?ft_id=ft-1&checkpoint_step=40&checkpoint=adapter"));
        QCOMPARE(TogetherClient::downloadPath(QStringLiteral("ft-1"), false, false),
                 QStringLiteral("finetune/download?ft_id=ft-1&checkpoint=model_output_path"));
    }
};

QTEST_GUILESS_MAIN(TestWireTypes)
#include "tst_wiretypes.moc"
