#include "widgets/ChatTranscriptView.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>

namespace td {

namespace {
const QString kScheme = QStringLiteral("td-message");

// Where the finished part of a streaming answer ends: after the last blank line that is not
// inside a code fence, so a paragraph or a code block is rendered only once it is complete.
qsizetype finishedPrefix(const QString& text, qsizetype from)
{
    qsizetype end = from;
    bool inFence = false;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('\n'))
            continue;
        const QStringView line = QStringView(text).mid(lineStart, i - lineStart).trimmed();
        if (line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        else if (line.isEmpty() && !inFence && i + 1 > end)
            end = i + 1;
        lineStart = i + 1;
    }
    return end;
}
} // namespace

ChatTranscriptView::ChatTranscriptView(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setUndoRedoEnabled(false);
    document()->setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != kScheme) {
            QDesktopServices::openUrl(url);
            return;
        }
        const QStringList parts = url.path().split(QLatin1Char('/'));
        if (parts.size() != 2)
            return;
        static const QStringList names{QStringLiteral("copy"), QStringLiteral("edit"), QStringLiteral("delete"),
                                       QStringLiteral("regenerate")};
        const int action = int(names.indexOf(parts[0]));
        if (action >= 0)
            emit actionRequested(Action(action), parts[1].toInt());
    });
}

void ChatTranscriptView::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    if (m_shown.isEmpty())
        renderAll({}, false);
}

bool ChatTranscriptView::sameMessage(const ChatMessage& a, const ChatMessage& b)
{
    return a.role == b.role && a.content == b.content && a.incomplete == b.incomplete && a.error == b.error &&
           a.firstTokenMs == b.firstTokenMs && a.completionTokens == b.completionTokens && a.notice == b.notice;
}

void ChatTranscriptView::sync(const QList<ChatMessage>& messages, bool streaming)
{
    bool onlyLastChanged = streaming && m_shownStreaming && messages.size() == m_shown.size() && !messages.isEmpty();
    for (qsizetype i = 0; onlyLastChanged && i + 1 < messages.size(); ++i)
        onlyLastChanged = sameMessage(messages[i], m_shown[i]);
    if (onlyLastChanged && messages.back().content.startsWith(m_shown.back().content.left(m_rendered))) {
        QScrollBar* bar = verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum() - 4;
        updateStreamingBody(messages.back());
        m_shown.back() = messages.back();
        if (atEnd)
            bar->setValue(bar->maximum());
        return;
    }
    bool unchanged = streaming == m_shownStreaming && messages.size() == m_shown.size();
    for (qsizetype i = 0; unchanged && i < messages.size(); ++i)
        unchanged = sameMessage(messages[i], m_shown[i]);
    if (!unchanged)
        renderAll(messages, streaming);
}

void ChatTranscriptView::renderAll(const QList<ChatMessage>& messages, bool streaming)
{
    ++m_fullRenders;
    QScrollBar* bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int keep = bar->value();
    clear();
    m_shown = messages;
    m_shownStreaming = streaming;
    QTextCursor cursor(document());
    if (messages.isEmpty()) {
        cursor.insertHtml(QStringLiteral("<p style=\"color:gray\">%1</p>").arg(m_placeholder.toHtmlEscaped()));
        return;
    }
    for (int i = 0; i < messages.size(); ++i) {
        const bool last = i + 1 == messages.size();
        if (last)
            m_lastStart = cursor.position();
        insertHeader(cursor, messages[i], i, last, streaming);
        if (last)
            m_lastBodyStart = cursor.position();
        insertBody(cursor, messages[i], streaming && last);
    }
    bar->setValue(atEnd ? bar->maximum() : keep);
}

void ChatTranscriptView::insertHeader(QTextCursor& cursor, const ChatMessage& m, int index, bool last, bool streaming)
{
    const bool assistant = m.isAssistant();
    QString html = QStringLiteral("<b>%1</b>").arg(assistant ? tr("Assistant") : tr("You"));
    if (assistant && m.firstTokenMs >= 0 && !(streaming && last)) {
        QStringList facts;
        facts << tr("%1 ms to first token").arg(m.firstTokenMs);
        if (m.tokensPerSecond > 0)
            facts << tr("%1 tokens/s").arg(m.tokensPerSecond, 0, 'f', 1);
        if (m.completionTokens >= 0)
            facts << tr("%1 + %2 tokens").arg(m.promptTokens).arg(m.completionTokens);
        html += QStringLiteral(" <span style=\"color:gray\">· %1</span>").arg(facts.join(QStringLiteral(" · ")));
    }
    if (!(streaming && last)) {
        QStringList links;
        auto link = [&](const char* action, const QString& text) {
            links << QStringLiteral("<a href=\"%1:%2/%3\">%4</a>")
                         .arg(kScheme, QLatin1String(action))
                         .arg(index)
                         .arg(text.toHtmlEscaped());
        };
        link("copy", tr("Copy"));
        link("edit", m.isUser() ? tr("Edit and resend") : tr("Edit"));
        link("delete", tr("Delete"));
        if (assistant && last)
            link("regenerate", m.incomplete ? tr("Retry") : tr("Regenerate"));
        html += QStringLiteral(" &nbsp; <small>%1</small>").arg(links.join(QStringLiteral(" · ")));
    }
    QTextBlockFormat block;
    block.setTopMargin(index == 0 ? 0 : 14);
    if (cursor.position() > 0)
        cursor.insertBlock(block);
    else
        cursor.setBlockFormat(block);
    cursor.insertHtml(html);
    cursor.insertBlock(QTextBlockFormat());
}

void ChatTranscriptView::insertBody(QTextCursor& cursor, const ChatMessage& m, bool streaming)
{
    if (streaming) {
        m_rendered = 0;
        m_tailStart = cursor.position();
        updateStreamingBody(m);
        return;
    }
    if (m.content.isEmpty())
        cursor.insertText(m.isAssistant() ? QStringLiteral("…") : QString());
    else
        cursor.insertFragment(QTextDocumentFragment::fromMarkdown(m.content));
    insertFooter(cursor, m);
}

void ChatTranscriptView::insertFooter(QTextCursor& cursor, const ChatMessage& m)
{
    QString text;
    if (!m.notice.isEmpty())
        text = m.notice;
    else if (m.incomplete)
        text = m.error.isEmpty() ? tr("The answer is incomplete.") : tr("Incomplete: %1").arg(m.error);
    if (text.isEmpty())
        return;
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertHtml(QStringLiteral("<span style=\"color:#b35c00\">⚠ %1</span>").arg(text.toHtmlEscaped()));
}

void ChatTranscriptView::updateStreamingBody(const ChatMessage& m)
{
    QTextCursor cursor(document());
    cursor.setPosition(m_tailStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    const qsizetype done = finishedPrefix(m.content, m_rendered);
    if (done > m_rendered) {
        cursor.insertFragment(QTextDocumentFragment::fromMarkdown(m.content.mid(m_rendered, done - m_rendered)));
        cursor.insertBlock(QTextBlockFormat());
        m_rendered = done;
        m_tailStart = cursor.position();
    }
    const QString tail = m.content.mid(m_rendered);
    cursor.insertText(tail.isEmpty() && m_rendered == 0 ? QStringLiteral("…") : tail);
    insertFooter(cursor, m);
}

} // namespace td
