#include "TestFiles.h"

#include "MainWindow.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/ColumnRoles.h"
#include "widgets/dataset/ImportDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

// File > Import…: the detected format and mapping shown and changeable, the preview before
// and after, the refused rows listed after the import, cancel, every control named and on
// the keyboard's tab chain, and the converted file opening in the workbench.
class TestImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;

    template<typename T>
    static T* child(QWidget* w, const char* name)
    {
        return w->findChild<T*>(QString::fromLatin1(name));
    }

    static QString cell(QTableWidget* t, int row, int col)
    {
        return t->item(row, col) ? t->item(row, col)->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::createTempFileInstance();
        QVERIFY(m_dir.isValid());
        QVERIFY(td::test::writeFile(m_dir.filePath(QStringLiteral("chat.jsonl")),
                                    "{\"messages\":[{\"role\":\"user\",\"content\":\"Q\"},{\"role\":\"assistant\","
                                    "\"content\":\"A\"}]}\n"));
        m_csv = m_dir.filePath(QStringLiteral("qa.csv"));
        QVERIFY(td::test::writeFile(m_csv, "question,answer\n\"Hi, you\",Hello\n\"2+2\",\"4\nfor sure\"\nonly one\n"
                                           "q,a\n"));
    }

    void showsDetectionAndPreview()
    {
        ImportDialog d(nullptr, m_csv);
        auto* format = child<QComboBox>(&d, "importFormat");
        auto* mapping = child<QLineEdit>(&d, "importMapping");
        auto* detected = child<QLabel>(&d, "importDetected");
        auto* preview = child<QTableWidget>(&d, "importPreview");
        QCOMPARE(format->currentIndex(), 0); // detect automatically
        QCOMPARE(d.detection().format, ImportFormat::Csv);
        QVERIFY2(detected->text().contains(QLatin1String("CSV")), qPrintable(detected->text()));
        QVERIFY(detected->text().contains(QLatin1String("75%")));
        QCOMPARE(mapping->text(), QStringLiteral("user=question,assistant=answer"));
        QCOMPARE(child<QLineEdit>(&d, "importOutput")->text(), m_dir.filePath(QStringLiteral("qa.together.jsonl")));
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(cell(preview, 0, 0), QStringLiteral("2"));
        QCOMPARE(cell(preview, 0, 1), QStringLiteral("Hi, you | Hello"));
        QCOMPARE(cell(preview, 0, 2), QStringLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi, you\"},"
                                                     "{\"role\":\"assistant\",\"content\":\"Hello\"}]}"));
        QCOMPARE(cell(preview, 2, 0), QStringLiteral("5"));
        QVERIFY(cell(preview, 2, 2).startsWith(QLatin1String("Not converted: the row has 1 fields")));

        // The mapping is changeable: the preview follows.
        mapping->setText(QStringLiteral("user=answer,assistant=question"));
        emit mapping->editingFinished();
        QVERIFY(cell(preview, 0, 2).contains(QLatin1String("{\"role\":\"user\",\"content\":\"Hello\"}")));
        // So is the format: plain text reads each line.
        format->setCurrentIndex(format->findData(int(ImportFormat::Text)));
        emit format->activated(format->currentIndex());
        QCOMPARE(d.detection().format, ImportFormat::Text);
        QCOMPARE(cell(preview, 0, 2), QStringLiteral("{\"text\":\"question,answer\"}"));
    }

    void importListsRefusedRowsAndOffersTheFile()
    {
        ImportDialog d(nullptr, m_csv);
        d.show();
        auto* open = child<QPushButton>(&d, "importOpen");
        QVERIFY(!open->isVisible());
        QSignalSpy finished(&d, &ImportDialog::importFinished);
        child<QPushButton>(&d, "importStart")->click();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        auto* refused = child<QListWidget>(&d, "importRefused");
        QCOMPARE(refused->count(), 1);
        QVERIFY(refused->item(0)->text().startsWith(QLatin1String("Line 5:")));
        QVERIFY(child<QLabel>(&d, "importStatus")->text().contains(QLatin1String("Wrote 3 conversational rows")));
        QVERIFY(open->isVisible() && open->isEnabled());
        QCOMPARE(d.outputPath(), m_dir.filePath(QStringLiteral("qa.together.jsonl")));
        QCOMPARE(td::test::readFile(d.outputPath()).count('\n'), 3);
        // Another input: what was written before is not offered for it.
        d.setInput(m_csv);
        QVERIFY(!open->isVisible());
    }

    // A table's header row with a choice under each column: choosing from the keyboard remakes
    // the mapping (a system column goes first, wherever it is) and the preview follows.
    void columnsChooseWhatEachBecomes()
    {
        const QString csv = m_dir.filePath(QStringLiteral("three.csv"));
        QVERIFY(td::test::writeFile(csv, "question,answer,persona\nHi,Hello,Be kind.\n"));
        ImportDialog d(nullptr, csv);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* box = child<QGroupBox>(&d, "importColumns");
        QVERIFY(box->isVisible());
        auto* columns = box->findChild<ColumnRoles*>();
        QVERIFY(columns);
        QCOMPARE(columns->choiceOf(0)->currentData().toString(), QStringLiteral("user"));
        QCOMPARE(columns->choiceOf(1)->currentData().toString(), QStringLiteral("assistant"));
        QCOMPARE(columns->choiceOf(2)->currentText(), QStringLiteral("Not imported"));
        // Each choice is read with its column's name.
        QVERIFY2(columns->choiceOf(2)->accessibleName().contains(QLatin1String("persona")),
                 qPrintable(columns->choiceOf(2)->accessibleName()));
        QComboBox* persona = columns->choiceOf(2);
        persona->setFocus();
        QTest::keyClick(persona, Qt::Key_Down); // Not imported -> System message
        QCOMPARE(persona->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(child<QLineEdit>(&d, "importMapping")->text(),
                 QStringLiteral("system=persona,user=question,assistant=answer"));
        auto* preview = child<QTableWidget>(&d, "importPreview");
        QCOMPARE(cell(preview, 0, 2), QStringLiteral("{\"messages\":[{\"role\":\"system\",\"content\":\"Be kind.\"},"
                                                     "{\"role\":\"user\",\"content\":\"Hi\"},"
                                                     "{\"role\":\"assistant\",\"content\":\"Hello\"}]}"));
        QVERIFY(persona->hasFocus()); // the keyboard stays where it was
        // Tab goes from the mapping to the column choices, before the preview.
        child<QLineEdit>(&d, "importMapping")->setFocus();
        QTest::keyClick(child<QLineEdit>(&d, "importMapping"), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), columns->choiceOf(0));
        // A mapping typed by hand sets the choices too.
        auto* mapping = child<QLineEdit>(&d, "importMapping");
        mapping->setText(QStringLiteral("user=2,assistant=1"));
        emit mapping->editingFinished();
        QCOMPARE(columns->choiceOf(0)->currentData().toString(), QStringLiteral("assistant"));
        QCOMPARE(columns->choiceOf(1)->currentData().toString(), QStringLiteral("user"));
        QCOMPARE(columns->choiceOf(2)->currentData().toString(), QString());
        // JSON formats have no columns.
        d.setInput(m_dir.filePath(QStringLiteral("chat.jsonl")));
        QVERIFY(!box->isVisible());
    }

    // Typing in the mapping or file box: Import waits until what is typed has been tried (it
    // wrote with a mapping the preview had not), a path with no file says so and shows nothing
    // of the file before.
    void typingIsTriedBeforeImporting()
    {
        ImportDialog d(nullptr, m_csv);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* start = child<QPushButton>(&d, "importStart");
        auto* mapping = child<QLineEdit>(&d, "importMapping");
        auto* detected = child<QLabel>(&d, "importDetected");
        QVERIFY(start->isEnabled());
        mapping->setFocus();
        mapping->selectAll();
        QTest::keyClicks(mapping, QStringLiteral("user=questoin,assistant=answer"));
        QVERIFY(!start->isEnabled()); // not tried yet
        QTRY_VERIFY2(detected->text().contains(QLatin1String("no column \"questoin\"")), qPrintable(detected->text()));
        QVERIFY(!start->isEnabled());

        auto* input = child<QLineEdit>(&d, "importInput");
        input->setFocus();
        input->selectAll();
        QTest::keyClicks(input, m_dir.filePath(QStringLiteral("nothere.csv")));
        QTRY_VERIFY2(detected->text().startsWith(QLatin1String("There is no file at")), qPrintable(detected->text()));
        QCOMPARE(child<QTableWidget>(&d, "importPreview")->rowCount(), 0);
        QVERIFY(!start->isEnabled());
        input->selectAll();
        QTest::keyClicks(input, m_csv);
        QTRY_COMPARE(child<QTableWidget>(&d, "importPreview")->rowCount(), 4);
        QTRY_VERIFY(start->isEnabled());
    }

    // An existing file is replaced only when the user says so; after the import the dialog's
    // other button closes it.
    void replacingAFileIsAsked()
    {
        const QString out = m_dir.filePath(QStringLiteral("taken.jsonl"));
        QVERIFY(td::test::writeFile(out, "keep me\n"));
        ImportDialog d(nullptr, m_csv);
        d.show();
        d.setOutput(out);
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        d.startImport();
        QVERIFY(Dialogs::takeLastQuestion().contains(QLatin1String("exists")));
        QVERIFY(!d.isRunning());
        QCOMPARE(td::test::readFile(out), QByteArray("keep me\n"));
        auto* other = d.findChild<QDialogButtonBox*>();
        QVERIFY(other);
        QCOMPARE(other->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("&Cancel"));
        QSignalSpy finished(&d, &ImportDialog::importFinished);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        d.startImport();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(td::test::readFile(out).startsWith("{\"messages\""));
        QCOMPARE(other->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("&Close"));
        // Importing again over the file just written asks again (the mapping may have changed).
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        d.startImport();
        QVERIFY(Dialogs::takeLastQuestion().contains(QLatin1String("exists")));
        QVERIFY(!d.isRunning());
    }

    void cancelStopsTheImportAndWritesNothing()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.txt"));
        QByteArray bytes;
        while (bytes.size() < (48 << 20))
            bytes += "A line of plain text to convert and long enough to take a while in bulk.\n";
        QVERIFY(td::test::writeFile(big, bytes));
        ImportDialog d(nullptr, big);
        d.show();
        QSignalSpy finished(&d, &ImportDialog::importFinished);
        d.startImport();
        QVERIFY(d.isRunning());
        d.reject(); // Cancel while converting stops the work; the dialog stays to say so
        QVERIFY(d.isVisible());
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(child<QLabel>(&d, "importStatus")->text().contains(QLatin1String("Cancelled")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("big.together.jsonl"))));
        d.reject();
        QVERIFY(!d.isVisible());
    }

    void everyControlIsNamedAndOnTheTabChain()
    {
        ImportDialog d(nullptr, m_csv);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QStringList unnamed, unreachable;
        QSet<QWidget*> chain;
        QWidget* w = child<QLineEdit>(&d, "importInput");
        for (int i = 0; i < 200 && w; ++i, w = w->nextInFocusChain())
            chain.insert(w);
        for (QWidget* c : d.findChildren<QWidget*>()) {
            const bool interactive = qobject_cast<QAbstractButton*>(c) || qobject_cast<QLineEdit*>(c) ||
                                     qobject_cast<QComboBox*>(c) || qobject_cast<QAbstractItemView*>(c);
            if (!c->isVisibleTo(&d) || !interactive || c->focusPolicy() == Qt::NoFocus)
                continue;
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(c);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << c->objectName() + QLatin1Char(' ') + QString::fromLatin1(c->metaObject()->className());
            if (!chain.contains(c))
                unreachable << c->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QLatin1String(", "))));
    }

    void fileMenuImportOpensTheResultInTheWorkbench()
    {
        MainWindow window(nullptr, new MemorySecretStore);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionImport"));
        QVERIFY(action);
        action->trigger();
        ImportDialog* d = nullptr;
        QTRY_VERIFY((d = window.findChild<ImportDialog*>()) != nullptr);
        const QString out = m_dir.filePath(QStringLiteral("menu.jsonl"));
        d->setInput(m_csv);
        d->setOutput(out);
        QSignalSpy finished(d, &ImportDialog::importFinished);
        d->startImport();
        QTRY_COMPARE(finished.count(), 1);
        child<QPushButton>(d, "importOpen")->click();
        QTRY_COMPARE(window.session()->document()->path(), out);
        QVERIFY(window.session()->document()->waitForIndexed());
        QCOMPARE(window.session()->document()->rowCount(), 3);
        Dialogs::setNextAnswer(QMessageBox::Discard);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
