#include "widgets/stats/FilterBar.h"

#include "core/Error.h"
#include "itemmodels/DatasetTableModel.h"
#include "query/DatasetFacts.h"
#include "widgets/common/ClearButton.h"
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
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("filterBar"));
    auto* label = new QLabel(tr("Filte&r:"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("filterExpression"));
    m_edit->setAccessibleName(tr("Filter expression"));
    m_edit->setPlaceholderText(tr("e.g. msgs > 10 and chars > 20000, has(tool), weight == 0"));
    enableClearButton(m_edit);
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
    // A mistake's message (the list of facts makes it long) wraps under the box: beside it, it
    // squeezed the box to a few letters and widened the window past the screen.
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    m_error->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    themed::setTextRole(m_error, Theme::Role::ErrorText);
    m_error->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    row->addWidget(m_apply);
    row->addWidget(m_clear);
    row->addWidget(m_result);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_edit, &QLineEdit::returnPressed, this, &FilterBar::apply);
    connect(m_apply, &QToolButton::clicked, this, &FilterBar::apply);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    connect(m_facts, &DatasetFacts::filtered, this, &FilterBar::showRows);
    // Another filter (a search, a statistics bar, Show All Rows) replaced this one: the box
    // no longer says what the table shows.
    connect(m_table, &DatasetTableModel::filterChanged, this, [this](const QObject* owner) {
        if (owner != this) {
            m_edit->clear();
            setShown(QString());
            showError(QString());
        }
    });
    connect(m_facts, &DatasetFacts::filterFailed, this, &FilterBar::showFailure);
    connect(m_facts, &DatasetFacts::failed, this, &FilterBar::showFailure);
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

QString FilterBar::errorText() const
{
    return m_error->text();
}

void FilterBar::setShown(const QString& text)
{
    m_shown = text;
    m_result->setText(text);
    m_result->setAccessibleName(text);
}

void FilterBar::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // Read with the box by a screen reader, where the cursor is put.
    m_edit->setAccessibleDescription(message);
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
    showError(QString());
    m_result->setText(tr("Filtering…"));
    m_facts->filter(m_edit->text());
}

void FilterBar::clear()
{
    m_edit->clear();
    setShown(QString());
    showError(QString());
    m_table->clearFilter();
}

void FilterBar::showRows(const QString& expression, const std::vector<std::int64_t>& rows)
{
    const auto total = m_facts->facts() ? qlonglong(m_facts->facts()->size()) : 0;
    m_table->setFilter(rows, this);
    showError(QString());
    setShown(tr("%1 of %2 rows").arg(QLocale().toString(qlonglong(rows.size())), QLocale().toString(total)));
    m_result->setAccessibleName(
        tr("%1 of %2 rows match %3")
            .arg(QLocale().toString(qlonglong(rows.size())), QLocale().toString(total), expression));
}

void FilterBar::showFailure(const Error& error)
{
    // The table still shows what it showed (the last filter's rows, or all): so does the count.
    m_result->setText(m_shown);
    showError(error.message);
    if (error.byteOffset >= 0 && error.code == Error::Code::Parse) {
        m_edit->setFocus();
        m_edit->setCursorPosition(int(error.byteOffset));
    }
}

} // namespace td
