// The playground while an answer streams in: tunedesk-emulator (its own process) streams 200
// tokens a second of Markdown for --seconds (default 60) into a shown PlaygroundPane, and a 2 ms
// timer on the GUI thread measures how late the event loop gets to it: the longest stall, beside
// the same measurement while idle in the same run (budget: no stall over 16 ms, one frame). Then
// the time to open a saved 100-message, 200,000-character conversation, beside only reading and
// parsing its file. Prints one JSON line.
#include "api/connection/ApiContext.h"
#include "api/connection/ApiKeyResolver.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "playground/ChatSession.h"
#include "playground/ConversationStore.h"
#include "widgets/playground/ChatColumn.h"
#include "widgets/playground/ChatParametersForm.h"
#include "widgets/playground/PlaygroundPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace td;

namespace {

struct Stalls
{
    double maxMs = 0;
    double p99Ms = 0;
    int over16 = 0;
    int ticks = 0;
    double worstAtS = 0; // when the longest stall ended, from the start of the measurement
};

// Runs the event loop until `done` (or `seconds`), measuring how late a 2 ms timer fires.
template<typename Done>
Stalls measure(double seconds, Done done)
{
    constexpr double interval = 2.0;
    std::vector<double> lateness;
    double worst = 0;
    double worstAt = 0;
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
        if (lateness.back() > worst) {
            worst = lateness.back();
            worstAt = double(now) / 1e9;
        }
        last = now;
        if (double(now) / 1e9 >= seconds || done())
            loop.quit();
    });
    tick.start();
    loop.exec();
    Stalls s;
    s.ticks = int(lateness.size());
    s.worstAtS = worstAt;
    if (lateness.empty())
        return s;
    std::sort(lateness.begin(), lateness.end());
    s.maxMs = lateness.back();
    s.p99Ms = lateness[std::size_t(double(lateness.size() - 1) * 0.99)];
    s.over16 = int(std::count_if(lateness.begin(), lateness.end(), [](double l) { return l > 16.0; }));
    return s;
}

QJsonObject toJson(const Stalls& s)
{
    return {{"max_stall_ms", s.maxMs},
            {"max_stall_at_s", s.worstAtS},
            {"p99_stall_ms", s.p99Ms},
            {"stalls_over_16ms", s.over16},
            {"ticks", s.ticks}};
}

Conversation bigConversation()
{
    Conversation c;
    Conversation::Column col;
    col.profileId = QStringLiteral("together");
    col.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo");
    const QString paragraph = QStringLiteral("The model learns from examples and each answer follows a pattern. ");
    for (int i = 0; i < 100; ++i) {
        QString text = i % 2 ? QStringLiteral("## Answer %1\n\n").arg(i) : QString();
        while (text.size() < 2000)
            text += paragraph;
        if (i % 2)
            text += QStringLiteral("\n\n```python\nprint(%1)\n```\n\n- one\n- two").arg(i);
        text.truncate(2000);
        col.messages.append({i % 2 ? QStringLiteral("assistant") : QStringLiteral("user"), text});
    }
    c.columns.append(col);
    return c;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Streaming time"),
                                           QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"), QStringLiteral("Idle baseline time"),
                                        QStringLiteral("S"), QStringLiteral("15"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Tokens per second"),
                                        QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({secondsOption, idleOption, rateOption});
    parser.process(app);
    const double seconds = parser.value(secondsOption).toDouble();
    const double idleSeconds = parser.value(idleOption).toDouble();
    const int rate = std::max(1, parser.value(rateOption).toInt());
    QTextStream err(stderr);

    QProcess emulator;
    emulator.start(QStringLiteral(TD_EMULATOR_PATH),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token-interval"),
                    QString::number(1000 / rate), QStringLiteral("--answer-words"),
                    QString::number(int(seconds * rate) + rate * 5)});
    if (!emulator.waitForReadyRead(10000)) {
        err << "bench_playground: the emulator did not start\n";
        return 1;
    }
    const QString base = QString::fromLatin1(emulator.readLine().trimmed());

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
    auto pane = std::make_unique<PlaygroundPane>(api, nullptr, dir.filePath(QStringLiteral("conversations")));
    pane->resize(1280, 800);
    pane->show();
    measure(1.0, [&] { return keyStored; });

    const Stalls idle = measure(idleSeconds, [] { return false; });

    pane->openModel(QStringLiteral("together"), QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"));
    ChatParameters p = pane->parametersForm()->parameters();
    p.maxTokens = 131072;
    pane->parametersForm()->setParameters(p);
    QElapsedTimer streamClock;
    streamClock.start();
    pane->send(QStringLiteral("Write at length about fine-tuning"));
    ChatSession* session = pane->session();
    bool started = false;
    const Stalls streaming = measure(seconds + 10, [&] {
        started = started || session->isStreaming();
        return started && (!session->isStreaming() || streamClock.elapsed() > qint64(seconds * 1000));
    });
    const double streamedSeconds = double(streamClock.elapsed()) / 1000.0;
    pane->stop();
    const QString answer = session->messages().isEmpty() ? QString() : session->messages().back().content;
    const qsizetype tokens = answer.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    measure(0.5, [] { return false; });

    // Open a big saved conversation: the whole call (load, parse, render) beside load+parse.
    ConversationStore store(dir.filePath(QStringLiteral("conversations")));
    Conversation big = bigConversation();
    qsizetype chars = 0;
    for (const ChatMessage& m : big.columns[0].messages)
        chars += m.content.size();
    if (!store.save(big)) {
        err << "bench_playground: cannot save the conversation\n";
        return 1;
    }
    std::vector<double> open, load;
    qsizetype shown = 0;
    for (int i = 0; i < 5; ++i) {
        pane->newConversation();
        measure(0.1, [] { return false; }); // the empty transcript is drawn
        QElapsedTimer t;
        t.start();
        if (!store.load(big.id))
            return 1;
        load.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        pane->openConversation(big.id);
        QCoreApplication::processEvents(); // the first paint
        open.push_back(double(t.nsecsElapsed()) / 1e6);
        shown = pane->transcript().size();
    }
    // The older messages are drawn above in slices: until all are, how late does the loop get?
    QElapsedTimer fill;
    fill.start();
    ChatTranscriptView* view = pane->column(0)->transcript();
    const Stalls filling = measure(30, [view] { return view->isComplete(); });
    const double fillMs = double(fill.nsecsElapsed()) / 1e6;
    const qsizetype complete = pane->transcript().size();
    std::sort(open.begin(), open.end());
    std::sort(load.begin(), load.end());

    QJsonObject out{{"bench", "playground"},
                    {"rate_tokens_per_s", rate},
                    {"streamed_s", streamedSeconds},
                    {"tokens_received", qint64(tokens)},
                    {"answer_chars", qint64(answer.size())},
                    {"idle", toJson(idle)},
                    {"streaming", toJson(streaming)},
                    {"budget_stall_ms", 16},
                    {"open_conversation_messages", 100},
                    {"open_conversation_chars", qint64(chars)},
                    {"open_conversation_ms_median", open[2]},
                    {"open_conversation_ms_max", open[4]},
                    {"open_conversation_chars_shown", qint64(shown)},
                    {"load_and_parse_only_ms_median", load[2]},
                    {"open_rest_drawn_ms", fillMs},
                    {"open_rest_chars", qint64(complete)},
                    {"open_rest", toJson(filling)}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    pane.reset();
    emulator.kill();
    emulator.waitForFinished();
    return tokens > 0 ? 0 : 1;
}
