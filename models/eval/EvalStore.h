#pragma once

#include "core/Result.h"
#include "eval/EvalRows.h"
#include "eval/EvalRun.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

#include <nlohmann/json_fwd.hpp>

namespace td {

// One model's answer to one row, as journaled.
struct EvalResult
{
    qint64 row = -1;
    int model = -1; // index into the definition's models
    bool ok = false;
    QString answer;
    QString finishReason;
    qint64 promptTokens = -1, completionTokens = -1;
    qint64 ms = -1;           // request to whole answer
    qint64 firstTokenMs = -1; // request to the first text of a streamed answer (-1: unknown)
    int attempts = 0;
    QString error; // why there is no answer (after retries)

    // Completion tokens over the time they took to come (first token to whole answer); -1
    // when the usage or the first token's time is not known or no time passed.
    double tokensPerSecond() const;

    nlohmann::ordered_json toJson(const QString& modelName) const;
    static std::optional<EvalResult> fromJson(const nlohmann::json& j);
};

// A judge's verdict on one row for one pair of models, in one order of presentation.
struct EvalVerdict
{
    enum class Pick { First, Second, Tie, Failed };
    qint64 row = -1;
    int a = -1, b = -1;       // the pair, a < b
    bool swapped = false;     // b's answer was shown first
    Pick pick = Pick::Failed; // as the judge saw them (First: the answer shown first)
    QString judge;            // the judge model, or "together-evaluations"
    QString raw;              // the judge's words (or the error)
    QString humanNote;        // set when a person decided

    // The winner of the pair, after undoing the order: a, b, -1 for a tie, -2 when failed.
    int winner() const;
    nlohmann::ordered_json toJson() const;
    static std::optional<EvalVerdict> fromJson(const nlohmann::json& j);
};

// Everything saved about a run, as reopening shows it.
struct EvalRunData
{
    EvalDefinition definition;
    QString state; // created, running, paused, cancelled, finished
    QList<EvalRow> rows;
    QHash<quint64, EvalResult> results; // key(rowIndex, model): an answer wins over failures
    QList<EvalVerdict> verdicts;
    // A person's marks on single answers, key(row, model) -> good (true) or bad (false); the
    // last mark of an answer counts, and a cleared one is gone.
    QHash<quint64, bool> marks;
    int tornLines = 0; // a crash cut a journal's last line (ignored)

    static quint64 key(qint64 row, int model) { return quint64(row) * 8 + quint64(model); }
    static std::pair<qint64, int> unkey(quint64 key) { return {qint64(key / 8), int(key % 8)}; }
    const EvalResult* result(qint64 row, int model) const
    {
        const auto it = results.constFind(key(row, model));
        return it == results.cend() ? nullptr : &*it;
    }
    int askableRows() const;
    int answered() const;
    int failedAnswers() const;
};

// Evaluation runs on disk: one folder per run under the app's data folder (evals/ID) holding
// run.json (the definition), state.json, rows.jsonl (the rows as cut when the run was made,
// so a changed dataset does not change a run), results.jsonl, verdicts.jsonl and marks.jsonl
// (journals).
class EvalStore
{
    Q_DECLARE_TR_FUNCTIONS(td::EvalStore)

public:
    explicit EvalStore(QString root = defaultRoot());
    static QString defaultRoot();
    QString root() const { return m_root; }
    QString folder(const QString& id) const { return m_root + QLatin1Char('/') + id; }
    QString resultsPath(const QString& id) const { return folder(id) + QStringLiteral("/results.jsonl"); }
    QString verdictsPath(const QString& id) const { return folder(id) + QStringLiteral("/verdicts.jsonl"); }
    QString marksPath(const QString& id) const { return folder(id) + QStringLiteral("/marks.jsonl"); }

    // Saves a new run (an id is given when it has none) with its rows.
    Result<QString> create(EvalDefinition definition, const QList<EvalRow>& rows) const;
    Result<EvalRunData> open(const QString& id) const;
    Result<void> setState(const QString& id, const QString& state) const;
    QString state(const QString& id) const;
    struct Listed
    {
        EvalDefinition definition;
        QString state;
    };
    // Newest first.
    QList<Listed> list() const;

private:
    QString m_root;
};

} // namespace td
