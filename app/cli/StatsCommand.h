#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli stats FILE [--json]
int runStats(const QStringList& args);

} // namespace td::cli
