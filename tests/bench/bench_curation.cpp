// Curation benchmark: every part of curation over one whole file: the near-duplicate search
// and the personal-data scan beside `cat FILE > /dev/null`, the import (the file converted
// again, as an OpenAI chat file) beside `cat FILE > COPY` (bench_import has every format and
// the import's peak memory), and the statistics' row facts beside cat; in the same run. On the
// same decoded texts, one
// thread: the scanner (Hyperscan for the patterns, a pass over digit runs for the number kinds,
// then the checks) beside RE2 running the same patterns when it is installed (a set to know
// which occur, then each one located; no number kinds, no checks, so RE2's figure is an upper
// bound of what the scanner would do with it).
// Usage: bench_curation [--size SIZE] [--pii-only] [FILE]   (SIZE like 16M or 1G; default 32M,
//        generated; --pii-only: the scan beside cat, nothing else)
//        bench_curation [--size SIZE] --write FILE   (writes the generated file and stops)
// Budgets (issue 15): near-duplicates of 1 GiB <= 60 s on 2 cores; PII scan <= 3x cat; import
// <= 5x `cat > COPY`.
#include "CurationData.h"
#include "curation/NearDuplicates.h"
#include "curation/PiiRowScan.h"
#include "curation/RowTexts.h"
#include "dataset/DatasetDocument.h"
#include "import/Importer.h"
#include "query/RowFacts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <simdjson.h>

#ifdef TD_HAVE_RE2
#include <re2/re2.h>
#include <re2/set.h>
#endif

#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>

using namespace td;

