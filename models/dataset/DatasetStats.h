#pragma once

#include "dataset/DocumentSnapshot.h"
#include "dataset/RowSummary.h"

#include <QJsonObject>

#include <array>
#include <atomic>
#include <cstdint>

namespace td {

// Whole-file figures: what `tunedesk-cli stats` prints.
struct DatasetStats
{
    std::int64_t rows = 0;
    std::uint64_t bytes = 0;
    std::array<std::int64_t, 6> formats{};                  // indexed by RowFormat
    std::array<std::int64_t, kParseStatusCount> statuses{}; // indexed by ParseStatus
    std::int64_t bomRows = 0;
    std::int64_t messages = 0;
    std::int64_t minMessages = 0;
    std::int64_t maxMessages = 0;
    std::int64_t characters = 0;
    std::int64_t maxCharacters = 0;
    std::int64_t rowsWithWeights = 0;
    double indexSeconds = 0;
    double parseSeconds = 0;

    std::int64_t parseFailures() const { return rows - statuses[0]; }
    QJsonObject toJson() const;
    QString toText() const;
};

DatasetStats computeStats(const DocumentSnapshot& snapshot, const std::atomic_bool* cancel = nullptr);

} // namespace td
