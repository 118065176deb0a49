#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

namespace td {

// How many workers a whole-file scan uses: every core, at most 8 (beyond that the memory
// bandwidth of a mapped file is the limit, not the cores).
inline unsigned scanWorkers()
{
    return std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
}

// Splits [0, n) into `workers` contiguous ranges and runs work(worker, begin, end) for each at
// once, the first on the calling thread; returns when all are done. Ranges keep row order, so
// per-worker results concatenated in worker order are in row order.
template<typename Work>
void forEachRange(std::int64_t n, unsigned workers, Work&& work)
{
    std::vector<std::thread> threads;
    threads.reserve(workers > 0 ? workers - 1 : 0);
    for (unsigned w = 1; w < workers; ++w)
        threads.emplace_back([&work, n, w, workers] { work(w, n * w / workers, n * (w + 1) / workers); });
    if (workers > 0)
        work(0u, std::int64_t(0), n / workers);
    for (auto& t : threads)
        t.join();
}

// Splits [0, n) into ranges of `chunk` (the last shorter) that `workers` take one at a time,
// each the next not taken, and runs work(worker, begin, end) for each, the first worker on the
// calling thread; returns when all are done. For work whose results do not depend on order:
// a core slowed by other programs takes fewer ranges, where forEachRange would wait for it.
template<typename Work>
void forEachChunk(std::int64_t n, unsigned workers, std::int64_t chunk, Work&& work)
{
    std::atomic<std::int64_t> next{0};
    const auto take = [&](unsigned w) {
        for (std::int64_t begin; (begin = next.fetch_add(chunk, std::memory_order_relaxed)) < n;)
            work(w, begin, std::min(n, begin + chunk));
    };
    std::vector<std::thread> threads;
    threads.reserve(workers > 0 ? workers - 1 : 0);
    for (unsigned w = 1; w < workers; ++w)
        threads.emplace_back(take, w);
    take(0u);
    for (auto& t : threads)
        t.join();
}

} // namespace td
