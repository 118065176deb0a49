#pragma once

#include <QMetaType>

#include <cstdint>

namespace td {

// What changed in a document, so every view updates from one source of truth.
struct DocumentChange
{
    enum class Kind {
        Reset,        // a new file, or everything changed
        RowsAppended, // indexing found more rows at the end
        RowsChanged,  // rows [first, first+count) have new content
        RowsInserted, // rows inserted at [first, first+count)
        RowsRemoved,  // rows [first, first+count) removed
        RowMoved,     // row at `first` moved to `to` (positions before the move)
    };
    Kind kind = Kind::Reset;
    std::int64_t first = 0;
    std::int64_t count = 0;
    std::int64_t to = 0;
};

// Where the row at position `p` before the change is after it: -1 if it was removed (or the
// whole document changed). One rule for every view that follows rows through edits.
inline std::int64_t positionAfter(const DocumentChange& c, std::int64_t p)
{
    switch (c.kind) {
    case DocumentChange::Kind::Reset:
        return -1;
    case DocumentChange::Kind::RowsInserted:
        return p >= c.first ? p + c.count : p;
    case DocumentChange::Kind::RowsRemoved:
        return p < c.first ? p : p >= c.first + c.count ? p - c.count : -1;
    case DocumentChange::Kind::RowMoved:
        if (p == c.first)
            return c.to;
        if (c.first < c.to && p > c.first && p <= c.to)
            return p - 1;
        if (c.to < c.first && p >= c.to && p < c.first)
            return p + 1;
        return p;
    case DocumentChange::Kind::RowsAppended:
    case DocumentChange::Kind::RowsChanged:
        return p;
    }
    return p;
}

} // namespace td

Q_DECLARE_METATYPE(td::DocumentChange)
