#include "EmulatorServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using td::emu::EmulatorServer;

// tunedesk-cli's network commands against the emulator, as a user runs them.
class TestCliNetwork : public QObject
{
    Q_OBJECT

private:
    EmulatorServer m_server;
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };

    Run cli(const QStringList& args, bool withKey = true, bool toEmulator = true,
            const QHash<QString, QString>& extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TOGETHER_API_KEY"));
        env.insert(QStringLiteral("TD_POLL_MS"), QStringLiteral("50"));
        // The CLI reads the app's connection profiles: never the user's own settings here.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        if (withKey)
            env.insert(QStringLiteral("TOGETHER_API_KEY"), QStringLiteral("tgp_v1_cli_test"));
        env.remove(QStringLiteral("TOGETHER_BASE_URL"));
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(TD_CLI_PATH),
                toEmulator ? args + QStringList{QStringLiteral("--base-url"), QString::fromLatin1(m_server.baseUrl())}
                           : args);
        // Waiting on the signal keeps this thread's event loop, and so the emulator, running.
        done.wait(30000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    // The account's money as the emulator starts, whatever a failed test left behind.
    void init()
    {
        m_server.setBalance(0);
        m_server.setCreditLimit(1000);
        m_server.setJobMinimum(0);
    }

    void chat()
    {
        const Run r =
            cli({QStringLiteral("chat"), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"), QStringLiteral("hi")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("answering \"hi\""));
        QVERIFY(r.err.contains("completion tokens"));
    }

    // chat --json prints the conversation as the playground saves it; --seed is sent.
    void chatAsJsonWithASeed()
    {
        const Run r =
            cli({QStringLiteral("chat"), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"), QStringLiteral("hi"),
                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto j = nlohmann::json::parse(r.out.begin(), r.out.end(), nullptr, false);
        QVERIFY2(j.is_object(), r.out.constData());
        QCOMPARE(j["model"].get<std::string>(), std::string("Qwen/Qwen2.5-7B-Instruct-Turbo"));
        QCOMPARE(j["parameters"]["seed"].get<qint64>(), 7);
        QCOMPARE(j["messages"].size(), std::size_t(2));
        QCOMPARE(j["messages"][1]["role"].get<std::string>(), std::string("assistant"));
        QVERIFY(QString::fromStdString(j["messages"][1]["content"].get<std::string>()).contains(QStringLiteral("hi")));
        QVERIFY(j["messages"][1].contains("first_token_ms"));
        QVERIFY(m_server.lastBody("/v1/chat/completions").contains("\"seed\":7"));
    }

    void uploadListDelete()
    {
        const QString good = write(QStringLiteral("good.jsonl"), "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
        Run r = cli({QStringLiteral("files"), QStringLiteral("upload"), good});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("good.jsonl") && r.out.contains("2 lines") && r.out.contains("COMPLETED"), r.out);
        const QByteArray id = r.out.split(' ').front();
        r = cli({QStringLiteral("files"), QStringLiteral("list")});
        QVERIFY(r.out.contains(id));
        r = cli({QStringLiteral("files"), QStringLiteral("delete"), QString::fromLatin1(id)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("\"deleted\":true"));
        r = cli({QStringLiteral("files"), QStringLiteral("delete"), QString::fromLatin1(id)});
        QCOMPARE(r.code, 5); // an API error
        QVERIFY(r.err.contains("404"));
    }

    void aFailedDeleteIsNotSentAgain()
    {
        const QString file = write(QStringLiteral("del.jsonl"), "{\"text\": \"a\"}\n");
        Run r = cli({QStringLiteral("files"), QStringLiteral("upload"), file});
        QCOMPARE(r.code, 0);
        const QByteArray id = r.out.split(' ').front();
        m_server.injectNextFor("DELETE", "/v1/files/" + id, EmulatorServer::Fault::Unavailable);
        const int before = m_server.requestCount();
        r = cli({QStringLiteral("files"), QStringLiteral("delete"), QString::fromLatin1(id)});
        QCOMPARE(r.code, 5); // an API error
        QVERIFY2(r.err.contains("503"), r.err);
        QCOMPARE(m_server.requestCount(), before + 1);
        // A 429 means nothing was done: that one is sent again.
        m_server.injectNextFor("DELETE", "/v1/files/" + id, EmulatorServer::Fault::RateLimit);
        r = cli({QStringLiteral("files"), QStringLiteral("delete"), QString::fromLatin1(id)});
        QVERIFY2(r.code == 0 && r.out.contains("\"deleted\":true"), QByteArray(r.err + r.out).constData());
    }

    void aFileTogetherWouldRejectIsNotUploaded()
    {
        const int before = m_server.requestCount();
        const QString bad = write(QStringLiteral("bad.jsonl"), "{\"text\": \"a\"}\n\n");
        const Run r = cli({QStringLiteral("files"), QStringLiteral("upload"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("Unexpected format on line 2"));
        QCOMPARE(m_server.requestCount(), before);
    }

    // The 2026 additions from the command line: Together's own validation (waited for, its
    // report shown with the local line), early stopping's flags and rules, the other new
    // fields, and the price warning when the account cannot pay.
    void together2026()
    {
        const QString model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        QByteArray good;
        for (int i = 0; i < 12; ++i)
            good += "{\"messages\":[{\"role\":\"user\",\"content\":\"q" + QByteArray::number(i) +
                    "\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n";
        // A file only the server rejects: uploaded (--no-check), then its report at its line.
        const QString bad = write(QStringLiteral("srv-bad.jsonl"),
                                  good.left(good.indexOf('\n') + 1) +
                                      "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"content\":\"a\"}]}\n");
        Run r = cli({QStringLiteral("files"), QStringLiteral("upload"), bad, QStringLiteral("--no-check")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("INVALID_FORMAT"), r.out.constData());
        QVERIFY2(r.err.contains("Line 2: `messages[1]` must contain a `role` field") &&
                     r.err.contains("Line 2 of srv-bad.jsonl: {\"messages\""),
                 r.err.constData());
        const int creates = m_server.requestCount("POST", "/v1/fine-tunes");
        r = cli({QStringLiteral("jobs"), QStringLiteral("create"), bad, QStringLiteral("--model"), model,
                 QStringLiteral("--no-check")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Together rejected srv-bad.jsonl: Line 2:"), r.err.constData());
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes"), creates);
        // Early stopping: the rule, with what to change, before anything is sent.
        const QString train = write(QStringLiteral("es-train.jsonl"), good);
        const QString valid = write(QStringLiteral("es-valid.jsonl"), good.left(good.indexOf('\n') + 1));
        r = cli({QStringLiteral("files"), QStringLiteral("upload"), valid});
        QVERIFY2(r.code == 0 && r.out.contains("COMPLETED"), QByteArray(r.out + r.err).constData());
        const QString validId = QString::fromLatin1(r.out.split(' ').front());
        const QStringList es = {QStringLiteral("--validation-file"), validId, QStringLiteral("--early-stopping"),
                                QStringLiteral("--early-stopping-patience"), QStringLiteral("3")};
        r = cli(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), train, QStringLiteral("--model"), model,
                            QStringLiteral("--n-evals"), QStringLiteral("4")} +
                es);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("needs at least 5 evaluations") && r.err.contains("set Evaluations to 5 or more"),
                 r.err.constData());
        r = cli(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), train, QStringLiteral("--model"), model,
                            QStringLiteral("--n-evals"), QStringLiteral("5"), QStringLiteral("--random-seed"),
                            QStringLiteral("42"), QStringLiteral("--dry-run")} +
                es);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("\"early_stopping_enabled\": true") &&
                     r.out.contains("\"early_stopping_patience\": 3") && r.out.contains("\"random_seed\": 42"),
                 r.out.constData());
        // Launched, stopped early; `jobs get` says at which step, with what loss and refund.
        r = cli(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), train, QStringLiteral("--model"), model,
                            QStringLiteral("--n-evals"), QStringLiteral("8"), QStringLiteral("--epochs"),
                            QStringLiteral("2"), QStringLiteral("--validation-file"), validId,
                            QStringLiteral("--early-stopping")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString esJob = QString::fromLatin1(r.out.trimmed());
        m_server.advanceClock(3600);
        r = cli({QStringLiteral("jobs"), QStringLiteral("get"), esJob});
        QVERIFY2(r.code == 0 && r.out.contains("Stopped early") && r.out.contains("Best eval loss") &&
                     r.out.contains("Refund: Refunded $"),
                 r.out.constData());
        r = cli({QStringLiteral("jobs"), QStringLiteral("create"), train, QStringLiteral("--model"), model,
                 QStringLiteral("--random-seed"), QStringLiteral("forty-two")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--random-seed needs a whole number"), r.err.constData());
        // DPO fields and the Hugging Face token from the environment only, masked in the preview.
        r = cli({QStringLiteral("jobs"), QStringLiteral("create"), train, QStringLiteral("--model"), model,
                 QStringLiteral("--method"), QStringLiteral("dpo"), QStringLiteral("--simpo-gamma"),
                 QStringLiteral("0.5"), QStringLiteral("--rpo-alpha"), QStringLiteral("0.2"),
                 QStringLiteral("--from-hf-model"), QStringLiteral("org/base"), QStringLiteral("--hf-output-repo-name"),
                 QStringLiteral("me/out"), QStringLiteral("--dry-run")},
                true, true, {{QStringLiteral("HF_TOKEN"), QStringLiteral("hf_cli_secret")}});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("\"simpo_gamma\": 0.5") && r.out.contains("\"from_hf_model\": \"org/base\"") &&
                     r.out.contains("\"hf_api_token\"") && !r.out.contains("hf_cli_secret"),
                 r.out.constData());
        QVERIFY2(r.err.contains("reference-free"), r.err.constData()); // what a SimPO gamma forces
        // Without $HF_TOKEN the keychain is asked; with none there (no keychain here), it says so.
        r = cli({QStringLiteral("jobs"), QStringLiteral("create"), train, QStringLiteral("--model"), model,
                 QStringLiteral("--hf-output-repo-name"), QStringLiteral("me/out"), QStringLiteral("--dry-run")},
                true, true, {{QStringLiteral("HF_TOKEN"), QString()}});
        QVERIFY2(r.code == 0 && r.err.contains("no Hugging Face token") && !r.out.contains("\"hf_api_token\""),
                 QByteArray(r.err + r.out).constData());
        // Over the balance and credit limit: a warning, nothing created; --over-limit meets the 402.
        m_server.setCreditLimit(0);
        m_server.setJobMinimum(4);
        const int before = m_server.requestCount("POST", "/v1/fine-tunes");
        r = cli({QStringLiteral("jobs"), QStringLiteral("create"), train, QStringLiteral("--model"), model});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("more than your balance and credit limit") && r.err.contains("--over-limit"),
                 r.err.constData());
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes"), before);
        r = cli({QStringLiteral("jobs"), QStringLiteral("create"), train, QStringLiteral("--model"), model,
                 QStringLiteral("--over-limit")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("402") && r.err.contains("Required combined balance and credit limit: 4.00 USD"),
                 r.err.constData());
        m_server.setCreditLimit(1000);
        m_server.setJobMinimum(0);
    }

    void jobsFromAFileToADownload()
    {
        QByteArray data;
        for (int i = 0; i < 12; ++i)
            data += "{\"messages\":[{\"role\":\"user\",\"content\":\"q" + QByteArray::number(i) +
                    "\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n";
        const QString file = write(QStringLiteral("train.jsonl"), data);
        const QString model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        // Checked against the model's limits before anything is sent.
        Run r = cli({QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("file-none"),
                     QStringLiteral("--model"), model, QStringLiteral("--batch-size"), QStringLiteral("64")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Requested batch size of 64 is higher that the maximum allowed value of 8."), r.err);
        // Uploaded, priced, created and followed to the end.
        m_server.setSpeed(60);
        r = cli({QStringLiteral("jobs"), QStringLiteral("create"), file, QStringLiteral("--model"), model,
                 QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--suffix"), QStringLiteral("cli"),
                 QStringLiteral("--wait")});
        m_server.setSpeed(1);
        QVERIFY2(r.code == 0, r.err);
        QVERIFY2(r.err.contains("Estimated price: $"), r.err);
        const QByteArray id = r.out.split('\n').front();
        QVERIFY(id.startsWith("ft-"));
        QVERIFY(r.out.contains("JOB_START"));
        QVERIFY(r.out.contains("JOB_COMPLETE"));
        QVERIFY(r.out.contains("completed"));
        r = cli({QStringLiteral("jobs"), QStringLiteral("list")});
        QVERIFY(r.out.contains(id));
        // --json: the shapes the app uses, prices in dollars (not the wire's nanodollars).
        r = cli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")});
        auto list = nlohmann::json::parse(r.out.begin(), r.out.end(), nullptr, false);
        QVERIFY2(list.is_array() && !list.empty(), r.out.constData());
        r = cli({QStringLiteral("jobs"), QStringLiteral("get"), QString::fromLatin1(id), QStringLiteral("--json")});
        const auto job = nlohmann::json::parse(r.out.begin(), r.out.end(), nullptr, false);
        QVERIFY2(job.is_object(), r.out.constData());
        QCOMPARE(job["id"].get<std::string>(), id.toStdString());
        QCOMPARE(job["status"].get<std::string>(), std::string("completed"));
        QVERIFY(job["price_dollars"].is_number() && job["price_dollars"].get<double>() > 0 &&
                job["price_dollars"].get<double>() < 1000);
        QVERIFY(!job.contains("total_price"));
        r = cli({QStringLiteral("jobs"), QStringLiteral("events"), QString::fromLatin1(id), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        int events = 0;
        for (const QByteArray& line : r.out.trimmed().split('\n')) {
            const auto e = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
            QVERIFY2(e.is_object() && e.contains("type") && e.contains("created_at"), line.constData());
            ++events;
        }
        QVERIFY(events >= 2);
        // The merged model, downloaded and unpacked beside the archive, in the folder given
        // (whose name has ".tar" in it: the files must not land in its parent's "y").
        const QString into = m_dir.filePath(QStringLiteral("y.tar.d"));
        QVERIFY(QDir().mkpath(into));
        r = cli({QStringLiteral("jobs"), QStringLiteral("download"), QString::fromLatin1(id),
                 QStringLiteral("--output"), into, QStringLiteral("--extract")});
        QVERIFY2(r.code == 0, r.err);
        QVERIFY2(r.out.contains(".tar.zst\n") && r.out.contains("/model.safetensors"), r.out);
        // Named as the job page names it (ModelDownload): a LoRA job's merged model says so.
        QVERIFY2(r.out.contains("-merged.tar.zst\n"), r.out);
        for (const QByteArray& line : r.out.trimmed().split('\n'))
            QVERIFY2(line.startsWith(QByteArray(QFile::encodeName(into) + '/')), line.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("y"))));
        // A finished job cannot be cancelled.
        r = cli({QStringLiteral("jobs"), QStringLiteral("cancel"), QString::fromLatin1(id)});
        QCOMPARE(r.code, 5); // the API refuses
        QVERIFY(r.err.contains("already ended"));
    }

    // jobs create launches as the New Fine-Tune dialog does (JobLauncher): unchanged data
    // uploaded before to the same server is used again, not uploaded twice.
    void anUnchangedUploadIsReused()
    {
        QByteArray data;
        for (int i = 0; i < 5; ++i)
            data += "{\"messages\":[{\"role\":\"user\",\"content\":\"r" + QByteArray::number(i) +
                    "\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n";
        const QString file = write(QStringLiteral("reuse.jsonl"), data);
        const QStringList args{QStringLiteral("jobs"),
                               QStringLiteral("create"),
                               file,
                               QStringLiteral("--model"),
                               QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"),
                               QStringLiteral("--dry-run")};
        const int uploadsBefore = m_server.requestCount("POST", "/v1/files");
        Run r = cli(args);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("Uploaded as file-"), r.err.constData());
        r = cli(args);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("Uploaded before unchanged, as file-"), r.err.constData());
        QCOMPARE(m_server.requestCount("POST", "/v1/files"), uploadsBefore + 1);
        // Changed bytes are uploaded again.
        write(QStringLiteral("reuse.jsonl"), data + data);
        r = cli(args);
        QVERIFY2(r.err.contains("Uploaded as file-"), r.err.constData());
        QCOMPARE(m_server.requestCount("POST", "/v1/files"), uploadsBefore + 2);
    }

    // Pre-flight and a dry run say how the result can be served, asked of the platform; without
    // a key the bundled catalog answers and says it was not checked.
    void preflightSaysHowTheResultCanBeServed()
    {
        const QString file =
            write(QStringLiteral("serve.jsonl"), "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},"
                                                 "{\"role\":\"assistant\",\"content\":\"a\"}]}\n");
        auto preflight = [&](const char* model, bool withKey) {
            return cli({QStringLiteral("jobs"), QStringLiteral("preflight"), file, QStringLiteral("--model"),
                        QString::fromLatin1(model)},
                       withKey);
        };
        Run r = preflight("Qwen/Qwen3-8B", true);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("checked with Together just now"), r.out.constData());
        QVERIFY2(r.out.contains("dedicated, from $5.49/h on 1x H100 80GB"), r.out.constData());
        QVERIFY2(r.out.contains("- serverless: no, Qwen/Qwen3-8B-Lora is not served serverlessly"), r.out.constData());
        r = preflight("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference", true);
        QVERIFY2(r.out.contains("- download only: ") &&
                     r.out.contains("not offered for dedicated inference of fine-tunes"),
                 r.out.constData());
        r = preflight("Qwen/Qwen3-8B", false);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("Not connected"), r.err.constData());
        QVERIFY2(r.out.contains("not checked with Together"), r.out.constData());
        // A dry run prints the request on stdout and how its result can be served on stderr.
        r = cli({QStringLiteral("jobs"), QStringLiteral("create"), file, QStringLiteral("--model"),
                 QStringLiteral("Qwen/Qwen3-8B"), QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(nlohmann::json::parse(r.out.toStdString(), nullptr, false).is_object());
        QVERIFY2(r.err.contains("dedicated, from $5.49/h on 1x H100 80GB"), r.err.constData());
    }

    QString trainingFile()
    {
        QByteArray data;
        for (int i = 0; i < 12; ++i)
            data += "{\"messages\":[{\"role\":\"user\",\"content\":\"q" + QByteArray::number(i) +
                    "\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n";
        return write(QStringLiteral("train2.jsonl"), data);
    }

    int jobCount()
    {
        const Run r = cli({QStringLiteral("jobs"), QStringLiteral("list")});
        return int(r.out.count('\n'));
    }

    void aLostAnswerToJobsCreateFindsTheJob()
    {
        const QString file = trainingFile();
        const int before = jobCount();
        m_server.injectNextFor("POST", "/v1/fine-tunes", EmulatorServer::Fault::DropAnswer);
        const Run r = cli({QStringLiteral("jobs"), QStringLiteral("create"), file, QStringLiteral("--model"),
                           QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"),
                           QStringLiteral("--suffix"), QStringLiteral("dropped")});
        QVERIFY2(r.code == 0, r.err);
        const QByteArray id = r.out.trimmed();
        QVERIFY2(id.startsWith("ft-"), r.out);
        QVERIFY2(r.err.contains("was lost") && r.err.contains(QByteArray("but the job was created: " + id)), r.err);
        QCOMPARE(jobCount(), before + 1); // one job, not two
    }

    void aStalledPollIsReportedAndGivenUpOn()
    {
        const QString file = trainingFile();
        Run r = cli({QStringLiteral("jobs"), QStringLiteral("create"), file, QStringLiteral("--model"),
                     QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference")});
        QVERIFY2(r.code == 0, r.err);
        const QString id = QString::fromLatin1(r.out.trimmed());
        // Every request from now on is accepted and never answered.
        m_server.setFaultForEveryRequest(EmulatorServer::Fault::Stall);
        r = cli({QStringLiteral("jobs"), QStringLiteral("events"), id, QStringLiteral("--follow"),
                 QStringLiteral("--stall-timeout"), QStringLiteral("1"), QStringLiteral("--give-up-after"),
                 QStringLiteral("2")});
        m_server.setFaultForEveryRequest(EmulatorServer::Fault::None);
        QCOMPARE(r.code, 5);
        // Each failed poll is a line of its own, with the error.
        QVERIFY2(r.err.count("poll failed:") >= 2 && r.err.contains("stalled"), r.err);
        QVERIFY2(r.err.contains("giving up") &&
                     r.err.contains(QByteArray("jobs events " + id.toLatin1() + " --follow")),
                 r.err);
    }

    void aSilentChatServerIsGivenUpOn()
    {
        m_server.injectNextFor("POST", "/v1/chat/completions", EmulatorServer::Fault::Stall);
        m_server.injectNextFor("POST", "/v1/chat/completions", EmulatorServer::Fault::Stall);
        const Run r = cli({QStringLiteral("chat"), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"),
                           QStringLiteral("hi"), QStringLiteral("--stall-timeout"), QStringLiteral("1")});
        // Two silent attempts, each said with its wait, then an answer.
        QVERIFY2(r.code == 0, r.err);
        QVERIFY2(r.err.count("stalled") == 2 && r.err.contains("trying again in"), r.err);
        QVERIFY(r.out.contains("answering \"hi\""));
    }

    void theRateLimitMessageStatesTheWaitUsed()
    {
        m_server.injectNextFor("POST", "/v1/chat/completions", EmulatorServer::Fault::RateLimit);
        const Run r =
            cli({QStringLiteral("chat"), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"), QStringLiteral("hi")});
        QVERIFY2(r.code == 0, r.err);
        // The emulator asks for 50 ms (retry-after-ms) and 1 s (retry-after): 50 ms is used and said.
        QVERIFY2(r.err.contains("trying again in 0.1 s, as the server asks") || r.err.contains("trying again in 0.0 s"),
                 r.err);
        QVERIFY2(!r.err.contains("try again in 1"), r.err);
    }

    void theKeyIsRefusedOverPlainHttpToAnotherHost()
    {
        const int before = m_server.requestCount();
        const Run r = cli({QStringLiteral("chat"), QStringLiteral("m"), QStringLiteral("hi"),
                           QStringLiteral("--base-url"), QStringLiteral("http://llm.example.com/v1")},
                          true, false);
        QCOMPARE(r.code, 5); // no connection to use (the exit-code table's 5)
        QVERIFY2(r.err.contains("Refusing to send the API key") && r.err.contains("https://"), r.err);
        QCOMPARE(m_server.requestCount(), before);
    }

    void theBaseUrlInUseIsSaid()
    {
        // $TOGETHER_BASE_URL wins over the stored URL for this process, and says so; the key
        // going to a host that is not Together's is said too.
        const Run r = cli({QStringLiteral("jobs"), QStringLiteral("list")}, true, false,
                          {{QStringLiteral("TOGETHER_BASE_URL"), QString::fromLatin1(m_server.baseUrl())}});
        QVERIFY2(r.code == 0, r.err);
        QVERIFY2(r.err.contains(QByteArray("Using TOGETHER_BASE_URL " + m_server.baseUrl() + " instead of")) &&
                     r.err.contains("https://api.together.ai/v1"),
                 r.err);
        QVERIFY2(r.err.contains("not Together's server"), r.err);
    }

    void anUnknownProfileIsAClearError()
    {
        const Run r = cli(
            {QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("nowhere")});
        QCOMPARE(r.code, 2); // a wrong argument
        QVERIFY2(r.err.contains("no connection named \"nowhere\"") && r.err.contains("Together AI"), r.err);
    }

    void noKeyIsAClearError()
    {
        const Run r = cli({QStringLiteral("chat"), QStringLiteral("m"), QStringLiteral("hi")}, false);
        QCOMPARE(r.code, 5); // no way to reach the API
        QVERIFY2(r.err.contains("TOGETHER_API_KEY"), r.err);
    }

    // jobs preview: Together's tokens of the first rows beside TuneDesk's estimate (a local file
    // is uploaded first; a file id alone gives no estimate).
    void jobsPreview()
    {
        const QByteArray data =
            "{\"messages\":[{\"role\":\"user\",\"content\":\"What is LoRA?\"},"
            "{\"role\":\"assistant\",\"content\":\"A low-rank adapter.\"}]}\n"
            "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\",\"weight\":1},"
            "{\"role\":\"assistant\",\"content\":\"Hello.\"}]}\n"
            "{\"messages\":[{\"role\":\"user\",\"content\":\"third\"},{\"role\":\"assistant\",\"content\":\"x\"}]}\n";
        const QString file = write(QStringLiteral("preview.jsonl"), data);
        const QString model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        Run r = cli({QStringLiteral("jobs"), QStringLiteral("preview"), QStringLiteral("--model"), model,
                     QStringLiteral("--file"), file, QStringLiteral("--rows"), QStringLiteral("2")});
        QVERIFY2(r.code == 0, r.err);
        QVERIFY2(r.err.contains("Uploaded as file-"), r.err);
        QVERIFY2(r.out.contains("Row 1: ") && r.out.contains("Row 2: ") && !r.out.contains("Row 3: "), r.out);
        QVERIFY2(r.out.contains("assistant: \xc2\xab"
                                "A low-rank adapter.\xc2\xbb"),
                 r.out);
        QVERIFY2(r.out.contains("user: \xc2\xab"
                                "Hi\xc2\xbb"),
                 r.out); // weight 1
        QVERIFY2(r.out.contains("(TuneDesk estimates ") && r.out.contains("TuneDesk's estimate"), r.out);
        const QByteArray fileId = r.err.mid(r.err.indexOf("file-")).split('\n').front().trimmed();
        // With the model's tokenizer, TuneDesk's count of the same rows is exact: what
        // `tunedesk-cli tokens` counts for them.
        const QString tiny = QStringLiteral(TD_TEST_DATA_DIR "/tokenizers/tiny-chatml");
        r = cli({QStringLiteral("jobs"), QStringLiteral("preview"), QStringLiteral("--model"), model,
                 QStringLiteral("--file"), file, QStringLiteral("--rows"), QStringLiteral("2"),
                 QStringLiteral("--tokenizer"), tiny, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err);
        const auto exact = nlohmann::json::parse(r.out.begin(), r.out.end(), nullptr, false);
        QVERIFY2(exact.is_object() && exact["counted_trained_tokens"].is_number(), r.out.constData());
        const Run tokens =
            cli({QStringLiteral("tokens"), file, QStringLiteral("--tokenizer"), tiny, QStringLiteral("--json")}, false,
                false); // offline: no connection options
        QVERIFY2(tokens.code == 0, tokens.err);
        qint64 firstTwo = 0;
        for (const QByteArray& line : tokens.out.split('\n')) {
            const auto row = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
            if (row.is_object() && row.contains("row") && row["row"].get<int>() <= 2)
                firstTwo += row["trained"].get<qint64>();
        }
        QVERIFY(firstTwo > 0);
        QCOMPARE(exact["counted_trained_tokens"].get<qint64>(), firstTwo);
        QCOMPARE(exact["rows"][0]["counted_trained_tokens"].is_number(), true);
        QVERIFY(exact["counted_with"].is_string());
        r = cli({QStringLiteral("jobs"), QStringLiteral("preview"), QStringLiteral("--model"), model,
                 QStringLiteral("--file"), QString::fromLatin1(fileId), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err);
        const auto j = nlohmann::json::parse(r.out.begin(), r.out.end(), nullptr, false);
        QVERIFY2(j.is_object() && j["rows"].size() == 3, r.out.constData());
        QVERIFY(j["dataset_format"] == "conversation");
        QVERIFY(j["estimated_trained_tokens"].is_null()); // no local rows
        QVERIFY(j["rows"][0]["num_trained_tokens"].get<int>() > 0);
        QVERIFY(j["rows"][0]["tokens"].is_array());
        r = cli({QStringLiteral("jobs"), QStringLiteral("preview"), QStringLiteral("--file"), file});
        QCOMPARE(r.code, 2); // no model
        r = cli({QStringLiteral("jobs"), QStringLiteral("preview"), QStringLiteral("--model"), model,
                 QStringLiteral("--file"), QStringLiteral("file-nope")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("file-nope"), r.err);
    }

    // jobs download-tokenized: the pre-signed archive, fetched without the key.
    void jobsDownloadTokenized()
    {
        const QString file = write(QStringLiteral("tok.jsonl"), "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},"
                                                                "{\"role\":\"assistant\",\"content\":\"a\"}]}\n");
        Run r = cli({QStringLiteral("jobs"), QStringLiteral("create"), file, QStringLiteral("--model"),
                     QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference")});
        QVERIFY2(r.code == 0, r.err);
        const QByteArray id = r.out.split('\n').front().split(' ').front();
        QVERIFY2(id.startsWith("ft-"), r.out);
        const QString into = m_dir.filePath(QStringLiteral("tokenized"));
        QVERIFY(QDir().mkpath(into));
        r = cli({QStringLiteral("jobs"), QStringLiteral("download-tokenized"), QString::fromLatin1(id),
                 QStringLiteral("--output"), into});
        QCOMPARE(r.code, 5); // not tokenized yet
        QVERIFY2(r.err.contains("no tokenized dataset"), r.err);
        m_server.advanceClock(600);
        r = cli({QStringLiteral("jobs"), QStringLiteral("download-tokenized"), QString::fromLatin1(id),
                 QStringLiteral("--output"), into});
        QVERIFY2(r.code == 0, r.err);
        const QString path = QString::fromUtf8(r.out.trimmed());
        QCOMPARE(path, into + QLatin1Char('/') + QString::fromLatin1(id) + QStringLiteral("-tokenized.tar.zst"));
        QVERIFY(QFileInfo(path).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_cli_network.moc"
