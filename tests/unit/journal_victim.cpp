// Helper for tst_killrecovery: opens a dataset, makes edits, says "ready" and waits to be
// killed with SIGKILL. Usage: journal_victim FILE
#include "dataset/DatasetDocument.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // Journals live in the application's data folder: both processes must be "the app".
    QCoreApplication::setApplicationName(QStringLiteral("tunedesk"));
    td::DatasetDocument doc;
    doc.open(QString::fromLocal8Bit(argv[1]));
    if (!doc.waitForIndexed())
        return 1;
    doc.replaceRow(0, "{\"text\":\"edited before the kill\"}");
    doc.insertRows(1, {"{\"text\":\"inserted\"}"});
    doc.removeRows(2, 1);
    QTextStream(stdout) << "ready" << Qt::endl;
    for (;;)
        QThread::sleep(1);
}
