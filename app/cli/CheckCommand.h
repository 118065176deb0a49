#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli check FILE: prints what `together files check FILE` prints; exit 0 when the
// check passes, 1 when it fails, 2 for a usage error.
int runCheck(const QStringList& args);

} // namespace td::cli
