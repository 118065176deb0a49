#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli lint FILE [--json] [--all] [--profile client|tools] [--context-length N]
// Every problem in the file (the text lists the first 100 of each kind unless --all; --json
// streams all of them); exit 0 when there is no error, 1 when there is.
int runLint(const QStringList& args);

} // namespace td::cli
