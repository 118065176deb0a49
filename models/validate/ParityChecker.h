#pragma once

#include "core/Result.h"
#include "validate/ParityReport.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>

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

// check_file's file-level steps (found, size, empty, suffix) for a file of `size` bytes (-1:
// there is none) named `path`, with `jsonlData` giving the JSONL data part when they pass.
// checkFileParity reads a file this way; checkSnapshotParity an edited document.
Result<ParityReport> parityOfFileData(const QString& path, std::int64_t size,
                                      const std::function<Result<ParityReport>()>& jsonlData,
                                      const ParityOptions& options = {});

// The JSONL pass one line at a time, for lines that are not in one buffer (the rows of an
// edited document): the same verdict checkJsonlParity gives for the same lines, provided the
// caller has already proven the whole text valid UTF-8.
class ParityLineScanner
{
public:
    explicit ParityLineScanner(const ParityOptions& options = {});
    ~ParityLineScanner();
    ParityLineScanner(const ParityLineScanner&) = delete;
    ParityLineScanner& operator=(const ParityLineScanner&) = delete;

    // One line without its terminator. `proven` is its format when the fast pass proved it
    // fine (it is then not parsed again); -1 when it did not. False once a line failed: the
    // verdict is decided and later lines change nothing.
    bool addLine(std::string_view line, int proven);
    // The data part of the report (what checkJsonlParity returns for valid UTF-8).
    ParityReport report() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The JSONL data checks on bytes already in memory (the file-level steps are the caller's).
// Returns the data part of the report, which check_file merges into its own.
ParityReport checkJsonlParity(const char* data, std::size_t size, const ParityOptions& options = {});

} // namespace td
