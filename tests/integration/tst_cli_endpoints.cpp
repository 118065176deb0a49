#include "EmulatorServer.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using td::emu::EmulatorServer;

// tunedesk-cli endpoints (dedicated endpoints v2) against the emulator, as a user runs it:
// deploy a finished fine-tune by its job id, list it with its price, chat with it, stop, start,
// delete; the replica rules refuse before anything is sent; a base without configs is refused.
class TestCliEndpoints : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    QTemporaryDir m_dir;
    QString m_jobId;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };

    Run cli(QStringList args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("TOGETHER_API_KEY"), QStringLiteral("tgp_v1_cli_test"));
        env.remove(QStringLiteral("TOGETHER_BASE_URL"));
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        args << QStringLiteral("--base-url") << QString::fromLatin1(m_server.baseUrl());
        p.start(QStringLiteral(TD_CLI_PATH), args);
        done.wait(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString finishedJob(const QString& model)
    {
        const QString path = m_dir.filePath(QStringLiteral("train.jsonl"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        for (int i = 0; i < 12; ++i)
            f.write(R"({"messages":[{"role":"user","content":"How do I rotate my API key?"},)"
                    R"({"role":"assistant","content":"Open Settings, then API Keys, and click Rotate."}]})"
                    "\n");
        f.close();
        const Run r = cli({QStringLiteral("jobs"), QStringLiteral("create"), path, QStringLiteral("--model"), model,
                           QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--json")});
        if (r.code != 0)
            qFatal("jobs create failed: %s", r.err.constData());
        const auto j = nlohmann::json::parse(r.out.constData(), nullptr, false);
        m_server.advanceClock(100000);
        return j.is_object() ? QString::fromStdString(j.value("id", std::string())) : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void deployListChatStopStartDelete()
    {
        const QString job = finishedJob(QStringLiteral("Qwen/Qwen3-8B"));
        QVERIFY(job.startsWith(QStringLiteral("ft-")));
        const Run deployed = cli({QStringLiteral("endpoints"), QStringLiteral("deploy"), QStringLiteral("--job"), job,
                                  QStringLiteral("--endpoint"), QStringLiteral("cli-bot"),
                                  QStringLiteral("--poll-interval"), QStringLiteral("0.02"), QStringLiteral("--json")});
        QVERIFY2(deployed.code == 0, deployed.err.constData());
        const auto d = nlohmann::json::parse(deployed.out.constData(), nullptr, false);
        QCOMPARE(d.value("endpoint", std::string()), std::string("emulator-user/cli-bot"));
        QCOMPARE(d.value("state", std::string()), std::string("DEPLOYMENT_STATE_READY"));
        QVERIFY(deployed.err.contains("$5.49")); // priced before it was created
        QVERIFY(deployed.err.contains("weight to 1"));

        const Run listed = cli({QStringLiteral("endpoints"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        const auto list = nlohmann::json::parse(listed.out.constData(), nullptr, false);
        QVERIFY(list.is_array() && list.size() == 1);
        const auto& dep = list[0]["deployments"][0];
        QCOMPARE(dep.value("state", std::string()), std::string("DEPLOYMENT_STATE_READY"));
        QCOMPARE(dep.value("dollars_per_hour", 0.0), 5.49);
        QCOMPARE(dep.value("weight", 0.0), 1.0);

        const Run chat = cli({QStringLiteral("chat"), QStringLiteral("v2:emulator-user/cli-bot"),
                              QStringLiteral("How do I rotate my API key?")});
        QCOMPARE(chat.code, 0);
        QVERIFY(chat.out.contains("click Rotate"));

        const Run refused =
            cli({QStringLiteral("endpoints"), QStringLiteral("start"), QStringLiteral("cli-bot"),
                 QStringLiteral("--min"), QStringLiteral("0"), QStringLiteral("--max"), QStringLiteral("2")});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains("0 replicas with a maximum above 0"));

        // New bounds for the running deployment, then what happened to it, newest first.
        const Run scaled = cli({QStringLiteral("endpoints"), QStringLiteral("scale"), QStringLiteral("cli-bot"),
                                QStringLiteral("--min"), QStringLiteral("1"), QStringLiteral("--max"),
                                QStringLiteral("3"), QStringLiteral("--poll-interval"), QStringLiteral("0.02")});
        QVERIFY2(scaled.code == 0, scaled.err.constData());
        QCOMPARE(m_server.dmiWorld().endpoints.front().deployments.front().maxReplicas, 3);
        const Run noBounds = cli({QStringLiteral("endpoints"), QStringLiteral("scale"), QStringLiteral("cli-bot")});
        QCOMPARE(noBounds.code, 2);
        const Run events = cli({QStringLiteral("endpoints"), QStringLiteral("events"), QStringLiteral("cli-bot"),
                                QStringLiteral("--json")});
        QVERIFY2(events.code == 0, events.err.constData());
        const auto eventList = nlohmann::json::parse(events.out.constData(), nullptr, false);
        QVERIFY2(eventList.is_array() && !eventList.empty(), events.out.constData());
        QVERIFY(eventList[0].contains("message"));

        const Run stopped = cli({QStringLiteral("endpoints"), QStringLiteral("stop"), QStringLiteral("cli-bot"),
                                 QStringLiteral("--poll-interval"), QStringLiteral("0.02"), QStringLiteral("--json")});
        QVERIFY2(stopped.code == 0, stopped.err.constData());
        QVERIFY(stopped.out.contains("Stopped"));
        const Run after = cli({QStringLiteral("endpoints"), QStringLiteral("list"), QStringLiteral("--json")});
        const auto afterList = nlohmann::json::parse(after.out.constData(), nullptr, false);
        QCOMPARE(afterList[0]["deployments"][0].value("state", std::string()), std::string("DEPLOYMENT_STATE_STOPPED"));
        QCOMPARE(afterList[0]["deployments"][0].value("dollars_per_hour", -1.0), 0.0);

        const Run started = cli({QStringLiteral("endpoints"), QStringLiteral("start"), QStringLiteral("cli-bot"),
                                 QStringLiteral("--replicas"), QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(started.code == 0, started.err.constData());

        const Run deleted = cli({QStringLiteral("endpoints"), QStringLiteral("delete"), QStringLiteral("cli-bot"),
                                 QStringLiteral("--poll-interval"), QStringLiteral("0.02"), QStringLiteral("--json")});
        QVERIFY2(deleted.code == 0, deleted.err.constData());
        QVERIFY(m_server.dmiWorld().endpoints.empty());
    }

    void aBaseThatCannotBeHosted()
    {
        const Run r = cli({QStringLiteral("endpoints"), QStringLiteral("deploy"), QStringLiteral("--model"),
                           QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no deployment profile"));
        QVERIFY(m_server.dmiWorld().endpoints.empty());
    }
};

QTEST_GUILESS_MAIN(TestCliEndpoints)
#include "tst_cli_endpoints.moc"
