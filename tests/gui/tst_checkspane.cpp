#include "CurationData.h"
#include "TestFiles.h"

#include "DatasetController.h"
#include "MainWindow.h"
#include "core/Settings.h"
#include "curation/NearDuplicates.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetChecks.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/ProblemsModel.h"
#include "validate/Exporter.h"
#include "widgets/checks/ChecksPane.h"
#include "widgets/checks/ExportDialog.h"
#include "widgets/common/AutoHeightTextEdit.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/DatasetTableView.h"
#include "widgets/dataset/MessageBlock.h"
#include "widgets/dataset/RawJsonEditor.h"
#include "widgets/dataset/RowEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <Qsci/qsciscintilla.h>

using namespace td;

namespace {
const QByteArray kData =
    "{\"messages\":[{\"role\":\"user\",\"content\":\"q1\"},{\"role\":\"assistant\",\"content\":\"a1\","
    "\"weight\":1.0}]}\n"
    "{\"messages\":[{\"role\":\"user\",\"content\":\"q2\"},{\"role\":\"assistant\",\"content\":\"a2\"}],"
    "\"id\":2}\n"
    "{\"messages\":[{\"role\":\"user\",\"content\":\"q3\"},{\"role\":\"assistant\",\"content\":\"a3\","
    "\"weight\":0.0}]}\n"
    "{\"messages\":[{\"role\":\"user\",\"content\":\"q4\"},{\"role\":\"assistant\",\"content\":\"a4\"}]}\n";
}

class TestChecksPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    DatasetDocument* doc() const { return m_window->session()->document(); }

    void openAndCheck(const QString& path)
    {
        QSignalSpy finished(m_window->checks(), &DatasetChecks::finished);
        m_window->openFile(path);
        QVERIFY(doc()->waitForIndexed());
        QVERIFY(finished.wait(60000));
    }

    QModelIndex group(const char* code) const
    {
        const ProblemsModel* m = m_window->checks()->problemsModel();
        for (int g = 0; g < m->rowCount(); ++g)
            if (m->index(g, 0).data(ProblemsModel::CodeRole).toString() == QLatin1String(code))
                return m->index(g, 0);
        return {};
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
        m_window->resize(1200, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->checks()->setRerunDelay(50);
    }

    void cleanup()
    {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        m_window->close();
        m_window.reset();
    }

    void checksRunAfterOpenAndShowTheVerdict()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.jsonl"));
        td::test::writeFile(path, kData);
        openAndCheck(path);
        ChecksPane* pane = m_window->checksPane();
        QVERIFY2(pane->verdictText().contains(
                     QStringLiteral("would reject this file: Weight must be an integer on line 1.")),
                 qPrintable(pane->verdictText()));
        QVERIFY(group("weight-not-integer").isValid());
        QCOMPARE(m_window->checks()->problemsModel()->rowCount(group("weight-not-integer")), 2);
        QVERIFY(group("extra-column").isValid());
    }

    // Issue 13: Check Now and Export were enabled with no file open.
    void checkNowAndExportNeedAnOpenFile()
    {
        ChecksPane* pane = m_window->checksPane();
        auto* run = pane->findChild<QPushButton*>(QStringLiteral("runButton"));
        auto* exportButton = pane->findChild<QPushButton*>(QStringLiteral("exportButton"));
        QVERIFY(!run->isEnabled());
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionExport"))->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("ready.jsonl"));
        td::test::writeFile(path, kData);
        openAndCheck(path);
        QTRY_VERIFY(run->isEnabled());
        QVERIFY(exportButton->isEnabled());
        m_window->findChild<QAction*>(QStringLiteral("actionClose"))->trigger();
        QTRY_VERIFY(!run->isEnabled());
        QVERIFY(!exportButton->isEnabled());
    }

    // Issue 13: "Fix All of This Kind (2)" was enabled with no kind chosen, once the tree had
    // the focus (its current item is not a choice). Only a selected kind or problem enables it.
    void fixAllNeedsAChosenKind()
    {
        const QString path = m_dir.filePath(QStringLiteral("choose.jsonl"));
        td::test::writeFile(path, kData);
        openAndCheck(path);
        ChecksPane* pane = m_window->checksPane();
        auto* fixAll = pane->findChild<QPushButton*>(QStringLiteral("fixAllButton"));
        QTreeView* view = pane->problemsView();
        view->clearSelection();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view->setFocus(Qt::TabFocusReason); // as Tab does
        QTRY_VERIFY(view->hasFocus());
        QVERIFY(view->currentIndex().isValid() || view->model()->rowCount() > 0);
        if (!view->currentIndex().isValid())
            view->selectionModel()->setCurrentIndex(view->model()->index(0, 0), QItemSelectionModel::NoUpdate);
        QVERIFY(view->selectionModel()->selectedIndexes().isEmpty());
        QVERIFY2(!fixAll->isEnabled(), qPrintable(fixAll->text()));
        QCOMPARE(fixAll->text(), QStringLiteral("Fix &All of This Kind"));
        // A click on the kind chooses it.
        const QModelIndex kind = group("weight-not-integer");
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(kind).center());
        QTRY_VERIFY(fixAll->isEnabled());
        QVERIFY(fixAll->text().contains(QStringLiteral("(")));
        QCOMPARE(pane->findChild<QPushButton*>(QStringLiteral("fixButton"))->text(), QStringLiteral("Fi&x"));
    }

    // F8 and Shift+F8 go from problem to problem across the kinds and round the end, each shown
    // in its row; Ctrl+Shift+M puts the keyboard in the list.
    void f8StepsThroughTheProblems()
    {
        const QString path = m_dir.filePath(QStringLiteral("steps.jsonl"));
        td::test::writeFile(path, kData);
        openAndCheck(path);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const ProblemsModel* model = m_window->checks()->problemsModel();
        std::vector<std::pair<QPersistentModelIndex, std::int64_t>> problems; // in the list's order
        for (int g = 0; g < model->rowCount(); ++g)
            for (int c = 0; c < model->rowCount(model->index(g, 0)); ++c) {
                const QModelIndex p = model->index(c, 0, model->index(g, 0));
                problems.emplace_back(p, model->problemAt(p)->row);
            }
        QVERIFY(problems.size() >= 3);
        QTreeView* view = m_window->checksPane()->problemsView();
        auto press = [&](QKeyCombination key) {
            QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
            QTest::keyClick(target, key.key(), key.keyboardModifiers());
        };
        for (std::size_t i = 0; i <= problems.size(); ++i) {
            press(Qt::Key_F8);
            const auto& [expected, row] = problems[i % problems.size()];
            QTRY_COMPARE(QPersistentModelIndex(view->currentIndex()), expected);
            QCOMPARE(m_window->datasetPane()->currentPosition(), row);
        }
        press(Qt::SHIFT | Qt::Key_F8);
        QTRY_COMPARE(QPersistentModelIndex(view->currentIndex()), problems.back().first);
        QCOMPARE(m_window->datasetPane()->currentPosition(), problems.back().second);
        // Shift held while the row is chosen does not extend the table's selection (Delete
        // would then remove rows the user is not looking at).
        QCOMPARE(m_window->datasetPane()->tableView()->selectionModel()->selectedRows().size(), 1);
        press(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(QPersistentModelIndex(view->currentIndex()), problems.back().first);
        // Up in the list shows that problem's row, and the keyboard stays in the list.
        press(Qt::Key_Up); // the last kind's heading (or its problem before)
        press(Qt::Key_Up);
        QTRY_VERIFY(view->currentIndex().parent().isValid());
        QCOMPARE(m_window->datasetPane()->currentPosition(), model->problemAt(view->currentIndex())->row);
        QVERIFY(view->hasFocus());
    }

    // The verdict says which check made it; switching the profile re-checks, is remembered,
    // and a new window starts with it.
    void theVerdictNamesItsProfileAndCanSwitch()
    {
        const QString path = m_dir.filePath(QStringLiteral("profiles.jsonl"));
        td::test::writeFile(path, kData);
        openAndCheck(path);
        ChecksPane* pane = m_window->checksPane();
        auto* combo = pane->findChild<QComboBox*>(QStringLiteral("checkProfileComboBox"));
        QVERIFY(combo);
        QCOMPARE(m_window->checks()->checkProfile(), CheckProfile::Client1534);
        QVERIFY2(pane->verdictText().startsWith(QStringLiteral("✘ Together's client 1.5.34 would reject this file: ")),
                 qPrintable(pane->verdictText()));
        QVERIFY(combo->currentText().contains(QStringLiteral("1.5.34")));
        QSignalSpy verdict(m_window->checks(), &DatasetChecks::verdictChanged);
        combo->setCurrentIndex(combo->findData(int(CheckProfile::Today)));
        QTRY_VERIFY2(pane->verdictText().startsWith(QStringLiteral("✔ Together today would accept this file.")),
                     qPrintable(pane->verdictText()));
        QVERIFY(verdict.count() >= 1);
        QCOMPARE(savedCheckProfile(), CheckProfile::Today);
        // The lint still lists what the server would judge.
        QTRY_VERIFY(group("weight-not-integer").isValid());

        m_window.reset();
        init();
        QCOMPARE(m_window->checks()->checkProfile(), CheckProfile::Today);
        auto* again = m_window->checksPane()->findChild<QComboBox*>(QStringLiteral("checkProfileComboBox"));
        QCOMPARE(again->currentData().toInt(), int(CheckProfile::Today));
        again->setCurrentIndex(again->findData(int(CheckProfile::Client1534)));
        QCOMPARE(savedCheckProfile(), CheckProfile::Client1534);
    }

    // Another program shortens the file while it is checked: the pane says so instead of
    // showing a verdict and problems computed from the zeros that replace the lost part.
    void aFileShortenedWhileCheckedGetsNoVerdict()
    {
        const QString path = m_dir.filePath(QStringLiteral("shortened.jsonl"));
        QByteArray many;
        for (int i = 0; i < 2000; ++i)
            many += kData;
        td::test::writeFile(path, many);
        openAndCheck(path);
        QVERIFY(m_window->checks()->parity());
        QSignalSpy finished(m_window->checks(), &DatasetChecks::finished);
        Dialogs::setNextAnswer(QMessageBox::No); // "reload it now?" when the watcher notices
        QVERIFY(QFile::resize(path, 100));
        m_window->checks()->run();
        QVERIFY(finished.wait(60000));
        const QString verdict = m_window->checksPane()->verdictText();
        QVERIFY2(verdict.contains(QStringLiteral("could not be checked")) &&
                     verdict.contains(QStringLiteral("changed while it was read")),
                 qPrintable(verdict));
        QVERIFY(!m_window->checks()->parity());
        QCOMPARE(m_window->checks()->problemsModel()->rowCount(), 0);
    }

    void clickingAProblemShowsItInTheRow()
    {
        const QString path = m_dir.filePath(QStringLiteral("click.jsonl"));
        td::test::writeFile(path, kData);
        openAndCheck(path);
        QTreeView* view = m_window->checksPane()->problemsView();
        const QModelIndex g = group("weight-not-integer");
        const QModelIndex second = m_window->checks()->problemsModel()->index(1, 0, g);
        view->setCurrentIndex(second);
        emit view->activated(second);
        QCOMPARE(m_window->datasetPane()->currentPosition(), 2);
        // The raw editor selects the very value the problem is about.
        QCOMPARE(m_window->datasetPane()->rawEditor()->editor()->selectedText(), QStringLiteral("0.0"));
    }

    void fixAllOfAKindIsOneUndoStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("fix.jsonl"));
        td::test::writeFile(path, kData);
        openAndCheck(path);
        QTreeView* view = m_window->checksPane()->problemsView();
        view->setCurrentIndex(group("weight-not-integer"));
        QSignalSpy finished(m_window->checks(), &DatasetChecks::finished);
        m_window->checksPane()->fixSelected(true);
        QCOMPARE(m_window->session()->undoStack()->count(), 1);
        QVERIFY(doc()->row(0).endsWith("\"weight\":1}]}"));
        QVERIFY(doc()->row(2).endsWith("\"weight\":0}]}"));
        QVERIFY(finished.wait(60000)); // the checks run again after the edit
        QVERIFY(!group("weight-not-integer").isValid());
        const QString fixed = m_window->checksPane()->verdictText();
        QVERIFY2(fixed.contains(QStringLiteral("extra column")), qPrintable(fixed)); // the weights pass

        // Until the file is checked again after the undo, the verdict that was about the fixed
        // rows is not shown beside the error the undo brought back.
        m_window->checks()->setRerunDelay(60000);
        m_window->session()->undoStack()->undo();
        QVERIFY(group("weight-not-integer").isValid()); // the undone rows checked at once
        QCOMPARE(m_window->checksPane()->verdictText(), QStringLiteral("Checking…"));
        m_window->checks()->run();
        QTRY_VERIFY2(m_window->checksPane()->verdictText().contains(QStringLiteral("Weight must be an integer")),
                     qPrintable(m_window->checksPane()->verdictText()));
        QCOMPARE(doc()->row(0), kData.split('\n')[0]);
        QVERIFY(!doc()->isRowEdited(2));
        // The list, remade at once with the undone rows' problems, has its groups open (they
        // were all folded until the whole file had been checked again).
        QTRY_VERIFY(group("weight-not-integer").isValid());
        const ProblemsModel* model = m_window->checks()->problemsModel();
        for (int g = 0; g < model->rowCount(); ++g)
            QVERIFY2(view->isExpanded(model->index(g, 0)), qPrintable(model->groupCode(model->index(g, 0))));
    }

    // A fix's undo step counts the rows it changes (a row may hold several findings of a kind),
    // and after a fix the list keeps the keyboard with the next problem chosen.
    void fixesCountRowsAndKeepTheList()
    {
        const QString path = m_dir.filePath(QStringLiteral("emails.jsonl"));
        td::test::writeFile(path, "{\"messages\":[{\"role\":\"user\",\"content\":\"a.b@example.org or "
                                  "c.d@example.org\"},{\"role\":\"assistant\",\"content\":\"ok\"}]}\n"
                                  "{\"messages\":[{\"role\":\"user\",\"content\":\"e.f@example.org\"},"
                                  "{\"role\":\"assistant\",\"content\":\"ok\"}]}\n");
        openAndCheck(path);
        QTreeView* view = m_window->checksPane()->problemsView();
        const QModelIndex g = group("pii-email");
        QVERIFY(g.isValid());
        QCOMPARE(m_window->checks()->problemsModel()->groupSize(g), std::size_t(3));
        view->setCurrentIndex(g);
        // The buttons say what the text becomes.
        auto* fix = m_window->checksPane()->findChild<QPushButton*>(QStringLiteral("fixButton"));
        auto* fixAll = m_window->checksPane()->findChild<QPushButton*>(QStringLiteral("fixAllButton"));
        QCOMPARE(fixAll->text(), QStringLiteral("Replace &All With <EMAIL> (3)"));
        view->setCurrentIndex(m_window->checks()->problemsModel()->index(1, 0, g));
        QCOMPARE(fix->text(), QStringLiteral("Fi&x: Replace With <EMAIL>"));
        view->setCurrentIndex(g);
        m_window->checksPane()->fixSelected(true);
        QUndoStack* undo = m_window->session()->undoStack();
        QVERIFY2(undo->text(undo->count() - 1).contains(QStringLiteral("(2 row")), // "rows" with the English plurals
                 qPrintable(undo->text(undo->count() - 1)));
        undo->undo();
        QTRY_VERIFY(group("pii-email").isValid());
        const QModelIndex first = m_window->checks()->problemsModel()->index(0, 0, group("pii-email"));
        view->setCurrentIndex(first);
        QSignalSpy rerun(m_window->checks(), &DatasetChecks::finished);
        const QString firstFound =
            QString::fromStdString(m_window->checks()->problemsModel()->problemAt(first)->pointer);
        m_window->checksPane()->fixSelected(false);
        QVERIFY2(undo->text(undo->count() - 1).endsWith(QStringLiteral("(row 1)")),
                 qPrintable(undo->text(undo->count() - 1)));
        // One finding's Fix replaces that finding only: the row's other address stays.
        const QByteArray fixed = doc()->row(0);
        QCOMPARE(fixed.count("<EMAIL>"), 1);
        QVERIFY2(fixed.contains("a.b@example.org") != fixed.contains("c.d@example.org"), fixed.constData());
        QCOMPARE(firstFound, QStringLiteral("/messages/0/content"));
        // Chosen at once and still after the whole file is checked again (the list is remade).
        for (int pass = 0; pass < 2; ++pass) {
            if (pass == 1)
                QVERIFY(rerun.wait(60000));
            QVERIFY(view->currentIndex().isValid());
            QVERIFY(view->selectionModel()->isSelected(view->currentIndex()));
            QCOMPARE(view->currentIndex().parent().data(ProblemsModel::CodeRole).toString(),
                     QStringLiteral("pii-email"));
            QCOMPARE(m_window->focusWidget(), view);
        }
    }

    // After a Fix the next problem of the same kind is chosen, even when the fix moved its kind
    // down the list (kinds are ordered by their counts), and its row is shown: the next Fix acts
    // on what is seen.
    void afterAFixTheNextOfItsKindIsChosenAndShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("kinds.jsonl"));
        const auto row = [](const char* text) -> QByteArray {
            return QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"") + text +
                   "\"},{\"role\":\"assistant\",\"content\":\"ok\"}]}\n";
        };
        td::test::writeFile(path, row("write to a.b@example.org") + row("call +44 20 7946 0958") +
                                      row("or to c.d@example.org"));
        openAndCheck(path);
        const ProblemsModel* model = m_window->checks()->problemsModel();
        QTreeView* view = m_window->checksPane()->problemsView();
        QCOMPARE(model->index(0, 0).data(ProblemsModel::CodeRole).toString(), QStringLiteral("pii-email"));
        view->setFocus();
        view->setCurrentIndex(model->index(0, 0, group("pii-email")));
        QTRY_COMPARE(m_window->datasetPane()->currentPosition(), std::int64_t(0));
        QSignalSpy rerun(m_window->checks(), &DatasetChecks::finished);
        m_window->checksPane()->fixSelected(false);
        QVERIFY(doc()->row(0).contains("<EMAIL>"));
        for (int pass = 0; pass < 2; ++pass) { // at once, and after the whole file is checked again
            if (pass == 1)
                QVERIFY(rerun.wait(60000));
            QCOMPARE(model->index(0, 0).data(ProblemsModel::CodeRole).toString(), QStringLiteral("pii-phone"));
            const auto chosen = model->problemAt(view->currentIndex());
            QVERIFY(chosen);
            QCOMPARE(QString::fromStdString(chosen->code), QStringLiteral("pii-email"));
            QCOMPARE(chosen->row, std::int64_t(2));
            QCOMPARE(m_window->datasetPane()->currentPosition(), std::int64_t(2));
            QCOMPARE(m_window->focusWidget(), view);
        }
    }

    // Moving in the list from a problem to its kind's heading takes the problem's mark out of
    // the row (it stayed, as if the heading were that one problem).
    void aKindsHeadingLeavesNoProblemMarked()
    {
        const QString path = m_dir.filePath(QStringLiteral("heading.jsonl"));
        td::test::writeFile(path, "{\"messages\":[{\"role\":\"user\",\"content\":\"mail a.b@example.org\"},"
                                  "{\"role\":\"assistant\",\"content\":\"ok\"}]}\n");
        openAndCheck(path);
        const ProblemsModel* model = m_window->checks()->problemsModel();
        QTreeView* view = m_window->checksPane()->problemsView();
        const QModelIndex heading = group("pii-email");
        QVERIFY(heading.isValid());
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->setCurrentIndex(model->index(0, 0, heading));
        RowEditor* editor = m_window->datasetPane()->rowEditor();
        QTRY_VERIFY(editor->revealedEditor());
        QPlainTextEdit* text = editor->revealedEditor();
        QVERIFY(text->textCursor().hasSelection());
        const auto marks = text->extraSelections().size();
        QVERIFY(marks >= 1);
        view->setCurrentIndex(heading);
        QVERIFY(!text->textCursor().hasSelection());
        QCOMPARE(text->extraSelections().size(), marks - 1);
    }

    // Going to a finding of personal data selects the finding itself in its message, not the
    // whole message (its span counts UTF-8 bytes; the editor, UTF-16 units).
    void aPersonalDataFindingIsShownAtItsSpan()
    {
        const QString path = m_dir.filePath(QStringLiteral("span.jsonl"));
        td::test::writeFile(path, QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"Grüße 😀, write "
                                                 "to c.d@example.org today\"},{\"role\":\"assistant\",\"content\":"
                                                 "\"ok\"}]}\n")
                                      .toUtf8());
        openAndCheck(path);
        const QModelIndex g = group("pii-email");
        QVERIFY(g.isValid());
        const QModelIndex finding = m_window->checks()->problemsModel()->index(0, 0, g);
        QTreeView* view = m_window->checksPane()->problemsView();
        view->setCurrentIndex(finding);
        emit view->activated(finding);
        MessageBlock* block = m_window->datasetPane()->rowEditor()->messageBlock(0);
        QVERIFY(block);
        QCOMPARE(block->textEdit()->textCursor().selectedText(), QStringLiteral("c.d@example.org"));
    }

    void aRunningCheckCanBeCancelled()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.jsonl"));
        QByteArray big;
        while (big.size() < (4 << 20))
            big += kData;
        td::test::writeFile(path, big);
        openAndCheck(path);
        auto* run = m_window->checksPane()->findChild<QPushButton*>(QStringLiteral("runButton"));
        QVERIFY(run);
        m_window->checks()->run();
        QVERIFY(m_window->checks()->isRunning());
        QCOMPARE(run->text(), QStringLiteral("Cancel"));
        run->click();
        QVERIFY(!m_window->checks()->isRunning());
        QCOMPARE(run->text(), QStringLiteral("Check Now"));
    }

    void lineEndsFixIsOneUndoStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("crlf.jsonl"));
        td::test::writeFile(path, "{\"text\": \"a\"}\r\n{\"text\": \"b\"}\r\n");
        openAndCheck(path);
        const QModelIndex g = group("crlf");
        QVERIFY(g.isValid());
        m_window->checksPane()->problemsView()->setCurrentIndex(g);
        m_window->checksPane()->fixSelected(true);
        QVERIFY(doc()->normalizeLineEnds());
        QCOMPARE(m_window->session()->undoStack()->count(), 1);
        QSignalSpy saved(doc(), &DatasetDocument::saved);
        doc()->save(path);
        QVERIFY(saved.wait(5000));
        QCOMPARE(td::test::readFile(path), QByteArray("{\"text\": \"a\"}\n{\"text\": \"b\"}\n"));
        m_window->session()->undoStack()->undo();
        QVERIFY(!doc()->normalizeLineEnds());
    }

    void anEditIsCheckedAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("edit.jsonl"));
        td::test::writeFile(path, kData);
        openAndCheck(path);
        m_window->checks()->setRerunDelay(60000); // only the immediate row check may act
        QCOMPARE(m_window->checks()->problemsModel()->rowCount(group("extra-column")), 1);
        m_window->session()->editRow(1, "{\"messages\":[{\"role\":\"user\",\"content\":\"q2\"},{\"role\":"
                                        "\"assistant\",\"content\":\"a2\"}]}");
        QVERIFY(!group("extra-column").isValid());
        m_window->session()->editRow(3, "{\"messages\":[{\"role\":\"user\",\"content\":\"q4\"}]}");
        QVERIFY(group("no-assistant").isValid());
        QCOMPARE(m_window->checks()
                     ->problemsModel()
                     ->problemAt(m_window->checks()->problemsModel()->index(0, 0, group("no-assistant")))
                     ->row,
                 3);
    }

    void aBigGroupListsItsFirstHundred()
    {
        // 250 blank lines: the group says 250, lists 100 and a row for the rest, which lists
        // them when activated; fixing all of the kind still fixes all 250.
        const QString path = m_dir.filePath(QStringLiteral("blank.jsonl"));
        td::test::writeFile(path, kData.split('\n')[3] + '\n' + QByteArray(250, '\n'));
        openAndCheck(path);
        ProblemsModel* model = m_window->checks()->problemsModel();
        QTreeView* view = m_window->checksPane()->problemsView();
        const QModelIndex g = group("blank-line");
        QVERIFY(g.isValid());
        QCOMPARE(g.data(ProblemsModel::GroupSizeRole).toULongLong(), 250ULL);
        QVERIFY(g.data().toString().endsWith(QStringLiteral("(250)")));
        QVERIFY(!view->isExpanded(g)); // big groups stay folded
        QCOMPARE(model->rowCount(g), 101);
        QCOMPARE(model->problemAt(model->index(99, 0, g))->row, 100);
        const QModelIndex more = model->index(100, 0, g);
        QVERIFY(more.data(ProblemsModel::IsMoreRole).toBool());
        QVERIFY(!model->problemAt(more));
        QVERIFY2(more.data().toString().startsWith(QStringLiteral("… 150 more")), qPrintable(more.data().toString()));
        emit view->activated(more);
        QCOMPARE(model->rowCount(g), 250);
        QCOMPARE(model->problemAt(model->index(249, 0, g))->row, 250);
        QCOMPARE(model->index(249, 0, g).data().toString(),
                 QStringLiteral("Blank line: Together's checker rejects the file because of it."));
        QCOMPARE(model->index(249, ProblemsModel::RowColumn, g).data().toString(), QStringLiteral("251"));
        view->setCurrentIndex(g);
        m_window->checksPane()->fixSelected(true);
        QCOMPARE(doc()->rowCount(), 1);
        QCOMPARE(m_window->session()->undoStack()->count(), 1);
    }

    void onlyRowsWithProblems()
    {
        const QString path = m_dir.filePath(QStringLiteral("filter.jsonl"));
        td::test::writeFile(path, kData);
        openAndCheck(path);
        m_window->checksPane()->findChild<QCheckBox*>(QStringLiteral("onlyProblemsCheckBox"))->setChecked(true);
        QCOMPARE(m_window->datasetPane()->tableView()->model()->rowCount(), 3);
    }

    void exportWritesACleanCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("exp.jsonl"));
        td::test::writeFile(path, kData);
        openAndCheck(path);
        ExportOptions o;
        o.output = m_dir.filePath(QStringLiteral("exp.clean.jsonl"));
        o.validOnly = true;
        o.fixes = {FixKind::WeightToInteger, FixKind::DropExtraKeys};
        m_window->dataset()->runExport(o);
        // The summary is reported when the worker is done (takeLastWarning consumes it, so
        // it is polled by hand rather than with QTRY_*, which evaluates twice).
        QString summary;
        for (int i = 0; i < 200 && summary.isEmpty(); ++i) {
            QTest::qWait(50);
            summary = Dialogs::takeLastWarning();
        }
        QVERIFY2(summary.contains(QStringLiteral("Together's checker would accept it")), qPrintable(summary));
        QCOMPARE(td::test::readFile(o.output).count('\n'), 4);
    }

    // The export dialog shapes the split: near-duplicates found first and kept on one side,
    // strata by format; its choices go through the controller's export to the written files.
    void exportSplitKeepsNearDuplicatesTogether()
    {
        const td::test::NearDupData data = td::test::nearDuplicateData(120, 50, 17);
        const QString path = m_dir.filePath(QStringLiteral("near.jsonl"));
        td::test::writeFile(path, data.jsonl);
        openAndCheck(path);
        const QString out = m_dir.filePath(QStringLiteral("near.clean.jsonl"));
        ExportDialog dialog(out, false, false, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* stratify = dialog.findChild<QComboBox*>(QStringLiteral("exportStratify"));
        auto* groups = dialog.findChild<QComboBox*>(QStringLiteral("exportGroups"));
        auto* groupsFile = dialog.findChild<QLineEdit*>(QStringLiteral("exportGroupsFile"));
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("exportStratifyField"));
        QVERIFY(stratify && groups && groupsFile && field);
        QVERIFY(!stratify->isEnabled() && !groups->isEnabled()); // no split, nothing to shape
        QVERIFY(dialog.splitShape().isPlain());
        QTest::mouseClick(dialog.findChild<QCheckBox*>(QStringLiteral("exportSplit")), Qt::LeftButton);
        QVERIFY(stratify->isEnabled() && groups->isEnabled());
        QVERIFY(!field->isEnabled() && !groupsFile->isEnabled());
        stratify->setCurrentIndex(stratify->findData(int(SplitShape::Strata::Field)));
        QVERIFY(field->isEnabled());
        groups->setCurrentIndex(groups->findData(int(SplitShape::Groups::File)));
        QVERIFY(groupsFile->isEnabled());
        stratify->setCurrentIndex(stratify->findData(int(SplitShape::Strata::Format)));
        groups->setCurrentIndex(groups->findData(int(SplitShape::Groups::NearDuplicates)));
        QVERIFY(!groupsFile->isEnabled());
        const SplitShape shape = dialog.splitShape();
        QCOMPARE(shape.strata, SplitShape::Strata::Format);
        QCOMPARE(shape.groups, SplitShape::Groups::NearDuplicates);
        ExportOptions o = dialog.options();
        o.validOnly = false;
        QVERIFY(o.validationFraction);
        *o.validationFraction = 0.3;
        dialog.close();
        m_window->dataset()->runExport(o, shape);
        QString summary;
        for (int i = 0; i < 400 && summary.isEmpty(); ++i) {
            QTest::qWait(50);
            summary = Dialogs::takeLastWarning();
        }
        QVERIFY2(summary.contains(QStringLiteral("Wrote 170 rows")), qPrintable(summary));
        const QList<QByteArray> validation =
            td::test::readFile(m_dir.filePath(QStringLiteral("near.clean.validation.jsonl"))).split('\n');
        QVERIFY(validation.size() > 20);
        const QList<QByteArray> rows = data.jsonl.split('\n');
        const NearDupResult nd = findNearDuplicates(m_window->session()->document()->snapshot(), {}).value();
        QVERIFY(nd.clusters.size() >= 10);
        int whole = 0;
        for (const NearDupCluster& c : nd.clusters) {
            int in = 0;
            for (std::int64_t r : c.rows)
                in += validation.contains(rows[int(r)]);
            QVERIFY2(in == 0 || in == int(c.rows.size()), "a near-duplicate cluster straddles the split");
            whole += in > 0;
        }
        QVERIFY(whole > 0);
    }
};

QTEST_MAIN(TestChecksPane)
#include "tst_checkspane.moc"
