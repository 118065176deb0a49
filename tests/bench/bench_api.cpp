// The API client against tunedesk-emulator on loopback (a separate process), each figure
// beside plain libcurl or the curl program doing the same in the same run:
//   - time to first token of a streamed chat: our ChatCompletion vs a bare libcurl request
//   - SSE parse throughput of ChatStream vs a scan for event ends over the same bytes
//   - uploading a file (FileUpload: 302, signed PUT, finalize) vs `curl -T`, and how much
//     this process's peak memory grows while it uploads (the file is streamed, never loaded)
// Usage: bench_api [--upload-size 1G] [--requests N]
#include "api/client/ChatCompletion.h"
#include "api/http/CurlTransport.h"
#include "api/transfer/FileUpload.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <curl/curl.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstring>

using namespace td;

namespace {

qint64 parseSize(QString s)
{
    qint64 mul = 1;
    if (s.endsWith(QLatin1Char('G')))
        mul = 1LL << 30;
    else if (s.endsWith(QLatin1Char('M')))
        mul = 1LL << 20;
    if (mul > 1)
        s.chop(1);
    return s.toLongLong() * mul;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

qint64 peakRssKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

const char kChat[] = "{\"model\":\"meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo\",\"messages\":[{\"role\":\"user\","
                     "\"content\":\"Tell me about rivers\"}],\"stream\":true}";

// A bare libcurl streamed request: milliseconds to the first body bytes.
struct FirstBytes
{
    QElapsedTimer clock;
    double ms = -1;
};

std::size_t onData(char*, std::size_t size, std::size_t n, void* user)
{
    auto* f = static_cast<FirstBytes*>(user);
    if (f->ms < 0)
        f->ms = double(f->clock.nsecsElapsed()) / 1e6;
    return size * n;
}

double plainCurlTtft(CURL* curl, const QByteArray& url)
{
    FirstBytes f;
    curl_slist* headers = curl_slist_append(nullptr, "Authorization: Bearer bench");
    headers = curl_slist_append(headers, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, kChat);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onData);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &f);
    f.clock.start();
    curl_easy_perform(curl);
    curl_slist_free_all(headers);
    return f.ms;
}

