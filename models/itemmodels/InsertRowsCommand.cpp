#include "itemmodels/InsertRowsCommand.h"

#include "dataset/DatasetDocument.h"

namespace td {

InsertRowsCommand::InsertRowsCommand(DatasetDocument* doc, std::int64_t pos, QList<QByteArray> rows,
                                     const QString& text)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_pos(pos)
    , m_rows(std::move(rows))
{}

void InsertRowsCommand::redo()
{
    if (m_ids.isEmpty())
        m_ids = m_doc->insertRows(m_pos, m_rows);
    else
        m_doc->insertRowIds(m_pos, m_ids);
}

void InsertRowsCommand::undo()
{
    m_doc->removeRows(m_pos, m_ids.size());
}

} // namespace td
