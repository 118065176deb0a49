#pragma once

#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// GET /v2/public/inference-instance-types: the hardware a v2 deployment runs on and its price
// per running replica.
struct InstanceType
{
    struct Region
    {
        QString name;
        QString headroomRelation;       // RELATION_EQ | RELATION_GTE
        std::optional<qint64> headroom; // replicas that can still start there
    };
    QString id;
    QString name; // "{gpuCount}x{gpuType}", e.g. "1xnvidia-h100-80gb"
    QString description;
    QString gpuType;
    int gpuCount = 0;
    int gpuMemoryGib = 0;
    double priceCentsPerHour = 0; // per ready replica
    QList<Region> regions;

    double dollarsPerHour() const { return priceCentsPerHour / 100.0; }
    // Matches a profile's or config's hardware: by gpuType and gpuCount, or by the
    // "{count}x{type}" name the Python CLI matches on. Never a neighbour.
    bool matches(const QString& gpuType, int gpuCount) const;
    // The one rule behind matches(), for instance types the pre-flight reads from its own facts:
    // GPU names compare without case or punctuation ("nvidia-h100-80gb" is "NVIDIA_H100_80GB").
    static bool hardwareMatches(const QString& wantedType, int wantedCount, const QString& gpuType, int gpuCount,
                                const QString& name, const QString& id);
    static std::optional<InstanceType> fromJson(const nlohmann::json& j);
    // The one instance type for this hardware; nullopt when the list has none (no guessing).
    static std::optional<InstanceType> find(const QList<InstanceType>& all, const QString& gpuType, int gpuCount);
};

} // namespace td
