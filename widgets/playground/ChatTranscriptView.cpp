#include "widgets/playground/ChatTranscriptView.h"

#include "widgets/common/KeepUnitTogether.h"
#include "widgets/common/Themed.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace td {

namespace {
const char* const kFullText = "tdFullText"; // an action button's name, shown when it fits
} // namespace

namespace {
// The bubbles: the far side is indented more, so whose message it is shows at a glance.
constexpr int kNear = 8;    // from the view's edge on the message's own side
constexpr int kFar = 56;    // on the other side
constexpr int kPad = 10;    // inside the bubble
constexpr int kRadius = 10; // its corners
constexpr int kActionLine = 30;
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
} // namespace

ChatTranscriptView::ChatTranscriptView(QWidget* parent)
    : QTextBrowser(parent)
    , m_actions(new QWidget(viewport()))
    , m_waiting(new QWidget(viewport()))
    , m_busy(new QProgressBar(m_waiting))
    , m_waitingText(new QLabel(m_waiting))
{
    setOpenLinks(false);
    setUndoRedoEnabled(false);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    document()->setUndoRedoEnabled(false);
    document()->setDocumentMargin(6);
    // Links in answers open in the browser; nothing in an answer can act on the conversation.
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
            url.scheme() == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });

    auto* row = new QHBoxLayout(m_actions);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    const QList<std::pair<Action, QString>> buttons = {{Action::Copy, tr("Copy")},
                                                       {Action::Edit, tr("Edit")},
                                                       {Action::Delete, tr("Delete")},
                                                       {Action::Regenerate, tr("Regenerate")}};
    for (const auto& [action, text] : buttons) {
        auto* b = new QToolButton(m_actions);
        b->setText(text);
        b->setProperty(kFullText, text);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::TabFocus);
        b->setCursor(Qt::PointingHandCursor);
        connect(b, &QToolButton::clicked, this, [this, action = action] {
            if (m_target >= 0 && m_target < m_shown.size())
                emit actionRequested(action, m_target);
        });
        row->addWidget(b);
        m_buttons << b;
    }
    m_actions->hide();

    auto* waiting = new QHBoxLayout(m_waiting);
    waiting->setContentsMargins(0, 0, 0, 0);
    m_busy->setRange(0, 0); // moves without a known end
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(96, 8);
    m_busy->setAccessibleName(tr("Waiting for the answer"));
    waiting->addWidget(m_busy);
    waiting->addWidget(m_waitingText);
    m_waiting->hide();

    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        if (hasFocus() && m_firstDrawn < m_shown.size()) {
            m_targetPinned = true;
            setActionTarget(messageAt(textCursor().position()));
        }
    });
    themed::onChange(this, [this] { redrawAll(); });
}

QAbstractButton* ChatTranscriptView::actionButton(Action action) const
{
    return m_buttons.value(int(action));
}

void ChatTranscriptView::setActionTarget(int index)
{
    m_target = index;
    updateButtons();
    placeOverlays();
}

void ChatTranscriptView::setOwnerName(const QString& name)
{
    m_ownerName = name;
    updateButtons();
}

void ChatTranscriptView::updateButtons()
{
    if (!m_targetPinned || m_target >= m_shown.size())
        m_target = int(m_shown.size()) - 1;
    const bool streamingTarget = m_shownStreaming && m_target == m_shown.size() - 1;
    if (m_target < 0 || streamingTarget) {
        m_actions->hide();
    } else {
        const ChatMessage& m = m_shown[m_target];
        const bool last = m_target == m_shown.size() - 1;
        QString which = m.isAssistant() ? tr("answer %1").arg(m_target + 1) : tr("message %1").arg(m_target + 1);
        if (!m_ownerName.isEmpty())
            which = tr("%1 in %2").arg(which, m_ownerName);
        actionButton(Action::Copy)->setAccessibleName(tr("Copy %1").arg(which));
        actionButton(Action::Copy)->setToolTip(tr("Copy the text to the clipboard"));
        QAbstractButton* edit = actionButton(Action::Edit);
        edit->setProperty(kFullText, m.isUser() ? tr("Edit and Resend") : tr("Edit"));
        edit->setAccessibleName(m.isUser() ? tr("Edit and resend %1").arg(which) : tr("Edit %1").arg(which));
        edit->setToolTip(m.isUser() ? tr("Put the message back in the input; what followed it goes when you send")
                                    : tr("Edit the answer's text"));
        actionButton(Action::Delete)->setAccessibleName(tr("Delete %1").arg(which));
        actionButton(Action::Delete)->setToolTip(tr("Remove this message from the conversation"));
        QAbstractButton* again = actionButton(Action::Regenerate);
        again->setVisible(m.isAssistant() && last);
        again->setProperty(kFullText, m.incomplete ? tr("Retry") : tr("Regenerate"));
        again->setAccessibleName(m.incomplete ? tr("Retry %1").arg(which) : tr("Regenerate %1").arg(which));
        again->setToolTip(tr("Ask the model again for this answer"));
        fitActions();
        m_actions->show();
    }
    const bool awaiting = m_shownStreaming && !m_shown.isEmpty() && m_shown.back().isAssistant();
    m_waitingText->setText(awaiting && m_shown.back().content.isEmpty() ? tr("Waiting for the first token…")
                                                                        : tr("Writing…"));
    m_waiting->setVisible(awaiting);
    m_waiting->adjustSize();
}

