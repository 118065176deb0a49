#pragma once

#include "dataset/DocumentSnapshot.h"
#include "validate/LintProblem.h"
#include "validate/LintProblemKinds.h"

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace td {

// Lint problems, compactly: 16 bytes each (row, kind, and either the packed figures of a
// dataset-level problem or a reference into a side table holding the JSON pointer and the
// message's arguments, each distinct detail stored once). Messages, line numbers and byte
// offsets are made when a problem is shown (at()), so a file with a million blank lines costs
// megabytes, not gigabytes. Problems are appended in row order; blocks of records and side
// tables are shared between copies, so a copy that changes a few rows costs a few blocks.
class LintProblemStore
{
public:
    LintProblemStore();
    ~LintProblemStore();
    LintProblemStore(const LintProblemStore&);
    LintProblemStore& operator=(const LintProblemStore&);
    LintProblemStore(LintProblemStore&&) noexcept;
    LintProblemStore& operator=(LintProblemStore&&) noexcept;

    // Where rows are in the file, for line numbers and byte offsets (shared with the document's
    // snapshot, not copied). Without one, a problem's line is its row + 1 and its offset unknown.
    void setLocator(const DocumentSnapshot& snapshot);
    // The run's context length, for the too-long messages.
    void setContextLength(std::int64_t tokens) { m_contextLength = tokens; }
    std::int64_t contextLength() const { return m_contextLength; }

    void add(std::int64_t row, ProblemKind kind, std::string_view pointer = {},
             std::initializer_list<std::string_view> args = {});
    void addNumber(std::int64_t row, ProblemKind kind, std::uint64_t number);
    // Appends problem `i` of `other` (its details shared, not copied).
    void append(const LintProblemStore& other, std::size_t i);
    void clear();
    // Replaces the problems of rows [first, last) with those of `fresh` (rows in the same range,
    // in row order), keeping the ones `keep` says to keep (e.g. dataset-level findings, which a
    // row on its own cannot tell). Only the blocks holding those rows are rewritten.
    void replaceRows(std::int64_t first, std::int64_t last, bool (*keep)(ProblemKind), const LintProblemStore& fresh);

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::int64_t row(std::size_t i) const;
    ProblemKind kind(std::size_t i) const;
    const char* code(std::size_t i) const { return kindInfo(kind(i)).code; }
    Severity severity(std::size_t i) const { return kindInfo(kind(i)).severity; }
    FixKind fix(std::size_t i) const { return kindInfo(kind(i)).fix; }
    // Two problems of one kind with the same key have the same message and pointer (for a
    // writer that makes each text once).
    std::uint64_t detailKey(std::size_t i) const { return record(i).aux; }
    std::string pointer(std::size_t i) const;
    QString message(std::size_t i) const;
    std::int64_t line(std::size_t i) const;
    std::int64_t byteOffset(std::size_t i) const;
    // Everything about problem `i`, spelled out.
    LintProblem at(std::size_t i) const;
    // Calls fn(index, row, kind) for the problems from `from` on, in order, until fn returns false.
    template<typename Fn>
    void forEach(std::size_t from, Fn&& fn) const
    {
        for (std::size_t i = from; i < m_size;) {
            const Block& b = *m_blocks[blockOf(i)];
            const std::size_t start = m_blockStart[blockOf(i)];
            for (std::size_t k = i - start; k < b.records.size(); ++k, ++i)
                if (!fn(i, std::int64_t(b.records[k].rowKind >> 8), ProblemKind(b.records[k].rowKind & 0xFF)))
                    return;
        }
    }
    // The first problem whose row is >= `row` (problems are in row order).
    std::size_t lowerBound(std::int64_t row) const;

    // Heap bytes this store holds (records, side tables, indexes; shared parts counted whole).
    std::size_t bytesUsed() const;
    // Frees the record blocks wholly before problem `i`; problems before `i` must not be read
    // again (for a consumer that walks the store once, e.g. a merge).
    void releaseBefore(std::size_t i);

private:
    struct Record
    {
        std::uint64_t rowKind; // row << 8 | kind
        std::uint64_t aux;     // packed figures, or (arena + 1) << 48 | offset into it; 0: no details
    };
    struct Block
    {
        std::vector<Record> records;
    };
    class Arena;

    const Record& record(std::size_t i) const;
    std::size_t blockOf(std::size_t i) const;
    Record adopt(const LintProblemStore& other, Record r);
    void push(Record r);
    std::uint64_t intern(std::string_view pointer, std::initializer_list<std::string_view> args);
    std::vector<std::string_view> details(std::uint64_t aux, std::string_view* pointer) const;
    std::int64_t rowId(std::int64_t row) const;

    std::vector<std::shared_ptr<const Block>> m_blocks;
    std::vector<std::size_t> m_blockStart; // index of each block's first problem
    std::size_t m_size = 0;
    std::size_t m_released = 0; // blocks freed by releaseBefore
    bool m_uniform = true;      // every block but the last is full: a problem's block is index / size
    std::vector<std::shared_ptr<const Arena>> m_arenas;
    std::shared_ptr<Arena> m_own; // the arena this store adds to, made on demand
    std::size_t m_ownIndex = 0;   // its number in m_arenas, from 1
    std::shared_ptr<const LineStarts> m_starts;
    std::shared_ptr<const RowOrder> m_order;
    bool m_located = false;
    std::int64_t m_contextLength = 0;
};

} // namespace td
