#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli check FILE [--profile 1.5.34|today]: prints what `together files check FILE`
// prints (Python client 1.5.34 by default; `today`: the current client's structural check and
// the server's published rule); exit 0 when the check passes, 1 when it fails, 2 for a usage
// error.
int runCheck(const QStringList& args);

} // namespace td::cli
