#pragma once

#include "dataset/DocumentSnapshot.h"

#include <QList>
#include <QUndoCommand>

namespace td {

class DatasetDocument;

// Inserts rows (new ones from bytes, or copies for "duplicate"); undo removes them and redo
// puts the very same rows back, so their ids stay stable.
class InsertRowsCommand final : public QUndoCommand
{
public:
    InsertRowsCommand(DatasetDocument* doc, std::int64_t pos, QList<QByteArray> rows, const QString& text);

    void undo() override;
    void redo() override;

private:
    DatasetDocument* m_doc;
    std::int64_t m_pos;
    QList<QByteArray> m_rows;
    QList<RowId> m_ids;
};

} // namespace td
