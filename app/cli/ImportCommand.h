#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli import IN OUT [--from FORMAT] [--map SLOT=SOURCE,...] [--profile 1.5.34|today] [--json]
int runImport(const QStringList& args);

} // namespace td::cli
