// tunedesk-emulator: a local Together-compatible API server for tests and offline demos.
#include "EmulatorServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tunedesk-emulator"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local Together-compatible API server for tests and demos."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free port)"),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Inject a fault into every request: 429, 500-text, 503, "
                       "error-mid-stream, cut-stream, slow-first-byte, drop-upload, cut-download, stall, "
                       "drop-answer"),
        QStringLiteral("MODE"));
    const QCommandLineOption interval(QStringLiteral("token-interval"), QStringLiteral("Milliseconds between tokens"),
                                      QStringLiteral("MS"), QStringLiteral("5"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("How much faster than real time jobs and endpoints move (default 1)"),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption answerWords(QStringLiteral("answer-words"),
                                         QStringLiteral("Pad chat answers with Markdown to N words (benchmarks)"),
                                         QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({port, fault, interval, speed, answerWords});
    parser.process(app);
    td::emu::EmulatorServer server;
    if (parser.isSet(fault))
        server.setFaultForEveryRequest(td::emu::EmulatorServer::faultFromName(parser.value(fault).toLatin1()));
    server.setTokenIntervalMs(parser.value(interval).toInt());
    server.setSpeed(qMax(0.01, parser.value(speed).toDouble()));
    server.setAnswerWords(parser.value(answerWords).toInt());
    if (!server.start(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "tunedesk-emulator: cannot listen: " << server.errorString() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << server.baseUrl() << Qt::endl;
    return app.exec();
}
