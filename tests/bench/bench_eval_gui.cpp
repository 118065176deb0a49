// bench_eval_gui: the evaluation grid while it fills. tunedesk-emulator (its own process)
// streams the answers of ROWS rows x 3 models into a shown EvalPane, and a 2 ms timer on the
// GUI thread measures how late the event loop gets to it: the longest stall (budget: 16 ms,
// one frame). Beside it, in the same run, the floors: the same timer while idle, and while the
// engine alone (EvalRunner, no grid) runs the same rows on the GUI thread. Also the times to
// open the new run and to reopen the finished one, each to its first paint. Prints one JSON line.
//   bench_eval_gui [--rows 2000] [--concurrency 8] [--token-interval MS] [--idle-seconds S] [--trace MS]
// --trace MS: while the grid fills, every stall longer than MS is printed to stderr with the
// events the GUI thread delivered in it (type, receiver, wall and CPU time, the paints inside):
// what a stall is made of, and whether the thread worked or waited for a core.
#include "api/connection/ApiContext.h"
#include "api/connection/ApiKeyResolver.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "eval/EvalRunner.h"
#include "widgets/eval/EvalGridModel.h"
#include "widgets/eval/EvalGridView.h"
#include "widgets/eval/EvalPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPaintEvent>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <sys/resource.h>
#include <vector>

using namespace td;

namespace {

const QStringList kModels{QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"),
                          QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"),
                          QStringLiteral("meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo")};

struct Stalls
{
    double maxMs = 0;
    double p99Ms = 0;
    int over16 = 0;
    int ticks = 0;
    double seconds = 0;
};

// The CPU time this thread has had: beside an event's wall time, it tells the thread's own work
// from the time it waited for a core (two cores, shared with the transport and the emulator).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Records what the GUI thread delivers (outermost events, the paints inside them) while on.
class EventTrace
{
public:
    bool on = false;
    double stallMs = 0; // a stall at least this long is printed
    // Called by the stall timer: prints what happened since its previous tick if that was long.
    void tick(double latenessMs)
    {
        if (on && latenessMs >= stallMs) {
            QTextStream err(stderr);
            err << "stall " << latenessMs << " ms, " << double(m_since.elapsed()) / 1000 << " s into the fill:\n";
            for (const QString& line : std::as_const(m_lines))
                err << line << '\n';
        }
        m_lines.clear();
    }
    void start(double ms)
    {
        stallMs = ms;
        on = true;
        m_since.start();
    }
    void record(QString line)
    {
        if (on)
            m_lines.append(std::move(line));
    }

private:
    QStringList m_lines;
    QElapsedTimer m_since;
};

EventTrace trace;

// Counts the paints a widget gets.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget* widget) { widget->installEventFilter(this); }
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

// Runs the event loop until `done` (or `limit` seconds), measuring how late a 2 ms timer fires.
template<typename Done>
Stalls measure(double limit, Done done)
{
    constexpr double interval = 2.0;
    std::vector<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(int(interval));
    QEventLoop loop;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, double(now - last) / 1e6 - interval));
        trace.tick(lateness.back());
        last = now;
        if (double(now) / 1e9 >= limit || done())
            loop.quit();
    });
    tick.start();
    loop.exec();
    Stalls s;
    s.seconds = double(clock.nsecsElapsed()) / 1e9;
    s.ticks = int(lateness.size());
    if (lateness.empty())
        return s;
    std::sort(lateness.begin(), lateness.end());
    s.maxMs = lateness.back();
    s.p99Ms = lateness[std::size_t(double(lateness.size() - 1) * 0.99)];
    s.over16 = int(std::count_if(lateness.begin(), lateness.end(), [](double l) { return l > 16.0; }));
    return s;
}

nlohmann::ordered_json toJson(const Stalls& s)
{
    return {{"max_stall_ms", s.maxMs},
            {"p99_stall_ms", s.p99Ms},
            {"stalls_over_16ms", s.over16},
            {"ticks", s.ticks},
            {"seconds", s.seconds}};
}

// Times each event the GUI thread delivers (outermost ones, and the paints inside them) for
// the trace; a cheap event is left out (a stall of many of them says so in its total).
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!trace.on || (depth > 0 && event->type() != QEvent::Paint))
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        const int type = int(event->type());
        const QString name = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char(' ') +
                             receiver->objectName() + QLatin1String(" in ") +
                             (receiver->parent() ? QString::fromLatin1(receiver->parent()->metaObject()->className()) +
                                                       QLatin1Char(' ') + receiver->parent()->objectName()
                                                 : QStringLiteral("-"));
        ++depth;
        const bool r = QApplication::notify(receiver, event);
        --depth;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (ms >= 0.5) {
            QString line = QStringLiteral("%1%2 %3 ms (cpu %4), %5")
                               .arg(depth > 0 ? QStringLiteral("    paint") : QStringLiteral("  event type"))
                               .arg(depth > 0 ? QString() : QLatin1Char(' ') + QString::number(type))
                               .arg(ms, 0, 'f', 2)
                               .arg(threadCpuMs() - cpu, 0, 'f', 2)
                               .arg(name);
            if (depth > 0) {
                const QRect box = static_cast<QPaintEvent*>(event)->region().boundingRect();
                line += QStringLiteral(", %1x%2").arg(box.width()).arg(box.height());
            }
            // Paints are recorded as they end, inside their event: put them after it.
            paints.append(line);
            if (depth == 0) {
                paints.move(paints.size() - 1, 0);
                for (QString& p : paints)
                    trace.record(std::move(p));
                paints.clear();
            }
        }
        return r;
    }

