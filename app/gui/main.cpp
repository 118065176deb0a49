#include "MainWindow.h"
#include "Translations.h"
#include "widgets/common/Appearance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

namespace {

// --version and --help only print: they are answered before the GUI exists, so they work
// without a display (a package's smoke test, a shell on a server).
bool onlyPrints(QCommandLineParser& parser, int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return parser.parse(args) && (parser.isSet(QStringLiteral("version")) || parser.isSet(QStringLiteral("help")) ||
                                  parser.isSet(QStringLiteral("help-all")));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("tunedesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("TuneDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TD_VERSION));

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
    if (onlyPrints(parser, argc, argv)) {
        QCoreApplication app(argc, argv);
        parser.process(app); // prints and exits
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("TuneDesk"));
    QApplication::setDesktopFileName(QStringLiteral("io.tunedesk.TuneDesk"));
    parser.process(app);

    td::installTranslations(&app, parser.value(lang));
    td::Appearance::instance()->applySaved();

    td::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().front());
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    return app.exec();
}
