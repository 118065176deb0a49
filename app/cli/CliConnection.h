#pragma once

#include "api/http/ApiRequest.h"

#include <QString>

#include <functional>

namespace td::cli {

// The connection a network command uses: a connection profile of the app (--profile, by id
// or name; Together by default) with its key from the keychain (or $TOGETHER_API_KEY for
// Together), resolved by ConnectionProfiles as the GUI does: --base-url wins for the run, then
// $TOGETHER_BASE_URL, then the stored URL, said on stderr when they differ; a key is never
// sent over plain HTTP to another machine. Runs `use` with it inside the event loop and
// returns the exit code `use` sets with QCoreApplication::exit. Without a usable connection (no
// key) it says why and exits with NetworkError, unless `unavailable` is given: then that runs
// instead, with the reason, and sets the exit code itself (a command that can answer offline).
int withConnection(const QString& baseUrl, const QString& profile, const std::function<void(const Connection&)>& use,
                   const std::function<void(const QString& why)>& unavailable = {});

} // namespace td::cli
