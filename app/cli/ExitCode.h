#pragma once

namespace td::cli {

// The exit status of every tunedesk-cli command, for scripts. The top-level --help lists
// them; keep that text (main.cpp) in step with this table.
namespace ExitCode {
// Done; for check, lint and export: the data passed.
constexpr int Ok = 0;
// The data has errors: check failed, lint found errors (an empty file included), an
// exported file Together's checker would reject, a job the model's limits rule out, rows
// import could not convert.
constexpr int DataErrors = 1;
// The command line is wrong: unknown command or option, missing or invalid arguments.
constexpr int Usage = 2;
// An input cannot be read: it does not exist, is not readable or is not a dataset.
constexpr int InputUnreadable = 3;
// An output cannot be written (disk full, read-only, refused because it is the input).
constexpr int OutputFailed = 4;
// The API could not be reached or answered with an error (including no API key).
constexpr int NetworkError = 5;
} // namespace ExitCode

} // namespace td::cli
