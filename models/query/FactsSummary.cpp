#include "query/FactsSummary.h"

#include "query/FilterExpression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace td {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

// Bins of a count per row: the lower edges, each bin up to the next edge - 1, the last open.
FactsChart histogram(const QString& key, const QString& title, const char* fact, const std::vector<std::int64_t>& edges,
                     const std::vector<std::int64_t>& values)
{
    std::vector<std::int64_t> counts(edges.size(), 0);
    for (std::int64_t v : values) {
        const auto it = std::upper_bound(edges.begin(), edges.end(), v);
        if (it != edges.begin())
            ++counts[std::size_t(it - edges.begin() - 1)];
    }
    std::size_t last = counts.size();
    while (last > 1 && counts[last - 1] == 0)
        --last;
    FactsChart c{key, title, true, {}};
    const QLocale loc;
    for (std::size_t i = 0; i < last; ++i) {
        const std::int64_t lo = edges[i];
        const bool open = i + 1 == edges.size();
        const std::int64_t hi = open ? 0 : edges[i + 1] - 1;
        FactsBar b;
        b.rows = counts[i];
        // Thousands as "k" on a chart's axis, a bin as its edges: eleven bins of "10,000–19,999"
        // were all cut to "…" in the Statistics dock.
        const auto compact = [&loc](std::int64_t v) {
            return v >= 1000 && v % 1000 == 0 ? loc.toString(qlonglong(v / 1000)) + QLatin1Char('k')
                                              : loc.toString(qlonglong(v));
        };
        if (lo >= 1000)
            b.axisLabel = open ? QStringLiteral("≥ %1").arg(compact(lo))
                               : QStringLiteral("%1–%2").arg(compact(lo), compact(hi + 1));
        if (open) {
            b.label = QStringLiteral("≥ %1").arg(loc.toString(qlonglong(lo)));
            b.where = QStringLiteral("%1 >= %2").arg(QLatin1String(fact)).arg(lo);
        } else if (lo == hi) {
            b.label = loc.toString(qlonglong(lo));
            b.where = QStringLiteral("%1 == %2").arg(QLatin1String(fact)).arg(lo);
        } else {
            b.label = QStringLiteral("%1–%2").arg(loc.toString(qlonglong(lo)), loc.toString(qlonglong(hi)));
            b.where = QStringLiteral("%1 >= %2 and %1 <= %3").arg(QLatin1String(fact)).arg(lo).arg(hi);
        }
        c.bars.push_back(b);
    }
    return c;
}

QString rolesLabel(std::uint8_t roles)
{
    QStringList names;
    for (RoleBit r : {RoleSystem, RoleUser, RoleAssistant, RoleTool, RoleOther})
        if (roles & r)
            names << QLatin1String(roleKey(r));
    return names.isEmpty() ? tr("no messages") : names.join(QStringLiteral(" + "));
}

// Exactly the rows with these roles present: each role asked for or ruled out.
QString rolesWhere(std::uint8_t roles)
{
    QStringList parts;
    for (RoleBit r : {RoleSystem, RoleUser, RoleAssistant, RoleTool, RoleOther})
        parts << QStringLiteral("%1role(%2)")
                     .arg(roles & r ? QString() : QStringLiteral("not "), QLatin1String(roleKey(r)));
    return parts.join(QStringLiteral(" and "));
}

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > 80)
        text = text.left(79) + QChar(0x2026);
    return text;
}

} // namespace

