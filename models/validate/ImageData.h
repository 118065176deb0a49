#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace td {

// What an image embedded as a base64 data URL really is, from its decoded bytes: Together takes
// PNG, JPEG and WEBP (2026 docs), whatever the URL's media type says.
enum class ImageType { Unknown, Png, Jpeg, Webp };

struct Base64Image
{
    bool validBase64 = false;
    ImageType type = ImageType::Unknown;
    std::string head; // the first decoded bytes in hex ("89 50 4e 47"), for messages
};

// The media type a data URL names for a type ("png", "jpeg", "webp"), and how a person calls it.
const char* imageSubtype(ImageType type);
const char* imageTypeName(ImageType type);
// The type named by a data URL's "data:image/<x>;base64," prefix (Unknown for anything else).
ImageType declaredImageType(std::string_view subtype);

// Checks base64 text (any sequence of code points: std::string or std::u32string): the standard
// alphabet, at most two '=' only at the end, a length a base64 encoder can produce. Only the
// first 12 bytes are decoded (for the magic bytes); the rest is only scanned.
template<typename Str>
Base64Image inspectBase64Image(const Str& text, std::size_t from = 0);

namespace detail {
int base64Value(char32_t c);
Base64Image finishImage(const std::uint8_t* head, std::size_t n, bool valid);
} // namespace detail

template<typename Str>
Base64Image inspectBase64Image(const Str& text, std::size_t from)
{
    std::uint8_t head[12] = {};
    std::size_t decoded = 0;
    std::uint32_t bits = 0;
    int have = 0;
    std::size_t data = 0, padding = 0;
    bool valid = from <= text.size();
    for (std::size_t i = from; valid && i < text.size(); ++i) {
        const char32_t c = char32_t(text[i]);
        if (c == U'=') {
            ++padding;
            continue;
        }
        const int v = detail::base64Value(c);
        if (v < 0 || padding > 0) { // not base64, or data after padding
            valid = false;
            break;
        }
        ++data;
        if (decoded < sizeof head) {
            bits = bits << 6 | std::uint32_t(v);
            have += 6;
            if (have >= 8) {
                have -= 8;
                head[decoded++] = std::uint8_t((bits >> have) & 0xFF);
            }
        }
    }
    if (valid)
        valid = data > 0 && padding <= 2 && data % 4 != 1 && (padding == 0 || (data + padding) % 4 == 0);
    return detail::finishImage(head, decoded, valid);
}

} // namespace td
