#include "EmulatorServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

    Run cli(const QStringList& args, bool withKey = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TOGETHER_API_KEY"));
        env.insert(QStringLiteral("TD_POLL_MS"), QStringLiteral("50"));
        // The CLI reads the app's connection profiles: never the user's own settings here.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        if (withKey)
            env.insert(QStringLiteral("TOGETHER_API_KEY"), QStringLiteral("tgp_v1_cli_test"));
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(TD_CLI_PATH),
                args + QStringList{QStringLiteral("--base-url"), QString::fromLatin1(m_server.baseUrl())});
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

    void chat()
    {
        const Run r =
            cli({QStringLiteral("chat"), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"), QStringLiteral("hi")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("answering \"hi\""));
        QVERIFY(r.err.contains("completion tokens"));
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

    void aFileTogetherWouldRejectIsNotUploaded()
    {
        const int before = m_server.requestCount();
        const QString bad = write(QStringLiteral("bad.jsonl"), "{\"text\": \"a\"}\n\n");
        const Run r = cli({QStringLiteral("files"), QStringLiteral("upload"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("Unexpected format on line 2"));
        QCOMPARE(m_server.requestCount(), before);
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
        // The merged model, downloaded and unpacked beside the archive, in the folder given
        // (whose name has ".tar" in it: the files must not land in its parent's "y").
        const QString into = m_dir.filePath(QStringLiteral("y.tar.d"));
        QVERIFY(QDir().mkpath(into));
        r = cli({QStringLiteral("jobs"), QStringLiteral("download"), QString::fromLatin1(id),
                 QStringLiteral("--output"), into, QStringLiteral("--extract")});
        QVERIFY2(r.code == 0, r.err);
        QVERIFY2(r.out.contains(".tar.zst\n") && r.out.contains("/model.safetensors"), r.out);
        for (const QByteArray& line : r.out.trimmed().split('\n'))
            QVERIFY2(line.startsWith(QByteArray(QFile::encodeName(into) + '/')), line.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("y"))));
        // A finished job cannot be cancelled.
        r = cli({QStringLiteral("jobs"), QStringLiteral("cancel"), QString::fromLatin1(id)});
        QCOMPARE(r.code, 5); // the API refuses
        QVERIFY(r.err.contains("already ended"));
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
};

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_cli_network.moc"
