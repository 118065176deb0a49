#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <optional>
#include <string_view>

namespace td {

struct JsonSpan
{
    std::int64_t offset = 0; // byte offset of the value (or of the key, for a missing member)
    std::int64_t length = 0;
};

// Where the value at an RFC 6901 JSON pointer starts and ends in a JSON text, found by one
// light scan (no tree is built), so a problem can be marked where it is in the raw editor
// whatever the text's formatting. nullopt when the text does not reach that far.
std::optional<JsonSpan> locatePointer(QByteArrayView json, std::string_view pointer);

} // namespace td
