#include "MainWindow.h"
#include "Mnemonics.h"
#include "Translations.h"
#include "api/client/ModelCatalog.h"
#include "api/connection/ApiContext.h"
#include "core/Money.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/DatasetTableModel.h"
#include "query/FactsSummary.h"
#include "widgets/common/ConnectionsDialog.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/DatasetTableView.h"
#include "widgets/jobs/FineTuneForm.h"
#include "widgets/jobs/JobsPane.h"
#include "widgets/jobs/NewJobDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Some platform themes give standard buttons a mnemonic ("&Speichern"), others do not.
QString shown(const QAbstractButton* button)
{
    return button->text().remove(QLatin1Char('&'));
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    // A one-row German dataset opened in `window` (the workbench's own bars are then shown).
    static bool openAGermanRow(td::MainWindow& window, const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("de.jsonl"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) ||
            f.write("{\"messages\":[{\"role\":\"user\",\"content\":\"Hallo\"},{\"role\":\"assistant\",\"content\":"
                    "\"Hi\"}]}\n") < 0)
            return false;
        f.close();
        window.openFile(path);
        return window.session()->document()->waitForIndexed();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        td::Settings::createTempFileInstance();
    }

    // Runs first: translators stack, the last installed wins.
    void aLanguageWithoutTranslationGetsEnglishPlurals()
    {
        QCOMPARE(td::installTranslations(qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        const char* text = "%n endpoint(s) running: $%1/h";
        QCOMPARE(QCoreApplication::translate("td::EndpointsPane", text, nullptr, 1),
                 QStringLiteral("1 endpoint running: $%1/h"));
        QCOMPARE(QCoreApplication::translate("td::EndpointsPane", text, nullptr, 3),
                 QStringLiteral("3 endpoints running: $%1/h"));
        QCOMPARE(QCoreApplication::translate("td::MainWindow", "%Ln row(s)", nullptr, 1), QStringLiteral("1 row"));
    }

    void germanIsLoadedAndUsed()
    {
        QCOMPARE(td::installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
        td::MainWindow window;
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(','))));
        QVERIFY(menus.contains(QStringLiteral("&Bearbeiten")));
        QStringList help;
        for (QAction* a : window.menuBar()->actions()) {
            if (a->text() == QStringLiteral("&Hilfe"))
                for (QAction* item : a->menu()->actions())
                    help << item->text();
        }
        QVERIFY2(help.contains(QStringLiteral("&Erste Schritte")), qPrintable(help.join(QLatin1Char(','))));
        QVERIFY(help.contains(QStringLiteral("&Tastenkürzel")));
        QCOMPARE(td::MainWindow::tr("Open a JSONL dataset (Ctrl+O) or drop one here."),
                 QStringLiteral("Öffnen Sie einen JSONL-Datensatz (Strg+O) oder legen Sie ihn hier ab."));
        QCOMPARE(QCoreApplication::translate("td::EndpointsPane", "%n endpoint(s) running: $%1/h", nullptr, 1),
                 QStringLiteral("1 Endpunkt läuft: %1 $/h"));
    }

    // German texts choose their own Alt+letters: within each pane (and the Checks beside the
    // Dataset pane) no two controls may share one, or the key only moves between them.
    void germanMnemonicsDoNotClash()
    {
        QCOMPARE(td::installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
        td::MainWindow window(nullptr, new td::MemorySecretStore);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // With a file open: the workbench's own bars are in the window (Alt+E went to "Eingaben
        // trainieren" instead of the Einstellungen menu).
        QTemporaryDir dir;
        QVERIFY(openAGermanRow(window, dir));
        QCoreApplication::processEvents();
        QStringList clashes;
        for (int i = 0; i < window.panes()->count(); ++i) {
            window.panes()->setCurrentIndex(i);
            QCoreApplication::processEvents();
            clashes += td::test::clashingMnemonics(window.panes()->tabText(i), &window); // menus, docks too
        }
        for (const QString& c : clashes)
            qWarning().noquote() << c;
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        td::Dialogs::setNextAnswer(QMessageBox::Discard);
    }

    // The API key field keeps room to see what was pasted (German buttons squeezed it to 25 px).
    void germanConnectionsDialogShowsTheKey()
    {
        QCOMPARE(td::installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
        td::MainWindow window(nullptr, new td::MemorySecretStore);
        td::ConnectionsDialog dialog(window.api()->profiles(), window.api()->transport(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* key = dialog.findChild<QLineEdit*>(QStringLiteral("apiKeyField"));
        QVERIFY(key);
        QVERIFY2(key->width() >= key->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30,
                 qPrintable(QString::number(key->width())));
    }

    // The German New Fine-Tune form fits its column: nothing of it hides behind a sideways
    // scroll bar (its Choose… buttons were cut to "Auswä").
    void germanNewFineTuneFormFitsItsColumn()
    {
        QCOMPARE(td::installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
        td::NewJobDialog dialog(nullptr, td::ModelCatalog::bundled());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* form = dialog.findChild<td::FineTuneForm*>();
        QVERIFY(form);
        auto* scroll = qobject_cast<QScrollArea*>(form->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QTRY_VERIFY2(form->width() >= form->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1 of %2 px").arg(form->width()).arg(form->minimumSizeHint().width())));
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY(dialog.width() <= 1280);
    }

    // German texts are longer: with the Statistics beside the workbench the window still fits
    // a 1280-pixel screen (it grew to 1374 px and did not come back).
    void germanStatisticsFitASmallScreen()
    {
        QCOMPARE(td::installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
        td::MainWindow window(nullptr, new td::MemorySecretStore);
        window.resize(1280, 740);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        QVERIFY(openAGermanRow(window, dir));
        auto* stats = window.findChild<QDockWidget*>(QStringLiteral("statisticsDock"));
        QVERIFY(stats);
        stats->show();
        QTRY_VERIFY(stats->isVisible());
        QCoreApplication::processEvents();
        const int least = window.minimumSizeHint().expandedTo(window.minimumSize()).width();
        QVERIFY2(least <= 1280 - 60, qPrintable(QString::number(least))); // room for larger fonts on a desktop
        QCOMPARE(td::formatDollars(0.19), QStringLiteral("0,19 $"));
        // The table's Format column holds "ungültiges JSON" whole (it showed "ungültiges JS…").
        QHeaderView* columns = window.datasetPane()->tableView()->horizontalHeader();
        QVERIFY(columns->sectionSize(td::DatasetTableModel::FormatColumn) >=
                columns->fontMetrics().horizontalAdvance(QStringLiteral("ungültiges JSON")));
        // Text the model layer words through its own tr() helpers is German too (their context
        // did not match the one lupdate filed them under, so the charts' titles stayed English).
        const td::FactsSummary facts = td::summarizeFacts({}, nullptr);
        QVERIFY(!facts.charts.empty());
        QCOMPARE(facts.charts.front().title, QStringLiteral("Zeilen pro Format"));
        td::Dialogs::setNextAnswer(QMessageBox::Discard);
    }

    // German headers are longer: the job list's are shown whole, also before any job is listed
    // ("Feinabgestimmtes Modell" was cut to "abgestimmtes M").
    void germanJobHeadersAreNotClipped()
    {
        QCOMPARE(td::installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
        td::MainWindow window(nullptr, new td::MemorySecretStore);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView* header = window.jobsPane()->table()->horizontalHeader();
        QAbstractItemModel* model = window.jobsPane()->table()->model();
        for (int i = 0; i < model->columnCount(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = model->headerData(i, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(i) >= header->fontMetrics().horizontalAdvance(text),
                     qPrintable(QStringLiteral("%1: %2 px").arg(text).arg(header->sectionSize(i))));
        }
        td::Dialogs::setNextAnswer(QMessageBox::Discard);
    }

    // Qt's own texts (qtbase_de.qm from qt6-translations-l10n) come with ours: the standard
    // buttons of every question TuneDesk asks are German too, not "Save" among German words.
    void qtsOwnButtonsAreGerman()
    {
        QCOMPARE(td::installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        QCOMPARE(shown(box.button(QMessageBox::Save)), QStringLiteral("Speichern"));
        QCOMPARE(shown(box.button(QMessageBox::Discard)), QStringLiteral("Verwerfen"));
        QCOMPARE(shown(box.button(QMessageBox::Cancel)), QStringLiteral("Abbrechen"));
        QDialogButtonBox buttons(QDialogButtonBox::Open | QDialogButtonBox::Close);
        QCOMPARE(shown(buttons.button(QDialogButtonBox::Open)), QStringLiteral("Öffnen"));
        QCOMPARE(shown(buttons.button(QDialogButtonBox::Close)), QStringLiteral("Schließen"));
        // Qt's own file dialog, where no desktop one is available.
        QFileDialog files(nullptr, QStringLiteral("t"));
        files.setOption(QFileDialog::DontUseNativeDialog);
        auto* lookIn = files.findChild<QLabel*>(QStringLiteral("lookInLabel"));
        QVERIFY(lookIn);
        QCOMPARE(lookIn->text().remove(QLatin1Char('&')), QStringLiteral("Suchen in:"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
