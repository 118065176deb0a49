#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace td::cli {

// Parses a command's arguments. Returns the exit code to stop with (ExitCode::Usage after
// printing what is wrong), or nothing when the command should run; --help prints the help
// and exits with ExitCode::Ok. Unlike QCommandLineParser::process, a bad option exits with
// the usage code of the table, not 1 (which means "the data has errors").
std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& args);

} // namespace td::cli
