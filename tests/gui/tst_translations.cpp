#include "MainWindow.h"
#include "Translations.h"
#include "core/Settings.h"

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

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
        QCOMPARE(QCoreApplication::translate("td::MainWindow", "%n row(s)", nullptr, 1), QStringLiteral("1 row"));
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
        QCOMPARE(td::MainWindow::tr("Open a JSONL dataset (Ctrl+O) or drop one here."),
                 QStringLiteral("Öffnen Sie einen JSONL-Datensatz (Strg+O) oder legen Sie ihn hier ab."));
        QCOMPARE(QCoreApplication::translate("td::EndpointsPane", "%n endpoint(s) running: $%1/h", nullptr, 1),
                 QStringLiteral("1 Endpunkt läuft: %1 $/h"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
