// bench_eval: an evaluation run of ROWS rows x 3 models against tunedesk-emulator (in its own
// process), and beside it, in the same run, the emulator's own capacity: the same number of
// chat requests sent with the same concurrency by bare API calls, without the engine (row
// cutting, lanes, journal with fdatasync). Prints one JSON line.
//   bench_eval [--rows 2000] [--concurrency 8] [--answer-delay MS]
#include "api/http/CurlTransport.h"
#include "eval/EvalRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <nlohmann/json.hpp>

using namespace td;

namespace {

const QStringList kModels{QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"),
                          QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"),
                          QStringLiteral("meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo")};

QByteArray chatBody(const QString& model, int i)
{
    return QByteArray::fromStdString(nlohmann::json{
        {"model", model.toStdString()},
        {"messages", {{{"role", "user"}, {"content", "question " + std::to_string(i)}}}},
        {"max_tokens", 64},
        {"seed", 1}}.dump());
}

// The emulator's capacity: `total` requests, `concurrency` in flight, nothing else done.
double bareRequestsPerSecond(HttpTransport* transport, const Connection& c, int total, int concurrency)
{
    int started = 0, done = 0;
    QElapsedTimer t;
    t.start();
    std::function<void()> next = [&] {
        if (started >= total)
            return;
        const int i = started++;
        auto* r = new ApiRequest(transport, c,
                                 ApiRequest::jsonRequest(c, "POST", QStringLiteral("chat/completions"),
                                                         chatBody(kModels[i % kModels.size()], i)),
                                 true);
        QObject::connect(r, &ApiRequest::finished, r, [&, r](const ApiRequest::Outcome&) {
            r->deleteLater();
            ++done;
            if (done == total)
                QCoreApplication::exit(0);
            else
                next();
        });
        r->start();
    };
    for (int k = 0; k < concurrency; ++k)
        next();
    QCoreApplication::exec();
    return total / (double(t.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows"), QStringLiteral("N"),
                                        QStringLiteral("2000"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QStringLiteral("Per model"),
                                               QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption delayOption(QStringLiteral("answer-delay"), QStringLiteral("Emulated generation, ms"),
                                         QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({rowsOption, concurrencyOption, delayOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int perModel = parser.value(concurrencyOption).toInt();
    QTextStream err(stderr);

    QProcess emulator;
    emulator.start(QStringLiteral(TD_EMULATOR_PATH), {QStringLiteral("--port"), QStringLiteral("0"),
                                                      QStringLiteral("--answer-delay"), parser.value(delayOption)});
    if (!emulator.waitForReadyRead(10000)) {
        err << "bench_eval: the emulator did not start\n";
        return 1;
    }
    Connection c;
    c.baseUrl = QUrl(QString::fromLatin1(emulator.readLine().trimmed()));
    c.apiKey = QStringLiteral("bench");
    CurlTransport transport;

    QTemporaryDir dir;
    QFile data(dir.filePath(QStringLiteral("heldout.jsonl")));
    if (!data.open(QIODevice::WriteOnly))
        return 1;
    for (int i = 0; i < rows; ++i)
        data.write("{\"messages\":[{\"role\":\"user\",\"content\":\"question " + QByteArray::number(i) +
                   "\"},{\"role\":\"assistant\",\"content\":\"answer " + QByteArray::number(i) + "\"}]}\n");
    data.close();

    const int total = rows * int(kModels.size());
    // Warm up the connections, then the emulator's capacity with the same concurrency.
    bareRequestsPerSecond(&transport, c, 30, 3 * perModel);
    const double bare = bareRequestsPerSecond(&transport, c, total, 3 * perModel);

    EvalDefinition d;
    d.datasetPath = data.fileName();
    for (const QString& m : kModels)
        d.models.append(EvalModel{QStringLiteral("together"), m, false, perModel});
    d.parameters.seed = 1;
    d.parameters.maxTokens = 64;
    const EvalStore store(dir.filePath(QStringLiteral("evals")));
    QElapsedTimer t;
    t.start();
    const auto chosen = EvalRows::read(d);
    const auto id = chosen ? store.create(d, *chosen) : Result<QString>(chosen.error());
    if (!id) {
        err << "bench_eval: " << id.error().message << "\n";
        return 1;
    }
    EvalRunner runner(&transport, store, *id, [c](const EvalModel&) { return c; });
    // Whole answers, as the bare requests it is compared with ask (bench_eval_gui streams).
    runner.setStreaming(false);
    QObject::connect(&runner, &EvalRunner::finished, &app, [] { QCoreApplication::exit(0); });
    if (!runner.start())
        return 1;
    app.exec();
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    const double engine = total / seconds;
    nlohmann::ordered_json j = {{"bench", "eval"},
                                {"rows", rows},
                                {"models", kModels.size()},
                                {"requests", total},
                                {"answered", runner.answered()},
                                {"failed", runner.failed()},
                                {"concurrency_per_model", perModel},
                                {"seconds", seconds},
                                {"engine_requests_per_s", engine},
                                {"emulator_requests_per_s", bare},
                                {"engine_share_of_capacity", engine / bare}};
    QTextStream(stdout) << QString::fromStdString(j.dump()) << Qt::endl;
    emulator.kill();
    emulator.waitForFinished();
    return runner.answered() == total ? 0 : 1;
}