QTextBlock ChatTranscriptView::firstBlock(int index) const
{
    QTextBlock b = document()->findBlock(m_starts[index]);
    while (b.isValid() && b.position() < m_starts[index])
        b = b.next();
    return b;
}

QTextBlock ChatTranscriptView::lastBlock(int index) const
{
    if (index + 1 >= m_starts.size())
        return document()->lastBlock();
    QTextBlock b = document()->findBlock(m_starts[index + 1]);
    while (b.isValid() && b.position() >= m_starts[index + 1])
        b = b.previous();
    return b;
}

int ChatTranscriptView::messageAt(int documentPosition) const
{
    int found = -1;
    for (int i = m_firstDrawn; i < m_starts.size(); ++i)
        if (m_starts[i] <= documentPosition)
            found = i;
    return found;
}

QRectF ChatTranscriptView::bubbleRect(int index) const
{
    const QTextBlock first = firstBlock(index);
    const QTextBlock last = lastBlock(index);
    if (!first.isValid() || !last.isValid())
        return {};
    QAbstractTextDocumentLayout* layout = document()->documentLayout();
    const QRectF top = layout->blockBoundingRect(first);
    const QRectF bottom = layout->blockBoundingRect(last);
    const bool user = m_shown[index].isUser();
    const qreal margin = document()->documentMargin();
    const qreal width = document()->textWidth() > 0 ? document()->textWidth() : viewport()->width();
    const qreal left = margin + (user ? kFar : kNear);
    const qreal right = width - margin - (user ? kNear : kFar);
    // The layout reports a block's rect below its top margin, and the action line at its text's
    // height rather than its fixed one.
    const qreal y = top.top() - kPad / 2.0;
    QRectF r(left, y, right - left, bottom.top() + std::max<qreal>(bottom.height(), kActionLine) - y);
    return r.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
}

void ChatTranscriptView::paintEvent(QPaintEvent* event)
{
    if (!m_shown.isEmpty()) {
        QPainter p(viewport());
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF visible = viewport()->rect();
        const QColor user = Theme::color(Theme::Role::UserBubble);
        const QColor assistant = Theme::color(Theme::Role::AssistantBubble);
        const QColor border = palette().color(QPalette::Mid);
        for (int i = m_firstDrawn; i < m_shown.size(); ++i) {
            const QRectF r = bubbleRect(i);
            if (r.isEmpty() || !r.intersects(visible))
                continue;
            p.setPen(QPen(border, 0.6));
            p.setBrush(m_shown[i].isUser() ? user : assistant);
            p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
        }
    }
    QTextBrowser::paintEvent(event);
}

void ChatTranscriptView::fitActions()
{
    // Their names when they fit in the bubble, else a sign each (the accessible names and
    // tooltips stay whole): in a narrow compare column "Regenerate" spilled out of the bubble.
    static const QHash<int, QString> signs{{int(Action::Copy), QStringLiteral("❏")},
                                           {int(Action::Edit), QStringLiteral("✎")},
                                           {int(Action::Delete), QStringLiteral("✕")},
                                           {int(Action::Regenerate), QStringLiteral("↻")}};
    const qreal room =
        (m_target >= 0 && m_target < m_shown.size() ? bubbleRect(m_target).width() : viewport()->width()) - 2 * kPad;
    for (int compact = 0; compact < (isVisible() ? 2 : 1); ++compact) { // hidden: not laid out yet
        for (int i = 0; i < m_buttons.size(); ++i)
            m_buttons[i]->setText(compact ? signs.value(i) : m_buttons[i]->property(kFullText).toString());
        m_actions->adjustSize();
        if (m_actions->width() <= room)
            return;
    }
}

void ChatTranscriptView::placeOverlays()
{
    auto placeIn = [this](QWidget* w, int index) {
        if (index < m_firstDrawn || index >= m_shown.size()) {
            w->hide();
            return;
        }
        const QRectF bubble = bubbleRect(index);
        const QRectF line = document()->documentLayout()->blockBoundingRect(lastBlock(index));
        const qreal height = std::max<qreal>(line.height(), kActionLine);
        const qreal y = line.top() - verticalScrollBar()->value() + (height - w->height()) / 2.0;
        const qreal x = m_shown[index].isUser() ? bubble.right() - kPad - w->width() : bubble.left() + kPad;
        w->move(int(x), int(y));
    };
    if (m_actions->isVisibleTo(this)) {
        fitActions();
        placeIn(m_actions, m_target);
    }
    if (m_waiting->isVisibleTo(this))
        placeIn(m_waiting, int(m_shown.size()) - 1);
}

