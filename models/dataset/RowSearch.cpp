#include "dataset/RowSearch.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <cstring>

namespace td {
namespace {

char foldAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool containsFolded(std::string_view hay, std::string_view needle)
{
    if (needle.empty())
        return true;
    auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                          [](char a, char b) { return foldAscii(a) == b; });
    return it != hay.end();
}

bool isAscii(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

enum class Role { None, System, User, Assistant, Tool, Other };

Role roleOf(std::string_view r)
{
    if (r == "system")
        return Role::System;
    if (r == "user")
        return Role::User;
    if (r == "assistant")
        return Role::Assistant;
    if (r == "tool")
        return Role::Tool;
    return Role::Other;
}

Role scopeRole(SearchQuery::Scope s)
{
    switch (s) {
    case SearchQuery::Scope::System:
        return Role::System;
    case SearchQuery::Scope::User:
        return Role::User;
    case SearchQuery::Scope::Assistant:
        return Role::Assistant;
    case SearchQuery::Scope::Tool:
        return Role::Tool;
    default:
        return Role::None;
    }
}

// Calls fn on every string value under `e` (keys are not searched).
template<typename Fn>
bool anyString(simdjson::dom::element e, const Fn& fn)
{
    switch (e.type()) {
    case simdjson::dom::element_type::STRING: {
        std::string_view str;
        return !e.get_string().get(str) && fn(str);
    }
    case simdjson::dom::element_type::ARRAY: {
        simdjson::dom::array arr;
        if (e.get_array().get(arr))
            return false;
        for (auto child : arr)
            if (anyString(child, fn))
                return true;
        return false;
    }
    case simdjson::dom::element_type::OBJECT: {
        simdjson::dom::object obj;
        if (e.get_object().get(obj))
            return false;
        for (auto field : obj)
            if (anyString(field.value, fn))
                return true;
        return false;
    }
    default:
        return false;
    }
}

template<typename Fn>
bool messagesMatch(simdjson::dom::element messages, Role want, const Fn& fn)
{
    simdjson::dom::array arr;
    if (messages.get_array().get(arr))
        return false;
    for (auto m : arr) {
        std::string_view role;
        if (m["role"].get_string().get(role) || roleOf(role) != want)
            continue;
        simdjson::dom::element content;
        if (!m["content"].get(content) && anyString(content, fn))
            return true;
    }
    return false;
}

} // namespace

RowMatcher::RowMatcher(const SearchQuery& query)
    : m_query(query)
{
    if (query.regex) {
        m_re.setPattern(query.text);
        m_re.setPatternOptions(query.caseSensitive ? QRegularExpression::UseUnicodePropertiesOption
                                                   : QRegularExpression::CaseInsensitiveOption |
                                                         QRegularExpression::UseUnicodePropertiesOption);
        if (!m_re.isValid())
            m_error =
                QCoreApplication::translate("td::RowSearch", "Invalid regular expression: %1").arg(m_re.errorString());
        m_re.optimize();
        return;
    }
    m_asciiFold = !query.caseSensitive && isAscii(query.text);
    m_needle = (m_asciiFold ? query.text.toLower() : query.text).toStdString();
    // A needle of printable ASCII other than '"' and '\\' is written literally by every JSON
    // serializer (escapes are only needed for those and for non-ASCII, control characters).
    m_rawSafe = isAscii(query.text) && !query.text.isEmpty();
    for (QChar c : query.text)
        if (c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            m_rawSafe = false;
}

bool RowMatcher::matchesText(std::string_view text) const
{
    if (m_query.regex)
        return m_re.match(QString::fromUtf8(text.data(), qsizetype(text.size()))).hasMatch();
    if (m_asciiFold)
        return containsFolded(text, m_needle);
    if (m_query.caseSensitive)
        return text.find(m_needle) != std::string_view::npos;
    return QString::fromUtf8(text.data(), qsizetype(text.size())).contains(m_query.text, Qt::CaseInsensitive);
}

QList<std::pair<qsizetype, qsizetype>> RowMatcher::spansIn(const QString& text) const
{
    QList<std::pair<qsizetype, qsizetype>> out;
    if (!m_error.isEmpty() || m_query.text.isEmpty())
        return out;
    if (m_query.regex) {
        auto it = m_re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                out.append({m.capturedStart(), m.capturedLength()});
        }
        return out;
    }
    const Qt::CaseSensitivity cs = m_query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype at = text.indexOf(m_query.text, 0, cs); at >= 0;
         at = text.indexOf(m_query.text, at + m_query.text.size(), cs))
        out.append({at, m_query.text.size()});
    return out;
}

