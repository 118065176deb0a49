#include "EmulatorServer.h"
#include "TestFiles.h"
#include "itemmodels/Theme.h"
#include "tokens/count/TokenizerCache.h"
#include "widgets/dataset/TokenViewDialog.h"
#include "widgets/dataset/TokenizerDownloadDialog.h"

#include "MainWindow.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/DatasetTableModel.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/DatasetTableView.h"
#include "widgets/dataset/TokenHistogramView.h"
#include "widgets/dataset/TokensBar.h"

#include <QAbstractBarSeries>
#include <QAccessible>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoStack>

using namespace td;

// The dataset table's exact token counts as a user meets them: choose a tokenizer folder (it is
// remembered), the Tokens and Trained columns fill in, the context length finds the rows over
// it, and a histogram bar shows its rows. Counts are those of tests/data/tokenizers/tiny-chatml,
// worked out by hand in tst_tokencount.
namespace {

const QByteArray kData =
    R"({"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]})"
    "\n"
    R"({"text":"hello world"})"
    "\n"
    R"({"messages":[{"role":"user","content":"hi","weight":1},{"role":"assistant","content":"hello"}]})"
    "\n";

QString tiny()
{
    return td::test::testDataDir() + QStringLiteral("/tokenizers/tiny-chatml");
}

} // namespace

