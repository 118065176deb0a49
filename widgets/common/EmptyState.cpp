#include "widgets/common/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_buttons(new QWidget(this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_body->setAlignment(Qt::AlignHCenter);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A fixed width: a wrapped label centred in a layout gets the height of its narrowest form.
    m_body->setFixedWidth(520);
    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 8, 0, 0);
    buttons->addStretch();
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    // In a row of its own between stretches (not aligned): then the layout asks the wrapped
    // label for its height at its width, and every line shows.
    auto* bodyRow = new QHBoxLayout;
    bodyRow->addStretch();
    bodyRow->addWidget(m_body);
    bodyRow->addStretch();
    layout->addLayout(bodyRow);
    layout->addWidget(m_buttons);
    layout->addStretch(2);
}

void EmptyState::setText(const QString& title, const QString& body)
{
    m_title->setText(title);
    m_body->setText(body);
    m_body->setVisible(!body.isEmpty());
    setAccessibleName(title);
}

QString EmptyState::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->text();
}

QPushButton* EmptyState::addButton(const QString& text)
{
    auto* button = new QPushButton(text, m_buttons);
    // Return presses a focused button here as in a dialog (outside one, Qt leaves it to Space).
    button->setAutoDefault(true);
    auto* layout = static_cast<QHBoxLayout*>(m_buttons->layout());
    layout->insertWidget(layout->count() - 1, button);
    return button;
}

} // namespace td