bool RowMatcher::coversMessage(QStringView role) const
{
    switch (m_query.scope) {
    case SearchQuery::Scope::Anywhere:
        return true;
    case SearchQuery::Scope::Field:
        return m_query.field == QLatin1String("messages") || m_query.field == QLatin1String("input");
    default:
        return roleOf(role.toUtf8().toStdString()) == scopeRole(m_query.scope);
    }
}

bool RowMatcher::coversField(QStringView pointer) const
{
    const auto under = [pointer](const char* key) {
        const QString p = QLatin1Char('/') + QString::fromUtf8(key);
        return pointer == p || pointer.startsWith(QString(p + QLatin1Char('/')));
    };
    switch (m_query.scope) {
    case SearchQuery::Scope::Anywhere:
        return true;
    case SearchQuery::Scope::Field:
        return under(m_query.field.toUtf8().constData());
    case SearchQuery::Scope::User:
        return under("prompt") || under("text");
    case SearchQuery::Scope::Assistant:
        return under("completion") || under("preferred_output") || under("non_preferred_output");
    default:
        return false;
    }
}

bool RowMatcher::rawPrefilterRejects(QByteArrayView row) const
{
    if (!m_rawSafe)
        return false;
    const std::string_view raw(row.data(), std::size_t(row.size()));
    const bool found = m_asciiFold ? containsFolded(raw, m_needle) : raw.find(m_needle) != std::string_view::npos;
    if (found)
        return false;
    // "\u0041" could spell an ASCII letter; only rows without \u escapes can be rejected.
    return raw.find("\\u") == std::string_view::npos;
}

bool RowMatcher::matches(QByteArrayView row) const
{
    if (!m_error.isEmpty())
        return false;
    if (rawPrefilterRejects(row))
        return false;
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    QByteArrayView body = row;
    if (body.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)))
        body = body.sliced(3);
    auto fn = [this](std::string_view s) { return matchesText(s); };
    if (parser.parse(body.data(), std::size_t(body.size()), true).get(doc)) {
        // A row that does not parse is searched as raw text, whatever the scope.
        return matchesText(std::string_view(row.data(), std::size_t(row.size())));
    }
    switch (m_query.scope) {
    case SearchQuery::Scope::Anywhere:
        return anyString(doc, fn);
    case SearchQuery::Scope::Field: {
        simdjson::dom::element v;
        return !doc[std::string_view(m_query.field.toStdString())].get(v) && anyString(v, fn);
    }
    default:
        break;
    }
    const Role want = scopeRole(m_query.scope);
    simdjson::dom::element v;
    if (!doc["messages"].get(v))
        return messagesMatch(v, want, fn);
    if (!doc["input"]["messages"].get(v)) {
        if (messagesMatch(v, want, fn))
            return true;
        if (want == Role::Assistant)
            for (const char* key : {"preferred_output", "non_preferred_output"})
                if (!doc[key].get(v) && messagesMatch(v, Role::Assistant, fn))
                    return true;
        return false;
    }
    if (want == Role::User) {
        if (!doc["prompt"].get(v) && anyString(v, fn))
            return true;
        if (!doc["text"].get(v) && anyString(v, fn))
            return true;
    }
    if (want == Role::Assistant && !doc["completion"].get(v) && anyString(v, fn))
        return true;
    return false;
}

Result<SearchResult> searchRows(const DocumentSnapshot& snapshot, const SearchQuery& query,
                                const std::function<void(std::int64_t, std::int64_t)>& progress,
                                const std::atomic_bool* cancel)
{
    RowMatcher matcher(query);
    if (!matcher.error().isEmpty())
        return Error::make(Error::Code::Parse, matcher.error());
    SearchResult result;
    const std::int64_t n = snapshot.rowCount();
    for (std::int64_t i = 0; i < n; ++i) {
        if ((i & 0x3FF) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return Error::make(Error::Code::Cancelled, QCoreApplication::translate("td::RowSearch", "Cancelled"));
            if (progress)
                progress(i, n);
        }
        if (matcher.matches(snapshot.rowView(i)))
            result.rows.push_back(i);
    }
    result.scanned = n;
    if (progress)
        progress(n, n);
    return result;
}

} // namespace td
