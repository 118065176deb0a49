#pragma once

#include "dataset/DocumentSnapshot.h"

#include <QList>
#include <QUndoCommand>

#include <vector>

namespace td {

class DatasetDocument;

// Removes rows at any positions (a multi-selection) in one undo step; undo puts each row
// back where it was, with its id and content.
class RemoveRowsCommand final : public QUndoCommand
{
public:
    RemoveRowsCommand(DatasetDocument* doc, std::vector<std::int64_t> positions, const QString& text);

    void undo() override;
    void redo() override;

private:
    struct Range
    {
        std::int64_t pos;
        std::int64_t count;
        QList<RowId> ids;
    };
    DatasetDocument* m_doc;
    std::vector<Range> m_ranges; // ascending, contiguous runs
};

} // namespace td
