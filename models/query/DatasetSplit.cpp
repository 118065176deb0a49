#include "query/DatasetSplit.h"

#include "curation/NearDuplicates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <simdjson.h>

#include <algorithm>
#include <map>
#include <random>
#include <unordered_map>

namespace td {

std::vector<bool> chooseValidationRows(const std::vector<std::int64_t>& rows, const SplitPlan& plan)
{
    const std::size_t n = rows.size();
    std::vector<bool> isVal(n, false);
    // Units: the rows of one group, or a row of its own; numbered in order of first appearance.
    std::vector<std::size_t> unitOf(n);
    std::vector<std::vector<std::size_t>> units;
    std::unordered_map<std::int64_t, std::size_t> groupUnit;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t pos = rows[i];
        const std::int64_t g =
            pos >= 0 && std::size_t(pos) < plan.groups.size() ? plan.groups[std::size_t(pos)] : std::int64_t(-1);
        std::size_t u = units.size();
        if (g >= 0) {
            auto [it, added] = groupUnit.try_emplace(g, units.size());
            u = it->second;
        }
        if (u == units.size())
            units.emplace_back();
        units[u].push_back(i);
        unitOf[i] = u;
    }
    // Strata of units (a group's stratum is its first row's), in order of first appearance.
    std::map<std::uint64_t, std::vector<std::size_t>> strata;
    for (std::size_t u = 0; u < units.size(); ++u) {
        const std::int64_t pos = rows[units[u].front()];
        const std::uint64_t s = pos >= 0 && std::size_t(pos) < plan.strata.size() ? plan.strata[std::size_t(pos)] : 0;
        strata[s].push_back(u);
    }
    // One generator for the whole split, used stratum by stratum in key order: the same seed
    // gives the same split.
    std::mt19937_64 rng(plan.seed);
    const double fraction = std::clamp(plan.validationFraction, 0.0, 1.0);
    for (auto& [key, list] : strata) {
        std::size_t rowsIn = 0;
        for (std::size_t u : list)
            rowsIn += units[u].size();
        for (std::size_t i = list.size(); i > 1; --i)
            std::swap(list[i - 1], list[std::size_t(rng() % i)]);
        const auto target = std::int64_t(double(rowsIn) * fraction + 0.5);
        // First the groups that fit in what is left of the share (for rows without groups:
        // exactly the first `target` of the shuffle), then, if groups too big to fit leave the
        // share short, one that overshoots by less than the shortfall.
        std::int64_t taken = 0;
        std::vector<bool> used(list.size(), false);
        for (std::size_t k = 0; k < list.size(); ++k) {
            const auto size = std::int64_t(units[list[k]].size());
            if (taken + size > target)
                continue;
            taken += size;
            used[k] = true;
        }
        for (std::size_t k = 0; k < list.size() && taken < target; ++k) {
            const auto size = std::int64_t(units[list[k]].size());
            if (used[k] || taken + size - target >= target - taken)
                continue;
            taken += size;
            used[k] = true;
        }
        for (std::size_t k = 0; k < list.size(); ++k)
            if (used[k])
                for (std::size_t i : units[list[k]])
                    isVal[i] = true;
    }
    return isVal;
}

std::vector<std::uint64_t> strataByFormat(const std::vector<RowFacts>& facts)
{
    std::vector<std::uint64_t> s(facts.size());
    for (std::size_t i = 0; i < facts.size(); ++i)
        s[i] = std::uint64_t(facts[i].format);
    return s;
}

