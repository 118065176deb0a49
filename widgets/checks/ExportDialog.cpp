#include "widgets/checks/ExportDialog.h"

#include "widgets/common/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
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
    , m_stratify(new QComboBox(this))
    , m_field(new QLineEdit(this))
    , m_groups(new QComboBox(this))
    , m_groupsFile(new QLineEdit(this))
    , m_path(new QLineEdit(suggestedPath, this))
{
    setWindowTitle(tr("Export Cleaned Copy"));
    setObjectName(QStringLiteral("exportDialog"));
    m_split->setObjectName(QStringLiteral("exportSplit"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_valid->setChecked(true);
    m_selection->setEnabled(hasSelection);
    m_search->setEnabled(hasSearchResult);
    auto* rows = new QGroupBox(tr("Rows"), this);
    auto* rowsLayout = new QVBoxLayout(rows);
    for (QRadioButton* b : {m_all, m_valid, m_selection, m_search})
        rowsLayout->addWidget(b);

    auto* fixes = new QGroupBox(tr("Fixes"), this);
    auto* fixesLayout = new QVBoxLayout(fixes);
    for (FixKind k :
         {FixKind::WeightToInteger, FixKind::DropExtraKeys, FixKind::DropUnknownKeys, FixKind::MergeSameRole,
          FixKind::MoveToolsIntoInput, FixKind::ImageTypeFromBytes, FixKind::SampleWeightToZero, FixKind::StripBom,
          FixKind::DropTrailingText, FixKind::NormalizeLineEnds, FixKind::DeleteRow, FixKind::RedactPersonalData}) {
        auto* box = new QCheckBox(
            fixDescription(k) + (k == FixKind::DeleteRow ? tr(" (blank lines, broken rows)") : QString()), this);
        // Fixes that change what is trained are offered, not chosen for the user.
        box->setChecked(k != FixKind::MergeSameRole && k != FixKind::DeleteRow && k != FixKind::SampleWeightToZero &&
                        k != FixKind::RedactPersonalData);
        fixesLayout->addWidget(box);
        m_fixes.append({box, k});
    }

    m_percent->setAccessibleName(tr("Validation share in percent"));
    m_seed->setAccessibleName(tr("Seed of the split"));
    m_path->setAccessibleName(tr("Export to file"));
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

    // The split's shape: the same share of every format or field value, and rows that belong
    // together (near-duplicates, or groups from a file) on one side.
    m_stratify->setObjectName(QStringLiteral("exportStratify"));
    m_stratify->addItem(tr("No strata"), int(SplitShape::Strata::None));
    m_stratify->addItem(tr("By format"), int(SplitShape::Strata::Format));
    m_stratify->addItem(tr("By the value of a field"), int(SplitShape::Strata::Field));
    m_field->setObjectName(QStringLiteral("exportStratifyField"));
    m_field->setPlaceholderText(tr("field name, e.g. source"));
    m_field->setAccessibleName(tr("Field to stratify by"));
    m_groups->setObjectName(QStringLiteral("exportGroups"));
    m_groups->addItem(tr("Rows split one by one"), int(SplitShape::Groups::None));
    m_groups->addItem(tr("Near-duplicates on one side (found first)"), int(SplitShape::Groups::NearDuplicates));
    m_groups->addItem(tr("Groups from a file (one line a row)"), int(SplitShape::Groups::File));
    m_groupsFile->setObjectName(QStringLiteral("exportGroupsFile"));
    m_groupsFile->setPlaceholderText(tr("groups file, e.g. from tunedesk-cli dedupe --groups"));
    m_groupsFile->setAccessibleName(tr("Groups file"));
    auto* groupsBrowse = new QPushButton(tr("B&rowse…"), this);
    groupsBrowse->setObjectName(QStringLiteral("exportGroupsBrowse"));
    groupsBrowse->setAccessibleName(tr("Choose the groups file"));
    connect(groupsBrowse, &QPushButton::clicked, this, [this] {
        const QString p = Dialogs::openFileName(this, tr("Groups File"), m_groupsFile->text(), QString());
        if (!p.isEmpty())
            m_groupsFile->setText(p);
    });
    auto* shape = new QFormLayout;
    auto* strataRow = new QHBoxLayout;
    strataRow->addWidget(m_stratify);
    strataRow->addWidget(m_field, 1);
    auto* groupsRow = new QHBoxLayout;
    groupsRow->addWidget(m_groups);
    groupsRow->addWidget(m_groupsFile, 1);
    groupsRow->addWidget(groupsBrowse);
    // Labels with their buddies, so their mnemonics move the focus (a plain text shows "&").
    auto* strataLabel = new QLabel(tr("Strat&ify:"), this);
    strataLabel->setBuddy(m_stratify);
    auto* groupsLabel = new QLabel(tr("&Keep together:"), this);
    groupsLabel->setBuddy(m_groups);
    shape->addRow(strataLabel, strataRow);
    shape->addRow(groupsLabel, groupsRow);
    const auto updateShape = [this, groupsBrowse] {
        const bool split = m_split->isChecked();
        m_stratify->setEnabled(split);
        m_groups->setEnabled(split);
        m_field->setEnabled(split && m_stratify->currentData().toInt() == int(SplitShape::Strata::Field));
        const bool file = split && m_groups->currentData().toInt() == int(SplitShape::Groups::File);
        m_groupsFile->setEnabled(file);
        groupsBrowse->setEnabled(file);
    };
    connect(m_split, &QCheckBox::toggled, this, updateShape);
    connect(m_stratify, &QComboBox::currentIndexChanged, this, updateShape);
    connect(m_groups, &QComboBox::currentIndexChanged, this, updateShape);
    updateShape();

    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the file to export to…"));
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
    layout->addLayout(shape);
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

SplitShape ExportDialog::splitShape() const
{
    SplitShape shape;
    if (!m_split->isChecked())
        return shape;
    shape.strata = SplitShape::Strata(m_stratify->currentData().toInt());
    shape.field = m_field->text().trimmed();
    if (shape.strata == SplitShape::Strata::Field && shape.field.isEmpty())
        shape.strata = SplitShape::Strata::None;
    shape.groups = SplitShape::Groups(m_groups->currentData().toInt());
    shape.groupsFile = m_groupsFile->text().trimmed();
    return shape;
}

} // namespace td
