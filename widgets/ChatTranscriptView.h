#pragma once

#include "playground/ChatMessage.h"

#include <QTextBrowser>

namespace td {

// A conversation as one rich-text document: each message with its role, what the answer cost
// and links to act on it (copy, edit, delete, regenerate, retry), its text as Markdown. While
// an answer streams in, only that answer changes: finished paragraphs are rendered as Markdown
// once and the paragraph being written is plain text, so a long conversation costs nothing
// per token.
class ChatTranscriptView final : public QTextBrowser
{
    Q_OBJECT

public:
    enum class Action { Copy, Edit, Delete, Regenerate };

    explicit ChatTranscriptView(QWidget* parent = nullptr);

    // Shows the conversation; when only the last message changed, only it is redrawn.
    void sync(const QList<ChatMessage>& messages, bool streaming);
    void setPlaceholder(const QString& text);
    // Full redraws since creation (tests: streaming must not redraw everything).
    int fullRenders() const { return m_fullRenders; }

signals:
    void actionRequested(td::ChatTranscriptView::Action action, int index);

private:
    void renderAll(const QList<ChatMessage>& messages, bool streaming);
    void insertHeader(QTextCursor& cursor, const ChatMessage& m, int index, bool last, bool streaming);
    void insertBody(QTextCursor& cursor, const ChatMessage& m, bool streaming);
    void updateStreamingBody(const ChatMessage& m);
    void insertFooter(QTextCursor& cursor, const ChatMessage& m);
    static bool sameMessage(const ChatMessage& a, const ChatMessage& b);

    QList<ChatMessage> m_shown;
    bool m_shownStreaming = false;
    QString m_placeholder;
    int m_lastStart = 0;      // where the last message's header starts
    int m_lastBodyStart = 0;  // where its text starts
    int m_tailStart = 0;      // while streaming: where the plain, unfinished paragraph starts
    qsizetype m_rendered = 0; // while streaming: characters of the answer already rendered as Markdown
    int m_fullRenders = 0;
};

} // namespace td
