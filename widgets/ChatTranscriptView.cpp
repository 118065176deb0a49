#include "widgets/ChatTranscriptView.h"

#include <QDesktopServices>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QUuid>

namespace td {

namespace {
const QString kScheme = QStringLiteral("td-message");
// A model's HTML is shown as text, never interpreted.
constexpr auto kMarkdown =
    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

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
const QStringList& actionNames()
{
    static const QStringList names{QStringLiteral("copy"), QStringLiteral("edit"), QStringLiteral("delete"),
                                   QStringLiteral("regenerate")};
    return names;
}
} // namespace

QUrl ChatTranscriptView::actionUrl(Action action, int index) const
{
    return QUrl(QStringLiteral("%1:%2/%3/%4").arg(kScheme, m_nonce, actionNames().at(int(action))).arg(index));
}

ChatTranscriptView::ChatTranscriptView(QWidget* parent)
    : QTextBrowser(parent)
    , m_nonce(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    setOpenLinks(false);
    setUndoRedoEnabled(false);
    document()->setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != kScheme) {
            QDesktopServices::openUrl(url);
            return;
        }
        // A model's answer can contain links too: only ours carry this view's nonce.
        QStringList parts = url.path().split(QLatin1Char('/'));
        if (parts.size() != 3 || parts.takeFirst() != m_nonce)
            return;
        const int action = int(actionNames().indexOf(parts[0]));
        if (action >= 0)
            emit actionRequested(Action(action), parts[1].toInt());
    });
}

void ChatTranscriptView::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    if (m_shown.isEmpty()) {
        clear();
        QTextCursor(document())
            .insertHtml(QStringLiteral("<p style=\"color:gray\">%1</p>").arg(m_placeholder.toHtmlEscaped()));
    }
}

bool ChatTranscriptView::sameMessage(const ChatMessage& a, const ChatMessage& b)
{
    return a.role == b.role && a.content == b.content && a.incomplete == b.incomplete && a.error == b.error &&
           a.firstTokenMs == b.firstTokenMs && a.completionTokens == b.completionTokens && a.notice == b.notice;
}

void ChatTranscriptView::sync(const QList<ChatMessage>& messages, bool streaming)
{
    QScrollBar* bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int keep = bar->value();
    // Tokens arriving: only the streaming answer's tail changes.
    bool onlyTail = streaming && m_shownStreaming && messages.size() == m_shown.size() && !messages.isEmpty() &&
                    messages.back().content.startsWith(m_shown.back().content.left(m_rendered));
    for (qsizetype i = 0; onlyTail && i + 1 < messages.size(); ++i)
        onlyTail = sameMessage(messages[i], m_shown[i]);
    if (onlyTail) {
        updateStreamingBody(messages.back());
        m_shown.back() = messages.back();
        if (atEnd)
            bar->setValue(bar->maximum());
        return;
    }
    // Messages before the first difference stay; the last one drawn is always redrawn, as its
    // links depend on being last.
    int same = 0;
    while (same < messages.size() && same < m_shown.size() && sameMessage(messages[same], m_shown[same]))
        ++same;
    if (same == messages.size() && same == m_shown.size() && streaming == m_shownStreaming)
        return;
    const int from = std::max(0, std::min<int>(same, int(m_shown.size()) - 1));
    if (m_shown.isEmpty() || messages.isEmpty() || from < m_firstDrawn) {
        // Everything anew: the end at once, older messages in slices.
        ++m_fullRenders;
        ++m_generation;
        clear();
        m_shown = messages;
        m_shownStreaming = streaming;
        m_starts = QList<int>(messages.size(), 0);
        m_firstDrawn = 0;
        if (messages.isEmpty()) {
            QTextCursor(document())
                .insertHtml(QStringLiteral("<p style=\"color:gray\">%1</p>").arg(m_placeholder.toHtmlEscaped()));
            return;
        }
        int first = int(messages.size()) - 1;
        qsizetype chars = messages[first].content.size();
        while (first > 0 && chars + messages[first - 1].content.size() < 8000)
            chars += messages[--first].content.size();
        m_firstDrawn = first;
        appendFrom(first, streaming);
        bar->setValue(bar->maximum());
        if (m_firstDrawn > 0)
            QTimer::singleShot(0, this, [this, g = m_generation] { prependSlice(g); });
        return;
    }
    QTextCursor cursor(document());
    cursor.setPosition(m_starts[from]);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_shown = messages;
    m_shownStreaming = streaming;
    m_starts.resize(messages.size());
    appendFrom(from, streaming);
    bar->setValue(atEnd ? bar->maximum() : keep);
}

void ChatTranscriptView::appendFrom(int from, bool streaming)
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    for (int i = from; i < m_shown.size(); ++i) {
        const bool last = i + 1 == m_shown.size();
        insertMessage(cursor, m_shown[i], i, last, streaming && last);
    }
}

void ChatTranscriptView::insertMessage(QTextCursor& cursor, const ChatMessage& m, int index, bool last, bool streaming)
{
    m_starts[index] = cursor.position();
    insertHeader(cursor, m, index, last, streaming);
    insertBody(cursor, m, streaming);
}

void ChatTranscriptView::prependSlice(quint64 generation)
{
    if (generation != m_generation || m_firstDrawn == 0)
        return;
    QScrollBar* bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    QElapsedTimer clock;
    clock.start();
    // One older message at a time, drawn into a document of its own and put in front, until
    // this slice's few milliseconds are spent.
    while (m_firstDrawn > 0 && clock.elapsed() < 3) {
        const int i = m_firstDrawn - 1;
        QTextDocument one;
        one.setDefaultFont(document()->defaultFont());
        QTextCursor cursor(&one);
        insertHeader(cursor, m_shown[i], i, false, false);
        insertBody(cursor, m_shown[i], false);
        const int before = document()->characterCount();
        QTextCursor at(document());
        at.insertBlock();
        at.setPosition(0);
        at.insertFragment(QTextDocumentFragment(&one));
        const int delta = document()->characterCount() - before;
        for (int j = m_firstDrawn; j < m_starts.size(); ++j)
            m_starts[j] += delta;
        m_tailStart += delta;
        m_starts[i] = 0;
        m_firstDrawn = i;
    }
    if (atEnd)
        bar->setValue(bar->maximum());
    if (m_firstDrawn > 0)
        QTimer::singleShot(0, this, [this, generation] { prependSlice(generation); });
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
        auto link = [&](Action action, const QString& text) {
            links << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(actionUrl(action, index).toString(), text.toHtmlEscaped());
        };
        link(Action::Copy, tr("Copy"));
        link(Action::Edit, m.isUser() ? tr("Edit and resend") : tr("Edit"));
        link(Action::Delete, tr("Delete"));
        if (assistant && last)
            link(Action::Regenerate, m.incomplete ? tr("Retry") : tr("Regenerate"));
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
        cursor.insertFragment(QTextDocumentFragment::fromMarkdown(m.content, kMarkdown));
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
        cursor.insertFragment(
            QTextDocumentFragment::fromMarkdown(m.content.mid(m_rendered, done - m_rendered), kMarkdown));
        cursor.insertBlock(QTextBlockFormat());
        m_rendered = done;
        m_tailStart = cursor.position();
    }
    const QString tail = m.content.mid(m_rendered);
    cursor.insertText(tail.isEmpty() && m_rendered == 0 ? QStringLiteral("…") : tail);
    insertFooter(cursor, m);
}

} // namespace td
