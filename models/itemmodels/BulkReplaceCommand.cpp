#include "itemmodels/BulkReplaceCommand.h"

#include "dataset/DatasetDocument.h"

namespace td {

BulkReplaceCommand::BulkReplaceCommand(DatasetDocument* doc, std::vector<Change> changes, const QString& text)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_changes(std::move(changes))
{
    m_before.reserve(m_changes.size());
    for (const Change& c : m_changes)
        m_before.push_back(doc->editedContent(c.pos));
}

void BulkReplaceCommand::redo()
{
    for (const Change& c : m_changes)
        m_doc->replaceRow(c.pos, c.after);
}

void BulkReplaceCommand::undo()
{
    for (std::size_t i = m_changes.size(); i-- > 0;) {
        if (m_before[i])
            m_doc->replaceRow(m_changes[i].pos, *m_before[i]);
        else
            m_doc->restoreOriginal(m_changes[i].pos);
    }
}

} // namespace td
