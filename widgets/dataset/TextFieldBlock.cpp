#include "widgets/dataset/TextFieldBlock.h"

#include "widgets/common/AutoHeightTextEdit.h"
#include "widgets/dataset/MessageBlock.h"

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
    // The frame, its trained or masked bar and background are painted (paintBlockFrame), in
    // the theme's colours, as a message's are.
    setFrameShape(QFrame::NoFrame);
    m_label->setStyleSheet(QStringLiteral("font-weight: bold;"));
    setProperty("trained", trained);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label);
    layout->addWidget(m_text);
    m_text->setAccessibleName(tr("Field %1").arg(m_key));
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
