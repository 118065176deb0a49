#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli files upload FILE [--purpose P] [--no-check] | list [--json] | delete ID
int runFiles(const QStringList& args);

} // namespace td::cli
