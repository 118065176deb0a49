#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace simdjson::dom {
class parser;
class element;
} // namespace simdjson::dom

namespace td {

// Which turns of a row a curation scan reads.
enum class TextScope : std::uint8_t {
    Row,       // every text of the row but system prompts: one prompt shared by many rows made
               // rows alike that share nothing else (it is the rows' instructions, not their data)
    User,      // user turns, a prompt (what the model is asked; system prompts left out, as above)
    Assistant, // assistant turns, a completion, preference answers (what it learns to say)
};

// Who wrote a text of a row; the PII counts are kept per role.
enum class TextRole : std::uint8_t { System, User, Assistant, Tool, Other, Count };

const char* textRoleName(TextRole role);

// One text of a row, decoded from JSON: a message's content (or a text part of it), a prompt,
// a completion or a text row. `pointer` is its RFC 6901 place in the row, so a finding can be
// shown and fixed where it is.
struct RowText
{
    std::string pointer;
    std::string_view text; // valid until the parser parses the next row
    TextRole role = TextRole::Other;
};

// Whether rowTexts writes each text's pointer: a scan that only counts needs none (built from
// pieces, a pointer took up to three allocations a text).
enum class TextPointers : std::uint8_t { Written, Skipped };

// The texts of a row in every format Together takes (conversation, instruction, text,
// preference). A row that is not a JSON object yields none. `parser` is the caller's (one per
// thread), and the texts point into it.
bool rowTexts(QByteArrayView row, simdjson::dom::parser& parser, std::vector<RowText>& out,
              TextPointers pointers = TextPointers::Written);
// The same for a row the caller's parser has parsed already (its root): one parse serves the
// lint and the personal-data scan.
bool rowTexts(const simdjson::dom::element& root, std::vector<RowText>& out,
              TextPointers pointers = TextPointers::Written);

// Whether a text of `role` belongs to `scope`.
bool inScope(TextRole role, TextScope scope);

// The row's texts in `scope`, one per paragraph, each after its role ("user: …"), for showing
// rows side by side. Empty for a row that is not a JSON object.
QString scopeText(QByteArrayView row, TextScope scope);

} // namespace td
