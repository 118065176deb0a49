#pragma once

#include "eval/EvalStore.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace td {

// A proportion with its 95 % Wilson score interval (chosen over the normal approximation
// because it stays inside 0..1 and is honest for small counts and proportions near 0 or 1).
struct Proportion
{
    int count = 0;
    int of = 0;
    double value() const { return of > 0 ? double(count) / of : 0; }
    double low = 0, high = 0;
    static Proportion wilson(int count, int of);
};

// What a run's answers and verdicts add up to.
struct EvalSummary
{
    Q_DECLARE_TR_FUNCTIONS(td::EvalSummary)

public:
    struct ModelScores
    {
        QString model;
        int answered = 0, failed = 0;
        int exact = 0, normalized = 0, refusals = 0;
        int validJson = 0, jsonChecked = 0;
        double meanLengthRatio = 0;
        double meanMs = -1;           // -1: no answer has a duration (the Batch API's)
        double meanFirstTokenMs = -1; // over the answers whose first token was timed; -1: none
        double tokensPerSecond = -1;  // completion tokens over their generation time, all timed answers
        qint64 promptTokens = 0, completionTokens = 0;
    };
    // Win / tie / loss of `a` against `b` (a's point of view) by one judge. A row's verdicts
    // (one per order) are added up: +1 for a, -1 for b, 0 for a tie; more for a is a win, more
    // for b a loss, even a tie. A row with any failed verdict counts as a judge failure, a row
    // one of the two did not answer as unanswered: neither is in the proportions, both are shown.
    struct Tally
    {
        int wins = 0, ties = 0, losses = 0;
        int judgeFailures = 0;
        int judged() const { return wins + ties + losses; }
        Proportion winRate() const { return Proportion::wilson(wins, judged()); }
        Proportion tieRate() const { return Proportion::wilson(ties, judged()); }
        Proportion lossRate() const { return Proportion::wilson(losses, judged()); }
    };
    struct Pair
    {
        int a = -1, b = -1;
        QString judge;
        Tally all;
        int unanswered = 0;          // rows not both answered (not judged)
        QMap<QString, Tally> byFact; // the breakdown's values
        QList<qint64> lostRows;      // rows where the fine-tune lost (when it is a or b)
        QList<qint64> wonRows;
    };

    int rows = 0, unaskable = 0;
    int candidate = -1;
    QList<ModelScores> models;
    QList<Pair> pairs;
    QString breakdownFact; // empty: no breakdown

    static EvalSummary of(const EvalRunData& data, const QString& breakdownFact = {});
    // "Qwen-ft wins 64 % of 200 rows (95 % CI 57–70 %) against Qwen, 12 ties, 18 losses; 2 judge failures"
    QString headline(const Pair& p) const;
    QString text() const;
    nlohmann::ordered_json toJson() const;
};

} // namespace td
