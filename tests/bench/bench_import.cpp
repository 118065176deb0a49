// Import benchmark: converting a generated file (ShareGPT JSONL by default; --format openai,
// alpaca, hf, csv) to Together's JSONL, beside `cat FILE > /dev/null`, `cat FILE > COPY` and
// `cat FILE > COPY && sync COPY` of the same file in the same run; the conversion runs in a child
// process whose peak resident memory is reported (it must not grow with the file).
//
// Budget: import <= 5x cat, where the `cat` of a conversion is the conversion that changes
// nothing, `cat FILE > COPY`: it reads the input and writes an output of the same size, as the
// import does. `cat FILE > /dev/null` writes nothing; writing a GiB into the page cache alone
// takes ~7 times as long as reading it on the machines measured, so no conversion that writes
// its output could meet 5x that. The import's ratio to it is printed too (import_vs_cat).
//
// Usage: bench_import [--size SIZE] [--format F] [--check]   (SIZE as 32M, 1G; default 32M)
//        bench_import --run IN OUT   (the child: prints {"seconds":…,"max_rss":…,…})
//        bench_import [--size SIZE] [--format F] --write FILE   (writes the generated input and stops)
#include "import/Importer.h"

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

#include <algorithm>
#include <functional>
#include <random>

#include <sys/resource.h>

using namespace td;

namespace {

template<typename Fn>
double median3(Fn fn)
{
    double v[3] = {fn(), fn(), fn()};
    std::sort(v, v + 3);
    return v[1];
}

double timed(const std::function<void()>& fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e9;
}

qint64 parseSize(const QString& s)
{
    static const QString units = QStringLiteral("KMGT");
    QString t = s.trimmed().toUpper();
    if (t.endsWith(QLatin1String("IB")))
        t.chop(2);
    else if (t.endsWith(QLatin1Char('B')))
        t.chop(1);
    qint64 mult = 1;
    if (!t.isEmpty() && units.contains(t.back())) {
        mult = qint64(1) << (10 * (units.indexOf(t.back()) + 1));
        t.chop(1);
    }
    return qint64(t.toDouble() * double(mult));
}

// Text of chat-like lengths and characters (quotes, escapes, non-ASCII) from a seeded generator.
std::string sentence(std::mt19937_64& rng, int words)
{
    static const char* vocab[] = {"the",       "model", "answers", "quickly",    "with",   "\\\"quoted\\\"", "données",
                                  "tokens",    "and",   "a",       "newline\\n", "tab\\t", "Grüße",          "日本語",
                                  "fine-tune", "loss",  "is",      "lower",      "than",   "before,"};
    std::string s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s.push_back(' ');
        s += vocab[rng() % (sizeof vocab / sizeof *vocab)];
    }
    return s;
}

std::string csvCell(std::string text)
{
    // The JSON escapes of the vocabulary are literal text in a CSV; quotes double.
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += "\"\"";
        else
            out.push_back(c);
    }
    return out + "\"";
}

bool generate(const QString& path, qint64 size, const QString& format)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 rng(1);
    std::string buf;
    qint64 written = 0;
    bool first = true;
    if (format == QLatin1String("csv"))
        buf += "system,question,answer\n";
    if (format == QLatin1String("hf"))
        buf += "[\n";
    while (written + qint64(buf.size()) < size) {
        const int turns = 1 + int(rng() % 4);
        const std::string sys = sentence(rng, 4 + int(rng() % 10));
        std::string row;
        if (format == QLatin1String("sharegpt")) {
            row = "{\"id\":\"" + std::to_string(rng() % 1000000) +
                  "\",\"conversations\":[{\"from\":\"system\",\"value\":\"" + sys + "\"}";
            for (int t = 0; t < turns; ++t)
                row += ",{\"from\":\"human\",\"value\":\"" + sentence(rng, 5 + int(rng() % 40)) +
                       "\"},{\"from\":\"gpt\",\"value\":\"" + sentence(rng, 20 + int(rng() % 200)) + "\"}";
            row += "]}\n";
        } else if (format == QLatin1String("openai") || format == QLatin1String("hf")) {
            row = std::string(format == QLatin1String("hf") ? (first ? "  " : ",\n  ") : "") +
                  "{\"messages\":[{\"role\":\"system\",\"content\":\"" + sys + "\"}";
            for (int t = 0; t < turns; ++t)
                row += ",{\"role\":\"user\",\"content\":\"" + sentence(rng, 5 + int(rng() % 40)) +
                       "\"},{\"role\":\"assistant\",\"content\":\"" + sentence(rng, 20 + int(rng() % 200)) + "\"}";
            row += format == QLatin1String("hf") ? "]}" : "]}\n";
        } else if (format == QLatin1String("alpaca")) {
            row = "{\"instruction\":\"" + sentence(rng, 5 + int(rng() % 30)) + "\",\"input\":\"" +
                  sentence(rng, int(rng() % 20)) + "\",\"output\":\"" + sentence(rng, 20 + int(rng() % 300)) + "\"}\n";
        } else { // csv
            row = csvCell(sys) + "," + csvCell(sentence(rng, 5 + int(rng() % 40))) + "," +
                  csvCell(sentence(rng, 20 + int(rng() % 200))) + "\n";
        }
        first = false;
        buf += row;
        if (buf.size() > (std::size_t(4) << 20)) {
            if (f.write(buf.data(), qint64(buf.size())) != qint64(buf.size()))
                return false;
            written += qint64(buf.size());
            buf.clear();
        }
    }
    if (format == QLatin1String("hf"))
        buf += "\n]\n";
    return f.write(buf.data(), qint64(buf.size())) == qint64(buf.size());
}

