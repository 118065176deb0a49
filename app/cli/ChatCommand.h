#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli chat MODEL [--system TEXT] [--max-tokens N] [--temperature T] [--base-url URL] [MESSAGE]
// Streams the answer to stdout; the message comes from the argument or standard input.
int runChat(const QStringList& args);

} // namespace td::cli
