#include "eval/EvalSummary.h"

#include "eval/EvalScores.h"

#include <QHash>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <tuple>

namespace td {

Proportion Proportion::wilson(int count, int of)
{
    Proportion p;
    p.count = count;
    p.of = of;
    if (of <= 0)
        return p;
    constexpr double z = 1.959963984540054; // 95 %
    const double n = of;
    const double phat = double(count) / n;
    const double denominator = 1 + z * z / n;
    const double centre = (phat + z * z / (2 * n)) / denominator;
    const double half = z * std::sqrt(phat * (1 - phat) / n + z * z / (4 * n * n)) / denominator;
    p.low = std::max(0.0, centre - half);
    p.high = std::min(1.0, centre + half);
    return p;
}

EvalSummary EvalSummary::of(const EvalRunData& data, const QString& breakdownFact)
{
    EvalSummary s;
    const EvalDefinition& d = data.definition;
    s.candidate = d.candidateIndex();
    s.breakdownFact = breakdownFact;
    s.rows = int(data.rows.size());
    QHash<qint64, const EvalRow*> rowOf;
    for (const EvalRow& r : data.rows) {
        rowOf.insert(r.row, &r);
        s.unaskable += r.askable() ? 0 : 1;
    }
    for (int m = 0; m < d.models.size(); ++m) {
        ModelScores ms;
        ms.model = d.models[m].model;
        double ratio = 0, ms_ = 0, ttft = 0, genSeconds = 0;
        int timed = 0, clocked = 0; // clocked: answers with a duration (a batch's have none)
        qint64 timedTokens = 0;
        for (const EvalRow& r : data.rows) {
            const EvalResult* res = data.result(r.row, m);
            if (!res)
                continue;
            if (!res->ok) {
                ++ms.failed;
                continue;
            }
            ++ms.answered;
            const EvalScores sc = EvalScores::of(res->answer, r.reference, d.parameters.jsonObject);
            ms.exact += sc.exact ? 1 : 0;
            ms.normalized += sc.normalized ? 1 : 0;
            ms.refusals += sc.refusal ? 1 : 0;
            if (sc.validJson) {
                ++ms.jsonChecked;
                ms.validJson += *sc.validJson ? 1 : 0;
            }
            ratio += sc.lengthRatio;
            if (res->ms >= 0) {
                ms_ += double(res->ms);
                ++clocked;
            }
            ms.promptTokens += std::max<qint64>(res->promptTokens, 0);
            ms.completionTokens += std::max<qint64>(res->completionTokens, 0);
            if (res->tokensPerSecond() >= 0) {
                ++timed;
                ttft += double(res->firstTokenMs);
                genSeconds += double(res->ms - res->firstTokenMs) / 1000.0;
                timedTokens += res->completionTokens;
            }
        }
        if (timed > 0) {
            ms.meanFirstTokenMs = ttft / timed;
            ms.tokensPerSecond = genSeconds > 0 ? double(timedTokens) / genSeconds : -1;
        }
        ms.meanLengthRatio = ms.answered ? ratio / ms.answered : 0;
        ms.meanMs = clocked ? ms_ / clocked : -1;
        s.models.append(ms);
    }

    // The last verdict per (judge, pair, row, order) counts: a person's later decision
    // replaces the judge's.
    std::map<std::tuple<QString, int, int, qint64, bool>, const EvalVerdict*> latest;
    for (const EvalVerdict& v : data.verdicts)
        latest[{v.judge, v.a, v.b, v.row, v.swapped}] = &v;
    // (judge, a, b) -> row -> (score, failed)
    std::map<std::tuple<QString, int, int>, std::map<qint64, std::pair<int, bool>>> perRow;
    for (const auto& [k, v] : latest) {
        auto& cell = perRow[{v->judge, v->a, v->b}][v->row];
        const int w = v->winner();
        if (w == -2)
            cell.second = true;
        else if (w == v->a)
            ++cell.first;
        else if (w == v->b)
            --cell.first;
    }
    for (const auto& [key, rows] : perRow) {
        Pair p;
        p.judge = std::get<0>(key);
        p.a = std::get<1>(key);
        p.b = std::get<2>(key);
        for (const EvalRow& r : data.rows) {
            if (!r.askable())
                continue;
            const EvalResult* ra = data.result(r.row, p.a);
            const EvalResult* rb = data.result(r.row, p.b);
            const auto it = rows.find(r.row);
            if (it == rows.end()) {
                p.unanswered += (!ra || !rb || !ra->ok || !rb->ok) ? 1 : 0;
                continue;
            }
            Tally* tallies[2] = {&p.all, nullptr};
            if (!breakdownFact.isEmpty())
                tallies[1] = &p.byFact[r.facts.value(breakdownFact, tr("(none)"))];
            for (Tally* t : tallies) {
                if (!t)
                    continue;
                if (it->second.second)
                    ++t->judgeFailures;
                else if (it->second.first > 0)
                    ++t->wins;
                else if (it->second.first < 0)
                    ++t->losses;
                else
                    ++t->ties;
            }
            if (it->second.second || it->second.first == 0)
                continue;
            const bool aWon = it->second.first > 0;
            if (s.candidate == p.a)
                (aWon ? p.wonRows : p.lostRows).append(r.row);
            else if (s.candidate == p.b)
                (aWon ? p.lostRows : p.wonRows).append(r.row);
        }
        s.pairs.append(p);
    }
    return s;
}

QString EvalSummary::headline(const Pair& p) const
{
    const auto pct = [](double v) { return QString::number(qRound(v * 100)); };
    // Said from the fine-tune's side when it is in the pair.
    const bool flip = candidate == p.b;
    const int me = flip ? p.b : p.a, other = flip ? p.a : p.b;
    const int wins = flip ? p.all.losses : p.all.wins;
    const int losses = flip ? p.all.wins : p.all.losses;
    const Proportion w = Proportion::wilson(wins, p.all.judged());
    // Counts with their plural forms ("1 tie", not "1 ties").
    return tr("%1 wins %2 % of %3 against %4 (95 % CI %5–%6 %, Wilson), %7, %8; %9, %10 (judge: %11)")
        .arg(models.value(me).model, pct(w.value()), tr("%n row(s)", nullptr, p.all.judged()))
        .arg(models.value(other).model, pct(w.low), pct(w.high))
        .arg(tr("%n tie(s)", nullptr, p.all.ties), tr("%n loss(es)", nullptr, losses),
             tr("%n judge failure(s)", nullptr, p.all.judgeFailures),
             tr("%n row(s) not answered by both", nullptr, p.unanswered), p.judge);
}

QString EvalSummary::text() const
{
    QStringList lines;
    lines << tr("%n row(s)", nullptr, rows) + QLatin1Char(' ') + tr("(%n could not be asked)", nullptr, unaskable);
    for (const ModelScores& m : models)
        lines << tr("%1: %2 answered, %3 failed; exact %4, normalised %5, refusals %6, length ratio %L7%8")
                     .arg(m.model)
                     .arg(m.answered)
                     .arg(m.failed)
                     .arg(m.exact)
                     .arg(m.normalized)
                     .arg(m.refusals)
                     .arg(m.meanLengthRatio, 0, 'f', 2)
                     .arg(
                         // A batch's answers have no duration of their own.
                         (m.meanMs >= 0 ? tr(", %1 ms on average").arg(qRound(m.meanMs)) : QString()) +
                         (m.jsonChecked ? tr(", valid JSON %1 of %2").arg(m.validJson).arg(m.jsonChecked) : QString()) +
                         (m.tokensPerSecond >= 0 ? tr(", first token after %1 ms, %L2 tokens/s")
                                                       .arg(qRound(m.meanFirstTokenMs))
                                                       .arg(m.tokensPerSecond, 0, 'f', 1)
                                                 : QString()));
    for (const Pair& p : pairs) {
        lines << headline(p);
        for (auto it = p.byFact.begin(); it != p.byFact.end(); ++it)
            lines << tr("  %1 = %2: %3, %4, %5, %6")
                         .arg(breakdownFact, it.key(), tr("%n win(s)", nullptr, it->wins),
                              tr("%n tie(s)", nullptr, it->ties), tr("%n loss(es)", nullptr, it->losses),
                              tr("%n failure(s)", nullptr, it->judgeFailures));
        if (!p.lostRows.isEmpty()) {
            QStringList rows;
            for (qint64 r : p.lostRows)
                rows << QString::number(r + 1);
            lines << tr("  lost rows (1-based): %1").arg(rows.join(QStringLiteral(", ")));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

nlohmann::ordered_json EvalSummary::toJson() const
{
    const auto prop = [](const Proportion& p) {
        return nlohmann::ordered_json{
            {"count", p.count}, {"of", p.of}, {"value", p.value()}, {"low", p.low}, {"high", p.high}};
    };
    const auto tally = [&](const Tally& t) {
        return nlohmann::ordered_json{{"wins", t.wins},
                                      {"ties", t.ties},
                                      {"losses", t.losses},
                                      {"judge_failures", t.judgeFailures},
                                      {"win_rate", prop(t.winRate())},
                                      {"tie_rate", prop(t.tieRate())},
                                      {"loss_rate", prop(t.lossRate())}};
    };
    nlohmann::ordered_json j;
    j["rows"] = rows;
    j["unaskable"] = unaskable;
    j["candidate"] = candidate;
    j["interval"] = "wilson-95";
    j["models"] = nlohmann::ordered_json::array();
    for (const ModelScores& m : models)
        j["models"].push_back({{"model", m.model.toStdString()},
                               {"answered", m.answered},
                               {"failed", m.failed},
                               {"exact", m.exact},
                               {"normalized", m.normalized},
                               {"refusals", m.refusals},
                               {"valid_json", m.validJson},
                               {"json_checked", m.jsonChecked},
                               {"mean_length_ratio", m.meanLengthRatio},
                               {"mean_ms", m.meanMs},
                               {"mean_ttft_ms", m.meanFirstTokenMs},
                               {"tokens_per_second", m.tokensPerSecond},
                               {"prompt_tokens", m.promptTokens},
                               {"completion_tokens", m.completionTokens}});
    j["pairs"] = nlohmann::ordered_json::array();
    for (const Pair& p : pairs) {
        nlohmann::ordered_json pj = {{"a", p.a}, {"b", p.b}, {"judge", p.judge.toStdString()}};
        pj["all"] = tally(p.all);
        pj["unanswered"] = p.unanswered;
        if (!breakdownFact.isEmpty()) {
            pj["breakdown"] = {{"fact", breakdownFact.toStdString()}, {"values", nlohmann::ordered_json::object()}};
            for (auto it = p.byFact.begin(); it != p.byFact.end(); ++it)
                pj["breakdown"]["values"][it.key().toStdString()] = tally(*it);
        }
        pj["lost_rows"] = nlohmann::ordered_json::array();
        for (qint64 r : p.lostRows)
            pj["lost_rows"].push_back(r);
        pj["headline"] = headline(p).toStdString();
        j["pairs"].push_back(pj);
    }
    return j;
}

} // namespace td
