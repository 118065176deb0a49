#include "widgets/ExportDialog.h"

#include "widgets/Dialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

ExportDialog::ExportDialog(const QString& suggestedPath, bool hasSelection, bool hasSearchResult, QWidget* parent)
    : QDialog(parent)
    , m_all(new QRadioButton(tr("All rows"), this))
    , m_valid(new QRadioButton(tr("Valid rows only (rows that still have errors after the fixes are dropped)"), this))
    , m_selection(new QRadioButton(tr("The selected rows"), this))
    , m_search(new QRadioButton(tr("The rows of the search result"), this))
    , m_split(new QCheckBox(tr("Split off a validation file"), this))
    , m_percent(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_path(new QLineEdit(suggestedPath, this))
{
    setWindowTitle(tr("Export Cleaned Copy"));
    setObjectName(QStringLiteral("exportDialog"));
    m_valid->setChecked(true);
    m_selection->setEnabled(hasSelection);
    m_search->setEnabled(hasSearchResult);
    auto* rows = new QGroupBox(tr("Rows"), this);
    auto* rowsLayout = new QVBoxLayout(rows);
    for (QRadioButton* b : {m_all, m_valid, m_selection, m_search})
        rowsLayout->addWidget(b);

    auto* fixes = new QGroupBox(tr("Fixes"), this);
    auto* fixesLayout = new QVBoxLayout(fixes);
    for (FixKind k : {FixKind::WeightToInteger, FixKind::DropExtraKeys, FixKind::MergeSameRole, FixKind::StripBom,
                      FixKind::NormalizeLineEnds, FixKind::DeleteRow}) {
        auto* box = new QCheckBox(
            fixDescription(k) + (k == FixKind::DeleteRow ? tr(" (blank lines, broken rows)") : QString()), this);
        box->setChecked(k != FixKind::MergeSameRole && k != FixKind::DeleteRow);
        fixesLayout->addWidget(box);
        m_fixes.append({box, k});
    }

    m_percent->setRange(1, 50);
    m_percent->setValue(10);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(42);
    m_seed->setToolTip(tr("The same seed always picks the same validation rows"));
    auto* splitRow = new QHBoxLayout;
    splitRow->addWidget(m_split);
    splitRow->addWidget(m_percent);
    splitRow->addWidget(new QLabel(tr("seed"), this));
    splitRow->addWidget(m_seed);
    splitRow->addStretch(1);
    connect(m_split, &QCheckBox::toggled, m_percent, &QWidget::setEnabled);
    connect(m_split, &QCheckBox::toggled, m_seed, &QWidget::setEnabled);
    m_percent->setEnabled(false);
    m_seed->setEnabled(false);

    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = Dialogs::saveFileName(this, tr("Export To"), m_path->text(),
                                                tr("JSONL (*.jsonl);;JSONL compressed with zstd (*.jsonl.zst)"));
        if (!p.isEmpty())
            m_path->setText(p);
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(rows);
    layout->addWidget(fixes);
    layout->addLayout(splitRow);
    auto* form = new QFormLayout;
    form->addRow(tr("Write to:"), pathRow);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ExportDialog::Rows ExportDialog::rows() const
{
    if (m_all->isChecked())
        return Rows::All;
    if (m_selection->isChecked())
        return Rows::Selection;
    if (m_search->isChecked())
        return Rows::SearchResult;
    return Rows::ValidOnly;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.output = m_path->text().trimmed();
    o.validOnly = rows() == Rows::ValidOnly;
    for (const auto& [box, kind] : m_fixes)
        if (box->isChecked())
            o.fixes.insert(kind);
    if (m_split->isChecked()) {
        o.validationFraction = m_percent->value() / 100.0;
        o.seed = std::uint64_t(m_seed->value());
    }
    return o;
}

} // namespace td
