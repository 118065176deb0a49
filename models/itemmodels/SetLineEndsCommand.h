#pragma once

#include <QUndoCommand>

namespace td {

class DatasetDocument;

// Turns the document's "write every line end as LF" setting on or off.
class SetLineEndsCommand final : public QUndoCommand
{
public:
    SetLineEndsCommand(DatasetDocument* doc, bool normalize, const QString& text);
    void undo() override;
    void redo() override;

private:
    DatasetDocument* m_doc;
    bool m_normalize;
    bool m_before;
};

} // namespace td
