#include "EmulatorServer.h"

#include "TestFiles.h"
#include "api/CurlTransport.h"
#include "api/ModelCatalog.h"
#include "api/TogetherClient.h"
#include "core/Settings.h"
#include "widgets/FineTuneForm.h"
#include "widgets/NewJobDialog.h"

#include <QGroupBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

// The fine-tune form and the New Fine-Tune dialog: every field round-trips through the
// widgets, problems show at their field in the SDK's words, the pre-flight summary, recipes,
// and a launch whose request reaches the emulator exactly as previewed.
class TestNewJob : public QObject
{
    Q_OBJECT

    emu::EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;

    QString dataset()
    {
        QByteArray data;
        for (int i = 0; i < 30; ++i)
            data += "{\"messages\":[{\"role\":\"user\",\"content\":\"Where is order " + QByteArray::number(i) +
                    "?\"},{\"role\":\"assistant\",\"content\":\"It ships tomorrow.\"}]}\n";
        const QString path = m_dir.filePath(QStringLiteral("orders.jsonl"));
        test::writeFile(path, data);
        return path;
    }

    static FineTuneRequest everything()
    {
        FineTuneRequest r;
        r.trainingFile = QStringLiteral("file-a");
        r.validationFile = QStringLiteral("file-b");
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        r.nEpochs = 3;
        r.nCheckpoints = 2;
        r.nEvals = 4;
        r.batchSize = 8;
        r.learningRate = 0.0002;
        r.scheduler = FineTuneRequest::Scheduler::Linear;
        r.minLrRatio = 0.1;
        r.warmupRatio = 0.05;
        r.maxGradNorm = 0.5;
        r.weightDecay = 0.01;
        r.suffix = QStringLiteral("orders");
        r.loraR = 16;
        r.loraAlpha = 24;
        r.loraDropout = 0.05;
        r.loraTrainableModules = QStringLiteral("q_proj,v_proj");
        r.trainOnInputs = FineTuneRequest::TrainOnInputs::No;
        r.wandbApiKey = QStringLiteral("wandb-secret");
        r.wandbProjectName = QStringLiteral("proj");
        r.wandbName = QStringLiteral("run");
        r.wandbEntity = QStringLiteral("team");
        r.hfApiToken = QStringLiteral("hf-secret");
        r.hfOutputRepoName = QStringLiteral("me/orders");
        r.packing = false;
        r.maxSeqLength = 4096;
        r.randomSeed = 7;
        r.gradientAccumulationSteps = 2;
        return r;
    }

private slots:
    void initTestCase()
    {
        Settings::createTempFileInstance();
        QVERIFY(m_server.start());
    }

    void everyFieldRoundTripsThroughTheForm()
    {
        FineTuneForm form;
        const FineTuneRequest r = everything();
        form.setRequest(r);
        QCOMPARE(QString::fromStdString(form.request().toJson().dump()), QString::fromStdString(r.toJson().dump()));
        FineTuneRequest dpo = r;
        dpo.method = FineTuneRequest::Method::Dpo;
        dpo.trainOnInputs = FineTuneRequest::TrainOnInputs::Auto;
        dpo.dpoBeta = 0.2;
        dpo.dpoReferenceFree = true;
        dpo.rpoAlpha = 0.5;
        dpo.lora = false;
        dpo.earlyStopping = true;
        dpo.earlyStoppingPatience = 1;
        dpo.earlyStoppingWarmupEvals = 1;
        form.setRequest(dpo);
        QCOMPARE(QString::fromStdString(form.request().toJson().dump()), QString::fromStdString(dpo.toJson().dump()));
    }

    void problemsShowAtTheirField()
    {
        FineTuneForm form;
        form.show();
        FineTuneRequest r;
        r.trainingFile = QStringLiteral("file-x");
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        form.setRequest(r);
        form.setLimits(ModelCatalog::bundled().limits(r.model));
        QVERIFY(form.problemAt(QStringLiteral("batch_size")).isEmpty());
        r.batchSize = 200;
        r.nEvals = 2;
        form.setRequest(r);
        QCOMPARE(form.problemAt(QStringLiteral("batch_size")),
                 QStringLiteral("Requested batch size of 200 is higher that the maximum allowed value of 8."));
        QCOMPARE(form.problemAt(QStringLiteral("validation_file")),
                 QStringLiteral("You have specified a number of evaluation loops but no validation file."));
        // Typing a fix clears it.
        auto* evals = qobject_cast<QSpinBox*>(form.fieldWidget(QStringLiteral("n_evals")));
        evals->setValue(0);
        QVERIFY(form.problemAt(QStringLiteral("validation_file")).isEmpty());
        // The method decides which group shows.
        r.method = FineTuneRequest::Method::Dpo;
        form.setRequest(r);
        bool dpoVisible = false, sftVisible = true;
        for (auto* box : form.findChildren<QGroupBox*>()) {
            if (box->title() == FineTuneForm::tr("Preference"))
                dpoVisible = box->isVisible();
            if (box->title() == FineTuneForm::tr("Supervised"))
                sftVisible = box->isVisible();
        }
        QVERIFY(dpoVisible);
        QVERIFY(!sftVisible);
    }