private:
    int depth = 0;
    QStringList paints;
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows"), QStringLiteral("N"),
                                        QStringLiteral("2000"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QStringLiteral("Per model"),
                                               QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption intervalOption(QStringLiteral("token-interval"), QStringLiteral("ms between tokens"),
                                            QStringLiteral("MS"), QStringLiteral("2"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"), QStringLiteral("Idle floor"),
                                        QStringLiteral("S"), QStringLiteral("3"));
    const QCommandLineOption traceOption(QStringLiteral("trace"), QStringLiteral("Print events slower than MS"),
                                         QStringLiteral("MS"));
    parser.addOptions({rowsOption, concurrencyOption, intervalOption, idleOption, traceOption});
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOption).toInt());
    const int perModel = std::max(1, parser.value(concurrencyOption).toInt());
    QTextStream err(stderr);

    QProcess emulator;
    emulator.start(QStringLiteral(TD_EMULATOR_PATH),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token-interval"),
                    parser.value(intervalOption)});
    if (!emulator.waitForReadyRead(10000)) {
        err << "bench_eval_gui: the emulator did not start\n";
        return 1;
    }
    const QString base = QString::fromLatin1(emulator.readLine().trimmed());
    // The server is another machine for a user: here it shares two cores with the GUI, so it
    // yields to it (nice 10) and the stalls measured are the app's own, not the scheduler's.
    ::setpriority(PRIO_PROCESS, id_t(emulator.processId()), 10);

    Settings::createTempFileInstance();
    QTemporaryDir dir;
    auto* secrets = new MemorySecretStore;
    ApiContext* api = ApiContext::createDefault(&app, secrets);
    ConnectionProfile together = *api->profiles()->profile(QStringLiteral("together"));
    together.baseUrl = QUrl(base);
    api->profiles()->save(together);
    bool keyStored = false;
    secrets->write(ApiKeyResolver::keychainKey(QStringLiteral("together")), QStringLiteral("bench"), &app,
                   [&](const Result<void>&) { keyStored = true; });

    QFile data(dir.filePath(QStringLiteral("heldout.jsonl")));
    if (!data.open(QIODevice::WriteOnly))
        return 1;
    for (int i = 0; i < rows; ++i)
        data.write("{\"messages\":[{\"role\":\"user\",\"content\":\"question " + QByteArray::number(i) +
                   " about the lighthouse\"},{\"role\":\"assistant\",\"content\":\"answer " + QByteArray::number(i) +
                   "\"}]}\n");
    data.close();
    EvalDefinition d;
    d.datasetPath = data.fileName();
    for (const QString& m : kModels)
        d.models.append(EvalModel{QStringLiteral("together"), m, false, perModel});
    d.parameters.seed = 1;
    d.parameters.maxTokens = 64;
    const EvalStore store(dir.filePath(QStringLiteral("evals")));
    const auto chosen = EvalRows::read(d);
    if (!chosen)
        return 1;
    const auto floorId = store.create(d, *chosen);
    const auto gridId = store.create(d, *chosen);
    if (!floorId || !gridId)
        return 1;

    EvalPane pane(api, nullptr, store.root());
    pane.resize(1400, 900);
    pane.show();
    measure(5.0, [&] { return keyStored; });
    const Stalls idle = measure(parser.value(idleOption).toDouble(), [] { return false; });

    // The floor: the engine alone, the same rows and models, on this thread.
    Connection c;
    c.baseUrl = QUrl(base);
    c.apiKey = QStringLiteral("bench");
    bool engineDone = false;
    EvalRunner engine(api->transport(), store, *floorId, [c](const EvalModel&) { return c; });
    QObject::connect(&engine, &EvalRunner::finished, &app, [&] { engineDone = true; });
    if (!engine.start())
        return 1;
    const Stalls engineOnly = measure(600, [&] { return engineDone; });

    // The grid: the same run through the pane, answers streaming into the shown cells. Opening
    // it is timed to its first paint (the whole pane, new), then Run starts the answers.
    QElapsedTimer opening;
    opening.start();
    if (!pane.openRun(*gridId))
        return 1;
    PaintWatch painted(pane.grid()->viewport());
    measure(5.0, [&] { return painted.count > 0; });
    const double openEmptyMs = double(opening.nsecsElapsed()) / 1e6;
    if (parser.isSet(traceOption)) {
        trace.start(parser.value(traceOption).toDouble());
    }
    pane.startRun();
    const Stalls filling = measure(600, [&] {
        return pane.runner() && !pane.runner()->isRunning() && pane.runner()->answered() + pane.runner()->failed() > 0;
    });
    trace.on = false;
    const int answered = pane.runner() ? pane.runner()->answered() : 0;

    // Reopening the finished run: everything read back and shown as it was.
    pane.openRun(*floorId);
    measure(5.0, [&] { return painted.count > 0; });
    painted.count = 0;
    opening.restart();
    pane.openRun(*gridId);
    measure(5.0, [&] { return painted.count > 0; });
    const double reopenMs = double(opening.nsecsElapsed()) / 1e6;

    nlohmann::ordered_json j = {{"bench", "eval_gui"},
                                {"rows", rows},
                                {"models", kModels.size()},
                                {"answers", answered},
                                {"expected", rows * int(kModels.size())},
                                {"token_interval_ms", parser.value(intervalOption).toInt()},
                                {"grid_filling", toJson(filling)},
                                {"floor_engine_only", toJson(engineOnly)},
                                {"floor_idle", toJson(idle)},
                                {"open_new_run_ms", openEmptyMs},
                                {"reopen_finished_run_ms", reopenMs},
                                {"budget_stall_ms", 16}};
    QTextStream(stdout) << QString::fromStdString(j.dump()) << Qt::endl;
    emulator.kill();
    emulator.waitForFinished();
    return answered == rows * int(kModels.size()) ? 0 : 1;
}
