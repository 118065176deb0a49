#include "tokens/count/RowSplitter.h"

namespace td {

namespace {

using Json = nlohmann::ordered_json;

Json piece(const Json& row, const Json& prefix, const Json& turns)
{
    Json out = row;
    Json messages = prefix;
    for (const Json& m : turns)
        messages.push_back(m);
    out["messages"] = std::move(messages);
    return out;
}

QByteArray bytes(const Json& j)
{
    return QByteArray::fromStdString(j.dump());
}

} // namespace

Result<QList<QByteArray>> RowSplitter::split(const QByteArray& row, const RowTokenCounter& counter)
{
    const Json j = Json::parse(row.begin(), row.end(), nullptr, false);
    if (!j.is_object() || !j.contains("messages") || !j["messages"].is_array())
        return Error::make(Error::Code::Parse,
                           tr("Only a conversation row (with \"messages\") can be split by turns."));
    const std::int64_t limit = counter.settings().maxSeqLength;
    const auto fits = [&](const Json& candidate) -> Result<bool> {
        auto c = counter.count(candidate);
        if (!c)
            return c.error();
        return c->overBy == 0;
    };
    if (limit <= 0)
        return QList<QByteArray>{row};
    if (auto whole = fits(j); !whole)
        return whole.error();
    else if (*whole)
        return QList<QByteArray>{row};

    // The system messages at the start, then the turns.
    const Json& messages = j["messages"];
    Json prefix = Json::array();
    std::size_t i = 0;
    for (; i < messages.size() && messages[i].is_object() && messages[i].value("role", std::string()) == "system"; ++i)
        prefix.push_back(messages[i]);
    std::vector<Json> turns;
    std::vector<std::size_t> turnStart; // index of each turn's first message, for the reason
    for (; i < messages.size(); ++i) {
        const bool user = messages[i].is_object() && messages[i].value("role", std::string()) == "user";
        if (user || turns.empty()) {
            turns.push_back(Json::array());
            turnStart.push_back(i);
        }
        turns.back().push_back(messages[i]);
    }

    QList<QByteArray> pieces;
    Json current = Json::array();
    for (std::size_t t = 0; t < turns.size(); ++t) {
        Json candidate = current;
        for (const Json& m : turns[t])
            candidate.push_back(m);
        auto ok = fits(piece(j, prefix, candidate));
        if (!ok)
            return ok.error();
        if (*ok) {
            current = std::move(candidate);
            continue;
        }
        if (!current.empty()) {
            auto alone = fits(piece(j, prefix, turns[t]));
            if (!alone)
                return alone.error();
            if (*alone) {
                pieces.append(bytes(piece(j, prefix, current)));
                current = turns[t];
                continue;
            }
        }
        return Error::make(Error::Code::Parse,
                           tr("The turn starting at message %1 does not fit in %2 tokens even alone (with the "
                              "system prompt); shorten it, or remove the row.")
                               .arg(turnStart[t] + 1)
                               .arg(limit));
    }
    if (!current.empty())
        pieces.append(bytes(piece(j, prefix, current)));
    return pieces;
}

} // namespace td
