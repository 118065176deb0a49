#include "dataset/LineScanner.h"

#include <cstring>

namespace td {

void scanLineStarts(const char* data, std::size_t begin, std::size_t end, std::vector<std::uint64_t>& starts)
{
    const char* p = data + begin;
    const char* const stop = data + end;
    while (p < stop) {
        const void* nl = std::memchr(p, '\n', std::size_t(stop - p));
        if (!nl)
            break;
        p = static_cast<const char*>(nl) + 1;
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
