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
    void germanIsLoadedAndUsed()
    {
        QStandardPaths::setTestModeEnabled(true);
        td::Settings::createTempFileInstance();
        QCOMPARE(td::installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
        td::MainWindow window;
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(','))));
        QVERIFY(menus.contains(QStringLiteral("&Bearbeiten")));
        QCOMPARE(td::MainWindow::tr("Open a JSONL dataset (Ctrl+O) or drop one here."),
                 QStringLiteral("Öffnen Sie einen JSONL-Datensatz (Strg+O) oder legen Sie ihn hier ab."));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
