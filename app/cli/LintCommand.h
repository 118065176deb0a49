#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli lint FILE [--json] [--profile client|tools] [--context-length N]
// Every problem in the file; exit 0 when there is no error, 1 when there is.
int runLint(const QStringList& args);

} // namespace td::cli
