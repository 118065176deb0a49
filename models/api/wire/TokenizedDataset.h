#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// The answer of GET fine-tunes/{id}/download-tokenized-dataset: a pre-signed address of the
// archive of the data as Together tokenized it for training, valid until `expiresAt`. The
// address carries its own authorization; no API key may go there.
struct TokenizedDataset
{
    QUrl url;
    QString filename;
    qint64 size = -1; // -1: not said
    QString contentType;
    QDateTime expiresAt;

    // nullopt without an absolute http(s) url.
    static std::optional<TokenizedDataset> fromJson(const nlohmann::json& j);
};

} // namespace td
