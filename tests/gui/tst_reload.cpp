#include "TestFiles.h"

#include "MainWindow.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/DatasetTableView.h"
#include "widgets/dataset/FindBar.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using td::test::readFile;
using td::test::writeFile;

namespace {
const QByteArray kA = "{\"text\":\"alpha\"}";
const QByteArray kB = "{\"text\":\"bravo\"}";
const QByteArray kC = "{\"text\":\"charlie\"}";
const QByteArray kMine = "{\"text\":\"my edit\"}";
} // namespace

// Issue 13 defect 11: another program changes the open file in place. Save As to another path
// writes the rows as shown (as Export does), and File > Reload reads the file again, keeping
// the unsaved edits if the user wants them (applied again by row number; what no longer fits
// is said).
class TestReload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    DatasetDocument* doc() const { return m_window->session()->document(); }

    QAction* action(const char* name) const { return m_window->findChild<QAction*>(QString::fromLatin1(name)); }

    // Another program writes `bytes` over the start of the file: same inode, same length.
    static void rewriteInPlace(const QString& path, qint64 at, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(at));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();
    }

    void openWithAnEdit(const QString& path)
    {
        writeFile(path, kA + "\n" + kB + "\n" + kC + "\n");
        m_window->openFile(path);
        QVERIFY(doc()->waitForIndexed());
        QCoreApplication::processEvents();
        m_window->session()->editRow(1, kMine);
        QVERIFY(m_window->session()->isModified());
    }

    // Triggers a menu action the way the menu does, after checking it is there and enabled.
    void trigger(const char* name)
    {
        QAction* a = action(name);
        QVERIFY2(a, name);
        QVERIFY2(a->isEnabled(), name);
        bool inFileMenu = false;
        for (QAction* top : m_window->menuBar()->actions())
            if (top->menu() && top->menu()->actions().contains(a))
                inFileMenu = true;
        QVERIFY2(inFileMenu, name);
        a->trigger();
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
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        Dialogs::setNextAnswer(QMessageBox::Discard);
        m_window->close();
        m_window.reset();
    }

    void saveAsAnotherPathWorksAfterAnInPlaceChange()
    {
        const QString path = m_dir.filePath(QStringLiteral("inplace.jsonl"));
        openWithAnEdit(path);
        Dialogs::setNextAnswer(QMessageBox::No); // "File changed on disk: reload?" Not now.
        rewriteInPlace(path, 9, "ALPHA");        // {"text":"ALPHA"}
        QTRY_VERIFY(doc()->isModifiedInPlace());
        // Save over the rewritten file stays refused, and says what to do instead.
        Dialogs::takeLastWarning();
        QSignalSpy refused(doc(), &DatasetDocument::saveFailed);
        trigger("actionSave");
        QCOMPARE(refused.size(), 1);
        QVERIFY(Dialogs::takeLastWarning().contains(QStringLiteral("another name")));
        // Save As to another path writes the rows as shown, and that file is then the open one.
        const QString other = m_dir.filePath(QStringLiteral("copy.jsonl"));
        Dialogs::setNextFileName(other);
        trigger("actionSaveAs");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(other), 5000);
        QTRY_COMPARE(QFileInfo(doc()->path()).absoluteFilePath(), QFileInfo(other).absoluteFilePath());
        QVERIFY(doc()->waitForIndexed());
        QCOMPARE(readFile(other), QByteArray("{\"text\":\"ALPHA\"}\n") + kMine + "\n" + kC + "\n");
        QVERIFY(!doc()->isModifiedInPlace());
        QVERIFY(!m_window->session()->isModified());
        QCOMPARE(doc()->row(1), kMine);
    }

    void reloadKeepsTheUnsavedEdits()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.jsonl"));
        openWithAnEdit(path);
        Dialogs::setNextAnswer(QMessageBox::No);
        rewriteInPlace(path, 9, "ALPHA");
        QTRY_VERIFY(doc()->isModifiedInPlace());
        // A search was shown before the reload.
        FindBar* find = m_window->datasetPane()->findBar();
        find->setText(QStringLiteral("text"));
        QTest::keyClick(find->findChild<QLineEdit*>(QStringLiteral("findLineEdit")), Qt::Key_Return);
        QTRY_VERIFY(!find->resultText().isEmpty());
        Dialogs::setNextAnswer(QMessageBox::Yes); // keep my edits
        Dialogs::takeLastWarning();
        trigger("actionReload");
        QVERIFY(doc()->waitForIndexed());
        QTRY_COMPARE(doc()->row(1), kMine);
        // The reload dropped the search's filter, and the find bar no longer claims its matches.
        QVERIFY2(find->resultText().isEmpty(), qPrintable(find->resultText()));
        QCOMPARE(m_window->datasetPane()->tableView()->model()->rowCount(), 3);
        QCOMPARE(doc()->row(0), QByteArray("{\"text\":\"ALPHA\"}")); // the other program's change
        QCOMPARE(doc()->row(2), kC);
        QVERIFY(!doc()->isModifiedInPlace());
        QVERIFY(m_window->session()->isModified());
        const QString said = Dialogs::takeLastWarning();
        QVERIFY2(said.contains(QStringLiteral("with your unsaved edits applied to it again (1 of 1")),
                 qPrintable(said));
        // Now it saves over the reloaded file: the other program's row and mine.
        QSignalSpy saved(doc(), &DatasetDocument::saved);
        trigger("actionSave");
        QVERIFY(saved.wait(5000));
        QCOMPARE(readFile(path), QByteArray("{\"text\":\"ALPHA\"}\n") + kMine + "\n" + kC + "\n");
    }

    void reloadSaysWhichEditsCannotBeKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("shorter.jsonl"));
        openWithAnEdit(path);
        m_window->session()->editRow(2, kMine);
        Dialogs::setNextAnswer(QMessageBox::No);
        writeFile(path, kA + "\n"); // another program leaves one row
        QTRY_VERIFY(!doc()->isUnchangedOnDisk());
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::takeLastWarning();
        trigger("actionReload");
        QVERIFY(doc()->waitForIndexed());
        QTRY_VERIFY(doc()->rowCount() == 1);
        const QString said = Dialogs::takeLastWarning();
        QVERIFY2(said.contains(QStringLiteral("0 of your unsaved edits were applied")) &&
                     said.contains(QStringLiteral("2 could not be")),
                 qPrintable(said));
        QCOMPARE(doc()->rowCount(), 1);
        QCOMPARE(doc()->row(0), kA);
    }

    void reloadCanDiscardTheEdits()
    {
        const QString path = m_dir.filePath(QStringLiteral("discard.jsonl"));
        openWithAnEdit(path);
        Dialogs::setNextAnswer(QMessageBox::Discard);
        trigger("actionReload");
        QVERIFY(doc()->waitForIndexed());
        QTRY_COMPARE(doc()->row(1), kB);
        QVERIFY(!m_window->session()->isModified());
    }
};

QTEST_MAIN(TestReload)
#include "tst_reload.moc"
