#pragma once

#include <QUndoCommand>

#include <optional>

namespace td {

class DatasetDocument;

// Replaces one row's bytes. Consecutive edits with the same merge key (e.g. typing in one
// message's text) merge into one undo step.
class ReplaceRowCommand final : public QUndoCommand
{
public:
    ReplaceRowCommand(DatasetDocument* doc, std::int64_t pos, QByteArray after, QString mergeKey, const QString& text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    std::int64_t position() const { return m_pos; }

private:
    DatasetDocument* m_doc;
    std::int64_t m_pos;
    std::optional<QByteArray> m_before; // nullopt: the row was untouched
    QByteArray m_after;
    QString m_mergeKey;
};

} // namespace td
