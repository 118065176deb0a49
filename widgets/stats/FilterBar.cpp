#include "widgets/stats/FilterBar.h"

#include "core/Error.h"
#include "itemmodels/DatasetTableModel.h"
#include "query/DatasetFacts.h"
#include "widgets/common/Themed.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace td {

FilterBar::FilterBar(DatasetFacts* facts, DatasetTableModel* table, QWidget* parent)
    : QWidget(parent)
    , m_facts(facts)
    , m_table(table)
    , m_edit(new QLineEdit(this))
    , m_apply(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    auto* label = new QLabel(tr("Filte&r:"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("filterExpression"));
    m_edit->setAccessibleName(tr("Filter expression"));
    m_edit->setPlaceholderText(tr("e.g. msgs > 10 and chars > 20000, has(tool), weight == 0"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("Show only the rows matching a condition on their facts: %1. Combine with and, or, not "
                          "and parentheses; compare text with quotes: format == \"instruction\".")
                           .arg(FilterExpression::factNames().join(QStringLiteral(", "))));
    m_apply->setObjectName(QStringLiteral("filterApply"));
    m_apply->setText(tr("Filter"));
    m_apply->setAccessibleName(tr("Apply the filter"));
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setText(tr("Show All"));
    m_clear->setAccessibleName(tr("Clear the filter"));
    m_result->setObjectName(QStringLiteral("filterResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_apply);
    layout->addWidget(m_clear);
    layout->addWidget(m_result);

    connect(m_edit, &QLineEdit::returnPressed, this, &FilterBar::apply);
    connect(m_apply, &QToolButton::clicked, this, &FilterBar::apply);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    connect(m_facts, &DatasetFacts::filtered, this, &FilterBar::showRows);
    // Another filter (a search, a statistics bar, Show All Rows) replaced this one: the box
    // no longer says what the table shows.
    connect(m_table, &DatasetTableModel::filterChanged, this, [this](const QObject* owner) {
        if (owner != this) {
            m_edit->clear();
            m_result->clear();
            themed::clearTextRole(m_result);
        }
    });
    connect(m_facts, &DatasetFacts::filterFailed, this, &FilterBar::showError);
    connect(m_facts, &DatasetFacts::failed, this, &FilterBar::showError);
    connect(m_facts, &DatasetFacts::started, this, [this] {
        if (!m_edit->text().trimmed().isEmpty() && m_result->text().isEmpty())
            m_result->setText(tr("Reading the rows…"));
    });
}

QString FilterBar::expression() const
{
    return m_edit->text();
}

QString FilterBar::resultText() const
{
    return m_result->text();
}

void FilterBar::applyExpression(const QString& expression)
{
    m_edit->setText(expression);
    apply();
}

void FilterBar::apply()
{
    if (m_edit->text().trimmed().isEmpty()) {
        clear();
        return;
    }
    themed::clearTextRole(m_result);
    m_result->setText(tr("Filtering…"));
    m_facts->filter(m_edit->text());
}

void FilterBar::clear()
{
    m_edit->clear();
    m_result->clear();
    themed::clearTextRole(m_result);
    m_table->clearFilter();
}

void FilterBar::showRows(const QString& expression, const std::vector<std::int64_t>& rows)
{
    const auto total = m_facts->facts() ? qlonglong(m_facts->facts()->size()) : 0;
    m_table->setFilter(rows, this);
    themed::clearTextRole(m_result);
    m_result->setText(tr("%1 of %2 rows").arg(QLocale().toString(qlonglong(rows.size())), QLocale().toString(total)));
    m_result->setAccessibleName(tr("Rows matching %1").arg(expression));
}

void FilterBar::showError(const Error& error)
{
    themed::setTextRole(m_result, Theme::Role::ErrorText);
    m_result->setText(error.message);
    if (error.byteOffset >= 0 && error.code == Error::Code::Parse) {
        m_edit->setFocus();
        m_edit->setCursorPosition(int(error.byteOffset));
    }
}

} // namespace td
