#include "dataset/RowJson.h"

#include "dataset/JsonErrorText.h"

#include <QCoreApplication>

namespace td {

QString toQString(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string toStd(const QString& s)
{
    const QByteArray u = s.toUtf8();
    return std::string(u.constData(), std::size_t(u.size()));
}

Result<RowJson> parseRow(QByteArrayView bytes)
{
    if (bytes.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)))
        bytes = bytes.sliced(3);
    try {
        return RowJson::parse(bytes.begin(), bytes.end());
    } catch (const nlohmann::json::parse_error& e) {
        // A short quote around the position instead of nlohmann's "last read" (the whole row).
        Error err = Error::make(Error::Code::Parse, jsonParseErrorText(bytes, e.byte, e.what()));
        err.byteOffset = e.byte > 0 ? std::int64_t(e.byte - 1) : 0;
        return err;
    } catch (const nlohmann::json::exception& e) {
        // Not only syntax: e.g. a number too large for a double is out_of_range.
        QString message = QString::fromUtf8(e.what());
        const qsizetype cut = message.indexOf(QLatin1String("] "));
        return Error::make(Error::Code::Parse, cut >= 0 ? message.mid(cut + 2) : message);
    }
}

QByteArray serializeRow(const RowJson& json)
{
    const std::string s = json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray(s.data(), qsizetype(s.size()));
}

QByteArray prettyRow(const RowJson& json)
{
    const std::string s = json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray(s.data(), qsizetype(s.size()));
}

namespace {

RowJson* messagesOf(RowJson& row)
{
    if (!row.is_object())
        return nullptr;
    auto it = row.find("messages");
    if (it != row.end() && it->is_array())
        return &*it;
    auto input = row.find("input");
    if (input != row.end() && input->is_object()) {
        auto m = input->find("messages");
        if (m != input->end() && m->is_array())
            return &*m;
    }
    return nullptr;
}

bool isAssistant(const RowJson& m)
{
    if (!m.is_object())
        return false;
    auto r = m.find("role");
    return r != m.end() && r->is_string() && r->get_ref<const std::string&>() == "assistant";
}

} // namespace

QByteArray applyWeightRule(QByteArrayView row, WeightRule rule)
{
    auto parsed = parseRow(row);
    if (!parsed)
        return {};
    RowJson& json = *parsed;
    RowJson* messages = messagesOf(json);
    if (!messages)
        return {};
    const RowJson before = *messages;
    std::ptrdiff_t lastAssistant = -1;
    for (std::size_t i = 0; i < messages->size(); ++i)
        if (isAssistant((*messages)[i]))
            lastAssistant = std::ptrdiff_t(i);
    for (std::size_t i = 0; i < messages->size(); ++i) {
        RowJson& m = (*messages)[i];
        if (!m.is_object())
            continue;
        switch (rule) {
        case WeightRule::LastAssistantOnly:
            m["weight"] = std::ptrdiff_t(i) == lastAssistant ? 1 : 0;
            break;
        case WeightRule::AllAssistant:
            if (isAssistant(m))
                m["weight"] = 1;
            break;
        case WeightRule::RemoveAll:
            m.erase("weight");
            break;
        }
    }
    if (*messages == before)
        return {};
    return serializeRow(json);
}

} // namespace td
