#pragma once

#include "api/ApiRequest.h"

#include <QString>

#include <functional>

namespace td::cli {

// The connection a network command uses: the base URL (--base-url, $TOGETHER_BASE_URL or
// Together's), and the API key from the keychain or $TOGETHER_API_KEY. Runs `use` with it
// inside the event loop and returns the exit code `use` sets with QCoreApplication::exit.
int withConnection(const QString& baseUrl, const std::function<void(const Connection&)>& use);

} // namespace td::cli
