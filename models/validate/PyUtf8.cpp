#include "validate/PyUtf8.h"

#include <cstdio>
#include <string>

namespace td::py {
namespace {

constexpr std::size_t kChunk = 8192;

struct Failure
{
    std::size_t start; // in the decoder input
    std::size_t end;   // exclusive
    const char* reason;
};

// One decode call of CPython's UTF-8 decoder over `in`. Returns a failure, or sets
// `consumed` to the bytes decoded (an incomplete sequence at the end is left for the next
// call unless `final`).
std::optional<Failure> decode(const unsigned char* in, std::size_t n, bool final, std::size_t& consumed)
{
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = in[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int need = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return Failure{i, i + 1, "invalid start byte"};
        }
        // Check the continuation bytes that are present.
        std::size_t k = 1;
        for (; k <= std::size_t(need) && i + k < n; ++k) {
            const unsigned char b = in[i + k];
            const bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
            if (!ok)
                return Failure{i, i + k, "invalid continuation byte"};
        }
        if (k <= std::size_t(need)) {
            // Truncated at the end of this input.
            if (final)
                return Failure{i, n, "unexpected end of data"};
            consumed = i;
            return std::nullopt;
        }
        i += std::size_t(need) + 1;
    }
    consumed = n;
    return std::nullopt;
}

std::string describe(const unsigned char* input, const Failure& f)
{
    char buf[160];
    if (f.end - f.start == 1)
        std::snprintf(buf, sizeof buf, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", input[f.start],
                      f.start, f.reason);
    else
        std::snprintf(buf, sizeof buf, "'utf-8' codec can't decode bytes in position %zu-%zu: %s", f.start, f.end - 1,
                      f.reason);
    return buf;
}

} // namespace

std::optional<std::string> utf8Error(const char* data, std::size_t size)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    std::string pending; // an incomplete sequence carried into the next chunk (0-3 bytes)
    std::string buffer;
    for (std::size_t off = 0; off < size; off += kChunk) {
        const std::size_t len = std::min(kChunk, size - off);
        const unsigned char* input = bytes + off;
        std::size_t n = len;
        if (!pending.empty()) {
            buffer.assign(pending);
            buffer.append(data + off, len);
            input = reinterpret_cast<const unsigned char*>(buffer.data());
            n = buffer.size();
        }
        std::size_t consumed = 0;
        if (auto f = decode(input, n, false, consumed))
            return describe(input, *f);
        pending.assign(reinterpret_cast<const char*>(input) + consumed, n - consumed);
    }
    if (!pending.empty()) {
        // At end of file the decoder is called once more, with final=True, on what is left.
        std::size_t consumed = 0;
        const auto* input = reinterpret_cast<const unsigned char*>(pending.data());
        if (auto f = decode(input, pending.size(), true, consumed))
            return describe(input, *f);
    }
    return std::nullopt;
}

} // namespace td::py
