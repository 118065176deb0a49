#include "itemmodels/MoveRowCommand.h"

#include "dataset/DatasetDocument.h"

namespace td {

MoveRowCommand::MoveRowCommand(DatasetDocument* doc, std::int64_t from, std::int64_t to, const QString& text)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_from(from)
    , m_to(to)
{}

void MoveRowCommand::redo()
{
    m_doc->moveRow(m_from, m_to);
}

void MoveRowCommand::undo()
{
    m_doc->moveRow(m_to, m_from);
}

} // namespace td
