#include "EmulatorServer.h"

#include "TestFiles.h"
#include "api/client/ModelCatalog.h"
#include "api/client/TogetherClient.h"
#include "api/http/CurlTransport.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "jobs/HuggingFaceToken.h"
#include "widgets/common/Dialogs.h"
#include "widgets/jobs/FineTuneForm.h"
#include "widgets/jobs/NewJobDialog.h"

#include <QCheckBox>
#include <QDebug>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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

    // The account's money as the emulator starts, whatever a failed test left behind.
    void init()
    {
        m_server.setBalance(0);
        m_server.setCreditLimit(1000);
        m_server.setJobMinimum(0);
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

    // Early stopping's rule shows at the fields with what to change; a SimPO gamma locks what it forces.
    void earlyStoppingAndSimpoAtTheirFields()
    {
        FineTuneForm form;
        form.show();
        FineTuneRequest r;
        r.trainingFile = QStringLiteral("file-x");
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        r.earlyStopping = true;
        r.nEvals = 2;
        form.setRequest(r);
        QVERIFY2(form.problemAt(QStringLiteral("n_evals")).contains(QStringLiteral("set Evaluations to 4 or more")),
                 qPrintable(form.problemAt(QStringLiteral("n_evals"))));
        QVERIFY(form.problemAt(QStringLiteral("early_stopping_enabled")).contains(QStringLiteral("validation file")));
        auto* patience = qobject_cast<QSpinBox*>(form.fieldWidget(QStringLiteral("early_stopping_patience")));
        QVERIFY(patience && patience->isEnabled());
        QCOMPARE(patience->specialValueText(), QStringLiteral("server default (2)"));
        patience->setValue(0);
        QVERIFY(!form.problemAt(QStringLiteral("early_stopping_patience")).isEmpty());
        patience->setValue(1);
        auto* evals = qobject_cast<QSpinBox*>(form.fieldWidget(QStringLiteral("n_evals")));
        evals->setValue(3); // patience 1 + warm-up 1 + 1
        QVERIFY(form.problemAt(QStringLiteral("n_evals")).isEmpty());
        // SimPO: reference-free and length-normalized, shown checked and locked, and sent so.
        r = FineTuneRequest();
        r.trainingFile = QStringLiteral("file-x");
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        r.method = FineTuneRequest::Method::Dpo;
        r.simpoGamma = 0.5;
        form.setRequest(r);
        const FineTuneRequest sent = form.request();
        QVERIFY(sent.dpoReferenceFree && sent.dpoNormalizeLogratiosByLength);
        int locked = 0;
        for (QCheckBox* box : form.findChildren<QCheckBox*>())
            if (box->text().contains(QStringLiteral("Reference-free")) ||
                box->text().contains(QStringLiteral("Normalize")))
                locked += box->isChecked() && !box->isEnabled() ? 1 : 0;
        QCOMPARE(locked, 2);
        QVERIFY(form.problemAt(QStringLiteral("simpo_gamma")).isEmpty());
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
        QVERIFY(dialog.preflightText().contains(QStringLiteral("Serving the result"))); // what: tst_serving
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
        // Return in a field is not a launch: launching costs money, so it is never the default.
        const int creates = m_server.requestCount("POST", "/v1/fine-tunes");
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (QLineEdit* field : dialog.findChildren<QLineEdit*>()) {
            if (!field->isVisible() || !field->isEnabled())
                continue;
            field->setFocus();
            QTest::keyClick(field, Qt::Key_Return);
        }
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes"), creates);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy()); // nothing was started

        dialog.launch();
        QVERIFY(launched.wait(20000));
        const FineTuneRequest sent = dialog.form()->request();
        QVERIFY(sent.trainingFile.startsWith(QStringLiteral("file-")));
        QCOMPARE(m_server.lastBody("/v1/fine-tunes"), QByteArray::fromStdString(sent.toJson().dump()));
        QVERIFY(dialog.launched()->id.startsWith(QStringLiteral("ft-")));

        // The launch waited for Together's validation: PENDING (the upload's answer), RUNNING, COMPLETED.
        const int validationReads = m_server.requestCount("GET", "/v1/files/" + sent.trainingFile.toUtf8());
        QCOMPARE(validationReads, 2);
        // The same unchanged data is not uploaded again.
        NewJobDialog second(&client, ModelCatalog::bundled());
        second.setDatasetPath(data);
        QTRY_COMPARE(second.form()->request().trainingFile, sent.trainingFile);
        QVERIFY(second.status().contains(QStringLiteral("uploaded before")));
        // An edited file is.
        test::writeFile(data, test::readFile(data) + test::readFile(data));
        const int lookups = m_server.requestCount("GET", "/v1/files/" + sent.trainingFile.toUtf8());
        QCOMPARE(lookups, validationReads + 1); // the second dialog's
        NewJobDialog third(&client, ModelCatalog::bundled());
        third.setDatasetPath(data);
        // Changed bytes are known locally (the upload memory keeps the file's identity): the
        // old upload is not even looked up.
        QVERIFY(third.form()->request().trainingFile.isEmpty());
        QCOMPARE(m_server.requestCount("GET", "/v1/files/" + sent.trainingFile.toUtf8()), lookups);
        test::writeFile(data, test::readFile(data).left(test::readFile(data).size() / 2));

        // With the data uploaded, the price is Together's own estimate.
        NewJobDialog priced(&client, ModelCatalog::bundled());
        priced.setDatasetPath(data);
        priced.form()->setRequest(sent); // an id set while the field names a file: that file's upload
        QTRY_VERIFY(priced.preflightText().contains(QStringLiteral("Together's estimate")));
    }

    // Issue 13: "Fix the form first: …" stayed after the form was fixed.
    void theFormsProblemGoesOnceFixed()
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_form");
        TogetherClient client(&m_transport, c);
        NewJobDialog dialog(&client, ModelCatalog::bundled());
        FineTuneRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        r.nEvals = 2; // evaluations without a validation file: an error
        dialog.form()->setRequest(r);
        dialog.setDatasetPath(dataset());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int creates = m_server.requestCount("POST", "/v1/fine-tunes");
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("launch")), Qt::LeftButton);
        QVERIFY2(dialog.status().startsWith(QStringLiteral("Fix the form first")), qPrintable(dialog.status()));
        // The user sets Evaluations back to 0 with the keyboard.
        auto* evals = dialog.form()->findChild<QSpinBox*>(QStringLiteral("n_evals"));
        evals->setFocus();
        QTest::keyClick(evals, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(evals, QStringLiteral("0"));
        QCOMPARE(evals->value(), 0);
        QVERIFY2(!dialog.status().contains(QStringLiteral("Fix the form first")), qPrintable(dialog.status()));
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes"), creates);
    }

    // Together's own validation rejects the file: the dialog says why, quotes the line it
    // names and links to it in the dataset; no job is asked for.
    void aFileTogetherRejectsIsShownAtItsLine()
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_form");
        TogetherClient client(&m_transport, c);
        NewJobDialog dialog(&client, ModelCatalog::bundled());
        FineTuneRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        dialog.form()->setRequest(r);
        const QString path = m_dir.filePath(QStringLiteral("norole.jsonl"));
        test::writeFile(path,
                        "{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"role\":\"assistant\",\"content\":"
                        "\"b\"}]}\n{\"messages\":[{\"role\":\"user\",\"content\":\"a\"},{\"content\":\"b\"}]}\n");
        dialog.setDatasetPath(path);
        QTRY_VERIFY(!dialog.preflightText().isEmpty() &&
                    !dialog.preflightText().startsWith(QStringLiteral("Checking")));
        const int creates = m_server.requestCount("POST", "/v1/fine-tunes");
        Dialogs::setNextAnswer(QMessageBox::Yes); // "Upload anyway?": the server's verdict is the one under test
        dialog.launch();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.status().contains(QStringLiteral("Together rejected")), 20000);
        QVERIFY2(dialog.status().contains(QStringLiteral("Line 2: `messages[1]` must contain a `role` field")),
                 qPrintable(dialog.status()));
        QVERIFY2(dialog.status().contains(QStringLiteral("Show line 2 of norole.jsonl")), qPrintable(dialog.status()));
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes"), creates);
        QSignalSpy line(&dialog, &NewJobDialog::lineRequested);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("launchStatus"));
        QVERIFY(status);
        emit status->linkActivated(QStringLiteral("line:2"));
        QCOMPARE(line.size(), 1);
        QCOMPARE(line.front().at(0).toString(), path);
        QCOMPARE(line.front().at(1).toLongLong(), 2);
        // Other data chosen: the rejection was about the old file and goes.
        dialog.setDatasetPath(dataset());
        QVERIFY2(!dialog.status().contains(QStringLiteral("Together rejected")), qPrintable(dialog.status()));
    }

    // Together says the price is over the balance and credit limit: asked first; "No" creates nothing.
    void overTheLimitAsksFirst()
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_form");
        TogetherClient client(&m_transport, c);
        m_server.setCreditLimit(0);
        m_server.setJobMinimum(4);
        NewJobDialog dialog(&client, ModelCatalog::bundled());
        FineTuneRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        dialog.form()->setRequest(r);
        dialog.setDatasetPath(dataset());
        QTRY_VERIFY(dialog.preflightText().contains(QStringLiteral("accepts it")));
        const int creates = m_server.requestCount("POST", "/v1/fine-tunes");
        Dialogs::setNextAnswer(QMessageBox::No);
        dialog.launch();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.status().contains(QStringLiteral("more than your balance and credit limit")),
                                 20000);
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes"), creates);
        QVERIFY(!dialog.launched());
        // With the file uploaded, the pre-flight shows the warning before any launch.
        NewJobDialog again(&client, ModelCatalog::bundled());
        again.setDatasetPath(dataset());
        again.form()->setRequest(dialog.form()->request()); // the id of that file's upload
        QTRY_VERIFY_WITH_TIMEOUT(again.preflightText().contains(QStringLiteral("Warning: Together estimates")), 20000);
        m_server.setCreditLimit(1000);
        m_server.setJobMinimum(0);
    }

    // The Hugging Face token comes from the keychain and goes back there; never to settings.
    void huggingFaceTokenLivesInTheKeychain()
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_form");
        TogetherClient client(&m_transport, c);
        MemorySecretStore store;
        bool written = false;
        store.write(HuggingFaceToken::key(), QStringLiteral("hf_kept"), &store,
                    [&](const Result<void>& r) { written = r.ok(); });
        QTRY_VERIFY(written);
        NewJobDialog dialog(&client, ModelCatalog::bundled());
        FineTuneRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        r.hfOutputRepoName = QStringLiteral("me/orders");
        dialog.form()->setRequest(r);
        dialog.setSecretStore(&store);
        QTRY_COMPARE(dialog.form()->request().hfApiToken, QStringLiteral("hf_kept"));
        QVERIFY(!dialog.previewText().contains(QStringLiteral("hf_kept")));
        FineTuneRequest typed = dialog.form()->request();
        typed.hfApiToken = QStringLiteral("hf_new_token");
        dialog.form()->setRequest(typed);
        dialog.setDatasetPath(dataset());
        QTRY_VERIFY(dialog.preflightText().contains(QStringLiteral("accepts it")));
        QSignalSpy launched(&dialog, &NewJobDialog::jobLaunched);
        dialog.launch();
        QVERIFY(launched.wait(20000));
        QVERIFY(m_server.lastBody("/v1/fine-tunes").contains("\"hf_api_token\":\"hf_new_token\""));
        std::optional<QString> kept;
        store.read(HuggingFaceToken::key(), &store, [&](const Result<QString>& t) { kept = t ? *t : QString(); });
        QTRY_COMPARE(kept, std::optional<QString>(QStringLiteral("hf_new_token")));
        for (int k = 0; k < int(Settings::Key::KeyCount); ++k) {
            QString value;
            QDebug(&value) << Settings::instance()->get(Settings::Key(k));
            QVERIFY2(!value.contains(QStringLiteral("hf_new_token")), qPrintable(Settings::name(Settings::Key(k))));
        }
        // Nor does the job the server echoes carry it.
        QVERIFY(!dialog.launched()->raw.contains("hf_new_token"));
    }

    // With the Dataset pane's tokenizer, pre-flight counts exactly (and says with what); a
    // tokenizer that cannot count leaves the estimate, labelled so, and says why.
    void preflightCountsExactlyWithTheTokenizer()
    {
        NewJobDialog dialog(nullptr, ModelCatalog::bundled());
        FineTuneRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        dialog.form()->setRequest(r);
        dialog.setTokenizerDir(test::testDataDir() + QStringLiteral("/tokenizers/tiny-chatml"));
        dialog.setDatasetPath(dataset());
        QTRY_VERIFY2(dialog.preflightText().contains(QStringLiteral("Tokens (exact, counted with")),
                     qPrintable(dialog.preflightText()));
        QVERIFY(dialog.preflightText().contains(QStringLiteral("exact")));
        // A row the tokenizer cannot count (not JSON) is left out of the exact count, not the
        // reason for an estimate of every row.
        const QString broken = m_dir.filePath(QStringLiteral("broken.jsonl"));
        QVERIFY(test::writeFile(broken, test::readFile(dataset()) + "not json\n"));
        dialog.setDatasetPath(broken);
        QTRY_VERIFY2(dialog.preflightText().contains(QStringLiteral("Left out of the exact count: 1 row")),
                     qPrintable(dialog.preflightText()));
        QVERIFY(dialog.preflightText().contains(QStringLiteral("Tokens (exact, counted with")));
        dialog.setTokenizerDir(m_dir.filePath(QStringLiteral("no-such-tokenizer")));
        QTRY_VERIFY2(dialog.preflightText().contains(QStringLiteral("The tokenizer could not count exactly")),
                     qPrintable(dialog.preflightText()));
        QVERIFY(dialog.preflightText().contains(QStringLiteral("Tokens (estimated from characters")));
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
