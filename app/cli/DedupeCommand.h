#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli dedupe FILE [--scope row|user|assistant] [--threshold J] [--json]
int runDedupe(const QStringList& args);

} // namespace td::cli
