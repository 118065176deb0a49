// GET /v1/fine-tunes/{id}/metrics's query (Together 2026, as together-ai sends it):
// global_step_from/_to and logged_at_from/_to filter rows, `resolution` thins the train rows
// (only those) to that many, picked uniformly, the last one kept.
#include "EmulatorServer.h"

#include <QDateTime>
#include <QUrlQuery>

#include <cmath>

namespace td::emu {

std::optional<nlohmann::json> EmulatorServer::filteredMetrics(const nlohmann::json& metrics, const QByteArray& query,
                                                              QString* problem) const
{
    const QUrlQuery q(QString::fromUtf8(query));
    auto integer = [&](const char* key, qint64 fallback, bool* bad) {
        const QString v = q.queryItemValue(QString::fromLatin1(key));
        if (v.isEmpty())
            return fallback;
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        *bad = *bad || !ok;
        return ok ? n : fallback;
    };
    auto nanos = [&](const char* key, qint64 fallback, bool* bad) {
        const QString v = q.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
        if (v.isEmpty())
            return fallback;
        const QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
        *bad = *bad || !t.isValid();
        return t.isValid() ? t.toMSecsSinceEpoch() * 1000000 : fallback;
    };
    bool bad = false;
    const qint64 stepFrom = integer("global_step_from", LLONG_MIN, &bad);
    const qint64 stepTo = integer("global_step_to", LLONG_MAX, &bad);
    const qint64 resolution = integer("resolution", 0, &bad);
    const qint64 from = nanos("logged_at_from", LLONG_MIN, &bad);
    const qint64 to = nanos("logged_at_to", LLONG_MAX, &bad);
    if (bad || resolution < 0) {
        *problem = QStringLiteral("global_step_from, global_step_to and resolution must be integers, logged_at_from "
                                  "and logged_at_to ISO-8601 times");
        return std::nullopt;
    }
    nlohmann::json kept = nlohmann::json::array();
    std::vector<std::size_t> train; // indexes of train rows in `kept`
    for (const auto& m : metrics) {
        const qint64 step = m.value("train/global_step", qint64(0));
        const qint64 at = m.value("timestamp", qint64(0));
        if (step < stepFrom || step > stepTo || at < from || at > to)
            continue;
        if (m.contains("train/loss"))
            train.push_back(kept.size());
        kept.push_back(m);
    }
    if (resolution == 0 || qint64(train.size()) <= resolution)
        return kept;
    std::vector<bool> drop(kept.size(), false);
    for (std::size_t i : train)
        drop[i] = true;
    for (qint64 k = 0; k < resolution; ++k) {
        const double at =
            resolution == 1 ? double(train.size() - 1) : double(k) * double(train.size() - 1) / double(resolution - 1);
        drop[train[std::size_t(std::lround(at))]] = false;
    }
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t i = 0; i < kept.size(); ++i)
        if (!drop[i])
            out.push_back(kept[i]);
    return out;
}

} // namespace td::emu