std::vector<std::uint64_t> strataByField(const DocumentSnapshot& snapshot, const QString& field)
{
    const std::string key = field.toStdString();
    const std::int64_t n = snapshot.rowCount();
    std::vector<std::uint64_t> s(std::size_t(std::max<std::int64_t>(n, 0)));
    simdjson::dom::parser parser;
    constexpr std::uint64_t kMissing = 1, kBroken = 2;
    for (std::int64_t i = 0; i < n; ++i) {
        QByteArrayView row = snapshot.rowView(i);
        if (row.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)))
            row = row.sliced(3);
        simdjson::dom::object obj;
        if (parser.parse(row.data(), std::size_t(row.size()), true).get_object().get(obj) != simdjson::SUCCESS) {
            s[std::size_t(i)] = kBroken;
            continue;
        }
        simdjson::dom::element v;
        if (obj[key].get(v) != simdjson::SUCCESS) {
            s[std::size_t(i)] = kMissing;
            continue;
        }
        // The value's minified JSON: "a" and "a" agree however they were spaced or escaped.
        const std::string text = simdjson::minify(v);
        s[std::size_t(i)] = std::max<std::uint64_t>(systemPromptHash(text), 3);
    }
    return s;
}

Result<std::vector<std::int64_t>> readRowGroups(const QString& path, std::int64_t rowCount)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("td::DatasetSplit", "Cannot read the groups file %1: %2")
                               .arg(QDir::toNativeSeparators(path), f.errorString()));
    std::vector<std::int64_t> groups;
    std::unordered_map<std::string, std::int64_t> ids;
    while (!f.atEnd()) {
        if (std::int64_t(groups.size()) >= rowCount)
            return Error::make(Error::Code::Parse,
                               QCoreApplication::translate("td::DatasetSplit",
                                                           "The groups file %1 has more lines than the dataset has "
                                                           "rows (%2): it was made for another file.")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(rowCount));
        const QByteArray line = f.readLine(1 << 16).trimmed();
        if (line.isEmpty() || line == "-") {
            groups.push_back(-1);
            continue;
        }
        auto [it, added] = ids.try_emplace(line.toStdString(), std::int64_t(ids.size()));
        groups.push_back(it->second);
    }
    if (std::int64_t(groups.size()) != rowCount)
        return Error::make(Error::Code::Parse,
                           QCoreApplication::translate("td::DatasetSplit",
                                                       "The groups file %1 has %2 lines but the dataset has %3 "
                                                       "rows: give one group per row, in row order.")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(groups.size())
                               .arg(rowCount));
    return groups;
}

Result<void> writeRowGroups(const QString& path, const std::vector<std::int64_t>& groups)
{
    QSaveFile f(path);
    const auto failed = [&] {
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("td::DatasetSplit", "Cannot write the groups file %1: %2")
                               .arg(QDir::toNativeSeparators(path), f.errorString()));
    };
    if (!f.open(QIODevice::WriteOnly))
        return failed();
    QByteArray buf;
    for (std::int64_t g : groups) {
        if (g < 0)
            buf += "-\n";
        else
            buf += 'g' + QByteArray::number(g + 1) + '\n';
        if (buf.size() >= (1 << 20)) {
            if (f.write(buf) != buf.size())
                return failed();
            buf.clear();
        }
    }
    if (f.write(buf) != buf.size() || !f.commit())
        return failed();
    return {};
}

Result<SplitPlan> makeSplitPlan(const DocumentSnapshot& snapshot, double validationFraction, std::uint64_t seed,
                                const SplitShape& shape)
{
    SplitPlan plan;
    plan.validationFraction = validationFraction;
    plan.seed = seed;
    if (shape.strata == SplitShape::Strata::Format)
        plan.strata = strataByFormat(computeFacts(snapshot));
    else if (shape.strata == SplitShape::Strata::Field)
        plan.strata = strataByField(snapshot, shape.field);
    if (shape.groups == SplitShape::Groups::File) {
        auto groups = readRowGroups(shape.groupsFile, snapshot.rowCount());
        if (!groups)
            return groups.error();
        plan.groups = std::move(*groups);
    } else if (shape.groups == SplitShape::Groups::NearDuplicates) {
        auto found = findNearDuplicates(snapshot, NearDupParams{});
        if (!found)
            return found.error();
        plan.groups = found->rowGroups();
    }
    return plan;
}

} // namespace td
