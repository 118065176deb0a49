#include "widgets/dataset/MessageBlock.h"

#include "widgets/common/AutoHeightTextEdit.h"
#include "widgets/common/Themed.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
    , m_reasoningButton(new QToolButton(this))
    , m_reasoningLabel(new QLabel(tr("Reasoning"), this))
    , m_reasoning(new AutoHeightTextEdit(this))
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
    m_reasoningButton->setObjectName(QStringLiteral("reasoningToolButton"));
    m_reasoningButton->setToolTip(tr("The model's reasoning before this answer (\"reasoning\"), which reasoning "
                                     "models are trained on with the answer"));
    connect(m_reasoningButton, &QToolButton::clicked, this,
            [this] { emit reasoningToggled(m_index, !m_hasReasoning); });
    m_reasoning->setObjectName(QStringLiteral("reasoningTextEdit"));
    m_reasoningLabel->setObjectName(QStringLiteral("reasoningLabel"));
    themed::setTextRole(m_reasoningLabel, Theme::Role::ReasoningText);
    m_reasoningLabel->setVisible(false);
    m_reasoning->setVisible(false);
    connect(m_reasoning, &QPlainTextEdit::textChanged, this,
            [this] { emit reasoningEdited(m_index, m_reasoning->toPlainText()); });
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
    themed::setTextRole(number, Theme::Role::MutedText);
    // On Linux a screen reader names a combo box by its label (its own name is its value).
    number->setBuddy(m_role);
    number->setAccessibleName(tr("Role of message %1").arg(index + 1));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    header->addWidget(number);
    header->addWidget(m_role);
    header->addWidget(m_weightButton);
    header->addWidget(m_state);
    header->addWidget(m_reasoningButton);
    header->addStretch(1);
    header->addWidget(m_up);
    header->addWidget(m_down);
    header->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_text);
    layout->addWidget(m_reasoningLabel);
    layout->addWidget(m_reasoning);
    updateLook();
}

void MessageBlock::setReasoning(bool present, const QString& text, bool editable)
{
    const QSignalBlocker b(m_reasoning);
    m_hasReasoning = present;
    m_reasoning->setPlainText(text);
    m_reasoning->setReadOnly(!editable);
    m_reasoning->setToolTip(editable ? QString() : tr("Not text: edit it in the raw JSON editor"));
    m_reasoningLabel->setVisible(present);
    m_reasoning->setVisible(present);
    updateLook();
}

void MessageBlock::setSampleWeight(SampleWeight sample)
{
    m_sample = sample;
    updateLook();
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

QList<QWidget*> MessageBlock::focusOrder() const
{
    return {m_role, m_weightButton, m_reasoningButton, m_up, m_down, m_remove, m_text, m_reasoning};
}

QString MessageBlock::role() const
{
    return m_role->currentText();
}

bool MessageBlock::isTrained() const
{
    return isMessageTrained(role().toStdString(), m_weight, false, m_sample);
}

void MessageBlock::updateLook()
{
    // What a screen reader says of the editors and buttons: which message, whose (a
    // conversation has several blocks, and "Delete message" alone does not say which).
    const int n = m_index + 1;
    m_text->setAccessibleName(tr("Message %1, %2").arg(n).arg(m_role->currentText()));
    m_reasoning->setAccessibleName(tr("Reasoning of message %1").arg(n));
    m_role->setAccessibleName(tr("Role of message %1").arg(n));
    m_role->lineEdit()->setAccessibleName(m_role->accessibleName()); // the text field in the combo box
    m_up->setAccessibleName(tr("Move message %1 up").arg(n));
    m_down->setAccessibleName(tr("Move message %1 down").arg(n));
    m_remove->setAccessibleName(tr("Delete message %1").arg(n));
    m_reasoningButton->setAccessibleName(m_hasReasoning ? tr("Remove the reasoning of message %1").arg(n)
                                                        : tr("Add reasoning to message %1").arg(n));
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
    // The state label takes no focus: the weight button says it too.
    m_weightButton->setAccessibleName(tr("Message %1 %2, %3").arg(n).arg(m_weightButton->text(), m_state->text()));
    m_state->setToolTip(m_sample.trainsNothing()     ? tr("The row's sample weight is 0: nothing in it is trained on")
                        : m_weight == Weight::Absent ? tr("By default only assistant messages are trained on")
                                                     : QString());
    // Reasoning belongs to assistant answers; elsewhere it can only be removed.
    const bool assistant = role() == QLatin1String("assistant");
    m_reasoningButton->setVisible(assistant || m_hasReasoning);
    m_reasoningButton->setText(m_hasReasoning ? tr("− reasoning") : tr("+ reasoning"));
    // Painted, not styled: style sheets cost a style computation per widget, and a long
    // conversation has thousands of widgets.
    m_trained = trained;
    QPalette textPalette = palette();
    QPalette statePalette = palette();
    if (!trained) {
        textPalette.setColor(QPalette::Text, Theme::color(Theme::Role::MaskedText));
        textPalette.setColor(QPalette::Base, Theme::color(Theme::Role::MaskedBackground));
    }
    statePalette.setColor(QPalette::WindowText,
                          Theme::color(trained ? Theme::Role::SuccessText : Theme::Role::MaskedText));
    m_text->setPalette(textPalette);
    m_reasoning->setPalette(textPalette);
    m_state->setPalette(statePalette);
    QPalette buttonPalette = palette();
    if (m_weight == Weight::Invalid)
        buttonPalette.setColor(QPalette::ButtonText, Theme::color(Theme::Role::ErrorText));
    m_weightButton->setPalette(buttonPalette);
    update();
}

void MessageBlock::changeEvent(QEvent* event)
{
    // The application's palette changed (light or dark): the colours set above follow.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateLook();
    QFrame::changeEvent(event);
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
    const QPalette& palette = w->palette();
    p.fillRect(r, trained ? palette.color(QPalette::Base) : Theme::color(Theme::Role::MaskedBackground, palette));
    p.setPen(palette.color(QPalette::Mid));
    p.drawRect(r.adjusted(0, 0, -1, -1));
    p.fillRect(QRect(r.left(), r.top(), 4, r.height()),
               Theme::color(trained ? Theme::Role::TrainedAccent : Theme::Role::MaskedAccent, palette));
}

} // namespace td
