#include "validate/Exporter.h"

#include "dataset/DatasetWriter.h"
#include "validate/ParityChecker.h"
#include "validate/QuickFix.h"

#include <QCoreApplication>

#include <algorithm>
#include <random>

namespace td {

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
    if (options.validationFraction && *options.validationFraction > 0) {
        // A seeded shuffle picks the validation rows; both files keep the original order.
        std::vector<std::size_t> order(kept.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::mt19937_64 rng(options.seed);
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[std::size_t(rng() % i)]);
        const std::size_t nVal = std::size_t(double(kept.size()) * std::min(1.0, *options.validationFraction) + 0.5);
        std::vector<bool> isVal(kept.size(), false);
        for (std::size_t i = 0; i < nVal; ++i)
            isVal[order[i]] = true;
        train.clear();
        for (std::size_t i = 0; i < kept.size(); ++i)
            (isVal[i] ? validation : train).push_back(kept[i]);
    }

    auto write = [&](const QString& path, const std::vector<std::int64_t>& which) -> Result<void> {
        // The rows are chosen through the order, so an empty choice writes an empty file.
        DocumentSnapshot chosen = snap;
        auto order = std::make_shared<RowOrder>();
        order->reserve(which.size());
        for (std::int64_t pos : which)
            order->push_back(snap.idAt(pos));
        chosen.order = std::move(order);
        auto r = writeDataset(chosen, path, {}, {}, options.cancel);
        return r ? Result<void>() : Result<void>(r.error());
    };
    summary.trainPath = options.output;
    if (auto r = write(options.output, train); !r)
        return r.error();
    summary.trainRows = std::int64_t(train.size());
    if (options.validationFraction && *options.validationFraction > 0) {
        summary.validationPath = validationPathFor(options.output);
        if (auto r = write(summary.validationPath, validation); !r)
            return r.error();
        summary.validationRows = std::int64_t(validation.size());
    }
    summary.rowsWritten = summary.trainRows + summary.validationRows;
    if (options.output.endsWith(QLatin1String(".jsonl")))
        summary.trainCheck = checkFileParity(summary.trainPath);
    if (summary.validationPath.endsWith(QLatin1String(".jsonl")))
        summary.validationCheck = checkFileParity(summary.validationPath);
    if (options.progress)
        options.progress(summary.rowsConsidered, summary.rowsConsidered);
    return summary;
}

} // namespace td
