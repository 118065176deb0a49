#pragma once

#include "core/Result.h"
#include "eval/EvalStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace td {

// From a run back into a dataset, and out of TuneDesk:
// - training rows: the conversation with the better answer (weights as Add to Dataset sets them);
// - DPO preference rows: the better answer preferred, the worse one not;
// both from the verdicts of one judge (a model, Together's Evaluations, or "human"), with the
// run, row, judge and verdict in a top-level "tunedesk_eval" field that the exporter's "drop
// extra keys" fix removes before uploading;
// - the whole run as JSONL (one object per row: prompt, reference, every answer with its
// scores and cost, every verdict) and as CSV a spreadsheet opens (UTF-8 with a BOM, RFC 4180
// quoting, cells a spreadsheet would take for a formula made text).
class EvalExport
{
    Q_DECLARE_TR_FUNCTIONS(td::EvalExport)

public:
    static constexpr const char* kField = "tunedesk_eval";

    struct Decided
    {
        qint64 row = -1;
        int winner = -1, loser = -1;
        int score = 0; // both orders added up (2: won in both orders)
    };
    // The rows of a pair one judge decided (ties and failures left out), in row order.
    static QList<Decided> decided(const EvalRunData& data, int a, int b, const QString& judge);

    // `onlyLost`: only rows the fine-tune lost (the better answer is another model's).
    static QList<QByteArray> trainingRows(const EvalRunData& data, int a, int b, const QString& judge,
                                          bool onlyLost = false);
    static QList<QByteArray> preferenceRows(const EvalRunData& data, int a, int b, const QString& judge,
                                            bool onlyLost = false);

    static QByteArray runJsonl(const EvalRunData& data);
    static QByteArray runCsv(const EvalRunData& data);
    enum class RunFormat { Jsonl, Csv };
    // The whole run written to `path` in one of those formats (all or nothing: an old file
    // stays as it was until the new one is complete). The app and the CLI both write with it.
    static Result<void> writeRun(const EvalRunData& data, RunFormat format, const QString& path);
    static QByteArray csvCell(const QString& text);

    // A person's decision for a row of a pair, journaled like a judge's ("human"); the last
    // one for a row replaces earlier ones in the summary. winner: a, b, or -1 for a tie.
    static Result<void> recordHuman(const QString& verdictsPath, qint64 row, int a, int b, int winner);

    // A person marks one answer good or bad (nullopt clears the mark), journaled in marks.jsonl.
    static Result<void> recordMark(const QString& marksPath, qint64 row, int model, std::optional<bool> good);
    // From the marks: every answer marked good as a training row; and, for each row with a good
    // and a bad answer, a preference row of each good answer against each bad one (the judge
    // recorded as "human marks"). In row order, then model order.
    static QList<QByteArray> markedTrainingRows(const EvalRunData& data);
    static QList<QByteArray> markedPreferenceRows(const EvalRunData& data);
};

} // namespace td
