#pragma once

#include "dataset/DocumentSnapshot.h"
#include "validate/ParityChecker.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace simdjson::dom {
class parser;
}

namespace td {

// What the fast pass proved of each original row of one opened file: its format, or that it
// must be checked exactly. Kept between checks of the same document, so re-checking after an
// edit only looks at the edited rows. Filled on every core the first time.
class ParityRowFacts
{
public:
    static constexpr std::int8_t kUnknown = -2;    // not looked at yet
    static constexpr std::int8_t kNotProven = -1;  // the exact check decides
    static constexpr std::int8_t kNeedsBytes = -3; // holds a CR or invalid UTF-8: checked as a file

    // Facts for every original row of the snapshot's file (computed where missing; forgotten
    // when the snapshot is of another file).
    const std::vector<std::int8_t>& forFile(const DocumentSnapshot& snapshot, const std::atomic_bool* cancel);

private:
    friend Result<ParityReport> checkSnapshotParity(const DocumentSnapshot&, const QString&, ParityRowFacts&,
                                                    const ParityOptions&);
    std::mutex m_mutex; // held by one check at a time
    const MappedFile* m_file = nullptr;
    std::vector<std::int8_t> m_facts;
};

// What one row is to the parity check: a proven format (0-3), kNotProven, or kNeedsBytes.
std::int8_t parityFactOf(QByteArrayView row, simdjson::dom::parser& parser);

// The size of the file the snapshot would be saved as (nothing is written).
std::uint64_t savedSize(const DocumentSnapshot& snapshot);

// Runs `check` on the bytes the snapshot would be saved as (`size` of them), put together in
// an anonymous memory file (never on disk): for the rare documents whose report depends on
// bytes across rows.
ParityReport checkSavedBytes(const DocumentSnapshot& snapshot, std::uint64_t size, const std::atomic_bool* cancel,
                             const std::function<ParityReport(const char*, std::size_t)>& check);

// check_file for a document as it would be saved, without writing it anywhere: rows proven
// fine are not parsed again, edited rows are checked on their own, and only a document whose
// rows hold a CR or invalid UTF-8 (whose report depends on the bytes around them) is put
// together in memory (an anonymous file, never on disk) and checked as one. `name` is the
// file name the report speaks of. The result is the report checkFileParity gives for the
// saved file.
// An error when the file under the document changed while it was read.
Result<ParityReport> checkSnapshotParity(const DocumentSnapshot& snapshot, const QString& name, ParityRowFacts& facts,
                                         const ParityOptions& options = {});

} // namespace td