    void preflightPreviewRecipesAndLaunch()
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_form");
        TogetherClient client(&m_transport, c);
        NewJobDialog dialog(&client, ModelCatalog::bundled());
        FineTuneRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        r.nEpochs = 2;
        r.suffix = QStringLiteral("orders");
        r.wandbApiKey = QStringLiteral("wandb-secret");
        r.wandbProjectName = QStringLiteral("orders");
        dialog.form()->setRequest(r);
        const QString data = dataset();
        dialog.setDatasetPath(data);
        QTRY_VERIFY(dialog.preflightText().contains(QStringLiteral("accepts it")));
        QVERIFY(dialog.preflightText().contains(QStringLiteral("Serverless LoRA inference: yes")));
        QVERIFY(dialog.preflightText().contains(QStringLiteral("Price: $")));
        // The preview masks secrets.
        QVERIFY(!dialog.previewText().contains(QStringLiteral("wandb-secret")));
        QVERIFY(dialog.previewText().contains(QStringLiteral("\"suffix\": \"orders\"")));
        // A recipe keeps the settings, never the secrets.
        const QString recipe = m_dir.filePath(QStringLiteral("orders.recipe.json"));
        QVERIFY(dialog.saveRecipe(recipe));
        QVERIFY(!test::readFile(recipe).contains("wandb-secret"));
        QVERIFY(test::readFile(recipe).contains("sha256"));
        dialog.form()->setRequest(FineTuneRequest());
        QVERIFY(dialog.loadRecipe(recipe));
        QCOMPARE(dialog.form()->request().suffix, QStringLiteral("orders"));
        QCOMPARE(dialog.form()->request().nEpochs, 2);
        // Launch: the data is uploaded, then the job created with exactly the form's request.
        FineTuneRequest again = dialog.form()->request();
        again.wandbApiKey = QStringLiteral("wandb-secret");
        dialog.form()->setRequest(again);
        QSignalSpy launched(&dialog, &NewJobDialog::jobLaunched);
        dialog.launch();
        QVERIFY(launched.wait(20000));
        const FineTuneRequest sent = dialog.form()->request();
        QVERIFY(sent.trainingFile.startsWith(QStringLiteral("file-")));
        QCOMPARE(m_server.lastBody("/v1/fine-tunes"), QByteArray::fromStdString(sent.toJson().dump()));
        QVERIFY(dialog.launched()->id.startsWith(QStringLiteral("ft-")));

        // The same unchanged data is not uploaded again.
        NewJobDialog second(&client, ModelCatalog::bundled());
        second.setDatasetPath(data);
        QTRY_COMPARE(second.form()->request().trainingFile, sent.trainingFile);
        QVERIFY(second.status().contains(QStringLiteral("uploaded before")));
        // An edited file is.
        test::writeFile(data, test::readFile(data) + test::readFile(data));
        const int lookups = m_server.requestCount("GET", "/v1/files/" + sent.trainingFile.toUtf8());
        QCOMPARE(lookups, 1); // the second dialog's
        NewJobDialog third(&client, ModelCatalog::bundled());
        third.setDatasetPath(data);
        // Changed bytes are known locally (the upload memory keeps the file's identity): the
        // old upload is not even looked up.
        QVERIFY(third.form()->request().trainingFile.isEmpty());
        QCOMPARE(m_server.requestCount("GET", "/v1/files/" + sent.trainingFile.toUtf8()), lookups);
        test::writeFile(data, test::readFile(data).left(test::readFile(data).size() / 2));

        // With the data uploaded, the price is Together's own estimate.
        NewJobDialog priced(&client, ModelCatalog::bundled());
        priced.form()->setRequest(sent);
        priced.setDatasetPath(data);
        QTRY_VERIFY(priced.preflightText().contains(QStringLiteral("Together's estimate")));
    }

    void withoutAConnectionItPrepares()
    {
        NewJobDialog dialog(nullptr, ModelCatalog::bundled());
        QVERIFY(dialog.status().contains(QStringLiteral("Not connected")));
        dialog.launch(); // does nothing
        QVERIFY(!dialog.launched());
    }
};

QTEST_MAIN(TestNewJob)
#include "tst_newjob.moc"
