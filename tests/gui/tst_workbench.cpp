#include "TestFiles.h"

#include "MainWindow.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/DatasetTableModel.h"
#include "widgets/common/AutoHeightTextEdit.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/DatasetTableView.h"
#include "widgets/dataset/FindBar.h"
#include "widgets/dataset/MessageBlock.h"
#include "widgets/dataset/RawJsonEditor.h"
#include "widgets/dataset/RowEditor.h"
#include "widgets/dataset/TextFieldBlock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <Qsci/qsciscintilla.h>

using namespace td;
using td::test::readFile;
using td::test::writeFile;

namespace {

const QByteArray kRow0 =
    "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":"
    "\"Capital of France?\"},{\"role\":\"assistant\",\"content\":\"Paris.\"}]}";
const QByteArray kRow1 = "{\"messages\": [{\"role\": \"user\", \"content\": \"2+2?\"}, {\"role\": \"assistant\", "
                         "\"content\": \"4\", \"weight\": 1}], \"id\": 7}";
const QByteArray kRow2 = "{\"prompt\":\"Translate: cat\",\"completion\":\"chat\"}";
const QByteArray kRow3 = "this line is broken {";

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString makeDataset(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, kRow0 + "\n" + kRow1 + "\n" + kRow2 + "\n" + kRow3 + "\n");
        return path;
    }

    DatasetPane* pane() const { return m_window->datasetPane(); }
    DatasetDocument* doc() const { return m_window->session()->document(); }

    QAction* action(const char* name) const
    {
        auto* a = m_window->findChild<QAction*>(QString::fromLatin1(name));
        if (!a)
            qWarning("no action %s", name);
        return a;
    }

    void openAndWait(const QString& path)
    {
        m_window->openFile(path);
        QVERIFY(doc()->waitForIndexed());
        QCoreApplication::processEvents();
    }

    bool saveAndWait()
    {
        QSignalSpy saved(doc(), &DatasetDocument::saved);
        action("actionSave")->trigger();
        return saved.wait(5000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::createTempFileInstance();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        m_window->close();
        m_window.reset();
    }

    void openShowsRowsAndTheConversation()
    {
        openAndWait(makeDataset(QStringLiteral("open.jsonl")));
        QCOMPARE(pane()->tableView()->model()->rowCount(), 4);
        QCOMPARE(pane()->currentPosition(), 0); // the first row is selected after opening
        RowEditor* editor = pane()->rowEditor();
        QCOMPARE(editor->messageCount(), 3);
        QCOMPARE(editor->messageBlock(0)->role(), QStringLiteral("system"));
        QCOMPARE(editor->messageBlock(2)->textEdit()->toPlainText(), QStringLiteral("Paris."));
        QVERIFY(editor->messageBlock(2)->isTrained());  // assistant, default weight
        QVERIFY(!editor->messageBlock(1)->isTrained()); // user, default weight
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("open.jsonl")));
        QVERIFY(pane()->rawEditor()->editor()->text().contains(QStringLiteral("\"Capital of France?\"")));
    }

    void editToggleUndoSaveReopen()
    {
        const QString path = makeDataset(QStringLiteral("edit.jsonl"));
        openAndWait(path);
        RowEditor* editor = pane()->rowEditor();

        // Type into the assistant message: one undo step for the whole word.
        AutoHeightTextEdit* text = editor->messageBlock(2)->textEdit();
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" It is on the Seine."));
        QCOMPARE(m_window->session()->undoStack()->count(), 1);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(doc()->row(0).contains("Paris. It is on the Seine."));
        // The raw editor follows the conversation view.
        QVERIFY(pane()->rawEditor()->editor()->text().contains(QStringLiteral("It is on the Seine.")));

        // Toggle the focused message's weight: the assistant was trained, now masked.
        action("actionToggleWeight")->trigger();
        QVERIFY(!editor->messageBlock(2)->isTrained());
        QVERIFY(doc()->row(0).contains("\"content\":\"Paris. It is on the Seine.\",\"weight\":0"));
        QCOMPARE(m_window->session()->undoStack()->count(), 2);

        // Undo the weight, keep the text.
        action("actionUndo")->trigger();
        QVERIFY(!doc()->row(0).contains("weight"));
        QVERIFY(editor->messageBlock(2)->isTrained());

        // The table marks the edited row until it is saved (the mark used to stay after saving).
        QAbstractItemModel* rows = pane()->tableView()->model();
        const auto marked = [&](int row) {
            return rows->headerData(row, Qt::Vertical).toString().contains(QStringLiteral("•"));
        };
        QVERIFY(marked(0));
        QVERIFY(!marked(1));
        QSignalSpy headerChanged(rows, &QAbstractItemModel::headerDataChanged);
        QVERIFY(saveAndWait());
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(!marked(0));
        QVERIFY(!headerChanged.isEmpty()); // so the view draws it again
        // Undo after the save: the row differs from the file again.
        action("actionUndo")->trigger();
        QVERIFY(marked(0));
        action("actionRedo")->trigger();
        QVERIFY(!marked(0));
        QByteArray expected = kRow0;
        expected.replace("Paris.", "Paris. It is on the Seine.");
        // Untouched rows are byte-identical (row 1's spacing and "id" key, the broken row).
        QCOMPARE(readFile(path), expected + "\n" + kRow1 + "\n" + kRow2 + "\n" + kRow3 + "\n");

        // Reopen in a fresh window and verify.
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        openAndWait(path);
        QCOMPARE(pane()->rowEditor()->messageBlock(2)->textEdit()->toPlainText(),
                 QStringLiteral("Paris. It is on the Seine."));
    }

    // "Save" in the unsaved-changes question saves and then does what was asked (it used to
    // save and silently drop the Open, New or Close).
    void savingFirstThenDoesWhatWasAsked()
    {
        const QString first = makeDataset(QStringLiteral("first.jsonl"));
        const QString second = makeDataset(QStringLiteral("second.jsonl"));
        openAndWait(first);
        auto typeIntoAnswer = [this](const QString& text) {
            AutoHeightTextEdit* edit = pane()->rowEditor()->messageBlock(2)->textEdit();
            edit->setFocus();
            edit->moveCursor(QTextCursor::End);
            QTest::keyClicks(edit, text);
        };
        typeIntoAnswer(QStringLiteral("!"));
        QVERIFY(m_window->isWindowModified());

        QSignalSpy saved(doc(), &DatasetDocument::saved);
        Dialogs::setNextAnswer(QMessageBox::Save);
        m_window->openFile(second);
        QVERIFY(saved.wait(5000));
        QVERIFY(readFile(first).contains("Paris.!"));
        QTRY_COMPARE(doc()->path(), second);
        QVERIFY(doc()->waitForIndexed());

        // New after Save: the edit is saved and an empty dataset replaces the file.
        typeIntoAnswer(QStringLiteral("?"));
        QVERIFY(m_window->isWindowModified());
        Dialogs::setNextAnswer(QMessageBox::Save);
        action("actionNew")->trigger();
        QVERIFY(saved.wait(5000));
        QVERIFY(readFile(second).contains("Paris.?"));
        QTRY_VERIFY(doc()->path().isEmpty());
        QVERIFY(!m_window->isWindowModified());

        // Cancel keeps everything as it is.
        openAndWait(first);
        typeIntoAnswer(QStringLiteral("#"));
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        m_window->openFile(second);
        QCOMPARE(doc()->path(), first);
        QVERIFY(m_window->isWindowModified());
    }

    // The editor's trained bar follows the one training rule (dataset/MessageWeight.h): an
    // explicit weight decides for any role, booleans included.
    void trainedBarFollowsTheOneRule()
    {
        const QString path = m_dir.filePath(QStringLiteral("weights.jsonl"));
        writeFile(path, "{\"messages\":[{\"role\":\"system\",\"content\":\"s\",\"weight\":1},"
                        "{\"role\":\"user\",\"content\":\"u\",\"weight\":true},"
                        "{\"role\":\"assistant\",\"content\":\"a\",\"weight\":false},"
                        "{\"role\":\"user\",\"content\":\"u2\"},"
                        "{\"role\":\"assistant\",\"content\":\"a2\",\"weight\":1.0}]}\n");
        openAndWait(path);
        RowEditor* editor = pane()->rowEditor();
        QCOMPARE(editor->messageCount(), 5);
        const bool expected[] = {true, true, false, false, true};
        for (int i = 0; i < 5; ++i)
            QVERIFY2(editor->messageBlock(i)->isTrained() == expected[i], qPrintable(QString::number(i)));
    }

    // A broken row's explanation quotes the row as text: quotes stay quotes (it showed &quot;).
    void aBrokenRowIsExplainedInPlainText()
    {
        const QString path = m_dir.filePath(QStringLiteral("quoted.jsonl"));
        writeFile(path, "{\"messages\":[{\"role\":\"user\",\"content\":\"Is it <b>free</b>?\"}\n");
        openAndWait(path);
        QString header;
        for (QLabel* l : pane()->rowEditor()->findChildren<QLabel*>())
            if (l->text().startsWith(QStringLiteral("Row 1 is not valid JSON")))
                header = l->text();
        QVERIFY2(header.contains(QStringLiteral("\"role\"")), qPrintable(header));
        QVERIFY2(!header.contains(QStringLiteral("&quot;")), qPrintable(header));
        for (QLabel* l : pane()->rowEditor()->findChildren<QLabel*>())
            if (l->text() == header)
                QCOMPARE(l->textFormat(), Qt::PlainText); // the row's <b> is not markup
        // A valid object with text after it is said as such, as the table and the Checks say it.
        const QString trailing = m_dir.filePath(QStringLiteral("trailing.jsonl"));
        writeFile(trailing, "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]} trailing\n");
        openAndWait(trailing);
        bool said = false;
        for (QLabel* l : pane()->rowEditor()->findChildren<QLabel*>())
            said |= l->text().startsWith(QStringLiteral("Row 1 is a JSON object followed by other text"));
        QVERIFY(said);
    }

    void instructionAndBrokenRows()
    {
        openAndWait(makeDataset(QStringLiteral("formats.jsonl")));
        pane()->selectPosition(2);
        TextFieldBlock* completion = pane()->rowEditor()->fieldBlock(QStringLiteral("/completion"));
        QVERIFY(completion);
        QCOMPARE(completion->textEdit()->toPlainText(), QStringLiteral("chat"));
        completion->textEdit()->setFocus();
        completion->textEdit()->selectAll();
        QTest::keyClicks(completion->textEdit(), QStringLiteral("le chat"));
        QCOMPARE(doc()->row(2), QByteArray("{\"prompt\":\"Translate: cat\",\"completion\":\"le chat\"}"));

        // A broken row: visible as text, repaired in the raw editor.
        pane()->selectPosition(3);
        QCOMPARE(pane()->rowEditor()->messageCount(), 0);
        QVERIFY(pane()->rawEditor()->statusText().contains(QStringLiteral("Not valid JSON")));
        QsciScintilla* raw = pane()->rawEditor()->editor();
        QCOMPARE(raw->text(), QString::fromUtf8(kRow3));
        raw->setText(QStringLiteral("{\"text\": \"repaired\"}"));
        pane()->rawEditor()->flush();
        QCOMPARE(doc()->row(3), QByteArray("{\"text\": \"repaired\"}"));
        QCOMPARE(pane()->rowEditor()->fieldBlock(QStringLiteral("/text"))->textEdit()->toPlainText(),
                 QStringLiteral("repaired"));
        // Multi-line text that does not parse is not committed (it would split the row).
        raw->setText(QStringLiteral("{\n\"text\": "));
        pane()->rawEditor()->flush();
        QCOMPARE(doc()->row(3), QByteArray("{\"text\": \"repaired\"}"));
        QVERIFY(pane()->rawEditor()->statusText().contains(QStringLiteral("last valid content")));
    }

    void messagesAndRowsStructure()
    {
        openAndWait(makeDataset(QStringLiteral("structure.jsonl")));
        RowEditor* editor = pane()->rowEditor();
        editor->toggleSystemPrompt(); // removes the system prompt
        QCOMPARE(editor->messageCount(), 2);
        QVERIFY(doc()->row(0).startsWith("{\"messages\":[{\"role\":\"user\""));
        editor->addMessage();
        QCOMPARE(editor->messageCount(), 3);
        QCOMPARE(editor->messageBlock(2)->role(), QStringLiteral("user"));

        action("actionDuplicateRows")->trigger();
        QCOMPARE(doc()->rowCount(), 5);
        action("actionDeleteRows")->trigger();
        QCOMPARE(doc()->rowCount(), 4);
        action("actionInsertRow")->trigger();
        QCOMPARE(doc()->rowCount(), 5);
        QCOMPARE(pane()->rowEditor()->messageCount(), 2); // a new conversation row: user + assistant

        QUndoStack* undo = m_window->session()->undoStack();
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(doc()->rowCount(), 4);
        QCOMPARE(doc()->row(0), kRow0);
        QVERIFY(!m_window->isWindowModified());
    }

    // The row the editors show is the highlighted one, whatever key moved there, and Tab
    // leaves the table (it used to walk the cells forever).
    void keysMoveTheHighlightWithTheCurrentRow()
    {
        openAndWait(makeDataset(QStringLiteral("keys.jsonl")));
        QTableView* table = pane()->tableView();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        auto highlighted = [table] {
            QList<int> rows;
            for (const QModelIndex& i : table->selectionModel()->selectedRows())
                rows.append(i.row());
            return rows;
        };
        const int last = table->model()->rowCount() - 1;
        struct Step
        {
            Qt::Key key;
            Qt::KeyboardModifiers mods;
            int row;
        };
        for (const Step& s : {Step{Qt::Key_Down, Qt::ControlModifier, 1}, Step{Qt::Key_End, Qt::ControlModifier, last},
                              Step{Qt::Key_Home, Qt::ControlModifier, 0}, Step{Qt::Key_Down, Qt::NoModifier, 1}}) {
            QTest::keyClick(table, s.key, s.mods);
            QCOMPARE(table->currentIndex().row(), s.row);
            QCOMPARE(highlighted(), QList<int>{s.row});
            QCOMPARE(pane()->currentPosition(), s.row); // the editors show that row
        }
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(!table->hasFocus());
        QCOMPARE(highlighted(), QList<int>{1});
    }

    // Quitting on another pane used to save the checks as closed: gone after a restart.
    void theChecksComeBackAfterQuittingOnAnotherPane()
    {
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("checksDock"));
        auto* panes = m_window->findChild<QTabWidget*>(QStringLiteral("panesTabWidget"));
        QVERIFY(dock && panes);
        openAndWait(makeDataset(QStringLiteral("checks.jsonl")));
        QVERIFY(dock->isVisible());
        panes->setCurrentIndex(1);
        QVERIFY(!dock->isVisible());
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        dock = m_window->findChild<QDockWidget*>(QStringLiteral("checksDock"));
        // No dataset: the welcome page, without the checks; they come with the workbench.
        QVERIFY(!dock->isVisible());
        openAndWait(makeDataset(QStringLiteral("checks-back.jsonl")));
        QTRY_VERIFY(dock->isVisible());
    }

    // Ctrl+G asks for a row and goes there.
    void goToRow()
    {
        openAndWait(makeDataset(QStringLiteral("goto.jsonl")));
        Dialogs::setNextText(QStringLiteral("3"));
        action("actionGoToRow")->trigger();
        QCOMPARE(pane()->currentPosition(), std::int64_t(2));
    }

    void ctrlYRedoes()
    {
        openAndWait(makeDataset(QStringLiteral("redo.jsonl")));
        QUndoStack* undo = m_window->session()->undoStack();
        action("actionInsertRow")->trigger();
        QCOMPARE(doc()->rowCount(), 5);
        undo->undo();
        QCOMPARE(doc()->rowCount(), 4);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(doc()->rowCount(), 5);
    }

    // Issue 13: the row count had no thousands separator, a size in powers of 1024 was called
    // MB, and a long path pushed the row count out of the status bar ("17216 rows so fa").
    void statusBarCountsInTheLocaleAndIsNotCut()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QByteArray data;
        data.reserve(1100 * 20);
        for (int i = 0; i < 1234; ++i)
            data += "{\"text\":\"row " + QByteArray::number(i) + "\"}\n";
        QDir().mkpath(m_dir.filePath(QStringLiteral("a-very-long-folder-name-that-goes-on/and-on-and-on/and-on")));
        const QString path = m_dir.filePath(QStringLiteral(
            "a-very-long-folder-name-that-goes-on/and-on-and-on/and-on/a-dataset-with-a-long-name-too.jsonl"));
        writeFile(path, data);
        m_window->resize(640, 480);
        openAndWait(path);
        auto* rows = m_window->findChild<QLabel*>(QStringLiteral("rowsLabel"));
        auto* file = m_window->findChild<QLabel*>(QStringLiteral("fileLabel"));
        QTRY_VERIFY2(rows->text().startsWith(QStringLiteral("1,234 row")), qPrintable(rows->text()));
        QVERIFY2(file->text().endsWith(QStringLiteral(" KiB")), qPrintable(file->text()));
        QTRY_VERIFY2(rows->width() >= rows->sizeHint().width(),
                     qPrintable(QStringLiteral("%1 < %2").arg(rows->width()).arg(rows->sizeHint().width())));
        QVERIFY(rows->visibleRegion().boundingRect().width() >= rows->sizeHint().width());
        QCOMPARE(file->toolTip(), file->text()); // the whole path, when it is cut
        QLocale::setDefault(previous);
    }

    void bulkWeightsOnWholeFile()
    {
        openAndWait(makeDataset(QStringLiteral("bulk.jsonl")));
        QSignalSpy done(m_window->session(), &DatasetSession::bulkFinished);
        m_window->session()->applyWeightRule(WeightRule::AllAssistant, {});
        QVERIFY(done.wait(5000));
        QCOMPARE(done.front().front().toLongLong(), 1); // row 1 already has weight 1 on its assistant
        QVERIFY(doc()->row(0).contains("\"content\":\"Paris.\",\"weight\":1"));
        QCOMPARE(pane()->rowEditor()->messageBlock(2)->weight(), MessageBlock::Weight::One);
    }

    void searchFiltersTheTable()
    {
        openAndWait(makeDataset(QStringLiteral("search.jsonl")));
        FindBar* bar = pane()->findBar();
        bar->setText(QStringLiteral("paris"));
        bar->setScope(SearchQuery::Scope::Assistant);
        QSignalSpy found(m_window->session(), &DatasetSession::searchFinished);
        auto* line = bar->findChild<QLineEdit*>(QStringLiteral("findLineEdit"));
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(found.wait(5000));
        QCOMPARE(pane()->tableView()->model()->rowCount(), 1);
        QVERIFY(bar->resultText().startsWith(QStringLiteral("1 of 4")));
        QCOMPARE(pane()->currentPosition(), 0);
        action("actionShowAll")->trigger();
        QCOMPARE(pane()->tableView()->model()->rowCount(), 4);
        // Esc in the field empties it and shows every row (it did nothing).
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(found.wait(5000));
        QCOMPARE(pane()->tableView()->model()->rowCount(), 1);
        QTest::keyClick(line, Qt::Key_Escape);
        QCOMPARE(pane()->tableView()->model()->rowCount(), 4);
        QVERIFY(line->text().isEmpty());
    }

    void crashRecoveryIsOffered()
    {
        const QString path = makeDataset(QStringLiteral("crash.jsonl"));
        {
            // A session that dies with unsaved edits (no close, no save).
            auto* session = new DatasetSession;
            session->open(path);
            QVERIFY(session->document()->waitForIndexed());
            session->editRow(2, "{\"prompt\":\"p\",\"completion\":\"recovered\"}");
            delete session->document(); // as if killed: no close(), so the journal stays
            delete session;
        }
        Dialogs::setNextAnswer(QMessageBox::Yes);
        openAndWait(path);
        QCOMPARE(doc()->row(2), QByteArray("{\"prompt\":\"p\",\"completion\":\"recovered\"}"));
        QVERIFY(m_window->isWindowModified());
        // The recovery is one undo step: Edit > Undo takes it back, Redo brings it again.
        QAction* undo = action("actionUndo");
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Recover 1 Edit")));
        // The toolbar's button stays short; its tooltip says what would be undone.
        auto* toolbar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        auto* button = qobject_cast<QToolButton*>(toolbar->widgetForAction(undo));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Undo"));
        QVERIFY(button->toolTip().contains(QStringLiteral("Recover 1 Edit")));
        undo->trigger();
        QVERIFY(doc()->row(2) != QByteArray("{\"prompt\":\"p\",\"completion\":\"recovered\"}"));
        QVERIFY(!m_window->isWindowModified());
        action("actionRedo")->trigger();
        QCOMPARE(doc()->row(2), QByteArray("{\"prompt\":\"p\",\"completion\":\"recovered\"}"));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(saveAndWait());
        QVERIFY(readFile(path).contains("recovered"));
    }

    void oddRowsAreShownWithoutCrashing()
    {
        const QString path = m_dir.filePath(QStringLiteral("odd.jsonl"));
        writeFile(
            path,
            "{\"messages\":[{\"role\":5,\"content\":\"x\"},{\"role\":\"user\",\"content\":7}]}\n"
            "{\"messages\":\"not a list\"}\n"
            "{\"text\": 1e999999}\n"
            "{\"messages\":[[1,2],null,{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}]}\n"
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n");
        openAndWait(path);
        for (std::int64_t row = 0; row < doc()->rowCount(); ++row) {
            pane()->selectPosition(row);
            QCoreApplication::processEvents();
        }
        pane()->selectPosition(0);
        // A role that is not a string is shown as JSON and can be replaced by a real one.
        QCOMPARE(pane()->rowEditor()->messageBlock(0)->role(), QStringLiteral("5"));
        pane()->rowEditor()->addMessage();
        QCOMPARE(pane()->rowEditor()->messageCount(), 3);
        pane()->selectPosition(3);
        QCOMPARE(pane()->rowEditor()->messageCount(), 3);
        QVERIFY(pane()->rowEditor()->messageBlock(2)->textEdit()->isReadOnly()); // multimodal content
    }

    void saveFailureIsReportedAndLosesNothing()
    {
        const QString path = makeDataset(QStringLiteral("fail.jsonl"));
        openAndWait(path);
        m_window->session()->editRow(2, "{\"prompt\":\"p\",\"completion\":\"kept\"}");
        // The folder disappears: saving cannot create its temporary file.
        QTemporaryDir gone;
        const QString target = gone.filePath(QStringLiteral("sub/out.jsonl"));
        Dialogs::setNextFileName(target);
        QSignalSpy failed(doc(), &DatasetDocument::saveFailed);
        action("actionSaveAs")->trigger();
        QVERIFY(failed.wait(5000));
        QVERIFY(Dialogs::takeLastWarning().contains(QStringLiteral("does not exist")));
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(doc()->row(2), QByteArray("{\"prompt\":\"p\",\"completion\":\"kept\"}"));
        QCOMPARE(readFile(path), kRow0 + "\n" + kRow1 + "\n" + kRow2 + "\n" + kRow3 + "\n");
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
