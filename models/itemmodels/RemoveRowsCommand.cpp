#include "itemmodels/RemoveRowsCommand.h"

#include "dataset/DatasetDocument.h"

#include <algorithm>

namespace td {

RemoveRowsCommand::RemoveRowsCommand(DatasetDocument* doc, std::vector<std::int64_t> positions, const QString& text)
    : QUndoCommand(text)
    , m_doc(doc)
{
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    for (std::int64_t p : positions) {
        if (!m_ranges.empty() && m_ranges.back().pos + m_ranges.back().count == p)
            ++m_ranges.back().count;
        else
            m_ranges.push_back({p, 1, {}});
    }
}

void RemoveRowsCommand::redo()
{
    // From the last run backwards, so earlier positions stay valid.
    for (auto it = m_ranges.rbegin(); it != m_ranges.rend(); ++it)
        it->ids = m_doc->removeRows(it->pos, it->count);
}

void RemoveRowsCommand::undo()
{
    for (const Range& r : m_ranges)
        m_doc->insertRowIds(r.pos, r.ids);
}

} // namespace td
