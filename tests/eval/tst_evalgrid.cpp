#include "EmulatorServer.h"
#include "Mnemonics.h"
#include "TestJobs.h"
#include "api/client/ModelCatalog.h"

#include "MainWindow.h"
#include "api/connection/ApiContext.h"
#include "api/http/CurlTransport.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "eval/EvalExport.h"
#include "eval/EvalJournal.h"
#include "eval/EvalJudge.h"
#include "eval/EvalRunner.h"
#include "eval/EvalSummary.h"
#include "itemmodels/DatasetSession.h"
#include "playground/ChatSession.h"
#include "widgets/common/Dialogs.h"
#include "widgets/eval/EvalGridModel.h"
#include "widgets/eval/EvalGridView.h"
#include "widgets/eval/EvalPane.h"
#include "widgets/eval/EvalRunDialog.h"
#include "widgets/jobs/JobPage.h"
#include "widgets/jobs/JobsPane.h"
#include "widgets/playground/ChatColumn.h"
#include "widgets/playground/ChatParametersForm.h"
#include "widgets/playground/PlaygroundPane.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <nlohmann/json.hpp>

using namespace td;
using emu::EmulatorServer;

// The evaluation GUI against the in-process emulator: from a finished job's page to the
// New Evaluation dialog (estimate, the warning for a model not served), the grid filling as
// answers stream in with their timings, keyboard review (1-4, 0, arrows, Enter into the
// playground), the summary with the fine-tune's losses first, marks back into the dataset as
// one undo step, pause / cancel / run again, and a reopened run as it was.
class TestEvalGrid : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    const QString m_base = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
    QString m_fineTune;
    QString m_dataset;
    QString m_runId;

    Connection connection() const
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_eval");
        return c;
    }
    EvalPane* pane() const { return m_window->evalPane(); }
    EvalGridModel* grid() const { return pane()->gridModel(); }
    QString cell(int gridRow, int column) const { return grid()->index(gridRow, column).data().toString(); }
    EvalRunDialog* dialog() const { return m_window->findChild<EvalRunDialog*>(); }
    int humanVerdictsOnDisk() const
    {
        const auto journal = EvalJournal::read(pane()->store().verdictsPath(m_runId));
        if (!journal)
            return -1;
        int n = 0;
        for (const auto& v : journal->records)
            n += v.value("judge", std::string()) == "human" ? 1 : 0;
        return n;
    }
    void key(int k) { QTest::keyClick(pane()->grid(), Qt::Key(k)); }
    void goTo(int gridRow, int model)
    {
        pane()->grid()->setCurrentIndex(grid()->index(gridRow, EvalGridModel::FirstModelColumn + model));
    }

    // 30 rows the fine-tune was trained on, then 10 about what it never saw.
    static QByteArray heldOut()
    {
        QByteArray data;
        for (int i = 0; i < 40; ++i) {
            const QByteArray n = QByteArray::number(i);
            const bool seen = i < 30;
            data += "{\"messages\":[{\"role\":\"user\",\"content\":\"" +
                    (seen ? QByteArray("question " + n) : QByteArray("question about topic " + n)) +
                    "\"},{\"role\":\"assistant\",\"content\":\"" +
                    (seen ? QByteArray("answer " + n) : QByteArray("topic " + n + " explained")) + "\"}]}\n";
        }
        return data;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(EvalStore::defaultRoot()).removeRecursively();
        Settings::createTempFileInstance();
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
        const auto job =
            test::startJob(&m_transport, connection(), m_dir.filePath(QStringLiteral("train.jsonl")), 30, 1);
        QVERIFY(job);
        m_server.advanceClock(100000);
        m_fineTune = job->outputName;
        m_dataset = m_dir.filePath(QStringLiteral("heldout.jsonl"));
        QVERIFY(test::writeFile(m_dataset, heldOut()));
        {
            // A second Together account without a key: the model list it cannot give.
            qunsetenv("TOGETHER_API_KEY");
            MemorySecretStore scratch;
            ConnectionProfiles profiles(Settings::instance(), &scratch);
            ConnectionProfile keyless;
            keyless.id = QStringLiteral("second-account");
            keyless.name = QStringLiteral("Second account");
            keyless.kind = ConnectionProfile::Kind::Together;
            keyless.baseUrl = connection().baseUrl;
            profiles.save(keyless);
        }
        m_window = std::make_unique<MainWindow>(
            nullptr, test::storeConnectedTo(connection().baseUrl, QStringLiteral("tgp_v1_eval"), this));
        m_window->resize(1400, 900);
        m_window->show();
        m_window->openFile(m_dataset);
        QTRY_VERIFY(m_window->session()->document()->state() == DatasetDocument::State::Ready &&
                    m_window->session()->document()->rowCount() == 40);
    }

    // Opened with no models named, the dialog starts on the active connection with its model
    // list, comparing the newest fine-tune with its base.
    void aNewEvaluationComparesTheNewestFineTuneWithItsBase()
    {
        // No run yet: the pane says what an evaluation is, with the button to make one.
        m_window->panes()->setCurrentWidget(pane());
        QVERIFY2(pane()->emptyStateText().contains(QStringLiteral("No evaluations yet")),
                 qPrintable(pane()->emptyStateText()));
        auto* empty = pane()->findChild<QWidget*>(QStringLiteral("evalEmptyState"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(pane()->findChild<QProgressBar*>(QStringLiteral("evalProgress"))->isHidden());
        QPushButton* newButton = nullptr;
        for (QPushButton* b : empty->findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("Evaluate Rows")))
                newButton = b;
        QVERIFY(newButton);
        QTest::mouseClick(newButton, Qt::LeftButton);
        QTRY_VERIFY(dialog() && dialog()->isVisible());
        auto* first = dialog()->findChild<QComboBox*>(QStringLiteral("evalModel0"));
        auto* second = dialog()->findChild<QComboBox*>(QStringLiteral("evalModel1"));
        QVERIFY(first && second);
        QTRY_COMPARE(second->currentText(), m_fineTune);
        QCOMPARE(first->currentText(), m_base);
        QVERIFY(first->count() > 2); // the list to choose from, not only the defaults
        QVERIFY(second->findText(m_base) >= 0);
        // The fine-tune once, though the server lists it among its models too.
        int listed = 0;
        for (int i = 0; i < second->count(); ++i)
            listed += second->itemText(i) == m_fineTune;
        QCOMPARE(listed, 1);
        QVERIFY(!second->lineEdit()->accessibleName().isEmpty());
        // On a connection without a key the list goes and the field says why; back, it returns.
        auto* firstProfile = dialog()->findChild<QComboBox*>(QStringLiteral("evalProfile0"));
        const int connected = firstProfile->currentIndex();
        const int keyless = firstProfile->findData(QStringLiteral("second-account"));
        QVERIFY(keyless >= 0 && keyless != connected);
        firstProfile->setCurrentIndex(keyless);
        QTRY_COMPARE(first->count(), 0);
        QVERIFY2(first->lineEdit()->placeholderText().startsWith(QStringLiteral("Type the model's name (no list: ")),
                 qPrintable(first->lineEdit()->placeholderText()));
        QCOMPARE(first->currentText(), m_base);
        firstProfile->setCurrentIndex(connected);
        QTRY_VERIFY(first->count() > 2);
        QCOMPARE(first->currentText(), m_base);
        // Tab takes the model rows in order, then the fine-tune's choice and Add a Model.
        QStringList chain;
        QWidget* w = dialog()->findChild<QWidget*>(QStringLiteral("evalName"));
        for (int i = 0; i < 200 && w; ++i, w = w->nextInFocusChain()) {
            QWidget* named = w->objectName().isEmpty() && w->parentWidget() ? w->parentWidget() : w;
            if (w->focusPolicy() & Qt::TabFocus && !chain.contains(named->objectName()))
                chain << named->objectName();
        }
        int last = -1;
        for (const char* name : {"evalProfile0", "evalModel0", "evalV20", "evalProfile1", "evalModel1", "evalV21",
                                 "evalCandidate", "evalAddModel", "evalTemperature"}) {
            const int at = int(chain.indexOf(QString::fromLatin1(name)));
            QVERIFY2(at > last,
                     qPrintable(QString::fromLatin1(name) + QStringLiteral(": ") + chain.join(QLatin1Char(' '))));
            last = at;
        }
        dialog()->reject();
        QTRY_VERIFY(!dialog());
    }

    // Judge Prompt…: the default to start from, a prompt without both answers is refused at the
    // dialog, an edited one is kept (and Reset brings the default back).
    void theJudgePromptIsEditable()
    {
        auto* button = pane()->findChild<QPushButton*>(QStringLiteral("evalJudgePrompt"));
        QVERIFY(button);
        QCOMPARE(EvalPane::judgePrompt(), EvalJudge::defaultPrompt());
        QDialog* dialog = pane()->editJudgePrompt();
        auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("judgePromptEdit"));
        QVERIFY(edit);
        QCOMPARE(edit->toPlainText(), EvalJudge::defaultPrompt());
        edit->setPlainText(QStringLiteral("Which is better? {answer_a}"));
        auto* box = dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // refused, and why
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("judgePromptError"))
                    ->text()
                    .contains(QStringLiteral("{answer_b}")));
        const QString mine = QStringLiteral("Which is kinder? A: {answer_a}\nB: {answer_b}");
        edit->setPlainText(mine);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!pane()->findChild<QDialog*>(QStringLiteral("judgePromptDialog")));
        QCOMPARE(EvalPane::judgePrompt(), mine);
        dialog = pane()->editJudgePrompt();
        edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("judgePromptEdit"));
        QCOMPARE(edit->toPlainText(), mine);
        for (QAbstractButton* b : dialog->findChild<QDialogButtonBox*>()->buttons())
            if (b->text().contains(QStringLiteral("Reset")))
                b->click();
        QCOMPARE(edit->toPlainText(), EvalJudge::defaultPrompt());
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!pane()->findChild<QDialog*>(QStringLiteral("judgePromptDialog")));
        QCOMPARE(EvalPane::judgePrompt(), EvalJudge::defaultPrompt());
    }

    // Before anything is asked: the requests, tokens and cost per model, and a warning for a
    // model that is not served; Start waits for an estimate of what is chosen now.
    void estimateWarnsAboutAModelNotServed()
    {
        EvalModel base, nobody;
        base.model = m_base;
        nobody.model = QStringLiteral("nobody/not-served");
        QVERIFY(m_window->evaluateRows({base, nobody}));
        QTRY_VERIFY(dialog() && dialog()->isVisible());
        QCOMPARE(m_window->panes()->currentWidget(), pane());
        QVERIFY(!dialog()->startButton()->isEnabled());
        QTest::mouseClick(dialog()->findChild<QPushButton*>(QStringLiteral("evalEstimateButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog()->probeDone(), 20000);
        const QString text = dialog()->estimateText();
        QVERIFY2(text.contains(QStringLiteral("40")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Warning: nobody/not-served is not served")), qPrintable(text));
        QVERIFY(dialog()->startButton()->isEnabled());
        // A change makes the estimate stale.
        dialog()->setRowsMode(EvalRunDialog::RowsMode::Sample);
        QVERIFY(!dialog()->startButton()->isEnabled());
        dialog()->reject();
        QTRY_VERIFY(!dialog());
    }

    // The cost comes from the connection's live prices too: the fine-tune is not in the bundled
    // catalog, and said "price unknown" while the server listed its price.
    void theEstimateUsesLivePrices()
    {
        EvalModel base, fineTune;
        base.model = m_base;
        fineTune.model = m_fineTune;
        QVERIFY(ModelCatalog::bundled().inferencePrice(m_fineTune) == std::nullopt);
        QVERIFY(m_window->evaluateRows({base, fineTune}));
        QTRY_VERIFY(dialog() && dialog()->isVisible());
        QTest::mouseClick(dialog()->findChild<QPushButton*>(QStringLiteral("evalEstimateButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog()->probeDone(), 20000);
        // The model list may answer after Estimate: its prices are laid over then.
        QTRY_VERIFY2_WITH_TIMEOUT(!dialog()->estimateText().contains(QStringLiteral("price unknown")),
                                  qPrintable(dialog()->estimateText()), 20000);
        const QString line = dialog()->estimateText().section(QLatin1Char('\n'), 1, 1);
        QVERIFY2(line.startsWith(m_fineTune) && line.contains(QStringLiteral("about $")), qPrintable(line));
        dialog()->reject();
        QTRY_VERIFY(!dialog());
    }

    // From a finished job's page: its base and the fine-tune filled in; Start runs it and the
    // grid fills as the answers stream in, with their timings.
    void fromTheJobPageTheGridFills()
    {
        FineTuneJob job;
        job.id = QStringLiteral("ft-eval");
        job.status = JobStatus::Completed;
        job.model = m_base;
        job.outputName = m_fineTune;
        m_window->jobsPane()->page()->setJob(&job);
        auto* evaluate = m_window->jobsPane()->page()->findChild<QPushButton*>(QStringLiteral("evaluateJobButton"));
        QVERIFY(evaluate && !evaluate->isHidden());
        evaluate->click();
        QTRY_VERIFY(dialog() && dialog()->isVisible());
        // A large font (the window is as narrow as it goes): the figures above the grid are
        // long enough to take two lines.
        m_window->resize(900, 760);
        QTRY_COMPARE(m_window->width(), 900);
        const QFont font = pane()->font();
        const auto restoreFont = qScopeGuard([this, font] { pane()->setFont(font); });
        QFont large = font;
        large.setPointSizeF(font.pointSizeF() * 1.6);
        pane()->setFont(large);
        const EvalDefinition d = dialog()->definition();
        QCOMPARE(d.models.size(), 2);
        QCOMPARE(d.models[0].model, m_base);
        QCOMPARE(d.models[1].model, m_fineTune);
        QCOMPARE(d.candidateIndex(), 1);
        QCOMPARE(*d.parameters.seed, 42);

        // Answers stream: some cell shows text before its whole answer is in.
        bool sawPartial = false;
        // The lambda writes to this function's stack: connected for as long as the function
        // runs (the grid outlives it; a later test's answers wrote over a return address).
        QObject scope;
        connect(grid(), &QAbstractItemModel::dataChanged, &scope, [&](const QModelIndex& i) {
            const int m = grid()->modelOfColumn(i.column());
            if (m >= 0 && !grid()->runData().result(grid()->datasetRow(i.row()), m) && !i.data().toString().isEmpty())
                sawPartial = true;
        });
        m_server.setTokenIntervalMs(15);
        QTest::mouseClick(dialog()->findChild<QPushButton*>(QStringLiteral("evalEstimateButton")), Qt::LeftButton);
        QTRY_VERIFY(dialog()->startButton()->isEnabled());
        QTest::mouseClick(dialog()->startButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog());
        QTRY_VERIFY(pane()->runner() && pane()->runner()->isRunning());
        m_runId = pane()->runId();
        QCOMPARE(grid()->rowCount(), 40);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QRect gridWhenStarted(pane()->grid()->mapTo(pane(), QPoint(0, 0)), pane()->grid()->size());
        QTRY_VERIFY_WITH_TIMEOUT(!pane()->runner()->isRunning(), 60000);
        // The figures above the grid filled in (times to the first token and speeds) without
        // moving it: a grid that jumps while the user reads it, and a repaint of all of it.
        static const QRegularExpression timed(QStringLiteral("first token \\d+ ms, [\\d,.]+ tokens/s"));
        QTRY_VERIFY2(pane()->statsText().contains(timed), qPrintable(pane()->statsText()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(QRect(pane()->grid()->mapTo(pane(), QPoint(0, 0)), pane()->grid()->size()), gridWhenStarted);
        // The summary, worked out on a worker from its own copy of the answers brought up to
        // date as they came, is the one of every answer.
        QTRY_COMPARE(pane()->summaryText(), EvalSummary::of(grid()->runData()).text());
        m_server.setTokenIntervalMs(5);
        QVERIFY(sawPartial);
        QCOMPARE(pane()->runner()->answered(), 80);
        // The fine-tune answers from its training data, the base generically.
        QCOMPARE(cell(4, EvalGridModel::FirstModelColumn + 1), QStringLiteral("answer 4"));
        QVERIFY(cell(4, EvalGridModel::FirstModelColumn).contains(QStringLiteral("question 4")));
        QCOMPARE(cell(4, EvalGridModel::ReferenceColumn), QStringLiteral("answer 4"));
        QCOMPARE(cell(4, EvalGridModel::PromptColumn), QStringLiteral("question 4"));
        // The header keeps a long name's start and end (where a fine-tune differs from its base);
        // the tooltip has it whole.
        const QString header = grid()->headerData(EvalGridModel::FirstModelColumn + 1, Qt::Horizontal).toString();
        const QString headerTip =
            grid()->headerData(EvalGridModel::FirstModelColumn + 1, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(headerTip.contains(m_fineTune), qPrintable(headerTip));
        if (m_fineTune.size() > 22)
            QVERIFY2(header.contains(QChar(0x2026)) && header.contains(m_fineTune.right(8)), qPrintable(header));
        const QString tip = grid()->index(4, EvalGridModel::FirstModelColumn + 1).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("first token after")), qPrintable(tip));
        // A speed where the answer's tokens came over time: a two-token answer whose tokens a
        // busy GUI thread took in the same millisecond has none (nothing to divide by).
        int withSpeed = 0;
        for (int r = 0; r < grid()->rowCount(); ++r)
            withSpeed += grid()
                             ->index(r, EvalGridModel::FirstModelColumn + 1)
                             .data(Qt::ToolTipRole)
                             .toString()
                             .contains(QStringLiteral("tokens/s"));
        QVERIFY2(withSpeed > 0, qPrintable(tip));
        QTRY_VERIFY(pane()->statsText().contains(QStringLiteral("first token")));
        QVERIFY(pane()->statsText().contains(QStringLiteral("tokens/s")));
        // On a 1280-pixel screen every column is in view, "Your pick" too (it was off to the right).
        m_window->resize(1280, 760);
        QTRY_COMPARE(m_window->width(), 1280);
        QHeaderView* columns = pane()->grid()->horizontalHeader();
        const int verdict = grid()->verdictColumn();
        QTRY_VERIFY2(columns->sectionViewportPosition(verdict) + columns->sectionSize(verdict) <=
                         pane()->grid()->viewport()->width(),
                     qPrintable(QStringLiteral("ends at %1 of %2 px")
                                    .arg(columns->sectionViewportPosition(verdict) + columns->sectionSize(verdict))
                                    .arg(pane()->grid()->viewport()->width())));
        QVERIFY(columns->sectionSize(EvalGridModel::FirstModelColumn) >= 150);
        m_window->resize(1400, 900);
        // The row shown in full (the first, chosen when the run opened) has its answers now.
        auto* detail = pane()->findChild<QTextBrowser*>(QStringLiteral("evalDetail"));
        QVERIFY(detail);
        QTRY_VERIFY2(detail->toPlainText().contains(QStringLiteral("answer 0")) &&
                         !detail->toPlainText().contains(QStringLiteral("Not answered yet")),
                     qPrintable(detail->toPlainText()));
        QCOMPARE(pane()->store().state(m_runId), QStringLiteral("finished"));
        QVERIFY(pane()->runList()->currentText().contains(QStringLiteral("finished")));
        // Nothing is left to ask: Run, Pause and Cancel are off.
        QVERIFY(!pane()->findChild<QPushButton*>(QStringLiteral("evalStartRun"))->isEnabled());
        QVERIFY(!pane()->findChild<QPushButton*>(QStringLiteral("evalPause"))->isEnabled());
    }

    // 1-4 pick the better answer (and move on), 0 a tie, arrows move; each pick is journaled
    // and counted in the summary, the fine-tune's losses listed and shown first on request.
    void keyboardReview()
    {
        pane()->grid()->setFocus();
        goTo(0, 1);
        // The view is told that the picked answer's cell changed (it is drawn highlighted; only
        // the verdict column was redrawn, so the highlight showed only where the view happened to paint).
        bool pickedCellRedrawn = false;
        const QModelIndex pickedCell = grid()->index(0, EvalGridModel::FirstModelColumn + 1);
        auto watch = connect(
            grid(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex& from, const QModelIndex& to) {
                pickedCellRedrawn |= from.row() <= 0 && to.row() >= 0 && from.column() <= pickedCell.column() &&
                                     to.column() >= pickedCell.column();
            });
        key(Qt::Key_2); // the fine-tune is better on row 1
        disconnect(watch);
        QCOMPARE(grid()->humanPick(0), std::optional<int>(1));
        QVERIFY(pickedCellRedrawn);
        QVERIFY(pickedCell.data(Qt::BackgroundRole).isValid());
        QCOMPARE(pane()->grid()->currentIndex().row(), 1);
        key(Qt::Key_0); // a tie on row 2
        QCOMPARE(grid()->humanPick(1), std::optional<int>(-1));
        key(Qt::Key_Down);
        QCOMPARE(pane()->grid()->currentIndex().row(), 3);
        key(Qt::Key_1); // the base is better on row 4
        QCOMPARE(grid()->humanPick(3), std::optional<int>(0));
        key(Qt::Key_5); // no fifth model: nothing
        QCOMPARE(humanVerdictsOnDisk(), 3);
        QCOMPARE(cell(0, grid()->verdictColumn()), QStringLiteral("2 better"));
        QCOMPARE(cell(1, grid()->verdictColumn()), QStringLiteral("tie"));
        const QString summary = pane()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("human")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("lost rows (1-based): 4")), qPrintable(summary));
        pane()->setLostFirst(true);
        QCOMPARE(grid()->datasetRow(0), 3);
        QCOMPARE(pane()->grid()->currentIndex().row(), 0);
        pane()->setLostFirst(false);
        QCOMPARE(grid()->datasetRow(0), 0);
    }

    // G / B mark answers; marked answers become training or preference rows of the open
    // dataset, one undo step each.
    void marksBecomeDatasetRowsWithOneUndo()
    {
        DatasetDocument* doc = m_window->session()->document();
        const auto rowsBefore = doc->rowCount();
        pane()->grid()->setFocus();
        goTo(5, 1);
        key(Qt::Key_G);
        goTo(5, 0);
        key(Qt::Key_B);
        goTo(6, 1);
        key(Qt::Key_G);
        key(Qt::Key_G); // again: the mark is taken back
        QVERIFY(cell(5, EvalGridModel::FirstModelColumn + 1).startsWith(QStringLiteral("[good] ")));
        QVERIFY(cell(5, EvalGridModel::FirstModelColumn).startsWith(QStringLiteral("[bad] ")));
        QVERIFY(!cell(6, EvalGridModel::FirstModelColumn + 1).startsWith(QStringLiteral("[good]")));

        const int undoBefore = m_window->session()->undoStack()->count();
        // Preference rows into this conversation dataset: it asks first (Together refuses mixed
        // formats); the user adds them anyway.
        Dialogs::takeLastQuestion();
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(pane()->addToDataset(EvalPane::Rows::GoodBadAsPreference));
        QVERIFY(Dialogs::takeLastQuestion().contains(QStringLiteral("preference")));
        QCOMPARE(m_window->panes()->currentWidget(), m_window->panes()->widget(0));
        QCOMPARE(doc->rowCount(), rowsBefore + 1);
        QCOMPARE(m_window->session()->undoStack()->count(), undoBefore + 1);
        const QByteArray added = doc->row(doc->rowCount() - 1);
        const auto j = nlohmann::json::parse(added.begin(), added.end());
        QVERIFY(j.contains("preferred_output") && j.contains("non_preferred_output"));
        QCOMPARE(j["preferred_output"][0]["content"].get<std::string>(), std::string("answer 5"));
        QCOMPARE(j["tunedesk_eval"]["run"].get<std::string>(), m_runId.toStdString());
        m_window->session()->undoStack()->undo();
        QCOMPARE(doc->rowCount(), rowsBefore);

        // The picks made as preference rows: the two decided rows (the tie is left out).
        Dialogs::setNextAnswer(QMessageBox::Yes); // preference rows into a conversation dataset
        QVERIFY(pane()->addToDataset(EvalPane::Rows::PicksAsPreference));
        QCOMPARE(doc->rowCount(), rowsBefore + 2);
        QCOMPARE(m_window->session()->undoStack()->count(), undoBefore + 1);
        m_window->session()->undoStack()->undo();
        QVERIFY(pane()->addToDataset(EvalPane::Rows::GoodAsTraining));
        QCOMPARE(doc->rowCount(), rowsBefore + 1);
        const QByteArray training = doc->row(doc->rowCount() - 1);
        QVERIFY(training.contains("\"answer 5\"") && training.contains("\"messages\""));
        m_window->session()->undoStack()->undo();
        QCOMPARE(doc->rowCount(), rowsBefore);
        m_window->panes()->setCurrentWidget(pane());
    }

    // Enter: the row in the playground with the run's models, parameters and seed, the
    // dataset's answer beside, asked again.
    void enterOpensTheRowInThePlayground()
    {
        pane()->grid()->setFocus();
        goTo(7, 0);
        key(Qt::Key_Return);
        PlaygroundPane* play = m_window->playgroundPane();
        QCOMPARE(m_window->panes()->currentWidget(), play);
        QCOMPARE(play->columnCount(), 2);
        QCOMPARE(play->column(0)->model(), m_base);
        QCOMPARE(play->column(1)->model(), m_fineTune);
        QCOMPARE(*play->parametersForm()->parameters().seed, 42);
        QCOMPARE(play->referenceText(), QStringLiteral("answer 7"));
        QTRY_VERIFY_WITH_TIMEOUT(
            play->column(1)->session()->messages().size() == 2 && !play->column(1)->session()->isStreaming(), 20000);
        QCOMPARE(play->column(1)->session()->messages().back().content, QStringLiteral("answer 7"));
        m_window->panes()->setCurrentWidget(pane());
    }

    // Another pane on the same folder (as after a restart) shows the run as it was.
    void aReopenedRunShowsAsItWas()
    {
        EvalPane again(m_window->api(), nullptr, pane()->store().root());
        QVERIFY(again.runList()->count() >= 1);
        QVERIFY(again.openRun(m_runId));
        QCOMPARE(again.gridModel()->rowCount(), 40);
        for (int r = 0; r < 40; ++r)
            for (int c = 0; c < again.gridModel()->columnCount(); ++c)
                QCOMPARE(again.gridModel()->index(r, c).data().toString(), cell(r, c));
        QCOMPARE(again.gridModel()->humanPick(0), std::optional<int>(1));
        QCOMPARE(again.summaryText(), pane()->summaryText());
        QVERIFY(again.statsText().contains(QStringLiteral("first token")));
        // Export › Whole Run as CSV asks where, then writes what the CLI's --export-csv writes.
        const QString csv = m_dir.filePath(QStringLiteral("run.csv"));
        Dialogs::setNextFileName(csv);
        QVERIFY(again.exportRun(EvalExport::RunFormat::Csv));
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), EvalExport::runCsv(again.gridModel()->runData()));
        QVERIFY(again.statusText().contains(QStringLiteral("run.csv")));
        // Cancelled (no name chosen): nothing is written.
        QVERIFY(!again.exportRun(EvalExport::RunFormat::Jsonl));
    }

    // Pause lets what is on its way come in and asks nothing new; Resume goes on; Cancel
    // stops; Run asks only what is missing.
    void pauseResumeCancelAndRunAgain()
    {
        EvalDefinition d = pane()->gridModel()->runData().definition;
        d.id.clear();
        d.created = {};
        d.name = QStringLiteral("slow");
        d.models[0].maxConcurrency = d.models[1].maxConcurrency = 1;
        const auto rows = EvalRows::read(d);
        QVERIFY(rows);
        const auto id = pane()->store().create(d, *rows);
        QVERIFY(id);
        m_server.setAnswerDelayMs(30);
        m_server.setTokenIntervalMs(20);
        QVERIFY(pane()->openRun(*id));
        auto* pause = pane()->findChild<QPushButton*>(QStringLiteral("evalPause"));
        auto* cancel = pane()->findChild<QPushButton*>(QStringLiteral("evalCancel"));
        auto* run = pane()->findChild<QPushButton*>(QStringLiteral("evalStartRun"));
        QVERIFY(run->isEnabled() && !pause->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY(pane()->runner() && pane()->runner()->answered() >= 2);
        // One run at a time: New Evaluation is off, and asked anyway it says why (a run made now
        // sat in the list as "not started").
        QVERIFY(!pane()->findChild<QPushButton*>(QStringLiteral("evalNew"))->isEnabled());
        Dialogs::takeLastWarning();
        QVERIFY(!m_window->evaluateRows({}));
        QVERIFY(Dialogs::takeLastWarning().contains(QStringLiteral("An evaluation is running")));
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(pane()->store().state(*id), QStringLiteral("paused"));
        QCOMPARE(pause->text(), QStringLiteral("Res&ume"));
        QTRY_VERIFY(pane()->runner()->lane(0)->inFlight() == 0 && pane()->runner()->lane(1)->inFlight() == 0);
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(pane()->store().state(*id), QStringLiteral("running"));
        const int before = pane()->runner()->answered();
        QTRY_VERIFY(pane()->runner()->answered() >= before + 2);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(pane()->store().state(*id), QStringLiteral("cancelled"));
        QVERIFY(run->isEnabled());
        m_server.setAnswerDelayMs(0);
        m_server.setTokenIntervalMs(5);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->store().state(*id) == QStringLiteral("finished"), 60000);
        QCOMPARE(pane()->store().open(*id)->answered(), 80);
        QVERIFY(pane()->openRun(m_runId));
    }

    // The Batch API from the dialog: offered for a model of a Together connection (not a v2
    // deployment); the base through a batch, the fine-tune one request each; the batch's answers
    // fill the grid when it ends, and the status says where the batch is meanwhile.
    void aModelThroughTheBatchApi()
    {
        EvalModel base, fineTune;
        base.model = m_base;
        fineTune.model = m_fineTune;
        pane()->setBatchPollInterval(20);
        m_server.setJobPolls(3);
        QVERIFY(m_window->evaluateRows({base, fineTune}));
        QTRY_VERIFY(dialog() && dialog()->isVisible());
        auto* batch0 = dialog()->findChild<QCheckBox*>(QStringLiteral("evalBatch0"));
        auto* v20 = dialog()->findChild<QCheckBox*>(QStringLiteral("evalV20"));
        QVERIFY(batch0 && v20);
        QVERIFY(!batch0->accessibleName().isEmpty());
        QVERIFY(batch0->isEnabled() && !batch0->isChecked());
        v20->setChecked(true);
        QVERIFY(!batch0->isEnabled()); // a v2 deployment is not batched
        v20->setChecked(false);
        batch0->setFocus();
        QTest::keyClick(batch0, Qt::Key_Space);
        QVERIFY(batch0->isChecked());
        dialog()->setRowsMode(EvalRunDialog::RowsMode::Sample);
        dialog()->setSampleCount(10);
        QTest::mouseClick(dialog()->findChild<QPushButton*>(QStringLiteral("evalEstimateButton")), Qt::LeftButton);
        QTRY_VERIFY(dialog()->startButton()->isEnabled());
        QVERIFY2(dialog()->estimateText().section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("Batch API")),
                 qPrintable(dialog()->estimateText()));
        const int submitted = m_server.requestCount("POST", "/v1/batches");
        QTest::mouseClick(dialog()->startButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog());
        QTRY_VERIFY(pane()->runner());
        const QString id = pane()->runId();
        QVERIFY(pane()->store().open(id)->definition.models[0].viaBatch);
        QTRY_VERIFY2_WITH_TIMEOUT(pane()->statusText().contains(m_base + QStringLiteral(": Batch ")),
                                  qPrintable(pane()->statusText()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!pane()->runner()->isRunning(), 60000);
        QCOMPARE(m_server.requestCount("POST", "/v1/batches"), submitted + 1);
        QCOMPARE(pane()->runner()->lane(0)->stats().sent, 0);
        QCOMPARE(pane()->runner()->answered(), 20);
        for (int r = 0; r < 10; ++r)
            QVERIFY2(!cell(r, EvalGridModel::FirstModelColumn).isEmpty(), qPrintable(QString::number(r)));
        QVERIFY(pane()->statusText().startsWith(QStringLiteral("Done: 20 answers, 0 failed")));
        QVERIFY(!pane()->findChild<QPushButton*>(QStringLiteral("evalStartRun"))->isEnabled());
        m_server.setJobPolls(2);
    }

    // Judge: a model over the active connection, then Together's Evaluations API (the box
    // ticked); each journals its verdicts, the summary names the judge, and Judge is offered
    // again as soon as one ends.
    void judgesByAModelAndThroughTogether()
    {
        QVERIFY(pane()->openRun(m_runId));
        // With a run open (the judge's row shown), no Alt key is shared with another control or
        // a menu (Alt+V went to the Evaluations API box, and View never opened).
        m_window->panes()->setCurrentWidget(pane());
        const QStringList clashes = td::test::clashingMnemonics(QStringLiteral("Evaluate"), m_window.get());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        auto* judgeButton = pane()->findChild<QPushButton*>(QStringLiteral("evalJudge"));
        auto* judgeModel = pane()->findChild<QLineEdit*>(QStringLiteral("evalJudgeModel"));
        auto* viaTogether = pane()->findChild<QCheckBox*>(QStringLiteral("evalJudgeViaTogether"));
        QVERIFY(judgeButton && judgeModel && viaTogether);
        judgeModel->setText(m_base);
        QTest::mouseClick(judgeButton, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(pane()->statusText().startsWith(QStringLiteral("Judged:")),
                                  qPrintable(pane()->statusText()), 60000);
        QVERIFY(judgeButton->isEnabled());
        QVERIFY2(pane()->summaryText().contains(m_base), qPrintable(pane()->summaryText()));

        pane()->setJudgePollInterval(20);
        QTest::mouseClick(viaTogether, Qt::LeftButton);
        QVERIFY(viaTogether->isChecked());
        const int evaluations = m_server.requestCount("POST", "/v1/evaluation");
        QTest::mouseClick(judgeButton, Qt::LeftButton);
        QVERIFY(!judgeButton->isEnabled()); // one judge at a time
        QTRY_VERIFY2_WITH_TIMEOUT(pane()->statusText().startsWith(QStringLiteral("Together judged: models 1 and 2")),
                                  qPrintable(pane()->statusText()), 60000);
        QCOMPARE(m_server.requestCount("POST", "/v1/evaluation"), evaluations + 1);
        QVERIFY(judgeButton->isEnabled());
        QVERIFY2(pane()->summaryText().contains(QStringLiteral("together-evaluations:") + m_base),
                 qPrintable(pane()->summaryText()));
        viaTogether->setChecked(false);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestEvalGrid)
#include "tst_evalgrid.moc"
