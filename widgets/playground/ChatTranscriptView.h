#pragma once

#include "playground/ChatMessage.h"

#include <QTextBrowser>

class QAbstractButton;
class QLabel;
class QProgressBar;
class QToolButton;

namespace td {

// A conversation as a chat: one rich-text document in which each message is a bubble of the
// theme's colour (yours to the right, the assistant's to the left) with its role, what the
// answer cost and its text as Markdown. Under the message the pointer (or the caret) is on sit
// real buttons to act on it (copy, edit, delete, regenerate or retry); while an answer is awaited
// a busy bar moves where its buttons will be. Only
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
    // Where the transcript is ("column 2"), added to its buttons' accessible names; empty: none.
    void setOwnerName(const QString& name);
    // Redraws from the first message since creation (tests: streaming and sending must not
    // redraw everything).
    int fullRenders() const { return m_fullRenders; }
    // The buttons act on this message (the one pointed at, else the caret's, else the last);
    // -1 when there is none.
    int actionTarget() const { return m_target; }
    void setActionTarget(int index);
    // The button for `action` (tests; hidden when it does not apply to the target).
    QAbstractButton* actionButton(Action action) const;
    // The moving bar shown while an answer is awaited.
    QProgressBar* busyIndicator() const { return m_busy; }
    // False while the older messages of a long conversation are still being drawn.
    bool isComplete() const { return m_firstDrawn == 0; }

signals:
    void actionRequested(td::ChatTranscriptView::Action action, int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    // The bubble's extent: where the message's blocks are in the document.
    QTextBlock firstBlock(int index) const;
    QTextBlock lastBlock(int index) const;
    QRectF bubbleRect(int index) const; // in viewport coordinates
    int messageAt(int documentPosition) const;
    void placeOverlays();
    void fitActions();
    void updateButtons();
    void redrawAll();
    // Indents the message's blocks to its side of the view, inside its bubble.
    static void shapeBlocks(QTextDocument* doc, int from, int to, bool user);
    void insertActionLine(QTextCursor& cursor);
    void syncDocument(const QList<ChatMessage>& messages, bool streaming);
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
    QWidget* m_actions = nullptr;
    QList<QToolButton*> m_buttons; // by Action
    QWidget* m_waiting = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_waitingText = nullptr;
    int m_target = -1;
    QString m_ownerName;
    bool m_targetPinned = false; // chosen by the pointer or the caret, not by default
    QList<int> m_starts;         // where each drawn message begins in the document
    int m_firstDrawn = 0;        // messages before it are still being drawn (a long conversation)
    quint64 m_generation = 0;    // drops pending slices of an older drawing
    int m_tailStart = 0;         // while streaming: where the plain, unfinished paragraph starts
    qsizetype m_rendered = 0;    // while streaming: characters of the answer already rendered as Markdown
    int m_fullRenders = 0;
};

} // namespace td
