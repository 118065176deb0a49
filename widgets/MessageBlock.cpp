#include "widgets/MessageBlock.h"

#include "widgets/AutoHeightTextEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace td {

MessageBlock::MessageBlock(int index, QWidget* parent)
    : QFrame(parent)
    , m_index(index)
    , m_role(new QComboBox(this))
    , m_weightButton(new QToolButton(this))
    , m_state(new QLabel(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_text(new AutoHeightTextEdit(this))
{
    setObjectName(QStringLiteral("messageBlock%1").arg(index));
    setFrameShape(QFrame::NoFrame);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_role->setEditable(true); // unknown roles stay visible and editable as text
    m_role->addItems(
        {QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("tool")});
    m_role->setToolTip(tr("Who says this message"));
    m_weightButton->setObjectName(QStringLiteral("weightToolButton"));
    m_weightButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_weightButton->setToolTip(tr("Loss weight: 1 trains on this message, 0 masks it, none uses the default "
                                  "(assistant messages are trained). Click to toggle; Ctrl+T toggles the "
                                  "focused message."));
    auto* menu = new QMenu(m_weightButton);
    menu->addAction(tr("No weight (default)"), this, [this] { emit weightChosen(m_index, Weight::Absent); });
    menu->addAction(tr("Weight 1 (train)"), this, [this] { emit weightChosen(m_index, Weight::One); });
    menu->addAction(tr("Weight 0 (mask)"), this, [this] { emit weightChosen(m_index, Weight::Zero); });
    m_weightButton->setMenu(menu);
    connect(m_weightButton, &QToolButton::clicked, this,
            [this] { emit weightChosen(m_index, isTrained() ? Weight::Zero : Weight::One); });
    m_up->setText(QStringLiteral("↑"));
    m_up->setToolTip(tr("Move this message up"));
    m_down->setText(QStringLiteral("↓"));
    m_down->setToolTip(tr("Move this message down"));
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setToolTip(tr("Delete this message"));
    m_remove->setObjectName(QStringLiteral("removeToolButton"));
    connect(m_up, &QToolButton::clicked, this, [this] { emit moveRequested(m_index, -1); });
    connect(m_down, &QToolButton::clicked, this, [this] { emit moveRequested(m_index, +1); });
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_index); });
    connect(m_role, &QComboBox::currentTextChanged, this, [this](const QString& r) {
        updateLook();
        emit roleChosen(m_index, r);
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { emit textEdited(m_index, m_text->toPlainText()); });

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    auto* number = new QLabel(QStringLiteral("#%1").arg(index + 1), this);
    QPalette numberPalette = number->palette();
    numberPalette.setColor(QPalette::WindowText, QColor(0x88, 0x88, 0x88));
    number->setPalette(numberPalette);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    header->addWidget(number);
    header->addWidget(m_role);
    header->addWidget(m_weightButton);
    header->addWidget(m_state);
    header->addStretch(1);
    header->addWidget(m_up);
    header->addWidget(m_down);
    header->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_text);
}

void MessageBlock::setMessage(const QString& role, const QString& text, bool textEditable, Weight weight,
                              bool canMoveUp, bool canMoveDown)
{
    const QSignalBlocker b1(m_role);
    const QSignalBlocker b2(m_text);
    m_role->setCurrentText(role);
    m_text->setPlainText(text);
    m_text->setReadOnly(!textEditable);
    if (!textEditable)
        m_text->setToolTip(tr("Multimodal content: edit it in the raw JSON editor"));
    m_up->setEnabled(canMoveUp);
    m_down->setEnabled(canMoveDown);
    m_weight = weight;
    updateLook();
}

void MessageBlock::setWeight(Weight weight)
{
    m_weight = weight;
    updateLook();
}

void MessageBlock::setRole(const QString& role)
{
    const QSignalBlocker b(m_role);
    m_role->setCurrentText(role);
    updateLook();
}

QString MessageBlock::role() const
{
    return m_role->currentText();
}

bool MessageBlock::isTrained() const
{
    return isMessageTrained(role().toStdString(), m_weight);
}

void MessageBlock::updateLook()
{
    switch (m_weight) {
    case Weight::Absent:
        m_weightButton->setText(tr("weight: none"));
        break;
    case Weight::Zero:
        m_weightButton->setText(tr("weight: 0"));
        break;
    case Weight::One:
        m_weightButton->setText(tr("weight: 1"));
        break;
    case Weight::Invalid:
        m_weightButton->setText(tr("weight: invalid"));
        break;
    }
    const bool trained = isTrained();
    m_state->setText(trained ? tr("trained") : tr("masked"));
    m_state->setToolTip(m_weight == Weight::Absent ? tr("By default only assistant messages are trained on")
                                                   : QString());
    // Painted, not styled: style sheets cost a style computation per widget, and a long
    // conversation has thousands of widgets.
    m_trained = trained;
    QPalette textPalette = palette();
    QPalette statePalette = palette();
    if (!trained) {
        textPalette.setColor(QPalette::Text, QColor(0x55, 0x55, 0x55));
        textPalette.setColor(QPalette::Base, QColor(0xf6, 0xf6, 0xf6));
    }
    statePalette.setColor(QPalette::WindowText, trained ? QColor(0x2e, 0x7d, 0x32) : QColor(0x77, 0x77, 0x77));
    m_text->setPalette(textPalette);
    m_state->setPalette(statePalette);
    QPalette buttonPalette = palette();
    if (m_weight == Weight::Invalid)
        buttonPalette.setColor(QPalette::ButtonText, QColor(0xc0, 0x1c, 0x28));
    m_weightButton->setPalette(buttonPalette);
    update();
}

void MessageBlock::paintEvent(QPaintEvent* event)
{
    paintBlockFrame(this, m_trained);
    QFrame::paintEvent(event);
}

} // namespace td

namespace td {

void paintBlockFrame(QWidget* w, bool trained)
{
    QPainter p(w);
    const QRect r = w->rect();
    p.fillRect(r, trained ? QColor(0xff, 0xff, 0xff) : QColor(0xee, 0xee, 0xee));
    p.setPen(trained ? QColor(0xc9, 0xd7, 0xc9) : QColor(0xd0, 0xd0, 0xd0));
    p.drawRect(r.adjusted(0, 0, -1, -1));
    p.fillRect(QRect(r.left(), r.top(), 4, r.height()), trained ? QColor(0x2e, 0x9a, 0x50) : QColor(0xa8, 0xa8, 0xa8));
}

} // namespace td
