#include "widgets/common/AutoHeightTextEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>

namespace td {

namespace {
constexpr int kMaxLines = 40;
}

AutoHeightTextEdit::AutoHeightTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &AutoHeightTextEdit::updateHeight);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &AutoHeightTextEdit::updateHeight);
    updateHeight();
}

QSize AutoHeightTextEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), m_height};
}

void AutoHeightTextEdit::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    updateHeight();
}

void AutoHeightTextEdit::updateHeight()
{
    // QPlainTextEdit's layout counts wrapped lines per block; sum them for the visual height.
    int lines = 0;
    for (QTextBlock b = document()->begin(); b.isValid() && lines <= kMaxLines; b = b.next())
        lines += std::max(1, b.layout() ? b.layout()->lineCount() : 1);
    lines = std::clamp(lines, 1, kMaxLines);
    const int h = lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) + 2 * frameWidth() + 2;
    if (h != m_height) {
        m_height = h;
        setFixedHeight(h);
        updateGeometry();
    }
}

} // namespace td