class TestTokensBar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    DatasetTableModel* table() const { return m_window->session()->tableModel(); }
    TokensBar* bar() const { return m_window->findChild<TokensBar*>(QStringLiteral("tokensBar")); }
    QString cell(int row, int column) const { return table()->data(table()->index(row, column)).toString(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::createTempFileInstance();
        QVERIFY(td::test::writeFile(m_dir.filePath(QStringLiteral("d.jsonl")), kData));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openFile(m_dir.filePath(QStringLiteral("d.jsonl")));
        QVERIFY(m_window->session()->document()->waitForIndexed());
    }

    void cleanup()
    {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        m_window->close();
        m_window.reset();
    }

    void withoutATokenizerCountsAreEstimatesAndTheColumnsHidden()
    {
        Settings::instance()->reset(Settings::Key::TokenizerDir);
        bar()->setTokenizerDir({});
        auto* view = m_window->datasetPane()->tableView();
        QVERIFY(view->isColumnHidden(DatasetTableModel::TokensColumn));
        QVERIFY(view->isColumnHidden(DatasetTableModel::TrainedColumn));
        QVERIFY(
            bar()->findChild<QLabel*>(QStringLiteral("tokenizerName"))->text().contains(QLatin1String("estimates")));
    }

    void chosenTokenizerFillsTheColumnsAndIsRemembered()
    {
        bar()->setTokenizerDir(tiny());
        auto* view = m_window->datasetPane()->tableView();
        QTRY_VERIFY(!view->isColumnHidden(DatasetTableModel::TokensColumn));
        QTRY_COMPARE(cell(0, DatasetTableModel::TokensColumn), QStringLiteral("22"));
        QCOMPARE(cell(0, DatasetTableModel::TrainedColumn), QStringLiteral("13"));
        QCOMPARE(cell(1, DatasetTableModel::TokensColumn), QStringLiteral("4"));
        QCOMPARE(cell(2, DatasetTableModel::TrainedColumn), QStringLiteral("22")); // the user turn has weight 1
        QCOMPARE(table()->headerData(DatasetTableModel::TokensColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Tokens"));
        QVERIFY(bar()->statusText().startsWith(QLatin1String("Exact: 48 tokens, 39 trained")));
        QCOMPARE(Settings::instance()->get(Settings::Key::TokenizerDir).toString(), tiny());

        // A new window (the next start) loads the remembered tokenizer by itself.
        cleanup();
        init();
        QTRY_COMPARE(cell(0, DatasetTableModel::TokensColumn), QStringLiteral("22"));
    }

    // A row token by token: the same counts as the table, each token's number, id and text at the
    // text cursor (and under the mouse), the trained ones in the trained colour, and where the
    // context length cuts the row.
    void aRowTokenByToken()
    {
        bar()->setTokenizerDir(tiny());
        QTRY_COMPARE(cell(0, DatasetTableModel::TokensColumn), QStringLiteral("22"));
        auto* length = bar()->findChild<QSpinBox*>(QStringLiteral("contextLength"));
        length->setValue(20);
        QTRY_VERIFY(bar()->findChild<QToolButton*>(QStringLiteral("rowsOverContext"))->text() ==
                    QStringLiteral("2 over 20"));
        auto* button = bar()->findChild<QToolButton*>(QStringLiteral("rowTokensButton"));
        QVERIFY(button && button->isVisible());
        m_window->datasetPane()->selectPosition(0);
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = m_window->findChild<TokenViewDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->count().tokens, std::int64_t(22));
        QCOMPARE(QString::number(dialog->count().trained), cell(0, DatasetTableModel::TrainedColumn));
        QVERIFY2(dialog->cursorInfo().startsWith(QStringLiteral("Token 1 of 22 · id ")),
                 qPrintable(dialog->cursorInfo()));
        // Keys move through the tokens: the last one is past the cut.
        QTextCursor end = dialog->view()->textCursor();
        end.movePosition(QTextCursor::End);
        end.movePosition(QTextCursor::Left);
        dialog->view()->setTextCursor(end);
        QVERIFY2(dialog->cursorInfo().startsWith(QStringLiteral("Token 22 of 22")), qPrintable(dialog->cursorInfo()));
        QVERIFY(dialog->cursorInfo().contains(QStringLiteral("cut off by the context length")));
        QVERIFY(dialog->view()->toPlainText().contains(QStringLiteral("✂")));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("tokenViewSummary"))
                    ->text()
                    .contains(QStringLiteral("cuts it after token 20")));
        // Trained tokens are drawn in the trained colour, the others not.
        int trainedChars = 0;
        for (QTextBlock b = dialog->view()->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().background().color() ==
                        Theme::color(Theme::Role::TrainedTokenBackground) ||
                    it.fragment().charFormat().background().color() ==
                        Theme::color(Theme::Role::TrainedTokenBackgroundAlt))
                    trainedChars += it.fragment().length();
        QVERIFY(trainedChars > 0 && trainedChars < dialog->view()->toPlainText().size());
        dialog->close();
        length->setValue(0);
    }

    void contextLengthFindsTheRowsOverIt()
    {
        bar()->setTokenizerDir(tiny());
        QTRY_COMPARE(cell(0, DatasetTableModel::TokensColumn), QStringLiteral("22"));
        auto* length = bar()->findChild<QSpinBox*>(QStringLiteral("contextLength"));
        auto* over = bar()->findChild<QToolButton*>(QStringLiteral("rowsOverContext"));
        length->setValue(20);
        QTRY_COMPARE(over->text(), QStringLiteral("2 over 20"));
        QVERIFY(over->isEnabled());
        QTest::mouseClick(over, Qt::LeftButton);
        QCOMPARE(table()->rowCount(), 2);
        QCOMPARE(table()->positionAt(0), std::int64_t(0));
        QCOMPARE(table()->positionAt(1), std::int64_t(2));
        // The over-long row's count is shown in red with why in its tooltip.
        QVERIFY(table()
                    ->data(table()->index(0, DatasetTableModel::TokensColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("2 tokens over the context length (20)")));
        table()->clearFilter();
        // The quick fix in the button's menu: asks (Cancel keeps them), then removes them as one
        // undo step.
        auto* remove = over->menu()->findChild<QAction*>(QStringLiteral("removeRowsOverContext"));
        QVERIFY(remove);
        DatasetDocument* doc = m_window->session()->document();
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        remove->trigger();
        QVERIFY(Dialogs::takeLastQuestion().contains(QLatin1String("Remove the 2 row")));
        QCOMPARE(doc->rowCount(), 3);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        remove->trigger();
        QCOMPARE(doc->rowCount(), 1);
        QTRY_COMPARE(over->text(), QStringLiteral("0 over 20")); // counted again
        m_window->session()->undoStack()->undo();
        QCOMPARE(doc->rowCount(), 3);
        QTRY_COMPARE(over->text(), QStringLiteral("2 over 20"));
        length->setValue(0); // back to the tokenizer's model_max_length (32): nothing over
        QTRY_COMPARE(over->text(), QStringLiteral("0 over 32"));
        QVERIFY(!over->isEnabled());
    }

    // The other quick fix: a conversation over the context length split between its turns into
    // rows that fit (each turn "hi" / "hello" is 22 tokens: two fit in 50, three do not), as
    // one undo step; a row that fits stays as it was.
    void overlongRowsAreSplitBetweenTurns()
    {
        const QByteArray turn = R"({"role":"user","content":"hi"},{"role":"assistant","content":"hello"})";
        const QByteArray longRow = R"({"messages":[)" + turn + ',' + turn + ',' + turn + "]}";
        const QByteArray shortRow = R"({"messages":[)" + turn + "]}";
        const QString path = m_dir.filePath(QStringLiteral("long.jsonl"));
        QVERIFY(td::test::writeFile(path, longRow + '\n' + shortRow + '\n'));
        m_window->openFile(path);
        DatasetDocument* doc = m_window->session()->document();
        QVERIFY(doc->waitForIndexed());
        bar()->setTokenizerDir(tiny());
        auto* length = bar()->findChild<QSpinBox*>(QStringLiteral("contextLength"));
        auto* over = bar()->findChild<QToolButton*>(QStringLiteral("rowsOverContext"));
        length->setValue(50);
        QTRY_COMPARE(over->text(), QStringLiteral("1 over 50"));
        auto* split = over->menu()->findChild<QAction*>(QStringLiteral("splitRowsOverContext"));
        QVERIFY(split);
        // Also in Edit › Tokens, for the keyboard (the button's arrow opens only with the mouse).
        auto* menuSplit = m_window->findChild<QAction*>(QStringLiteral("actionSplitRowsOverContext"));
        QVERIFY(menuSplit && menuSplit->isEnabled());
        split = menuSplit;
        Dialogs::setNextAnswer(QMessageBox::Yes);
        split->trigger();
        QVERIFY(Dialogs::takeLastQuestion().contains(QLatin1String("Split the 1 row")));
        QTRY_COMPARE(doc->rowCount(), 3);
        QVERIFY(!bar()->isSplitting());
        QCOMPARE(doc->row(0), R"({"messages":[)" + turn + ',' + turn + "]}");
        QCOMPARE(doc->row(1), R"({"messages":[)" + turn + "]}");
        QCOMPARE(doc->row(2), shortRow);
        QTRY_COMPARE(over->text(), QStringLiteral("0 over 50")); // counted again: every piece fits
        QVERIFY(m_window->session()->undoStack()->undoText().startsWith(QStringLiteral("Split 1 Row")));
        m_window->session()->undoStack()->undo();
        QCOMPARE(doc->rowCount(), 2);
        QCOMPARE(doc->row(0), longRow);
        QTRY_COMPARE(over->text(), QStringLiteral("1 over 50"));
    }

    // Tokenizer › Download for a Model…: a gated model without a token says what to do and
    // stays open; a public one is fetched from the Hub (the emulator, HF_ENDPOINT), counted with
    // at once, and the bar names the repository and commit instead of the cache's folder.
    void aTokenizerDownloadedFromTheHub()
    {
        emu::EmulatorServer hub;
        hub.setHubFiles(tiny());
        QVERIFY(hub.start());
        qputenv("HF_ENDPOINT", hub.hubUrl());
        const auto unset = qScopeGuard([] { qunsetenv("HF_ENDPOINT"); });
        auto* dialog = qobject_cast<TokenizerDownloadDialog*>(bar()->downloadTokenizer());
        QVERIFY(dialog && dialog->isVisible());
        dialog->setModel(QStringLiteral("google/gemma-3-4b-it"));
        auto* start = dialog->findChild<QPushButton*>(QStringLiteral("downloadStart"));
        QVERIFY(start && start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral("gated")),
                                  qPrintable(dialog->statusText()), 20000);
        QVERIFY(dialog->isVisible() && start->isEnabled());
        dialog->setModel(QStringLiteral("acme/Hub-Chat"));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("downloadRepository"))->text(),
                 QStringLiteral("acme/Hub-Chat"));
        // Return downloads (after a failed try, Return went to Cancel and closed the dialog).
        const QPointer<TokenizerDownloadDialog> open = dialog;
        QTest::keyClick(dialog->findChild<QComboBox*>(QStringLiteral("downloadModel")), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!open, 20000); // closed (and gone) once the tokenizer is in the cache
        QTRY_COMPARE(bar()->tokenizerDir(), TokenizerCache::folderFor(QStringLiteral("acme/Hub-Chat")));
        QTRY_COMPARE(cell(0, DatasetTableModel::TokensColumn), QStringLiteral("22"));
        QTRY_VERIFY(bar()
                        ->findChild<QLabel*>(QStringLiteral("tokenizerName"))
                        ->text()
                        .startsWith(QStringLiteral("acme/Hub-Chat @ ")));
    }

    // On a 1280x800 screen the window fits with a tokenizer chosen and the Statistics docked
    // (its minimum grew to 1478 x 812: the status bar went off-screen and the window could not be
    // made smaller).
    void theWindowFitsASmallScreen()
    {
        bar()->setTokenizerDir(tiny());
        QTRY_COMPARE(cell(0, DatasetTableModel::TokensColumn), QStringLiteral("22"));
        auto* stats = m_window->findChild<QDockWidget*>(QStringLiteral("statisticsDock"));
        QVERIFY(stats);
        stats->show();
        QTRY_VERIFY(stats->isVisible());
        // With its charts drawn (they came later and widened the window past the screen).
        QTRY_VERIFY(!stats->findChildren<QChartView*>().isEmpty());
        QCoreApplication::processEvents();
        const QSize min = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(min.width() <= 1280 && min.height() <= 740,
                 qPrintable(QStringLiteral("%1 x %2").arg(min.width()).arg(min.height())));
        stats->hide();
        // A first start sizes the window to the screen, leaving room for the title bar (it took
        // 1280 x 800 whatever the screen, so a 1280 x 800 desktop cut off the status bar).
        Settings::instance()->reset(Settings::Key::MainWindowGeometry);
        MainWindow fresh;
        const int room = fresh.screen()->availableGeometry().height() - 64;
        QVERIFY2(fresh.height() <= std::max(room, fresh.minimumSizeHint().height()),
                 qPrintable(QStringLiteral("%1 high, %2 available").arg(fresh.height()).arg(room + 64)));
    }

    void clickingAHistogramBarFiltersTheTable()
    {
        bar()->setTokenizerDir(tiny());
        QTRY_COMPARE(cell(0, DatasetTableModel::TokensColumn), QStringLiteral("22"));
        bar()->showHistogram();
        auto* chart = bar()->histogram()->findChild<QChartView*>(QStringLiteral("tokenHistogramChart"));
        QVERIFY(chart);
        QVERIFY(QTest::qWaitForWindowExposed(chart->window()));
        const TokenHistogram& h = bar()->histogram()->histogram();
        QCOMPARE(h.width, std::int64_t(2)); // 0..22 in 12 bins of two tokens
        // The context length (32) is drawn as a line beside the bars.
        QCOMPARE(chart->chart()->series().size(), 2);
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->chart()->series().front());
        QCOMPARE(series->barSets().front()->at(2), 1.0);  // 4 tokens
        QCOMPARE(series->barSets().front()->at(11), 2.0); // 22 tokens
        QTRY_VERIFY(chart->isVisible() && chart->height() > 100);
        const QPointF inChart = chart->chart()->mapToPosition(QPointF(2, 0.5), series);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {},
                          chart->mapFromScene(chart->chart()->mapToScene(inChart)));
        QTRY_COMPARE(table()->rowCount(), 1);
        QCOMPARE(table()->positionAt(0), std::int64_t(1));
        table()->clearFilter();
    }

    void everyControlHasAName()
    {
        bar()->setTokenizerDir(tiny());
        QTRY_COMPARE(cell(0, DatasetTableModel::TokensColumn), QStringLiteral("22"));
        QStringList unnamed;
        for (QWidget* w : bar()->findChildren<QWidget*>()) {
            // A spin box's own line edit is read as the spin box (which is named).
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(bar()) ||
                qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                continue;
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << w->objectName() + QLatin1Char(' ') + QLatin1String(w->metaObject()->className());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestTokensBar)
#include "tst_tokensbar.moc"
