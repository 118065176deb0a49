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

} // namespace td

Q_DECLARE_METATYPE(td::DocumentChange)
