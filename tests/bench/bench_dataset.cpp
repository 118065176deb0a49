// Dataset engine benchmark: open, index, summarize, save after one edit, heap.
// Usage: bench_dataset FILE | --size SIZE [--seed N] [--profile mixed|short]
// Prints one JSON line; floors (cat, plain copy) are measured in the same run.

#include "dataset/DatasetDocument.h"
#include "dataset/DatasetWriter.h"
#include "dataset/RowSummary.h"
#include "validate/Linter.h"
#include "validate/SnapshotParity.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

using namespace td;

namespace {

std::size_t g_heapPeak = 0;

std::size_t heapNow()
{
    const struct mallinfo2 mi = mallinfo2();
    return mi.uordblks + mi.hblkhd;
}

void sampleHeap()
{
    g_heapPeak = std::max(g_heapPeak, heapNow());
}

// Bytes this process has caused to be written to storage so far (/proc/self/io).
qint64 storageBytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : io.readAll().split('\n'))
        if (line.startsWith("write_bytes:"))
            return line.mid(12).trimmed().toLongLong();
    return -1;
}

template<typename Fn>
double median3(Fn fn)
{
    double v[3] = {fn(), fn(), fn()};
    std::sort(v, v + 3);
    return v[1];
}

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

double timeShell(const QString& command)
{
    QElapsedTimer t;
    t.start();
    QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    return seconds(t);
}

