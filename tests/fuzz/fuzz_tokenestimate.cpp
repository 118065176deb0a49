// libFuzzer target for the token estimate of a row (the pre-flight summary, `tunedesk-cli
// jobs preflight`): any row is counted or reported unreadable, never thrown; trained text is
// part of the text.
#include "jobs/TokenEstimate.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using T = td::FineTuneRequest::TrainOnInputs;
    for (T t : {T::Auto, T::Yes, T::No}) {
        td::TokenEstimate e;
        e.addRow(reinterpret_cast<const char*>(data), size, t);
        if (e.rows != 1 || e.unreadableRows > 1 || e.chars < 0 || e.trainedChars < 0 || e.trainedChars > e.chars ||
            e.chars > qint64(size)) {
            std::fprintf(stderr, "impossible estimate: rows %lld unreadable %lld chars %lld trained %lld\n",
                         static_cast<long long>(e.rows), static_cast<long long>(e.unreadableRows),
                         static_cast<long long>(e.chars), static_cast<long long>(e.trainedChars));
            std::abort();
        }
    }
    return 0;
}
