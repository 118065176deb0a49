// libFuzzer target for the CSV/TSV reader: any bytes, fed whole and in pieces whose sizes come
// from the input, give the same records; every record's fields hold at most the input's bytes;
// line numbers never go back and never pass the input's line count; a record over the size
// limit is an error record, never held.
//
// Input: one byte choosing the delimiter (even: comma, odd: tab) and the piece size, then the text.
#include "import/CsvReader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct Rec
{
    std::int64_t line;
    std::vector<std::string> fields;
    bool error;
    bool operator==(const Rec& o) const { return line == o.line && fields == o.fields && error == o.error; }
};

std::vector<Rec> readAll(char delim, const char* data, std::size_t size, std::size_t piece)
{
    std::vector<Rec> out;
    td::CsvReader reader(delim, 256);
    const td::RecordSink sink = [&](const td::SourceRecord& r) {
        out.push_back({r.line, r.fields ? *r.fields : std::vector<std::string>{}, !r.error.isEmpty()});
        return true;
    };
    for (std::size_t pos = 0; pos < size; pos += piece)
        reader.feed(data + pos, std::min(piece, size - pos), sink);
    reader.finish(sink);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const char delim = (data[0] & 1) ? '\t' : ',';
    const std::size_t piece = 1 + (data[0] >> 1);
    const char* text = reinterpret_cast<const char*>(data + 1);
    const std::size_t n = size - 1;
    const std::vector<Rec> whole = readAll(delim, text, n, n ? n : 1);
    const std::vector<Rec> pieces = readAll(delim, text, n, piece);
    if (!(whole == pieces)) {
        std::fprintf(stderr, "records differ when fed in pieces of %zu\n", piece);
        std::abort();
    }
    std::int64_t lines = 1;
    for (std::size_t i = 0; i < n; ++i)
        lines += text[i] == '\n';
    std::int64_t last = 0;
    for (const Rec& r : whole) {
        std::size_t bytes = 0;
        for (const std::string& f : r.fields)
            bytes += f.size();
        if (r.line < last || r.line > lines || bytes > n || bytes > 256) {
            std::fprintf(stderr, "record at line %lld: %zu bytes of %zu\n", static_cast<long long>(r.line), bytes, n);
            std::abort();
        }
        last = r.line;
    }
    return 0;
}
