#pragma once

#include "query/DatasetSplit.h"
#include "validate/Exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace td {

// Export a cleaned dataset: which rows, which fixes, an optional seeded train/validation
// split, and where to write.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Rows { All, ValidOnly, Selection, SearchResult };

    ExportDialog(const QString& suggestedPath, bool hasSelection, bool hasSearchResult, QWidget* parent = nullptr);

    Rows rows() const;
    // Options for the exporter (rows left empty: the caller fills them for Selection and
    // SearchResult).
    ExportOptions options() const;
    // How the split is shaped (plain when there is no split).
    SplitShape splitShape() const;

private:
    QRadioButton* m_all;
    QRadioButton* m_valid;
    QRadioButton* m_selection;
    QRadioButton* m_search;
    QList<QPair<QCheckBox*, FixKind>> m_fixes;
    QCheckBox* m_split;
    QDoubleSpinBox* m_percent;
    QSpinBox* m_seed;
    QComboBox* m_stratify;
    QLineEdit* m_field;
    QComboBox* m_groups;
    QLineEdit* m_groupsFile;
    QLineEdit* m_path;
};

} // namespace td