namespace {

double timed(const std::function<void()>& fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e9;
}

double median3(const std::function<double()>& fn)
{
    double v[3] = {fn(), fn(), fn()};
    std::sort(v, v + 3);
    return v[1];
}

qint64 parseSize(QString s)
{
    s = s.trimmed().toUpper();
    qint64 unit = 1;
    if (s.endsWith(QLatin1Char('K')))
        unit = qint64(1) << 10;
    else if (s.endsWith(QLatin1Char('M')))
        unit = qint64(1) << 20;
    else if (s.endsWith(QLatin1Char('G')))
        unit = qint64(1) << 30;
    if (unit > 1)
        s.chop(1);
    return s.toLongLong() * unit;
}

// Rows in chunks: mostly clean text, every tenth chunk with planted personal data, every
// fifth near-duplicates of its own rows; a new seed per chunk, so no two chunks repeat.
bool generate(const QString& path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    qint64 written = 0;
    for (std::uint64_t chunk = 1; written < size; ++chunk) {
        QByteArray bytes = chunk % 5 == 0    ? test::nearDuplicateData(400, 100, chunk).jsonl
                           : chunk % 10 == 1 ? test::piiData(500, true, chunk).jsonl
                                             : test::piiData(500, false, chunk).jsonl;
        if (written + bytes.size() > size) {
            bytes.truncate(qsizetype(size - written));
            bytes.truncate(bytes.lastIndexOf('\n') + 1);
            if (bytes.isEmpty())
                break;
        }
        if (f.write(bytes) != bytes.size())
            return false;
        written += bytes.size();
    }
    return true;
}

// The decoded texts of the first rows, up to `limit` bytes, for the engine comparison.
std::vector<std::string> sampleTexts(const DocumentSnapshot& snap, std::size_t limit, std::size_t& bytes)
{
    std::vector<std::string> out;
    simdjson::dom::parser parser;
    std::vector<RowText> texts;
    bytes = 0;
    for (std::int64_t r = 0; r < snap.rowCount() && bytes < limit; ++r) {
        if (!rowTexts(snap.rowView(r), parser, texts))
            continue;
        for (const RowText& t : texts) {
            out.emplace_back(t.text);
            bytes += t.text.size();
        }
    }
    return out;
}

#ifdef TD_HAVE_RE2
// RE2 doing what the scanner asks of an engine: which patterns occur (one pass of a set),
// then where each occurrence is (a pass per pattern that occurs). No checks afterwards.
struct Re2Engine
{
    std::unique_ptr<RE2::Set> set;
    std::vector<std::unique_ptr<RE2>> each;
    Re2Engine()
    {
        RE2::Options o;
        o.set_log_errors(false);
        set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
        for (const PiiPattern& p : piiPatterns()) {
            RE2::Options po;
            po.set_case_sensitive(!p.caseless);
            po.set_log_errors(false);
            each.push_back(std::make_unique<RE2>(p.regex, po));
            std::string error;
            set->Add(p.caseless ? std::string("(?i)") + p.regex : std::string(p.regex), &error);
        }
        set->Compile();
    }
    std::size_t scan(const std::string& text) const
    {
        std::vector<int> hits;
        if (!set->Match(text, &hits))
            return 0;
        std::size_t found = 0;
        for (int id : hits) {
            re2::StringPiece input(text), match;
            std::size_t pos = 0;
            while (pos <= text.size() &&
                   each[std::size_t(id)]->Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
                ++found;
                pos = std::size_t(match.data() - text.data()) + std::max<std::size_t>(1, match.size());
            }
        }
        return found;
    }
};
#endif

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString file, size = QStringLiteral("32M");
    bool piiOnly = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--size") && i + 1 < args.size())
            size = args[++i];
        else if (args[i] == QLatin1String("--pii-only"))
            piiOnly = true;
        else if (args[i] == QLatin1String("--write") && i + 1 < args.size()) // the file only, for a look
            return generate(args[i + 1], parseSize(size)) ? 0 : 1;
        else
            file = args[i];
    }
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/tdbench-XXXXXX"));
    if (file.isEmpty()) {
        file = tmp.filePath(QStringLiteral("curation.jsonl"));
        if (parseSize(size) <= 0 || !generate(file, parseSize(size))) {
            QTextStream(stderr) << "bench_curation: could not generate " << size << " at " << file << "\n";
            return 1;
        }
    }
    const QString cat = QStringLiteral("cat '%1' > /dev/null").arg(file);
    const auto runCat = [&] { QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), cat}); };
    runCat(); // warm the cache
    DatasetDocument doc;
    doc.open(file);
    if (!doc.waitForIndexed(3600 * 1000))
        return 1;
    const DocumentSnapshot snap = doc.snapshot();
    const double mb = double(doc.fileSize()) / 1e6;

    PiiCounts pii = countPii(snap).value(); // once first: the file's pages mapped, the patterns compiled
    // cat and the scan in turns, five each, and the median of each: on a machine whose speed
    // drifts (other programs, a virtual machine's neighbours), both see the same moments.
    // Beside the time, the processor time of the scan's threads (all of the process's, which
    // does nothing else meanwhile): a steadier figure than the time on a busy machine.
    std::vector<double> cats, scans, cpu;
    for (int round = 0; round < 5; ++round) {
        cats.push_back(timed(runCat));
        const double before = processCpuSeconds();
        scans.push_back(timed([&] { pii = countPii(snap).value(); }));
        cpu.push_back(processCpuSeconds() - before);
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double catSeconds = median(cats), piiSeconds = median(scans);
    const double piiCpuSeconds = median(cpu);
    if (piiOnly) {
        const QJsonObject out{
            {QStringLiteral("file_mb"), mb},
            {QStringLiteral("rows"), qint64(snap.rowCount())},
            {QStringLiteral("cat_s"), catSeconds},
            {QStringLiteral("pii_s"), piiSeconds},
            {QStringLiteral("pii_cpu_s"), piiCpuSeconds},
            {QStringLiteral("pii_mb_s"), mb / piiSeconds},
            {QStringLiteral("pii_vs_cat"), piiSeconds / catSeconds},
            {QStringLiteral("pii_findings"), qint64(pii.total())},
            {QStringLiteral("budget_pii_le_3x_cat"), piiSeconds <= 3 * catSeconds},
        };
        QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
        return 0;
    }
    NearDupResult nd;
    const double nearDup = timed([&] { nd = findNearDuplicates(snap, NearDupParams{}).value(); });

    // The import: this file converted again (it reads as OpenAI chat), without the verdict,
    // beside the copy that converts nothing; in turns, three each.
    const QString imported = tmp.filePath(QStringLiteral("imported.jsonl"));
    const QString copy = tmp.filePath(QStringLiteral("copy.jsonl"));
    const QString catCopy = QStringLiteral("cat '%1' > '%2'").arg(file, copy);
    std::vector<double> copies, imports;
    std::int64_t importedRows = 0;
    for (int round = 0; round < 3; ++round) {
        QFile::remove(copy);
        copies.push_back(timed([&] { QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), catCopy}); }));
        QFile::remove(copy);
        QFile::remove(imported);
        ImportOptions options;
        options.input = file;
        options.output = imported;
        options.check.reset();
        imports.push_back(timed([&] {
            auto r = importFile(options);
            importedRows = r ? r->rowsConverted : -1;
        }));
        QFile::remove(imported);
    }
    const double copySeconds = median(copies), importSeconds = median(imports);
    // The statistics' facts of every row (one pass on every core).
    std::vector<RowFacts> facts;
    const double factsSeconds = timed([&] { facts = computeFacts(snap); });

    // The engines, one thread, on the same decoded texts (at most 64 MB of them).
    std::size_t sampleBytes = 0;
    const std::vector<std::string> texts = sampleTexts(snap, 64u << 20, sampleBytes);
    const PiiScanner& scanner = *PiiScanner::instance().value();
    std::size_t hsFound = 0;
    const double hs = median3([&] {
        return timed([&] {
            std::vector<PiiFinding> found;
            hsFound = 0;
            for (const std::string& t : texts) {
                scanner.scan(t, kAllPiiKinds, found);
                hsFound += found.size();
            }
        });
    });
    QJsonObject engines{{QStringLiteral("sample_mb"), double(sampleBytes) / 1e6},
                        {QStringLiteral("scanner_mb_s"), double(sampleBytes) / 1e6 / hs},
                        {QStringLiteral("scanner_findings"), qint64(hsFound)}};
