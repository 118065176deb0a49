#include "EmulatorServer.h"

#include "TestFiles.h"
#include "api/client/ModelCatalog.h"
#include "api/client/TogetherClient.h"
#include "api/http/CurlTransport.h"
#include "itemmodels/Theme.h"
#include "widgets/jobs/FineTuneForm.h"
#include "widgets/jobs/JobPage.h"
#include "widgets/jobs/MetricChart.h"
#include "widgets/jobs/NewJobDialog.h"
#include "widgets/jobs/PreviewDialog.h"
#include "widgets/jobs/PreviewView.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <nlohmann/json.hpp>

using namespace td;

// Together's preview in the New Fine-Tune dialog (PreviewDialog, PreviewView) and the job
// page's 2026 additions: gradient norm and learning rate charts, the tokenized dataset action.
class TestPreview : public QObject
{
    Q_OBJECT

    emu::EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;

    static TokenPreview sample()
    {
        const auto p = FineTunePreview::fromJson(nlohmann::json::parse(
            R"({"dataset_format":"conversation","max_seq_length":6,"model":"m/base","train_on_inputs":false,"rows":[
                {"tokens":["<|start_header_id|>","user","<|end_header_id|>","Hi","<|eot_id|>","<|start_header_id|>",
                "assistant","<|end_header_id|>","Hello","Ġthere","<|eot_id|>"],
                "labels":[-100,-100,-100,-100,-100,-100,-100,-100,5,6,7],"trained_spans":[[8,11]],"truncated":false},
                {"tokens":["<|start_header_id|>","user","<|end_header_id|>","Long","Ġquestion","Ġcut"],
                "labels":[-100,-100,-100,-100,-100,-100],"trained_spans":[],"truncated":true}]})"));
        return TokenPreview::build(
            *p,
            {R"({"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello there"}]})",
             R"({"messages":[{"role":"user","content":"Long question cut short"},{"role":"assistant","content":"x"}]})"},
            FineTuneRequest::TrainOnInputs::Auto);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    // Rows listed with Together's count beside the estimate; the selected row as a
    // conversation with trained text highlighted and the cut marked; keyboard and names.
    void theViewShowsRowsAsConversations()
    {
        PreviewView view;
        view.setPreview(sample());
        view.show();
        QCOMPARE(view.rowCount(), 2);
        QVERIFY2(view.rowLabel(0).contains(QStringLiteral("3 trained (estimate 3)")), qPrintable(view.rowLabel(0)));
        QVERIFY(view.rowLabel(1).contains(QStringLiteral("truncated")));
        QVERIFY(view.summaryText().contains(QStringLiteral("TuneDesk's estimate")));
        QString html = view.conversationHtml();
        QVERIFY(html.contains(QStringLiteral("assistant")));
        QVERIFY(html.contains(QStringLiteral("2 of 2 token")));
        QVERIFY(html.contains(Theme::css(Theme::Role::TrainedTokenBackground)) ||
                html.contains(Theme::css(Theme::Role::TrainedTokenBackgroundAlt)));
        QVERIFY(!html.contains(QStringLiteral("✂")));
        // Keyboard: the list takes focus and Down shows the next row.
        view.rowList()->setFocus();
        QTest::keyClick(view.rowList(), Qt::Key_Down);
        QCOMPARE(view.rowList()->currentRow(), 1);
        html = view.conversationHtml();
        QVERIFY(html.contains(QStringLiteral("✂")));
        QVERIFY(html.contains(QStringLiteral("Cut at max_seq_length (6 tokens)")));
        QVERIFY(!view.rowList()->accessibleName().isEmpty());
        QVERIFY(!view.conversation()->accessibleName().isEmpty());
        QVERIFY(view.conversation()->focusPolicy() & Qt::TabFocus);
    }

