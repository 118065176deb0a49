#pragma once

#include "core/Result.h"
#include "dataset/DocumentSnapshot.h"

#include <QRegularExpression>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace td {

struct SearchQuery
{
    enum class Scope {
        Anywhere,  // every string value of the row (raw text for rows that do not parse)
        System,    // content of system messages
        User,      // content of user messages, prompts and texts
        Assistant, // content of assistant messages, completions and preference outputs
        Tool,      // content of tool messages
        Field,     // the value of one top-level field, by name
    };
    QString text;
    bool regex = false;
    bool caseSensitive = false;
    Scope scope = Scope::Anywhere;
    QString field;
};

// Decides whether one row matches a query. Pure and thread-safe after construction, so the
// same predicate serves the worker search, the CLI and the tests.
class RowMatcher
{
public:
    explicit RowMatcher(const SearchQuery& query);
    // Empty when the query is usable; otherwise why not (e.g. a bad regular expression).
    QString error() const { return m_error; }
    bool matches(QByteArrayView row) const;
    // Whether a single decoded text matches (used to highlight within a message).
    bool matchesText(std::string_view utf8) const;
    // Where the query matches in one decoded text: start and length in UTF-16 units, in order,
    // not overlapping (what an editor highlights).
    QList<std::pair<qsizetype, qsizetype>> spansIn(const QString& text) const;
    // Whether the query's scope covers a message of `role`, or a text field at a JSON pointer
    // of the row ("/prompt", "/preferred_output/0/content"): the places a match can be shown.
    bool coversMessage(QStringView role) const;
    bool coversField(QStringView pointer) const;

private:
    bool rawPrefilterRejects(QByteArrayView row) const;

    SearchQuery m_query;
    QRegularExpression m_re;
    std::string m_needle;     // UTF-8, lower-cased when ASCII and case-insensitive
    bool m_asciiFold = false; // case-insensitive on an ASCII needle: byte-wise folding
    bool m_rawSafe = false;   // the needle appears literally in any JSON encoding of a match
    QString m_error;
};

struct SearchResult
{
    std::vector<std::int64_t> rows; // matching row positions, ascending
    std::int64_t scanned = 0;
};

// Searches every row of the snapshot (a worker calls this).
Result<SearchResult> searchRows(const DocumentSnapshot& snapshot, const SearchQuery& query,
                                const std::function<void(std::int64_t done, std::int64_t total)>& progress = {},
                                const std::atomic_bool* cancel = nullptr);

} // namespace td
