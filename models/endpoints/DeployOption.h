#pragma once

#include "api/wire/InstanceType.h"

#include <QString>

#include <optional>

namespace td {

// One way to deploy a model on dedicated endpoints v2: a config (with the model string that
// goes with it) on its hardware, what the certified profile says of its speed, and what one
// replica costs an hour.
struct DeployOption
{
    QString model;  // projects/{p}/models/{ml}[/revisions/{rv}]: sent verbatim
    QString config; // projects/{owner}/configs/{cr}
    QString gpuType;
    int gpuCount = 0;
    QString quantization; // BF16, FP8 (profiles only; configs say "optimization")
    QString parallelism;
    qint64 contextLength = 0;
    std::optional<double> decodingSpeedTps, timeToFirstTokenMs;
    bool certifiedProfile = false;        // from the supported-model catalogue
    std::optional<InstanceType> instance; // unknown price: nullopt, never a neighbour's

    // "2x nvidia-h100-80gb · FP8 · TP2"
    QString hardwareText() const;
    std::optional<double> dollarsPerReplicaHour() const
    {
        return instance ? std::optional<double>(instance->dollarsPerHour()) : std::nullopt;
    }
};

} // namespace td