#ifdef TD_HAVE_RE2
    Re2Engine re2;
    std::size_t re2Found = 0;
    const double re2Seconds = median3([&] {
        return timed([&] {
            re2Found = 0;
            for (const std::string& t : texts)
                re2Found += re2.scan(t);
        });
    });
    engines.insert(QStringLiteral("re2_patterns_only_mb_s"), double(sampleBytes) / 1e6 / re2Seconds);
    engines.insert(QStringLiteral("re2_matches_unchecked"), qint64(re2Found));
#else
    engines.insert(QStringLiteral("re2"), QStringLiteral("not installed (libre2-dev): not compared"));
#endif

    const QJsonObject out{
        {QStringLiteral("file_mb"), mb},
        {QStringLiteral("rows"), qint64(snap.rowCount())},
        {QStringLiteral("cores"), int(std::thread::hardware_concurrency())},
        {QStringLiteral("cat_s"), catSeconds},
        {QStringLiteral("neardup_s"), nearDup},
        {QStringLiteral("neardup_vs_cat"), nearDup / catSeconds},
        {QStringLiteral("neardup_clusters"), qint64(nd.clusters.size())},
        {QStringLiteral("neardup_duplicate_rows"), qint64(nd.duplicateRows())},
        {QStringLiteral("neardup_bytes_per_row"), double(nd.scanBytes) / double(std::max<std::int64_t>(1, nd.rows))},
        {QStringLiteral("neardup_s_per_gib"), nearDup / (double(doc.fileSize()) / double(1 << 30))},
        {QStringLiteral("pii_s"), piiSeconds},
        {QStringLiteral("pii_cpu_s"), piiCpuSeconds},
        {QStringLiteral("pii_mb_s"), mb / piiSeconds},
        {QStringLiteral("pii_vs_cat"), piiSeconds / catSeconds},
        {QStringLiteral("pii_findings"), qint64(pii.total())},
        {QStringLiteral("pii_engines_one_thread"), engines},
        {QStringLiteral("cat_to_copy_s"), copySeconds},
        {QStringLiteral("import_s"), importSeconds},
        {QStringLiteral("import_rows"), qint64(importedRows)},
        {QStringLiteral("import_vs_cat_to_copy"), importSeconds / copySeconds},
        {QStringLiteral("import_vs_cat"), importSeconds / catSeconds},
        {QStringLiteral("facts_s"), factsSeconds},
        {QStringLiteral("facts_vs_cat"), factsSeconds / catSeconds},
        {QStringLiteral("facts_rows"), qint64(facts.size())},
        {QStringLiteral("budget_neardup_le_60s_per_gib"), nearDup / (double(doc.fileSize()) / double(1 << 30)) <= 60},
        {QStringLiteral("budget_pii_le_3x_cat"), piiSeconds <= 3 * catSeconds},
        {QStringLiteral("budget_import_le_5x_cat_to_copy"), importedRows > 0 && importSeconds <= 5 * copySeconds},
    };
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
