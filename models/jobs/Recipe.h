#pragma once

#include "api/wire/FineTuneRequest.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace td {

// A fine-tuning recipe: a job's settings (never its secrets) and the data they were made for,
// so a recipe's file ids are only reused with the same bytes. The New Fine-Tune dialog and
// `tunedesk-cli jobs create --recipe` read and write this one format:
//   {"tunedesk_recipe": 1, "request": {<the POST /fine-tunes body>},
//    "dataset": {"path", "sha256", "file_id"}, "validation": {...}}
// A bare request body (what `jobs get --json` or another client wrote) is read as a recipe
// without data; anything else is an error, never silently the defaults.
struct Recipe
{
    struct Data
    {
        QString fileName; // without folders: a recipe travels with its data
        QString sha256;   // hex, of the file's bytes
        QString fileId;   // the upload it became, if any
    };

    FineTuneRequest request;
    std::optional<Data> dataset, validation;

    static constexpr int kVersion = 1;

    static Result<Recipe> fromJson(const QByteArray& bytes);
    static Result<Recipe> read(const QString& path);
    // Secrets (W&B key, Hugging Face token) are dropped whatever the request holds.
    QByteArray toJson() const;
    // Written atomically: an interrupted write leaves the old recipe.
    Result<void> write(const QString& path) const;

    // The request to launch with for data whose hash is `datasetSha256` (and the validation
    // file's): file ids made for other bytes are dropped, and `dropped` says so.
    FineTuneRequest requestFor(const QString& datasetSha256, const QString& validationSha256,
                               bool* dropped = nullptr) const;
};

// The SHA-256 of a file's bytes in hex (read in blocks; empty when it cannot be read).
QString sha256OfFile(const QString& path);

} // namespace td
