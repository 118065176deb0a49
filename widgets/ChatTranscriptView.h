#pragma once

#include "playground/ChatMessage.h"

#include <QTextBrowser>

namespace td {

// A conversation as one rich-text document: each message with its role, what the answer cost
// and links to act on it (copy, edit, delete, regenerate, retry), its text as Markdown. Only
// what changed is redrawn: messages after the first changed one; while an answer streams in,
// only its unfinished paragraph (finished ones are rendered as Markdown once). A long
// conversation opens at its end at once; older messages are drawn above in slices between
// events.
class ChatTranscriptView final : public QTextBrowser
{
    Q_OBJECT

public:
    enum class Action { Copy, Edit, Delete, Regenerate };

    explicit ChatTranscriptView(QWidget* parent = nullptr);

    // Shows the conversation; when only the last message changed, only it is redrawn.
    void sync(const QList<ChatMessage>& messages, bool streaming);
    void setPlaceholder(const QString& text);
    // Redraws from the first message since creation (tests: streaming and sending must not
    // redraw everything).
    int fullRenders() const { return m_fullRenders; }
    // The link that asks for `action` on message `index` (tests).
    QUrl actionUrl(Action action, int index) const;
    // False while the older messages of a long conversation are still being drawn.
    bool isComplete() const { return m_firstDrawn == 0; }

signals:
    void actionRequested(td::ChatTranscriptView::Action action, int index);

private:
    // Draws messages [from, end) at the end of the document.
    void appendFrom(int from, bool streaming);
    // Draws the messages still missing before the first drawn one, a few milliseconds at a time.
    void prependSlice(quint64 generation);
    void insertMessage(QTextCursor& cursor, const ChatMessage& m, int index, bool last, bool streaming);
    void insertHeader(QTextCursor& cursor, const ChatMessage& m, int index, bool last, bool streaming);
    void insertBody(QTextCursor& cursor, const ChatMessage& m, bool streaming);
    void updateStreamingBody(const ChatMessage& m);
    void insertFooter(QTextCursor& cursor, const ChatMessage& m);
    static bool sameMessage(const ChatMessage& a, const ChatMessage& b);

    QList<ChatMessage> m_shown;
    bool m_shownStreaming = false;
    QString m_placeholder;
    QString m_nonce;          // in our action links, so links inside answers cannot act
    QList<int> m_starts;      // where each drawn message begins in the document
    int m_firstDrawn = 0;     // messages before it are still being drawn (a long conversation)
    quint64 m_generation = 0; // drops pending slices of an older drawing
    int m_tailStart = 0;      // while streaming: where the plain, unfinished paragraph starts
    qsizetype m_rendered = 0; // while streaming: characters of the answer already rendered as Markdown
    int m_fullRenders = 0;
};

} // namespace td
