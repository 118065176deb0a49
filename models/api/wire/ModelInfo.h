#pragma once

#include <QMetaType>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// An entry of GET models (a bare array on the wire, contract 5).
struct ModelInfo
{
    QString id;
    QString type; // chat, language, code, image, embedding, ... or new ones
    QString displayName;
    QString organization;
    qint64 created = 0;
    int contextLength = 0;
    double inputPrice = 0;  // dollars per million tokens
    double outputPrice = 0; // dollars per million tokens
    double hourlyPrice = 0; // dollars per hour

    static std::optional<ModelInfo> fromJson(const nlohmann::json& j);
};

} // namespace td

Q_DECLARE_METATYPE(td::ModelInfo)
