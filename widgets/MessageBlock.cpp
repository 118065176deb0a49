#include "widgets/MessageBlock.h"

#include "widgets/AutoHeightTextEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
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
    setFrameShape(QFrame::StyledPanel);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
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
    number->setStyleSheet(QStringLiteral("color: palette(mid);"));
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
    switch (m_weight) {
    case Weight::One:
        return true;
    case Weight::Zero:
        return false;
    default:
        return role() == QLatin1String("assistant");
    }
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
    // Trained text: a green bar and normal text. Masked text: grey, on a tinted background.
    setProperty("trained", trained);
    m_text->setProperty("masked", !trained);
    setStyleSheet(
        QStringLiteral("QFrame[trained=\"true\"] { border: 1px solid #c9d7c9; border-left: 4px solid #2e9a50; }"
                       "QFrame[trained=\"false\"] { border: 1px solid #d0d0d0; border-left: 4px solid #a8a8a8;"
                       " background: #eeeeee; }"
                       "QPlainTextEdit[masked=\"true\"] { color: #555555; background: #f6f6f6; }"
                       "QLabel#stateLabel { font-weight: bold; color: %1; }")
            .arg(trained ? QStringLiteral("#2e7d32") : QStringLiteral("#777777")));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    if (m_weight == Weight::Invalid)
        m_weightButton->setStyleSheet(QStringLiteral("color: #c01c28;"));
    else
        m_weightButton->setStyleSheet(QString());
}

} // namespace td