FactsSummary summarizeFacts(const std::vector<RowFacts>& facts, const DocumentSnapshot* snapshot,
                            const std::vector<std::int64_t>* positions, int topPrompts)
{
    FactsSummary s;
    const std::int64_t n = positions ? std::int64_t(positions->size()) : std::int64_t(facts.size());
    s.rows = n;
    auto at = [&](std::int64_t i) -> std::int64_t { return positions ? (*positions)[std::size_t(i)] : i; };

    std::array<std::int64_t, 6> formats{};
    std::array<std::int64_t, std::size_t(WeightPattern::Count)> weights{};
    std::array<std::int64_t, std::size_t(Script::Count)> scripts{};
    std::array<std::int64_t, 32> roles{};
    std::int64_t tool = 0, invalid = 0, sampleZero = 0, sampleOne = 0, sampleOther = 0, sampleAny = 0;
    std::vector<std::int64_t> msgs, turns, chars;
    msgs.reserve(std::size_t(n));
    turns.reserve(std::size_t(n));
    chars.reserve(std::size_t(n));
    std::unordered_map<std::uint64_t, SystemPromptCount> prompts;
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t pos = at(i);
        const RowFacts& f = facts[std::size_t(pos)];
        ++formats[std::size_t(f.format)];
        ++weights[std::size_t(f.weights)];
        ++scripts[std::size_t(f.script)];
        if (f.format == RowFormat::Conversation || f.format == RowFormat::Preference)
            ++roles[f.roles & 31];
        tool += f.toolUse;
        invalid += f.invalid;
        s.duplicates += f.duplicate;
        if (f.hasSampleWeight) {
            ++sampleAny;
            (f.sampleWeight == 0 ? sampleZero : f.sampleWeight == 1 ? sampleOne : sampleOther) += 1;
        }
        msgs.push_back(f.messages);
        turns.push_back(f.turns);
        chars.push_back(f.characters);
        if (f.systemHash) {
            ++s.rowsWithSystemPrompt;
            auto [it, added] = prompts.try_emplace(f.systemHash, SystemPromptCount{f.systemHash, 0, pos, {}});
            ++it->second.rows;
        }
    }

    FactsChart fmt{QStringLiteral("formats"), tr("Rows per format"), false, {}};
    for (int k = 0; k < 6; ++k)
        if (formats[std::size_t(k)])
            fmt.bars.push_back({formatName(RowFormat(k)), formats[std::size_t(k)],
                                QStringLiteral("format == \"%1\"").arg(QLatin1String(formatKey(RowFormat(k))))});
    s.charts.push_back(fmt);
    s.charts.push_back(histogram(QStringLiteral("messages"), tr("Messages per row"), "msgs",
                                 {0, 1, 2, 3, 5, 9, 17, 33, 65, 129}, msgs));
    s.charts.push_back(histogram(QStringLiteral("turns"), tr("Turns per row (user messages answered)"), "turns",
                                 {0, 1, 2, 3, 5, 9, 17, 33, 65}, turns));
    s.charts.push_back(histogram(QStringLiteral("characters"), tr("Characters per row"), "chars",
                                 {0, 1, 100, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000}, chars));

    FactsChart rolesChart{QStringLiteral("roles"), tr("Roles used (conversations)"), false, {}};
    std::vector<int> order;
    for (int k = 0; k < 32; ++k)
        if (roles[std::size_t(k)])
            order.push_back(k);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return roles[std::size_t(a)] > roles[std::size_t(b)]; });
    for (int k : order)
        rolesChart.bars.push_back({rolesLabel(std::uint8_t(k)), roles[std::size_t(k)],
                                   QStringLiteral("(format == \"conversation\" or format == \"preference\") and ") +
                                       rolesWhere(std::uint8_t(k))});
    s.charts.push_back(rolesChart);

    FactsChart weightChart{QStringLiteral("weights"), tr("Message weights"), false, {}};
    for (std::size_t k = 0; k < weights.size(); ++k)
        if (weights[k])
            weightChart.bars.push_back(
                {weightPatternName(WeightPattern(k)), weights[k],
                 QStringLiteral("weights == \"%1\"").arg(QLatin1String(weightPatternKey(WeightPattern(k))))});
    s.charts.push_back(weightChart);

    if (sampleAny) {
        FactsChart sw{QStringLiteral("sample_weights"), tr("Sample weight (rows with one)"), false, {}};
        if (sampleZero)
            sw.bars.push_back({QStringLiteral("0"), sampleZero, QStringLiteral("has(weight) and weight == 0")});
        if (sampleOne)
            sw.bars.push_back({QStringLiteral("1"), sampleOne, QStringLiteral("has(weight) and weight == 1")});
        if (sampleOther)
            sw.bars.push_back(
                {tr("other"), sampleOther, QStringLiteral("has(weight) and not (weight == 0 or weight == 1)")});
        s.charts.push_back(sw);
    }

    FactsChart scriptChart{QStringLiteral("scripts"), tr("Script of most letters"), false, {}};
    for (std::size_t k = 0; k < scripts.size(); ++k)
        if (scripts[k])
            scriptChart.bars.push_back({scriptName(Script(k)), scripts[k],
                                        QStringLiteral("script == \"%1\"").arg(QLatin1String(scriptKey(Script(k))))});
    std::stable_sort(scriptChart.bars.begin(), scriptChart.bars.end(),
                     [](const FactsBar& a, const FactsBar& b) { return a.rows > b.rows; });
    s.charts.push_back(scriptChart);

    FactsChart contents{QStringLiteral("contents"), tr("Rows with…"), false, {}};
    contents.bars.push_back({tr("a system prompt"), s.rowsWithSystemPrompt, QStringLiteral("has(system)")});
    contents.bars.push_back({tr("tool use"), tool, QStringLiteral("has(tool)")});
    contents.bars.push_back({tr("errors"), invalid, QStringLiteral("has(invalid)")});
    contents.bars.push_back({tr("exact duplicates"), s.duplicates, QStringLiteral("has(duplicate)")});
    s.charts.push_back(contents);

    s.distinctSystemPrompts = std::int64_t(prompts.size());
    for (auto& [hash, count] : prompts)
        s.topSystemPrompts.push_back(count);
    std::sort(s.topSystemPrompts.begin(), s.topSystemPrompts.end(),
              [](const SystemPromptCount& a, const SystemPromptCount& b) {
                  return a.rows != b.rows ? a.rows > b.rows : a.firstRow < b.firstRow;
              });
    if (s.topSystemPrompts.size() > std::size_t(std::max(topPrompts, 0)))
        s.topSystemPrompts.resize(std::size_t(std::max(topPrompts, 0)));
    FactsChart sys{QStringLiteral("system_prompts"), tr("Most common system prompts"), false, {}};
    for (SystemPromptCount& p : s.topSystemPrompts) {
        if (snapshot && p.firstRow < snapshot->rowCount())
            p.text = shortened(systemPromptOf(snapshot->rowView(p.firstRow)));
        sys.bars.push_back({p.text.isEmpty() ? hashText(p.hash) : p.text, p.rows,
                            QStringLiteral("system == \"%1\"").arg(hashText(p.hash))});
    }
    s.charts.push_back(sys);
    return s;
}