    // "Preview on Together" in the New Fine-Tune dialog: the data is uploaded (and the
    // launch then uses that upload), Together's rows shown beside TuneDesk's estimate.
    void previewOnTogetherFromTheNewJobDialog()
    {
        QByteArray data;
        for (int i = 0; i < 8; ++i)
            data += "{\"messages\":[{\"role\":\"user\",\"content\":\"Where is order " + QByteArray::number(i) +
                    "?\"},{\"role\":\"assistant\",\"content\":\"It ships tomorrow.\"}]}\n";
        const QString path = m_dir.filePath(QStringLiteral("orders.jsonl"));
        QVERIFY(test::writeFile(path, data));
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_preview");
        TogetherClient client(&m_transport, c);
        NewJobDialog dialog(&client, ModelCatalog::bundled());
        FineTuneRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        dialog.form()->setRequest(r);
        dialog.setDatasetPath(path);
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("previewOnTogether"));
        QVERIFY(button && button->isEnabled());
        QVERIFY(!button->text().isEmpty());
        button->click();
        PreviewDialog* preview = dialog.previewDialog();
        QVERIFY(preview);
        QTRY_COMPARE_WITH_TIMEOUT(preview->view()->rowCount(), 5, 20000);
        QVERIFY(dialog.form()->request().trainingFile.startsWith(QStringLiteral("file-")));
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes/preview"), 1);
        QVERIFY2(preview->view()->summaryText().contains(QStringLiteral("TuneDesk's estimate")),
                 qPrintable(preview->view()->summaryText()));
        QVERIFY(preview->view()->conversationHtml().contains(QStringLiteral("It ships tomorrow.")) ||
                preview->view()->conversationHtml().contains(QStringLiteral("ships")));
        // Again with more rows: the file is not uploaded a second time.
        const int uploads = m_server.requestCount("POST", "/v1/files");
        preview->rowsBox()->setValue(8);
        QVERIFY(!preview->rowsBox()->accessibleName().isEmpty());
        preview->run();
        QTRY_COMPARE_WITH_TIMEOUT(preview->view()->rowCount(), 8, 20000);
        QCOMPARE(m_server.requestCount("POST", "/v1/files"), uploads);
        // With the base model's tokenizer (the Dataset pane's), TuneDesk's count of the same
        // rows is exact and says with what.
        preview->setTokenizerDir(test::testDataDir() + QStringLiteral("/tokenizers/tiny-chatml"));
        preview->run();
        QTRY_VERIFY2_WITH_TIMEOUT(preview->view()->summaryText().contains(QStringLiteral("TuneDesk's exact count")),
                                  qPrintable(preview->view()->summaryText()), 20000);
        QVERIFY(!preview->view()->summaryText().contains(QStringLiteral("TuneDesk's estimate")));
    }

    void jobPageChartsAndTokenizedAction()
    {
        JobPage page;
        FineTuneJob job;
        job.id = QStringLiteral("ft-1");
        job.status = JobStatus::Pending;
        page.setJob(&job);
        page.show();
        // (on the Checkpoints tab: hidden means not offered, whichever tab is shown)
        QVERIFY(page.tokenizedDownloadButton()->isHidden());
        job.status = JobStatus::Completed;
        page.setJob(&job);
        QVERIFY(!page.tokenizedDownloadButton()->isHidden());
        QSignalSpy asked(&page, &JobPage::tokenizedDownloadRequested);
        page.tokenizedDownloadButton()->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.front().front().toString(), QStringLiteral("ft-1"));
        const auto metrics = TrainingMetric::listFromJson(nlohmann::json::parse(
            R"({"metrics":[{"timestamp":1764547200000000000,"train/global_step":1,"train/loss":2.1,"train/grad_norm":1.5,
                "train/learning_rate":0.00001},{"timestamp":1764547201000000000,"train/global_step":2,"train/loss":1.9,
                "train/grad_norm":1.1,"train/learning_rate":0.000009},{"timestamp":1764547201500000000,
                "train/global_step":2,"eval/loss":2.0}]})"));
        page.setMetrics(metrics);
        QCOMPARE(page.gradNormChart()->points(), 2);
        QCOMPARE(page.learningRateChart()->points(), 2);
    }
};

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