// A plain copy the way a simple tool does it: read and write in 1 MiB blocks.
double timePlainCopy(const QString& from, const QString& to, bool fsyncAtEnd)
{
    QElapsedTimer t;
    t.start();
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY);
    const int out = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char> buf(1 << 20);
    ssize_t n;
    while ((n = ::read(in, buf.data(), buf.size())) > 0)
        if (::write(out, buf.data(), std::size_t(n)) != n)
            break;
    if (fsyncAtEnd)
        ::fsync(out);
    ::close(in);
    ::close(out);
    return seconds(t);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/tdbench-XXXXXX"));
    QString file;
    QString size;
    QString seed = QStringLiteral("1");
    QString profile = QStringLiteral("mixed");
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--size") && i + 1 < args.size())
            size = args[++i];
        else if (args[i] == QLatin1String("--seed") && i + 1 < args.size())
            seed = args[++i];
        else if (args[i] == QLatin1String("--profile") && i + 1 < args.size())
            profile = args[++i];
        else
            file = args[i];
    }
    if (file.isEmpty() && size.isEmpty()) {
        QTextStream(stderr) << "usage: bench_dataset FILE | --size SIZE [--seed N] [--profile mixed|short]\n";
        return 2;
    }
    if (file.isEmpty()) {
        file = tmp.filePath(QStringLiteral("bench.jsonl"));
        const int rc = QProcess::execute(QStringLiteral("python3"),
                                         {QStringLiteral(TD_TEST_TOOLS_DIR "/gen_dataset.py"), file,
                                          QStringLiteral("--size"), size, QStringLiteral("--seed"), seed,
                                          QStringLiteral("--profile"), profile, QStringLiteral("--quiet")});
        if (rc != 0) {
            QTextStream(stderr) << "gen_dataset.py failed\n";
            return 1;
        }
    }
    const qint64 bytes = QFileInfo(file).size();

    // Warm the page cache, then time the floor.
    timeShell(QStringLiteral("cat '%1' > /dev/null").arg(file));
    const double catSeconds = median3([&] { return timeShell(QStringLiteral("cat '%1' > /dev/null").arg(file)); });

    sampleHeap();
    const std::size_t heapBase = heapNow();
    DatasetDocument doc;
    QEventLoop loop;
    QElapsedTimer clock;
    double firstRows = -1, indexed = -1;
    QObject::connect(&doc, &DatasetDocument::changed, &doc, [&](const DocumentChange& c) {
        sampleHeap();
        if (c.kind == DocumentChange::Kind::RowsAppended && firstRows < 0)
            firstRows = seconds(clock);
    });
    QObject::connect(&doc, &DatasetDocument::indexingFinished, &doc, [&] {
        indexed = seconds(clock);
        loop.quit();
    });
    QObject::connect(&doc, &DatasetDocument::loadFailed, &doc, [&](const Error& e) {
        QTextStream(stderr) << e.message << "\n";
        loop.exit(1);
    });
    clock.start();
    doc.open(file);
    if (loop.exec() != 0)
        return 1;
    sampleHeap();
    const std::int64_t rows = doc.rowCount();

    // Summaries of 1,000 random rows (what scrolling around a big file costs).
    QRandomGenerator rng(42);
    QElapsedTimer t;
    t.start();
    std::int64_t chars = 0;
    for (int i = 0; i < 1000; ++i)
        chars += summarizeRow(doc.rowView(std::int64_t(rng.bounded(quint64(rows))))).characters;
    const double summarize = seconds(t);
    sampleHeap();

    // Re-check after editing one row, as the Checks pane does: the first check proves what it
    // can of every row (on every core), the check after the edit only parses the edited row.
    // Nothing is written to disk for it. The whole-file lint that follows is timed beside it.
    ParityRowFacts facts;
    t.restart();
    const ParityReport before = checkSnapshotParity(doc.snapshot(), file, facts).value();
    const double firstCheck = seconds(t);
    doc.replaceRow(rows / 3, QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"edited\"},"
                                        "{\"role\":\"assistant\",\"content\":\"once\"}]}"));
    ::sync();
    const qint64 writtenBefore = storageBytesWritten();
    t.restart();
    const ParityReport after = checkSnapshotParity(doc.snapshot(), file, facts).value();
    const double recheck = seconds(t);
    const qint64 recheckWritten = storageBytesWritten() - writtenBefore;
    t.restart();
    const LintResult lint = lintSnapshot(doc.snapshot());
    const double lintSeconds = seconds(t);
    sampleHeap();

    // Save after one edit, beside a plain copy (with and without fsync, since a save fsyncs).
    doc.replaceRow(rows / 2, QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"edited\"},"
                                        "{\"role\":\"assistant\",\"content\":\"row\"}]}"));
    // Each figure is the median of three runs, interleaved so that they share the machine's
    // state (page cache, writeback) equally.
    const QString out = tmp.filePath(QStringLiteral("saved.jsonl"));
    const QString copy = tmp.filePath(QStringLiteral("copy.jsonl"));
    std::vector<double> save, plain, plainSync;
    for (int run = 0; run < 3; ++run) {
        t.restart();
        auto saved = writeDataset(doc.snapshot(), out, {});
        save.push_back(seconds(t));
        sampleHeap();
        if (!saved) {
            QTextStream(stderr) << saved.error().message << "\n";
            return 1;
        }
        QFile::remove(out);
        plain.push_back(timePlainCopy(file, copy, false));
        QFile::remove(copy);
        plainSync.push_back(timePlainCopy(file, copy, true));
        QFile::remove(copy);
    }
    for (auto* v : {&save, &plain, &plainSync})
        std::sort(v->begin(), v->end());
    const double saveSeconds = save[1];
    const double copySeconds = plain[1];
    const double copyFsyncSeconds = plainSync[1];

    const double heapMiB = double(g_heapPeak - std::min(g_heapPeak, heapBase)) / (1024.0 * 1024.0);
    const double heapBudgetMiB = 64.0 + 16.0 * double(rows) / (1024.0 * 1024.0);
    const QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("dataset")},
        {QStringLiteral("file_bytes"), bytes},
        {QStringLiteral("rows"), qint64(rows)},
        {QStringLiteral("cat_s"), catSeconds},
        {QStringLiteral("first_rows_s"), firstRows},
        {QStringLiteral("index_s"), indexed},
        {QStringLiteral("index_vs_cat"), indexed / catSeconds},
        {QStringLiteral("summarize_1000_random_rows_s"), summarize},
        {QStringLiteral("save_after_one_edit_s"), saveSeconds},
        {QStringLiteral("plain_copy_s"), copySeconds},
        {QStringLiteral("note"), QStringLiteral("save fsyncs the file and its folder; plain_copy_fsync_s is the "
                                                "like-for-like floor")},
        {QStringLiteral("plain_copy_fsync_s"), copyFsyncSeconds},
        {QStringLiteral("save_vs_copy"), saveSeconds / copySeconds},
        {QStringLiteral("save_vs_copy_fsync"), saveSeconds / copyFsyncSeconds},
        {QStringLiteral("first_check_s"), firstCheck},
        {QStringLiteral("recheck_after_one_edit_s"), recheck},
        {QStringLiteral("recheck_bytes_written"), recheckWritten},
        {QStringLiteral("verdict"), QString::fromStdString(after.message())},
        {QStringLiteral("lint_after_edit_s"), lintSeconds},
        {QStringLiteral("lint_problems"), qint64(lint.problems.size())},
        {QStringLiteral("heap_peak_mib"), heapMiB},
        {QStringLiteral("heap_budget_mib"), heapBudgetMiB},
        {QStringLiteral("budget"),
         QJsonObject{{QStringLiteral("first_rows_le_100ms"), firstRows <= 0.100},
                     {QStringLiteral("index_le_2x_cat"), indexed <= 2.0 * catSeconds},
                     {QStringLiteral("recheck_le_1s_0_bytes"), recheck <= 1.0 && recheckWritten == 0},
                     {QStringLiteral("save_le_1_5x_copy"), saveSeconds <= 1.5 * copySeconds},
                     {QStringLiteral("save_le_1_5x_copy_fsync"), saveSeconds <= 1.5 * copyFsyncSeconds},
                     {QStringLiteral("heap_within_budget"), heapMiB <= heapBudgetMiB}}},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    return chars > 0 && before.passed() == after.passed() ? 0 : 1;
}
