#pragma once

#include "core/Result.h"
#include "validate/ParityReport.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace td {

enum class FilePurpose { FineTune, Eval };

struct ParityOptions
{
    FilePurpose purpose = FilePurpose::FineTune;
    // Called now and then with the bytes checked so far.
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
    const std::atomic_bool* cancel = nullptr;
    // Only the exact Python-semantics check, line by line (no simdjson proof, one core). The
    // result is the same; tests compare the two.
    bool exactOnly = false;
};

// Together's check_file (Python client 1.5.34, contract section 3, variant A): the same
// verdict, message and report, key order included. `path` is used as given in messages (the
// CLI passes the absolute path, as `together files check` does).
// An error instead of a report when there can be no verdict: the path is not a regular file
// (a FIFO, a device, a folder: Error::Code::Unsupported), or the file changed while it was
// read (Error::Code::Changed).
Result<ParityReport> checkFileParity(const QString& path, const ParityOptions& options = {});

// The JSONL data checks on bytes already in memory (the file-level steps are the caller's).
// Returns the data part of the report, which check_file merges into its own.
ParityReport checkJsonlParity(const char* data, std::size_t size, const ParityOptions& options = {});

} // namespace td