double ourTtft(HttpTransport* transport, const Connection& c)
{
    ChatCompletion chat(transport, c, QByteArray(kChat));
    QEventLoop loop;
    QElapsedTimer clock;
    double ms = -1;
    QObject::connect(&chat, &ChatCompletion::delta, &loop, [&] {
        if (ms < 0)
            ms = double(clock.nsecsElapsed()) / 1e6;
    });
    QObject::connect(&chat, &ChatCompletion::finished, &loop, &QEventLoop::quit);
    clock.start();
    chat.start();
    loop.exec();
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 uploadSize = 1LL << 30;
    int requests = 40;
    int sseChunks = 200000;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--upload-size"))
            uploadSize = parseSize(args[++i]);
        else if (args[i] == QLatin1String("--requests"))
            requests = args[++i].toInt();
        else if (args[i] == QLatin1String("--sse-chunks"))
            sseChunks = std::max(1, args[++i].toInt());
    }
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/tdbench-XXXXXX"));
    QTextStream err(stderr);

    // The upload file first, so that nothing else has raised the peak memory yet.
    const QString file = tmp.filePath(QStringLiteral("upload.jsonl"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray line = "{\"text\": \"" + QByteArray(1000, 'x') + "\"}\n";
        QByteArray block;
        while (block.size() < (1 << 20))
            block += line;
        for (qint64 written = 0; written < uploadSize; written += block.size())
            f.write(block.constData(), std::min<qint64>(block.size(), uploadSize - written));
    }
    uploadSize = QFileInfo(file).size();

    QProcess emulator;
    emulator.start(QStringLiteral(TD_EMULATOR_PATH), {QStringLiteral("--port"), QStringLiteral("0"),
                                                      QStringLiteral("--token-interval"), QStringLiteral("0")});
    if (!emulator.waitForReadyRead(10000)) {
        err << "bench_api: the emulator did not start\n";
        return 1;
    }
    const QByteArray base = emulator.readLine().trimmed();
    Connection c;
    c.baseUrl = QUrl(QString::fromLatin1(base));
    c.apiKey = QStringLiteral("bench");
    CurlTransport transport;

    // Upload: ours (peak memory measured around it), then curl -T to a fresh signed URL.
    const qint64 rssBefore = peakRssKiB();
    QElapsedTimer t;
    t.start();
    {
        FileUpload upload(&transport, c, file, QStringLiteral("eval"));
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&upload, &FileUpload::finished, &loop, [&](const UploadOutcome& o) {
            ok = std::holds_alternative<RemoteFile>(o);
            loop.quit();
        });
        upload.start();
        loop.exec();
        if (!ok) {
            err << "bench_api: our upload failed\n";
            return 1;
        }
    }
    const double oursUpload = double(t.nsecsElapsed()) / 1e9;
    const qint64 rssGrowth = peakRssKiB() - rssBefore;
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                QStringLiteral("%{redirect_url}"), QStringLiteral("-H"), QStringLiteral("Authorization: Bearer bench"),
                QStringLiteral("-d"), QStringLiteral("purpose=eval&file_name=b.jsonl&file_type=jsonl"),
                QString::fromLatin1(base + "/files")});
    curl.waitForFinished();
    const QString location = QString::fromUtf8(curl.readAllStandardOutput());
    t.restart();
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-f"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QStringLiteral("-H"), QStringLiteral("Expect:"), QStringLiteral("-T"), file, location});
    curl.waitForFinished(-1);
    const double curlUpload = double(t.nsecsElapsed()) / 1e9;
    if (curl.exitCode() != 0) {
        err << "bench_api: curl -T failed\n";
        return 1;
    }

    // Time to first token, interleaved so both see the same machine.
    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL* easy = curl_easy_init();
    std::vector<double> plain, ours;
    const QByteArray chatUrl = base + "/chat/completions";
    plainCurlTtft(easy, chatUrl); // warm both connections
    ourTtft(&transport, c);
    for (int i = 0; i < requests; ++i) {
        plain.push_back(plainCurlTtft(easy, chatUrl));
        ours.push_back(ourTtft(&transport, c));
    }
    curl_easy_cleanup(easy);

    // SSE parsing: a recorded stream of 200,000 chunks (--sse-chunks), fed in 16 KiB pieces.
    QByteArray sse;
    for (int i = 0; i < sseChunks; ++i)
        sse += "data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{"
               "\"index\":0,\"text\":\" word\",\"logprobs\":null,\"finish_reason\":null,\"delta\":{\"token_id\":" +
               QByteArray::number(i) + ",\"role\":\"assistant\",\"content\":\" word\"}}],\"usage\":null}\n\n";
    sse += "data: [DONE]\n\n";
    t.restart();
    ChatStream stream;
    for (qsizetype at = 0; at < sse.size(); at += 16384)
        stream.feed(QByteArrayView(sse.constData() + at, std::min<qsizetype>(16384, sse.size() - at)));
    const double parse = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    qsizetype events = 0;
    for (const char* p = sse.constData();
         (p = static_cast<const char*>(memmem(p, std::size_t(sse.constEnd() - p), "\n\n", 2))); p += 2)
        ++events;
    const double scan = std::max(1e-9, double(t.nsecsElapsed()) / 1e9);
    const double mb = double(sse.size()) / 1e6;
    if (stream.content().size() != qsizetype(sseChunks) * 5 || events != sseChunks + 1) {
        err << "bench_api: the SSE stream was not read whole\n";
        return 1;
    }

    emulator.kill();
    emulator.waitForFinished();
    const double mib = double(uploadSize) / (1 << 20);
    const QJsonObject out{
        {QStringLiteral("ttft_ms_median"), percentile(ours, 0.5)},
        {QStringLiteral("ttft_ms_p95"), percentile(ours, 0.95)},
        {QStringLiteral("plain_libcurl_ttft_ms_median"), percentile(plain, 0.5)},
        {QStringLiteral("plain_libcurl_ttft_ms_p95"), percentile(plain, 0.95)},
        {QStringLiteral("ttft_added_ms_median"), percentile(ours, 0.5) - percentile(plain, 0.5)},
        {QStringLiteral("sse_parse_mb_s"), mb / parse},
        {QStringLiteral("sse_tokens_s"), double(sseChunks) / parse},
        {QStringLiteral("sse_scan_floor_mb_s"), mb / scan},
        {QStringLiteral("upload_mib"), mib},
        {QStringLiteral("upload_mib_s"), mib / oursUpload},
        {QStringLiteral("curl_upload_mib_s"), mib / curlUpload},
        {QStringLiteral("upload_peak_rss_growth_mib"), double(rssGrowth) / 1024.0},
    };
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