// The child: one import, its time and the process's peak resident memory.
int runOne(const QString& in, const QString& out, bool check)
{
    ImportOptions o;
    o.input = in;
    o.output = out;
    if (!check)
        o.check.reset();
    QElapsedTimer t;
    t.start();
    auto r = importFile(o);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!r) {
        QTextStream(stderr) << r.error().message << "\n";
        return 1;
    }
    struct rusage ru
    {};
    getrusage(RUSAGE_SELF, &ru);
    const QJsonObject j{
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("max_rss"), qint64(ru.ru_maxrss) * 1024},
        {QStringLiteral("cpu_seconds"),
         double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6},
        {QStringLiteral("rows_converted"), qint64(r->rowsConverted)},
        {QStringLiteral("rows_refused"), qint64(r->rowsRefused)},
        {QStringLiteral("format"), importFormatId(r->detection.format)},
        {QStringLiteral("check_passed"), r->check ? QJsonValue(r->check->passed()) : QJsonValue()},
    };
    QTextStream(stdout) << QJsonDocument(j).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}

QJsonObject child(const QString& self, const QStringList& args)
{
    QProcess p;
    p.start(self, args);
    p.waitForFinished(-1);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString size = QStringLiteral("32M"), format = QStringLiteral("sharegpt");
    bool check = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--run") && i + 2 < args.size())
            return runOne(args[i + 1], args[i + 2], args.contains(QLatin1String("--check")));
        if (args[i] == QLatin1String("--size") && i + 1 < args.size())
            size = args[++i];
        else if (args[i] == QLatin1String("--format") && i + 1 < args.size())
            format = args[++i];
        else if (args[i] == QLatin1String("--check"))
            check = true;
        else if (args[i] == QLatin1String("--write") && i + 1 < args.size()) // the input only, for a look
            return generate(args[i + 1], parseSize(size), format) ? 0 : 1;
        else {
            QTextStream(stderr) << "usage: bench_import [--size SIZE] [--format sharegpt|openai|hf|alpaca|csv] "
                                   "[--check]\n";
            return 2;
        }
    }
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/tdbench-XXXXXX"));
    const QString in = tmp.filePath(format == QLatin1String("csv")  ? QStringLiteral("bench.csv")
                                    : format == QLatin1String("hf") ? QStringLiteral("bench.json")
                                                                    : QStringLiteral("bench.jsonl"));
    const QString out = tmp.filePath(QStringLiteral("out.jsonl"));
    const QString copy = tmp.filePath(QStringLiteral("copy"));
    if (!generate(in, parseSize(size), format))
        return 1;
    auto sh = [](const QString& cmd) { QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), cmd}); };
    const QString catNull = QStringLiteral("cat '%1' > /dev/null").arg(in);
    const QString catCopy = QStringLiteral("cat '%1' > '%2'").arg(in, copy);
    sh(catNull); // warm the cache
    const double catSeconds = median3([&] { return timed([&] { sh(catNull); }); });
    const double copySeconds = median3([&] { return timed([&] { sh(catCopy); }); });
    // The import writes its output durably (fsync before the rename, as export does): the
    // floor for that is a copy made durable too.
    const QString catCopySync = catCopy + QStringLiteral(" && sync '%1'").arg(copy);
    const double copySyncSeconds = median3([&] { return timed([&] { sh(catCopySync); }); });
    QFile::remove(copy);
    QJsonObject runs[3];
    double times[3], cpu[3];
    for (int i = 0; i < 3; ++i) {
        QStringList a{QStringLiteral("--run"), in, out};
        if (check)
            a << QStringLiteral("--check");
        runs[i] = child(app.applicationFilePath(), a);
        times[i] = runs[i].value(QStringLiteral("seconds")).toDouble();
        cpu[i] = runs[i].value(QStringLiteral("cpu_seconds")).toDouble();
    }
    std::sort(times, times + 3);
    std::sort(cpu, cpu + 3);
    const double importSeconds = times[1];
    const qint64 bytes = QFileInfo(in).size();
    const double mb = double(bytes) / 1e6;
    QJsonObject o{
        {QStringLiteral("bench"), QStringLiteral("import")},
        {QStringLiteral("format"), format},
        {QStringLiteral("file_bytes"), bytes},
        {QStringLiteral("output_bytes"), QFileInfo(out).size()},
        {QStringLiteral("rows_converted"), runs[0].value(QStringLiteral("rows_converted"))},
        {QStringLiteral("rows_refused"), runs[0].value(QStringLiteral("rows_refused"))},
        {QStringLiteral("cat_s"), catSeconds},
        {QStringLiteral("cat_mb_s"), mb / catSeconds},
        {QStringLiteral("cat_copy_s"), copySeconds},
        {QStringLiteral("cat_copy_mb_s"), mb / copySeconds},
        {QStringLiteral("cat_copy_sync_s"), copySyncSeconds},
        {QStringLiteral("import_s"), importSeconds},
        {QStringLiteral("import_cpu_s"), cpu[1]},
        {QStringLiteral("import_cpu_mb_s"), mb / cpu[1]},
        {QStringLiteral("import_mb_s"), mb / importSeconds},
        {QStringLiteral("import_vs_cat"), importSeconds / catSeconds},
        {QStringLiteral("import_vs_cat_copy"), importSeconds / copySeconds},
        {QStringLiteral("import_vs_cat_copy_sync"), importSeconds / copySyncSeconds},
        {QStringLiteral("import_max_rss"), runs[0].value(QStringLiteral("max_rss"))},
        {QStringLiteral("checked"), check},
        {QStringLiteral("budget_import_le_5x_cat_to_copy"), importSeconds <= 5 * copySeconds},
    };
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    return runs[0].value(QStringLiteral("rows_refused")).toInt() == 0 ? 0 : 1;
}
