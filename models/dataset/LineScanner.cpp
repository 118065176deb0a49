#include "dataset/LineScanner.h"

#include <cstring>

namespace td {

namespace {

const char* find(const char* from, const char* stop, char c)
{
    return from < stop ? static_cast<const char*>(std::memchr(from, c, std::size_t(stop - from))) : nullptr;
}

} // namespace

void scanLineStarts(const char* data, std::size_t begin, std::size_t end, std::vector<std::uint64_t>& starts)
{
    if (begin >= end)
        return;
    const char* p = data + begin;
    const char* const stop = data + end;
    // A "\r" that ended the previous range is a line end unless this range starts with its "\n".
    if (begin > 0 && data[begin - 1] == '\r' && *p != '\n')
        starts.push_back(begin);
    while (p < stop) {
        const char* nl = find(p, stop, '\n');
        const char* lineEnd = nl ? nl : stop;
        // A "\r" in the line just found (read again while it is in the cache, so files
        // without one cost little more than the "\n" scan): the one just before the "\n"
        // belongs to it (CRLF); any other ends a line of its own, except one at the very end
        // of the range (decided by the next call).
        for (const char* cr = find(p, lineEnd, '\r'); cr; cr = find(cr + 1, lineEnd, '\r'))
            if (cr + 1 != nl && cr + 1 != stop)
                starts.push_back(std::uint64_t(cr + 1 - data));
        if (!nl)
            break;
        p = nl + 1;
        starts.push_back(std::uint64_t(p - data));
    }
}

std::vector<std::uint64_t> indexLines(const char* data, std::size_t size)
{
    std::vector<std::uint64_t> starts;
    starts.reserve(size / 512 + 2);
    starts.push_back(0);
    scanLineStarts(data, 0, size, starts);
    if (starts.back() != size)
        starts.push_back(size);
    return starts;
}

} // namespace td
