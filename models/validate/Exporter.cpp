#include "validate/Exporter.h"

#include <nlohmann/json.hpp>

#include "dataset/DatasetWriter.h"
#include "dataset/FilePaths.h"
#include "dataset/OutputSink.h"
#include "dataset/PendingFile.h"
#include "validate/ParityChecker.h"
#include "validate/QuickFix.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <random>

namespace td {

namespace {

// An output that is the dataset being exported would be destroyed while it is read (a
// split's validation name can be the input's: `export x.validation.jsonl x.jsonl`).
Result<void> refuseInputAsOutput(const DocumentSnapshot& snapshot, const ExportOptions& options, const QString& train,
                                 const QString& validation)
{
    auto resolved = [](const QString& p) {
        auto r = resolveSymlinks(p);
        return r ? *r : QFileInfo(p).absoluteFilePath();
    };
    auto isInput = [&](const QString& out) {
        if (snapshot.file && isSameFile(snapshot.file->fd(), out))
            return true;
        return !options.inputPath.isEmpty() &&
               (isSameFile(options.inputPath, out) || resolved(options.inputPath) == resolved(out));
    };
    for (const QString& out : {train, validation}) {
        if (out.isEmpty() || !isInput(out))
            continue;
        return Error::make(
            Error::Code::Unsupported,
            (out == train
                 ? QCoreApplication::translate("td::Export", "Cannot export to %1: it is the dataset being exported. "
                                                             "Choose another name; nothing was written.")
                 : QCoreApplication::translate("td::Export",
                                               "Cannot export to %2: its validation file %1 would be the dataset "
                                               "being exported. Choose another name; nothing was written."))
                .arg(QDir::toNativeSeparators(out), QDir::toNativeSeparators(train)));
    }
    if (!validation.isEmpty() && (isSameFile(train, validation) || resolved(train) == resolved(validation)))
        return Error::make(Error::Code::Unsupported,
                           QCoreApplication::translate("td::Export", "Cannot export: %1 and its validation file %2 "
                                                                     "are the same file. Nothing was written.")
                               .arg(QDir::toNativeSeparators(train), QDir::toNativeSeparators(validation)));
    return {};
}

} // namespace

QString validationPathFor(const QString& output)
{
    for (const QString& ext : {QStringLiteral(".jsonl.zst"), QStringLiteral(".jsonl")})
        if (output.endsWith(ext))
            return output.chopped(ext.size()) + QStringLiteral(".validation") + ext;
    return output + QStringLiteral(".validation");
}

Result<ExportSummary> exportDataset(const DocumentSnapshot& snapshot, const ExportOptions& options)
{
    ExportSummary summary;
    summary.trainPath = options.output;
    const bool split = options.validationFraction && *options.validationFraction > 0;
    if (split)
        summary.validationPath = validationPathFor(options.output);
    if (auto r = refuseInputAsOutput(snapshot, options, summary.trainPath, summary.validationPath); !r)
        return r.error();

    std::vector<std::int64_t> rows = options.rows;
    if (rows.empty()) {
        rows.resize(std::size_t(snapshot.rowCount()));
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i] = std::int64_t(i);
    }
    summary.rowsConsidered = std::int64_t(rows.size());

