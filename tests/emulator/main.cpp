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
    const QCommandLineOption legacy(QStringLiteral("legacy-endpoint"),
                                    QStringLiteral("Start with a running dedicated endpoint v1 of MODEL, made before "
                                                   "v1 creation was retired (repeatable)"),
                                    QStringLiteral("MODEL"));
    const QCommandLineOption validationPolls(
        QStringLiteral("validation-polls"),
        QStringLiteral("Answers about an uploaded fine-tune file before its validation verdict (PENDING, then RUNNING; "
                       "default 2, 0: at once)"),
        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption balance(QStringLiteral("balance"), QStringLiteral("Account balance in dollars (0)"),
                                     QStringLiteral("USD"), QStringLiteral("0"));
    const QCommandLineOption creditLimit(QStringLiteral("credit-limit"),
                                         QStringLiteral("Credit limit in dollars (1000)"), QStringLiteral("USD"),
                                         QStringLiteral("1000"));
    const QCommandLineOption jobMinimum(QStringLiteral("job-minimum"),
                                        QStringLiteral("Minimum charge of every fine-tune in dollars (0)"),
                                        QStringLiteral("USD"), QStringLiteral("0"));
    const QCommandLineOption rate429(QStringLiteral("fault-rate-429"),
                                     QStringLiteral("Share of chat requests answered 429 with retry-after (0 to 1)"),
                                     QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption rate5xx(QStringLiteral("fault-rate-5xx"),
                                     QStringLiteral("Share of chat requests answered 500 or 503 (0 to 1)"),
                                     QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
                                       QStringLiteral("Seed of the injected faults, for repeatable runs"),
                                       QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption jobPolls(QStringLiteral("job-polls"),
                                      QStringLiteral("Answers about an evaluation or a batch before it is done (2)"),
                                      QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption answerDelay(QStringLiteral("answer-delay"),
                                         QStringLiteral("Milliseconds before a whole chat answer is sent (0)"),
                                         QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption demoJobs(
        QStringLiteral("demo-jobs"),
        QStringLiteral("Start with the demo's account: an uploaded dataset, one finished job and one training"));
    const QCommandLineOption hubFiles(
        QStringLiteral("hub-files"),
        QStringLiteral("Also be a Hugging Face Hub (HF_ENDPOINT=http://127.0.0.1:PORT) whose repositories hold the "
                       "tokenizer files of DIR"),
        QStringLiteral("DIR"));
    parser.addOptions({hubFiles, demoJobs, answerDelay, port, fault, interval, speed, answerWords, validationPolls,
                       balance, creditLimit, jobMinimum, legacy, rate429, rate5xx, faultSeed, jobPolls});
    parser.process(app);
    td::emu::EmulatorServer server;
    if (parser.isSet(fault))
        server.setFaultForEveryRequest(td::emu::EmulatorServer::faultFromName(parser.value(fault).toLatin1()));
    server.setTokenIntervalMs(parser.value(interval).toInt());
    server.setSpeed(qMax(0.01, parser.value(speed).toDouble()));
    server.setAnswerWords(parser.value(answerWords).toInt());
    server.setValidationPolls(parser.value(validationPolls).toInt());
    server.setBalance(parser.value(balance).toDouble());
    server.setCreditLimit(parser.value(creditLimit).toDouble());
    server.setJobMinimum(parser.value(jobMinimum).toDouble());
    server.setFaultRates(parser.value(rate429).toDouble(), parser.value(rate5xx).toDouble(),
                         parser.value(faultSeed).toULongLong());
    server.setAnswerDelayMs(parser.value(answerDelay).toInt());
    server.setJobPolls(parser.value(jobPolls).toInt());
    if (parser.isSet(demoJobs))
        server.addDemoJobs();
    if (parser.isSet(hubFiles))
        server.setHubFiles(parser.value(hubFiles));
    for (const QString& model : parser.values(legacy))
        server.addLegacyEndpoint(model.toStdString(), "1x_nvidia_h100_80gb_sxm", true);
    if (!server.start(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "tunedesk-emulator: cannot listen: " << server.errorString() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << server.baseUrl() << Qt::endl;
    return app.exec();
}
