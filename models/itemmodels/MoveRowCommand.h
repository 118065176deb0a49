#pragma once

#include <QUndoCommand>

namespace td {

class DatasetDocument;

// Moves one row so that it ends up at position `to`.
class MoveRowCommand final : public QUndoCommand
{
public:
    MoveRowCommand(DatasetDocument* doc, std::int64_t from, std::int64_t to, const QString& text);

    void undo() override;
    void redo() override;

private:
    DatasetDocument* m_doc;
    std::int64_t m_from;
    std::int64_t m_to;
};

} // namespace td
