#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tunedesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TuneDesk"));
    QApplication::setOrganizationName(QStringLiteral("TuneDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.tunedesk.TuneDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TuneDesk: a desktop studio for fine-tuning LLMs"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("User interface language (e.g. de, en)"),
                                  QStringLiteral("code"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       QStringLiteral("Quit after this many milliseconds (for screenshots)"),
                                       QStringLiteral("ms"));
    parser.addOption(lang);
    parser.addOption(quitAfter);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A .jsonl or .jsonl.zst dataset to open"));
    parser.process(app);

    td::installTranslations(&app, parser.value(lang));

    td::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().front());
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    return app.exec();
}
