#include "widgets/TextFieldBlock.h"

#include "widgets/AutoHeightTextEdit.h"
#include "widgets/MessageBlock.h"

#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace td {

TextFieldBlock::TextFieldBlock(QString key, const QString& label, bool trained, QWidget* parent)
    : QFrame(parent)
    , m_key(std::move(key))
    , m_trained(trained)
    , m_label(new QLabel(label, this))
    , m_text(new AutoHeightTextEdit(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_label->setStyleSheet(QStringLiteral("font-weight: bold;"));
    setProperty("trained", trained);
    setStyleSheet(
        QStringLiteral("QFrame[trained=\"true\"] { border: 1px solid #c9d7c9; border-left: 4px solid #2e9a50; }"
                       "QFrame[trained=\"false\"] { border: 1px solid #d0d0d0; border-left: 4px solid #a8a8a8;"
                       " background: #eeeeee; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label);
    layout->addWidget(m_text);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { emit textEdited(m_key, m_text->toPlainText()); });
}

void TextFieldBlock::paintEvent(QPaintEvent* event)
{
    paintBlockFrame(this, m_trained);
    QFrame::paintEvent(event);
}

void TextFieldBlock::setText(const QString& text, bool editable)
{
    const QSignalBlocker b(m_text);
    m_text->setPlainText(text);
    m_text->setReadOnly(!editable);
    if (!editable)
        m_text->setToolTip(tr("Not plain text (e.g. multimodal content): edit it in the raw JSON editor"));
}

} // namespace td
