#pragma once

#include <QByteArray>
#include <QUndoCommand>

#include <optional>
#include <vector>

namespace td {

class DatasetDocument;

// Replaces many rows in one undo step (bulk weight rules, quick fixes on every row).
class BulkReplaceCommand final : public QUndoCommand
{
public:
    struct Change
    {
        std::int64_t pos;
        QByteArray after;
    };
    BulkReplaceCommand(DatasetDocument* doc, std::vector<Change> changes, const QString& text);

    void undo() override;
    void redo() override;
    std::size_t size() const { return m_changes.size(); }

private:
    DatasetDocument* m_doc;
    std::vector<Change> m_changes;
    std::vector<std::optional<QByteArray>> m_before;
};

} // namespace td
