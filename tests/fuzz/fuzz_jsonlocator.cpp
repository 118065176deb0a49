// libFuzzer target for the JSON pointer locator (marking a problem in the raw editor): any
// text and any pointer give a span inside the text or none, never an exception or a read
// outside it.
//
// Input: the pointer, a newline, then the JSON text.
#include "dataset/JsonLocator.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const char* bytes = reinterpret_cast<const char*>(data);
    const void* nl = std::memchr(bytes, '\n', size);
    const std::size_t cut = nl ? std::size_t(static_cast<const char*>(nl) - bytes) : 0;
    const std::string_view pointer(bytes, cut);
    const std::size_t start = nl ? cut + 1 : 0;
    // libFuzzer's buffer ends where the text ends, so AddressSanitizer sees any read past it.
    const QByteArrayView text(bytes + start, qsizetype(size - start));
    const auto span = td::locatePointer(text, pointer);
    if (span && (span->offset < 0 || span->length < 0 || span->offset + span->length > text.size())) {
        std::fprintf(stderr, "span %lld+%lld outside a text of %lld bytes\n", static_cast<long long>(span->offset),
                     static_cast<long long>(span->length), static_cast<long long>(text.size()));
        std::abort();
    }
    return 0;
}
