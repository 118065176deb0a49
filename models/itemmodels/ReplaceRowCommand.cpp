#include "itemmodels/ReplaceRowCommand.h"

#include "dataset/DatasetDocument.h"

namespace td {

namespace {
constexpr int kReplaceRowId = 0x7d01;
}

ReplaceRowCommand::ReplaceRowCommand(DatasetDocument* doc, std::int64_t pos, QByteArray after, QString mergeKey,
                                     const QString& text)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_pos(pos)
    , m_before(doc->editedContent(pos))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{}

void ReplaceRowCommand::redo()
{
    m_doc->replaceRow(m_pos, m_after);
}

void ReplaceRowCommand::undo()
{
    if (m_before)
        m_doc->replaceRow(m_pos, *m_before);
    else
        m_doc->restoreOriginal(m_pos);
}

int ReplaceRowCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kReplaceRowId;
}

bool ReplaceRowCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const ReplaceRowCommand*>(other);
    if (o->m_pos != m_pos || o->m_mergeKey != m_mergeKey || o->m_doc != m_doc)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace td
