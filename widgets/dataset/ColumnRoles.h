#pragma once

#include "import/ImportFormat.h"

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QHBoxLayout;

namespace td {

// A CSV/TSV file's header row with a choice under each column of what it becomes (not
// imported; system, user or assistant; prompt or completion; text), left to right as in the
// file: the import's column mapping without typing "user=question,assistant=answer". The
// messages keep the columns' order, but for a system message, which goes first.
class ColumnRoles final : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnRoles(QWidget* parent = nullptr);

    // Shows `header`'s columns, each set to what `mapping` makes it (a source is a column's
    // name or its 1-based number, as the import reads it).
    void setColumns(const std::vector<std::string>& header, const FieldMapping& mapping);
    // The mapping the choices make: the chosen columns in the file's order (system messages
    // first), each by its name
    // (by its number where the name could not be written in a mapping or is not the first of
    // that name).
    FieldMapping mapping() const;
    // The choice under column `column` (tests).
    QComboBox* choiceOf(int column) const;

signals:
    // The user changed a column's choice.
    void mappingEdited(const td::FieldMapping& mapping);

private:
    QHBoxLayout* m_columns;
    std::vector<std::string> m_header;
    std::vector<QComboBox*> m_choices;
};

} // namespace td
