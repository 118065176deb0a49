#include "itemmodels/SetLineEndsCommand.h"

#include "dataset/DatasetDocument.h"

namespace td {

SetLineEndsCommand::SetLineEndsCommand(DatasetDocument* doc, bool normalize, const QString& text)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_normalize(normalize)
    , m_before(doc->normalizeLineEnds())
{}

void SetLineEndsCommand::redo()
{
    m_doc->setNormalizeLineEnds(m_normalize);
}

void SetLineEndsCommand::undo()
{
    m_doc->setNormalizeLineEnds(m_before);
}

} // namespace td
