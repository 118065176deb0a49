#pragma once

#include "dataset/DatasetDocument.h"

#include <QString>

#include <memory>

namespace td::cli {

// Opens a dataset for a command and waits until it is indexed; on failure prints why to
// standard error and returns nullptr.
std::unique_ptr<DatasetDocument> openDataset(const QString& path);

} // namespace td::cli
