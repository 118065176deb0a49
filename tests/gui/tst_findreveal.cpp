#include "TestFiles.h"

#include "MainWindow.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetChecks.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/DatasetTableModel.h"
#include "itemmodels/ProblemsModel.h"
#include "widgets/checks/ChecksPane.h"
#include "widgets/common/AutoHeightTextEdit.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/FindBar.h"
#include "widgets/dataset/MessageBlock.h"
#include "widgets/dataset/RowEditor.h"

#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoStack>

using namespace td;

// Issue 13 defect 10: a search or a problem leads to the text. Enter in the find bar, F3 and a
// click on a problem in the Checks pane scroll the conversation to the message and mark the
// matched text (or the problem's text); before, the row was selected and the conversation
// stayed at message 1.
class TestFindReveal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    DatasetPane* pane() const { return m_window->datasetPane(); }
    RowEditor* editor() const { return pane()->rowEditor(); }

    // A conversation of 40 messages of a few lines each, `word` in message `at`'s text.
    static QByteArray longRow(int at, const QByteArray& word, const QByteArray& extra = {})
    {
        QByteArray row = "{\"messages\":[";
        for (int i = 0; i < 40; ++i) {
            const QByteArray role = i % 2 ? "assistant" : "user";
            QByteArray text = "Line one of message " + QByteArray::number(i) + ".\\nLine two.\\nLine three.";
            if (i == at)
                text += " The " + word + " is here.";
            row += (i ? "," : "") + QByteArray("{\"role\":\"") + role + "\",\"content\":\"" + text + "\"" +
                   (i == at ? extra : QByteArray()) + "}";
        }
        return row + "]}";
    }

    // Whether a message block shows on screen in the conversation's scroll area.
    bool shown(int message) const
    {
        MessageBlock* block = editor()->messageBlock(message);
        auto* scroll = editor()->findChild<QScrollArea*>();
        if (!block || !scroll)
            return false;
        // Laid out: below the message before it (new blocks all start at the top, unsized).
        if (block->height() == 0 || (message > 0 && block->y() <= editor()->messageBlock(message - 1)->y()))
            return false;
        const QRect inView(block->mapTo(scroll->viewport(), QPoint(0, 0)), block->size());
        return scroll->viewport()->rect().intersects(inView);
    }

    // Ctrl+F, the text typed, Enter: as a person searches. The find bar's line (null if it never
    // took the keyboard).
    QLineEdit* typeSearch(const QString& text)
    {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto* line = pane()->findBar()->findChild<QLineEdit*>(QStringLiteral("findLineEdit"));
        if (!line || !QTest::qWaitFor([line] { return line->hasFocus(); }))
            return nullptr;
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        return line;
    }

    // The marked text of an editor, in order.
    static QStringList marks(const QPlainTextEdit* edit)
    {
        QStringList out;
        if (edit)
            for (const QTextEdit::ExtraSelection& s : edit->extraSelections())
                out << s.cursor.selectedText();
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::createTempFileInstance();
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

    void searchAndF3ScrollToTheMatchAndMarkIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.jsonl"));
        td::test::writeFile(path, longRow(33, "Needle") + "\n" + longRow(-1, "") + "\n" + longRow(29, "needle") + "\n");
        m_window->openFile(path);
        QVERIFY(m_window->session()->document()->waitForIndexed());
        QTRY_COMPARE(editor()->messageCount(), 40);
        QVERIFY(shown(0));
        QVERIFY(!shown(33));

        QSignalSpy found(m_window->session(), &DatasetSession::searchFinished);
        QLineEdit* line = typeSearch(QStringLiteral("needle"));
        QVERIFY(line);
        QVERIFY(found.wait(5000));
        QCOMPARE(pane()->currentPosition(), 0);
        QTRY_VERIFY(shown(33));
        QVERIFY(!shown(0));
        // The match is marked where it is (case as in the text) and selected in its editor.
        QCOMPARE(marks(editor()->messageBlock(33)->textEdit()), QStringList{QStringLiteral("Needle")});
        QCOMPARE(editor()->revealedEditor(), editor()->messageBlock(33)->textEdit());
        QCOMPARE(editor()->messageBlock(33)->textEdit()->textCursor().selectedText(), QStringLiteral("Needle"));
        QVERIFY(marks(editor()->messageBlock(32)->textEdit()).isEmpty());
        QVERIFY(line->hasFocus()); // F3 keeps working from the find bar

        // F3: the next matching row, scrolled to its match.
        QTest::keyClick(line, Qt::Key_F3);
        QTRY_COMPARE(pane()->currentPosition(), 2);
        QTRY_VERIFY(shown(29));
        QCOMPARE(marks(editor()->messageBlock(29)->textEdit()), QStringList{QStringLiteral("needle")});
        // Shift+F3 goes back, to the same place.
        QTest::keyClick(line, Qt::Key_F3, Qt::ShiftModifier);
        QTRY_COMPARE(pane()->currentPosition(), 0);
        QTRY_VERIFY(shown(33));
    }

    // Undo puts back a deleted row that matches: the search runs again and lists it, and the row
    // chosen before stays chosen (a new edit does not search again, Undo and Redo do).
    void undoRunsTheSearchAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("undo.jsonl"));
        td::test::writeFile(path, QByteArray("{\"text\":\"a needle\"}\n{\"text\":\"hay\"}\n{\"text\":\"needle "
                                             "two\"}\n{\"text\":\"and a needle\"}\n"));
        m_window->openFile(path);
        QVERIFY(m_window->session()->document()->waitForIndexed());
        QSignalSpy found(m_window->session(), &DatasetSession::searchFinished);
        QVERIFY(typeSearch(QStringLiteral("needle")));
        QVERIFY(found.wait(5000));
        const DatasetTableModel* table = m_window->session()->tableModel();
        QCOMPARE(table->rowCount(), 3);
        m_window->session()->removeRows({2});
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(found.count(), 1);
        pane()->goToRow(3); // "and a needle", now the third row of the file
        QCOMPARE(pane()->currentPosition(), 2);
        m_window->session()->undoStack()->undo();
        QVERIFY(found.wait(5000));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(pane()->findBar()->resultText(), QStringLiteral("3 of 4 rows match"));
        QCOMPARE(pane()->currentPosition(), 3); // the same row, moved down by the one put back
        m_window->session()->undoStack()->redo();
        QVERIFY(found.wait(5000));
        QCOMPARE(table->rowCount(), 2);
    }

    void aProblemClickedScrollsToItsMessageAndMarksIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("problem.jsonl"));
        td::test::writeFile(path, longRow(-1, "") + "\n" + longRow(35, "answer", ",\"weight\":2") + "\n");
        QSignalSpy checked(m_window->checks(), &DatasetChecks::finished);
        m_window->openFile(path);
        QVERIFY(m_window->session()->document()->waitForIndexed());
        QVERIFY(checked.wait(60000));
        QTreeView* view = m_window->checksPane()->problemsView();
        const ProblemsModel* model = m_window->checks()->problemsModel();
        QModelIndex problem;
        for (int g = 0; g < model->rowCount() && !problem.isValid(); ++g)
            if (model->rowCount(model->index(g, 0)) > 0 &&
                model->problemAt(model->index(0, 0, model->index(g, 0)))->pointer == "/messages/35/weight")
                problem = model->index(0, 0, model->index(g, 0));
        QVERIFY(problem.isValid());
        view->expand(problem.parent());
        view->scrollTo(problem);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(problem).center());
        QTRY_COMPARE(pane()->currentPosition(), 1);
        QTRY_VERIFY(shown(35));
        QVERIFY(!shown(0));
        QCOMPARE(editor()->revealedEditor(), editor()->messageBlock(35)->textEdit());
        QVERIFY(editor()->messageBlock(35)->textEdit()->hasFocus());
        const QStringList marked = marks(editor()->messageBlock(35)->textEdit());
        QCOMPARE(marked.size(), 1);
        QVERIFY2(marked.front().contains(QStringLiteral("The answer is here.")), qPrintable(marked.front()));
    }

    // One problem is marked at a time: going to the next one takes the mark off the one before,
    // in another message or the same.
    void oneProblemMarkedAtATime()
    {
        const QString path = m_dir.filePath(QStringLiteral("marks.jsonl"));
        td::test::writeFile(path,
                            "{\"messages\":[{\"role\":\"user\",\"content\":\"a.b@example.org and x@example.org\"},"
                            "{\"role\":\"assistant\",\"content\":\"c.d@example.org\"}]}\n");
        m_window->openFile(path);
        QVERIFY(m_window->session()->document()->waitForIndexed());
        QTRY_COMPARE(editor()->messageCount(), 2);
        pane()->showProblem(0, QStringLiteral("/messages/0/content"), 0, 15);
        QCOMPARE(marks(editor()->messageBlock(0)->textEdit()), QStringList{QStringLiteral("a.b@example.org")});
        pane()->showProblem(0, QStringLiteral("/messages/1/content"), 0, 15);
        QCOMPARE(marks(editor()->messageBlock(1)->textEdit()), QStringList{QStringLiteral("c.d@example.org")});
        QVERIFY(marks(editor()->messageBlock(0)->textEdit()).isEmpty());
        QVERIFY(!editor()->messageBlock(0)->textEdit()->textCursor().hasSelection());
        QCOMPARE(editor()->messageBlock(1)->textEdit()->textCursor().selectedText(), QStringLiteral("c.d@example.org"));
        pane()->showProblem(0, QStringLiteral("/messages/0/content"), 20, 33);
        QCOMPARE(marks(editor()->messageBlock(0)->textEdit()), QStringList{QStringLiteral("x@example.org")});
        QVERIFY(marks(editor()->messageBlock(1)->textEdit()).isEmpty());
    }
};

QTEST_MAIN(TestFindReveal)
#include "tst_findreveal.moc"
