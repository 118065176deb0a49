#include "EmulatorServer.h"

#include "MainWindow.h"
#include "TestFiles.h"
#include "TestJobs.h"
#include "api/client/ModelCatalog.h"
#include "api/client/TogetherClient.h"
#include "api/http/CurlTransport.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "jobs/JobMonitor.h"
#include "jobs/ServingCheck.h"
#include "widgets/jobs/FineTuneForm.h"
#include "widgets/jobs/JobPage.h"
#include "widgets/jobs/JobsPane.h"
#include "widgets/jobs/NewJobDialog.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using emu::EmulatorServer;

// How the result of a fine-tune can be served, as the user reads it against the emulator:
// the New Fine-Tune dialog's pre-flight says "dedicated, from $X/h on 2x H100 80GB" for a base
// with a certified deployment profile and "download only" for one without, asked of the
// platform (a 1-token chat probe, the v2 supported models and instance types), and a
// finished job's page says how its output can be served.
class TestServing : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;

    Connection connection() const
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_serving");
        return c;
    }

    QString dataset() { return test::writeConversations(m_dir.filePath(QStringLiteral("serving.jsonl")), 20); }

    // The pre-flight text once the platform has answered for `model`.
    QString preflightFor(NewJobDialog& dialog, const QString& model)
    {
        FineTuneRequest r = dialog.form()->request();
        r.model = model;
        dialog.form()->setRequest(r);
        if (!QTest::qWaitFor(
                [&] {
                    return dialog.preflightText().contains(QStringLiteral("checked with Together just now")) &&
                           dialog.preflightText().contains(model);
                },
                20000))
            return QStringLiteral("(no live answer) ") + dialog.preflightText();
        return dialog.preflightText();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        Settings::createTempFileInstance();
        qunsetenv("TOGETHER_API_KEY");
        // Uploads get their validation verdict at once: these tests are about serving the result.
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
    }

    void preflightSaysHowTheResultCanBeServed()
    {
        TogetherClient client(&m_transport, connection());
        NewJobDialog dialog(&client, ModelCatalog::bundled());
        dialog.setDatasetPath(dataset());
        QTRY_VERIFY(dialog.preflightText().contains(QStringLiteral("accepts it")));

        // A base with a certified profile: the cheapest profile's instance price.
        const int probes = m_server.requestCount("POST", "/v1/chat/completions");
        QString text = preflightFor(dialog, QStringLiteral("Qwen/Qwen3-8B"));
        QVERIFY2(text.contains(QStringLiteral("dedicated, from $5.49/h on 1x H100 80GB")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("- serverless: no, Qwen/Qwen3-8B-Lora is not served serverlessly")),
                 qPrintable(text));
        QVERIFY(m_server.requestCount("POST", "/v1/chat/completions") > probes); // the probe was sent
        QCOMPARE(QString::fromUtf8(m_server.lastBody("/v1/chat/completions")),
                 QString::fromUtf8(ServingCheck::probeRequest(QStringLiteral("Qwen/Qwen3-8B-Lora"))));

        // A base not offered for dedicated inference: download only, with the reason; and never the bundled
        // catalog's serverless price of the past.
        text = preflightFor(dialog, QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"));
        QVERIFY2(text.contains(QStringLiteral("- download only: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not offered for dedicated inference of fine-tunes")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("0.18")));
        QVERIFY(!text.contains(QStringLiteral("/h on")));
    }

    void withoutAConnectionTheAnswerIsMarkedNotLive()
    {
        NewJobDialog dialog(nullptr, ModelCatalog::bundled());
        FineTuneRequest r;
        r.model = QStringLiteral("deepseek-ai/DeepSeek-V3");
        dialog.form()->setRequest(r);
        dialog.setDatasetPath(dataset());
        QTRY_VERIFY(dialog.preflightText().contains(QStringLiteral("accepts it")));
        const QString text = dialog.preflightText();
        QVERIFY2(text.contains(QStringLiteral("not checked with Together")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("- download only: ")), qPrintable(text)); // nothing listed holds 671B
        QVERIFY(!text.contains(QStringLiteral("2.10")));
    }

    void aFinishedJobsPageSaysHowItCanBeServed()
    {
        const auto job = test::startJob(&m_transport, connection(), m_dir.filePath(QStringLiteral("t.jsonl")), 8, 1);
        QVERIFY(job);
        MainWindow window(nullptr, test::storeConnectedTo(connection().baseUrl, connection().apiKey, this));
        JobsPane* pane = window.jobsPane();
        pane->monitor()->setIntervals(30, 200);
        QTRY_VERIFY(pane->table()->model()->rowCount() >= 1);
        pane->selectJob(job->id);
        m_server.setSpeed(60);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane->monitor()->watchedJob() && pane->monitor()->watchedJob()->status == JobStatus::Completed, 20000);
        m_server.setSpeed(1);
        const QString output = pane->monitor()->watchedJob()->outputName;
        QTRY_VERIFY_WITH_TIMEOUT(pane->page()->servingText().contains(QStringLiteral("checked with Together")), 20000);
        const QString text = pane->page()->servingText();
        // The emulator answers a chat to the output name: that, and only that, says serverless.
        QVERIFY2(text.contains(output + QStringLiteral(" answered a 1-token chat")), qPrintable(text));
        // Its base is not offered for dedicated inference (the emulator lists it for fine-tuning only).
        QVERIFY2(text.contains(QStringLiteral("not offered for dedicated inference of fine-tunes")), qPrintable(text));
        QCOMPARE(QString::fromUtf8(m_server.lastBody("/v1/chat/completions")),
                 QString::fromUtf8(ServingCheck::probeRequest(output)));
    }
};

QTEST_MAIN(TestServing)
#include "tst_serving.moc"