const FactsChart* FactsSummary::chart(const QString& key) const
{
    for (const FactsChart& c : charts)
        if (c.key == key)
            return &c;
    return nullptr;
}

QJsonObject FactsSummary::toJson() const
{
    QJsonObject chartsObj;
    for (const FactsChart& c : charts) {
        QJsonArray bars;
        for (const FactsBar& b : c.bars)
            bars.append(QJsonObject{{QStringLiteral("label"), b.label},
                                    {QStringLiteral("rows"), qint64(b.rows)},
                                    {QStringLiteral("where"), b.where}});
        chartsObj.insert(c.key, bars);
    }
    QJsonArray top;
    for (const SystemPromptCount& p : topSystemPrompts)
        top.append(QJsonObject{{QStringLiteral("hash"), hashText(p.hash)},
                               {QStringLiteral("rows"), qint64(p.rows)},
                               {QStringLiteral("first_row"), qint64(p.firstRow + 1)},
                               {QStringLiteral("text"), p.text}});
    return QJsonObject{
        {QStringLiteral("rows"), qint64(rows)},
        {QStringLiteral("charts"), chartsObj},
        {QStringLiteral("system_prompts"), QJsonObject{{QStringLiteral("rows_with"), qint64(rowsWithSystemPrompt)},
                                                       {QStringLiteral("distinct"), qint64(distinctSystemPrompts)},
                                                       {QStringLiteral("most_common"), top}}},
        {QStringLiteral("duplicate_share"), rows ? double(duplicates) / double(rows) : 0.0},
        // Computed by the near-duplicate and PII analyses; null until they have run.
        {QStringLiteral("near_duplicate_share"), QJsonValue()},
        {QStringLiteral("pii"), QJsonValue()},
    };
}

QString FactsSummary::toText() const
{
    const QLocale c = QLocale::c();
    QString out;
    for (const FactsChart& ch : charts) {
        if (ch.bars.empty() || ch.key == QLatin1String("formats"))
            continue; // the formats are in the whole-file figures already
        out += ch.title + QLatin1Char('\n');
        for (const FactsBar& b : ch.bars)
            out += QStringLiteral("  %1 %2\n").arg(b.label + QLatin1Char(':'), -28).arg(c.toString(qlonglong(b.rows)));
    }
    out += tr("System prompts:     %1 distinct in %2 rows\n")
               .arg(c.toString(qlonglong(distinctSystemPrompts)), c.toString(qlonglong(rowsWithSystemPrompt)));
    return out;
}

DocumentSnapshot subsetSnapshot(const DocumentSnapshot& snapshot, const std::vector<std::int64_t>& positions)
{
    DocumentSnapshot sub = snapshot;
    auto order = std::make_shared<RowOrder>();
    order->reserve(positions.size());
    for (std::int64_t pos : positions)
        order->push_back(snapshot.idAt(pos));
    sub.order = order;
    return sub;
}

} // namespace td
