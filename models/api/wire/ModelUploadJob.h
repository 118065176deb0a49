#pragma once

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// Uploading a model or LoRA adapter for inference (contract 8): POST models answers with a
// job, GET jobs/{id} tells how it goes (Queued, Running, Complete, Failed).
struct ModelUploadJob
{
    QString jobId;
    QString modelName;
    QString modelId;
    QString status;
    QString lastMessage;

    bool isDone() const;
    static std::optional<ModelUploadJob> fromJson(const nlohmann::json& j);
};

} // namespace td