    // Fixed rows become content overrides of a derived snapshot, so the writer treats them
    // like edited rows and copies every other row byte for byte.
    DocumentSnapshot snap = snapshot;
    auto contents = std::make_shared<RowContents>(snapshot.contents ? *snapshot.contents : RowContents{});
    std::vector<std::int64_t> kept;
    kept.reserve(rows.size());
    const bool needLint = options.validOnly || !options.fixes.empty();
    // One lint of the whole file (parallel, fast path) says which rows have problems,
    // including the dataset-level ones (a row in another format than the rest).
    LintResult lint;
    if (needLint) {
        LintOptions lo = options.lint;
        lo.cancel = options.cancel;
        lint = lintSnapshot(snapshot, lo);
        if (lint.cancelled)
            return Error::make(Error::Code::Cancelled, QCoreApplication::translate("td::Export", "Cancelled"));
    }
    // The problems are in row order: a cursor follows rows asked for in order, a search finds others.
    std::size_t cursor = 0;
    std::int64_t lastPos = -1;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if ((i & 0x3FF) == 0) {
            if (options.cancel && options.cancel->load())
                return Error::make(Error::Code::Cancelled, QCoreApplication::translate("td::Export", "Cancelled"));
            if (options.progress)
                options.progress(std::int64_t(i), std::int64_t(rows.size()));
        }
        const std::int64_t pos = rows[i];
        if (pos < lastPos)
            cursor = lint.problems.lowerBound(pos);
        lastPos = pos;
        while (cursor < lint.problems.size() && lint.problems.row(cursor) < pos)
            ++cursor;
        if (cursor == lint.problems.size() || lint.problems.row(cursor) != pos) { // nothing to fix or drop
            kept.push_back(pos);
            continue;
        }
        std::vector<LintProblem> problems;
        for (std::size_t k = cursor; k < lint.problems.size() && lint.problems.row(k) == pos; ++k)
            problems.push_back(lint.problems.at(k));
        bool datasetError = false; // not something a row fix changes
        for (const LintProblem& p : problems)
            datasetError = datasetError || (p.code == "mixed-format" && p.severity == Severity::Error);
        QByteArray bytes = snapshot.rowView(pos).toByteArray();
        bool fixed = false, deleted = false;
        for (int round = 0; round < 4 && !options.fixes.empty(); ++round) {
            // Apply the chosen fixes the row's problems offer, until none is left (a fix may
            // reveal another, e.g. a BOM hiding a bad weight).
            std::set<FixKind> offered;
            for (const LintProblem& p : problems)
                if (options.fixes.count(p.fix))
                    offered.insert(p.fix);
            if (offered.empty())
                break;
            if (offered.count(FixKind::DeleteRow)) {
                deleted = true;
                break;
            }
            bool any = false;
            for (FixKind k : offered) {
                const FixOutcome o = applyFix(bytes, k);
                if (o.action == FixOutcome::Action::Replace) {
                    bytes = o.bytes;
                    any = fixed = true;
                }
            }
            if (!any)
                break;
            problems = lintRow(bytes, pos, options.lint);
        }
        if (deleted) {
            ++summary.rowsDropped;
            continue;
        }
        if (options.validOnly) {
            bool hasError = datasetError;
            for (const LintProblem& p : problems)
                hasError = hasError || p.severity == Severity::Error;
            if (hasError) {
                ++summary.rowsDropped;
                continue;
            }
        }
        if (fixed) {
            (*contents)[snapshot.idAt(pos)] = bytes;
            ++summary.rowsFixed;
        }
        kept.push_back(pos);
    }
    snap.contents = contents;
    if (options.fixes.count(FixKind::NormalizeLineEnds))
        snap.normalizeLineEnds = true;

    std::vector<std::int64_t> train = kept, validation;
    if (split) {
        std::vector<bool> isVal(kept.size(), false);
        if (options.chooseValidation) {
            isVal = options.chooseValidation(kept);
            if (isVal.size() != kept.size())
                return Error::make(Error::Code::Internal, QStringLiteral("the split chose for another number of rows"));
        } else {
            // A seeded shuffle picks the validation rows; both files keep the original order.
            std::vector<std::size_t> order(kept.size());
            for (std::size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            std::mt19937_64 rng(options.seed);
            for (std::size_t i = order.size(); i > 1; --i)
                std::swap(order[i - 1], order[std::size_t(rng() % i)]);
            const std::size_t nVal =
                std::size_t(double(kept.size()) * std::min(1.0, *options.validationFraction) + 0.5);
            for (std::size_t i = 0; i < nVal; ++i)
                isVal[order[i]] = true;
        }
        train.clear();
        for (std::size_t i = 0; i < kept.size(); ++i)
            (isVal[i] ? validation : train).push_back(kept[i]);
    }

    // Both files are complete and on disk before either replaces anything.
    std::vector<std::unique_ptr<PendingFile>> files;
    auto failed = [&](const Error& e) -> Result<ExportSummary> {
        for (auto& f : files)
            f->abort();
        if (e.isCancelled())
            return e;
        QStringList untouched;
        for (const QString& path : {summary.trainPath, summary.validationPath})
            if (!path.isEmpty())
                untouched << (QFileInfo::exists(path)
                                  ? QCoreApplication::translate("td::Export", "%1 was not changed.")
                                  : QCoreApplication::translate("td::Export", "%1 was not created."))
                                 .arg(QDir::toNativeSeparators(path));
        return Error{e.code, QCoreApplication::translate("td::Export", "Cannot export: %1. %2")
                                 .arg(e.message, untouched.join(QLatin1Char(' ')))};
    };
    auto write = [&](const QString& path, const std::vector<std::int64_t>& which) -> Result<void> {
        auto file = PendingFile::create(path);
        if (!file)
            return file.error();
        files.push_back(std::move(*file));
        // The rows are chosen through the order, so an empty choice writes an empty file.
        DocumentSnapshot chosen = snap;
        auto order = std::make_shared<RowOrder>();
        order->reserve(which.size());
        for (std::int64_t pos : which)
            order->push_back(snap.idAt(pos));
        chosen.order = std::move(order);
        WriteOptions wo;
        if (options.wrapSink)
            wo.wrapSink = [&options, path](OutputSink& next) { return options.wrapSink(next, path); };
        auto r = writePending(chosen, *files.back(), wo, {}, options.cancel);
        return r ? Result<void>() : Result<void>(r.error());
    };
    if (auto r = write(summary.trainPath, train); !r)
        return failed(r.error());
    summary.trainRows = std::int64_t(train.size());
    if (split) {
        if (auto r = write(summary.validationPath, validation); !r)
            return failed(r.error());
        summary.validationRows = std::int64_t(validation.size());
    }
    std::vector<PendingFile*> all;
    for (auto& f : files)
        all.push_back(f.get());
    // commitAll puts back what it replaced if a later rename fails, and says so if it cannot.
    if (auto r = commitAll(all); !r)
        return r.error();
    summary.rowsWritten = summary.trainRows + summary.validationRows;
    if (options.output.endsWith(QLatin1String(".jsonl"))) {
        auto check = checkFileParity(summary.trainPath);
        if (!check)
            return check.error();
        summary.trainCheck = std::move(*check);
    }
    if (summary.validationPath.endsWith(QLatin1String(".jsonl"))) {
        auto check = checkFileParity(summary.validationPath);
        if (!check)
            return check.error();
        summary.validationCheck = std::move(*check);
    }
    if (options.progress)
        options.progress(summary.rowsConsidered, summary.rowsConsidered);
    return summary;
}

QByteArray ExportSummary::toJson() const
{
    auto file = [](const QString& path, std::int64_t rows, const std::optional<ParityReport>& check) {
        nlohmann::ordered_json f;
        f["path"] = path.toStdString();
        f["rows"] = rows;
        if (check)
            f["check"] = {{"passed", check->passed()}, {"message", check->message()}};
        else
            f["check"] = nullptr;
        return f;
    };
    nlohmann::ordered_json j;
    j["rows_considered"] = rowsConsidered;
    j["rows_written"] = rowsWritten;
    j["rows_fixed"] = rowsFixed;
    j["rows_dropped"] = rowsDropped;
    j["train"] = file(trainPath, trainRows, trainCheck);
    j["validation"] =
        validationPath.isEmpty() ? nlohmann::ordered_json() : file(validationPath, validationRows, validationCheck);
    return QByteArray::fromStdString(j.dump(2)) + '\n';
}

} // namespace td
