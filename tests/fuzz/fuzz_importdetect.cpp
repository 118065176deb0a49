// libFuzzer target for import's format detector and row converter: any file head, under any
// file name suffix, gives a detection with a confidence between 0 and 1 (never an exception or
// a read outside the bytes, which are not padded); converting each line with the detected (or
// every) format either appends a row or refuses it and leaves the output as it was; every
// converted row is valid JSON. The JSON string escaper (block copies that run past each run of
// plain bytes) writes what escaping one byte at a time writes, and reads nothing past the text.
// The JSON array splitter (64-byte masks where it can) finds the same elements, lines and errors
// as when fed a byte at a time (no block to take masks of).
//
// Input: one byte choosing the suffix (low nibble) and the forced format (high nibble: 0 detects),
// then the file's first bytes.
#include "import/FormatDetector.h"
#include "import/JsonOut.h"
#include "import/RecordReader.h"
#include "import/RowConverter.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

void escapeByteByByte(std::string& out, std::string_view text)
{
    out.push_back('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        const char* named = c == '"'    ? "\\\""
                            : c == '\\' ? "\\\\"
                            : c == '\n' ? "\\n"
                            : c == '\r' ? "\\r"
                            : c == '\t' ? "\\t"
                            : c == '\b' ? "\\b"
                            : c == '\f' ? "\\f"
                                        : nullptr;
        if (named) {
            out += named;
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

struct Split
{
    std::int64_t line;
    std::string text;
    QString error;
    bool operator==(const Split&) const = default;
};

std::vector<Split> splitArray(std::string_view bytes, std::size_t piece)
{
    std::vector<Split> out;
    td::RecordReader reader(td::RecordReader::Mode::JsonArray, 1000);
    const td::RecordSink sink = [&](const td::SourceRecord& r) {
        out.push_back({r.line, std::string(r.text), r.error});
        return true;
    };
    const std::size_t first = std::min(bytes.size(), std::max<std::size_t>(piece, 3));
    bool go = reader.feed(bytes.data(), first, false, sink);
    for (std::size_t pos = first; go && pos < bytes.size(); pos += piece)
        go = reader.feed(bytes.data() + pos, std::min(piece, bytes.size() - pos), false, sink);
    if (go)
        reader.finish(sink);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const char* names[] = {"x.jsonl", "x.json", "x.csv", "x.tsv", "x.txt", "x"};
    const QString name = QString::fromLatin1(names[data[0] % 6]);
    const auto formats = td::importFormats();
    // High nibble 0 (or past the list): detect; 1-8: that format.
    const std::size_t pick = std::size_t(data[0] >> 4);
    const td::ImportFormat forced = pick >= 1 && pick <= formats.size() ? formats[pick - 1] : td::ImportFormat::Auto;
    // A copy of exactly the bytes: AddressSanitizer sees any read past them.
    std::vector<char> bytes(reinterpret_cast<const char*>(data) + 1, reinterpret_cast<const char*>(data) + size);
    const std::string_view head(bytes.data(), bytes.size());
    if (splitArray(head, head.size()) != splitArray(head, 1)) {
        std::fprintf(stderr, "the array splitter's elements depend on the chunks\n");
        std::abort();
    }
    std::string fast = "p", slow = "p";
    td::appendJsonString(fast, head);
    escapeByteByByte(slow, head);
    if (fast != slow) {
        std::fprintf(stderr, "the escaper wrote %s, byte by byte: %s\n", fast.c_str(), slow.c_str());
        std::abort();
    }
    for (bool complete : {true, false}) {
        const td::Detection d = td::detectFormat(head, complete, name, forced);
        if (!(d.confidence >= 0 && d.confidence <= 1)) {
            std::fprintf(stderr, "confidence %f\n", d.confidence);
            std::abort();
        }
        if (d.format == td::ImportFormat::Auto || d.format == td::ImportFormat::Csv ||
            d.format == td::ImportFormat::Tsv)
            continue;
        auto conv = td::RowConverter::create(d.format, d.mapping, d.header);
        if (!conv)
            continue;
        simdjson::dom::parser check;
        std::size_t start = 0;
        while (start <= head.size()) {
            std::size_t end = head.find('\n', start);
            if (end == std::string_view::npos)
                end = head.size();
            td::SourceRecord r;
            r.line = 1;
            r.text = head.substr(start, end - start);
            r.padded = false;
            std::string out = "x";
            const QString why = (*conv)->convert(r, out);
            if (!why.isEmpty() && out != "x") {
                std::fprintf(stderr, "a refused row changed the output\n");
                std::abort();
            }
            if (why.isEmpty() && check.parse(out.data() + 1, out.size() - 1, true).error()) {
                std::fprintf(stderr, "converted row is not JSON: %s\n", out.c_str() + 1);
                std::abort();
            }
            start = end + 1;
        }
    }
    return 0;
}
