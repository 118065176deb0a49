#pragma once

#include "dataset/MappedFile.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace td {

// A row's identity for the life of a document: the line number in the opened file for
// original rows, kFirstNewRowId and up for rows created by edits. Ids survive inserts,
// deletes, moves and saves, so undo commands and caches can hold them.
using RowId = std::uint64_t;
constexpr RowId kFirstNewRowId = RowId(1) << 40;

using LineStarts = std::vector<std::uint64_t>;
using RowOrder = std::vector<RowId>;
using RowContents = std::unordered_map<RowId, QByteArray>;

// An immutable view of a document at one moment, cheap to take (shared, copy-on-write
// parts) and safe to read from any thread: the saver, search, stats and checks work on it
// while the user keeps editing.
struct DocumentSnapshot
{
    std::shared_ptr<const MappedFile> file;
    std::shared_ptr<const LineStarts> starts;    // size == original line count + 1
    std::shared_ptr<const RowOrder> order;       // null: rows are the original lines in order
    std::shared_ptr<const RowContents> contents; // edited and new rows
    QByteArray eol = QByteArrayLiteral("\n");    // of new and edited rows: the file's first line end
    // Write every row with a plain "\n", original CRLF rows included (a user's choice).
    bool normalizeLineEnds = false;

    std::int64_t rowCount() const;
    RowId idAt(std::int64_t pos) const { return order ? (*order)[std::size_t(pos)] : RowId(pos); }
    bool isOriginal(RowId id) const { return id < kFirstNewRowId && (!contents || !contents->count(id)); }
    // The row's bytes without its line terminator ("\n", "\r\n" or a lone "\r").
    QByteArrayView rowView(std::int64_t pos) const;
    QByteArrayView rowViewById(RowId id) const;
    // The original line of `id` including its terminator, exactly as in the file.
    QByteArrayView originalSpan(RowId id) const;
    std::uint64_t totalBytesEstimate() const;
    // After reading rows: an error when the file was shortened by another program while it
    // was read (those rows read as zeros), so stats, lint and checks are not shown for it.
    Result<void> checkUnchanged() const { return file ? file->checkUnchanged() : Result<void>{}; }
};

// Strips one trailing "\n", "\r\n" or lone "\r".
QByteArrayView stripLineEnd(QByteArrayView line);

} // namespace td
