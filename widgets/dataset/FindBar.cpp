#include "widgets/dataset/FindBar.h"

#include "widgets/common/ClearButton.h"
#include "widgets/common/Themed.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace td {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_scopeLabel(new QLabel(tr("in"), this))
    , m_field(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_prev(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_result(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_text->setObjectName(QStringLiteral("findLineEdit"));
    m_text->setAccessibleName(tr("Search rows"));
    m_text->setPlaceholderText(tr("Search all rows (Ctrl+F), Enter to filter"));
    enableClearButton(m_text);
    for (QToolButton* clear : m_text->findChildren<QToolButton*>()) // shown once there is text
        clear->setAccessibleName(tr("Clear the search"));
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_scope->addItem(tr("Anywhere"), int(SearchQuery::Scope::Anywhere));
    m_scope->addItem(tr("System prompts"), int(SearchQuery::Scope::System));
    m_scope->addItem(tr("User messages"), int(SearchQuery::Scope::User));
    m_scope->addItem(tr("Assistant messages"), int(SearchQuery::Scope::Assistant));
    m_scope->addItem(tr("Tool messages"), int(SearchQuery::Scope::Tool));
    m_scope->addItem(tr("Field…"), int(SearchQuery::Scope::Field));
    m_scope->setToolTip(tr("Where to look: all text, one role's messages, or one top-level field"));
    m_scopeLabel->setBuddy(m_scope);
    m_scopeLabel->setAccessibleName(tr("Search in"));
    m_field->setPlaceholderText(tr("field name"));
    m_field->setAccessibleName(tr("Field to search"));
    m_field->setMaximumWidth(120);
    m_field->setVisible(false);
    m_regex->setObjectName(QStringLiteral("regexCheckBox"));
    m_prev->setText(QStringLiteral("▲"));
    m_prev->setToolTip(tr("Previous match (Shift+F3)"));
    m_prev->setAccessibleName(tr("Previous match"));
    m_next->setText(QStringLiteral("▼"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_clear->setText(tr("Show all"));
    m_clear->setObjectName(QStringLiteral("showAllButton"));
    m_clear->setToolTip(tr("Clear the filter and show every row (Ctrl+Shift+A)"));
    m_result->setObjectName(QStringLiteral("findResultLabel"));
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);

    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this] { m_field->setVisible(m_scope->currentData().toInt() == int(SearchQuery::Scope::Field)); });
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_text->text().isEmpty())
            emit clearRequested();
        else
            emit searchRequested(query());
    });
    connect(m_field, &QLineEdit::returnPressed, m_text, &QLineEdit::returnPressed);
    connect(m_prev, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_clear, &QToolButton::clicked, this, &FindBar::clearRequested);
    m_text->installEventFilter(this); // Esc

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_scopeLabel);
    layout->addWidget(m_scope);
    layout->addWidget(m_field);
    layout->addWidget(m_regex);
    layout->addWidget(m_case);
    layout->addWidget(m_prev);
    layout->addWidget(m_next);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_clear);
    showCleared();
}

SearchQuery FindBar::query() const
{
    SearchQuery q;
    q.text = m_text->text();
    q.regex = m_regex->isChecked();
    q.caseSensitive = m_case->isChecked();
    q.scope = SearchQuery::Scope(m_scope->currentData().toInt());
    q.field = m_field->text().trimmed();
    return q;
}

void FindBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FindBar::setText(const QString& text)
{
    m_text->setText(text);
}

void FindBar::setScope(SearchQuery::Scope scope, const QString& field)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
    m_field->setText(field);
}

void FindBar::setRegex(bool on)
{
    m_regex->setChecked(on);
}

void FindBar::showProgress(qint64 done, qint64 total)
{
    m_progress->setVisible(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_result->setText(tr("Searching…"));
}

void FindBar::showResult(qint64 matches, qint64 rows)
{
    m_progress->setVisible(false);
    if (matches)
        themed::clearTextRole(m_result);
    else
        themed::setTextRole(m_result, Theme::Role::ErrorText);
    m_result->setText(tr("%1 of %2 rows match").arg(QLocale().toString(matches), QLocale().toString(rows)));
    m_clear->setEnabled(true);
    m_prev->setEnabled(matches > 0);
    m_next->setEnabled(matches > 0);
}

void FindBar::showError(const QString& message)
{
    m_progress->setVisible(false);
    themed::setTextRole(m_result, Theme::Role::ErrorText);
    m_result->setText(message);
}

void FindBar::showCleared()
{
    m_progress->setVisible(false);
    themed::clearTextRole(m_result);
    m_result->clear();
    m_clear->setEnabled(false);
    m_prev->setEnabled(false);
    m_next->setEnabled(false);
}

QString FindBar::resultText() const
{
    return m_result->text();
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    // Esc in the search field empties it and shows every row again (it did nothing).
    if (watched == m_text && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_text->text().isEmpty()) {
        m_text->clear();
        emit clearRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace td
