#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli export IN OUT [--valid-only] [--fix CODE...] [--split FRACTION --seed N]
int runExport(const QStringList& args);

} // namespace td::cli