void ChatTranscriptView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    placeOverlays();
}

void ChatTranscriptView::scrollContentsBy(int dx, int dy)
{
    QTextBrowser::scrollContentsBy(dx, dy);
    placeOverlays();
}

void ChatTranscriptView::mouseMoveEvent(QMouseEvent* event)
{
    QTextBrowser::mouseMoveEvent(event);
    const int at = messageAt(cursorForPosition(event->position().toPoint()).position());
    if (at >= 0 && at != m_target) {
        m_targetPinned = true;
        setActionTarget(at);
    }
}

void ChatTranscriptView::redrawAll()
{
    const QList<ChatMessage> messages = m_shown;
    const bool streaming = m_shownStreaming;
    m_shown.clear();
    sync(messages, streaming);
    if (messages.isEmpty())
        setPlaceholder(m_placeholder);
}

void ChatTranscriptView::shapeBlocks(QTextDocument* doc, int from, int to, bool user)
{
    for (QTextBlock b = doc->findBlock(from); b.isValid() && b.position() < to; b = b.next()) {
        if (b.position() < from)
            continue;
        QTextBlockFormat f = b.blockFormat();
        if (f.property(QTextFormat::UserProperty).toBool())
            continue; // already shaped
        f.setLeftMargin(f.leftMargin() + (user ? kFar : kNear) + kPad);
        f.setRightMargin(f.rightMargin() + (user ? kNear : kFar) + kPad);
        f.setProperty(QTextFormat::UserProperty, true);
        QTextCursor(b).setBlockFormat(f);
    }
}

void ChatTranscriptView::insertActionLine(QTextCursor& cursor)
{
    // An empty line at the bubble's foot where its buttons (or the busy bar) sit.
    QTextBlockFormat line;
    line.setLineHeight(kActionLine, QTextBlockFormat::FixedHeight);
    cursor.insertBlock(line, QTextCharFormat());
    cursor.insertText(QString(QChar::Nbsp));
}

void ChatTranscriptView::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    if (m_shown.isEmpty()) {
        clear();
        QTextCursor(document())
            .insertHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                            .arg(Theme::css(Theme::Role::MutedText), m_placeholder.toHtmlEscaped()));
    }
}

bool ChatTranscriptView::sameMessage(const ChatMessage& a, const ChatMessage& b)
{
    return a.role == b.role && a.content == b.content && a.incomplete == b.incomplete && a.error == b.error &&
           a.firstTokenMs == b.firstTokenMs && a.completionTokens == b.completionTokens &&
           a.cachedTokens == b.cachedTokens && a.notice == b.notice;
}

void ChatTranscriptView::sync(const QList<ChatMessage>& messages, bool streaming)
{
    syncDocument(messages, streaming);
    updateButtons();
    placeOverlays();
    // The bubbles span more than the text that changed: paint them whole.
    viewport()->update();
}

void ChatTranscriptView::syncDocument(const QList<ChatMessage>& messages, bool streaming)
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
                .insertHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                                .arg(Theme::css(Theme::Role::MutedText), m_placeholder.toHtmlEscaped()));
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
    shapeBlocks(document(), m_starts[index], cursor.position() + 1, m.isUser());
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
        shapeBlocks(&one, 0, one.characterCount(), m_shown[i].isUser());
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
    placeOverlays();
    viewport()->update();
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
            facts << tr("%L1 tokens/s").arg(m.tokensPerSecond, 0, 'f', 1);
        if (m.completionTokens >= 0)
            facts << tr("%1 + %2 tokens").arg(m.promptTokens).arg(m.completionTokens);
        if (m.cachedTokens >= 0)
            facts << tr("%1 prompt tokens cached").arg(m.cachedTokens);
        for (QString& fact : facts)
            fact = keepUnitTogether(fact);
        html += QStringLiteral(" <span style=\"color:%1\">· %2</span>")
                    .arg(Theme::css(Theme::Role::MutedText), facts.join(QStringLiteral(" · ")));
    }
    QTextBlockFormat block;
    block.setTopMargin(index == 0 ? 0 : 14);
    if (cursor.position() > 0)
        cursor.insertBlock(block);
    else
        cursor.setBlockFormat(block);
    cursor.insertHtml(html);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat()); // the body is not in the header's bold
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
    insertActionLine(cursor);
}

void ChatTranscriptView::insertFooter(QTextCursor& cursor, const ChatMessage& m)
{
    QString text;
    if (!m.notice.isEmpty())
        text = m.notice;
    else
        text = m.endedEarlyText();
    if (text.isEmpty())
        return;
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertHtml(QStringLiteral("<span style=\"color:%1\">⚠ %2</span>")
                          .arg(Theme::css(Theme::Role::WarningText), text.toHtmlEscaped()));
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
    insertActionLine(cursor);
    if (!m_starts.isEmpty())
        shapeBlocks(document(), m_starts.back(), document()->characterCount(), m.isUser());
}

} // namespace td
