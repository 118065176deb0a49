#include "widgets/playground/ChatTranscriptView.h"

#include "itemmodels/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFontInfo>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

using namespace td;

// The transcript redraws only what changed: tokens touch the streaming answer's tail, a new
// message is appended, a long conversation shows its end at once and the rest in slices; the
// text always ends up the same as drawing everything.
static QList<QAbstractButton*> visibleButtons(const ChatTranscriptView& view)
{
    QList<QAbstractButton*> out;
    for (QAbstractButton* b : view.findChildren<QAbstractButton*>())
        if (b->isVisible())
            out << b;
    return out;
}

class TestTranscriptView : public QObject
{
    Q_OBJECT

    static QList<ChatMessage> conversation(int count, int chars)
    {
        QList<ChatMessage> list;
        for (int i = 0; i < count; ++i) {
            QString text = QStringLiteral("Message %1. ").arg(i);
            while (text.size() < chars)
                text += QStringLiteral("Lorem ipsum dolor sit amet. ");
            list.append({i % 2 ? QStringLiteral("assistant") : QStringLiteral("user"), text});
        }
        return list;
    }

    static QList<int> order(const QString& text, int count)
    {
        QList<int> at;
        for (int i = 0; i < count; ++i)
            at << int(text.indexOf(QStringLiteral("Message %1. ").arg(i)));
        return at;
    }

private slots:
    void aLongConversationOpensAtItsEndThenFillsIn()
    {
        ChatTranscriptView view;
        view.resize(600, 400);
        view.show();
        const auto messages = conversation(100, 2000);
        view.sync(messages, false);
        QVERIFY(!view.isComplete());
        QVERIFY(view.toPlainText().contains(QStringLiteral("Message 99. ")));
        QVERIFY(!view.toPlainText().contains(QStringLiteral("Message 0. ")));
        QTRY_VERIFY(view.isComplete());
        const QList<int> at = order(view.toPlainText(), 100);
        for (int i = 0; i < 100; ++i) {
            QVERIFY2(at[i] >= 0, qPrintable(QString::number(i)));
            if (i > 0)
                QVERIFY(at[i] > at[i - 1]);
        }
        QCOMPARE(view.fullRenders(), 1);
        // The same text as drawing a short conversation in one go.
        ChatTranscriptView whole;
        whole.sync(conversation(3, 2000), false);
        ChatTranscriptView sliced;
        sliced.sync(conversation(3, 2000), false);
        QCOMPARE(sliced.toPlainText(), whole.toPlainText());
    }

    // A figure and its unit stay on one line however narrow the column ("923.1 tokens/" then "s").
    void aUnitIsNotSplitAtItsSlash()
    {
        ChatTranscriptView view;
        QList<ChatMessage> messages = conversation(1, 20);
        messages.append({QStringLiteral("assistant"), QStringLiteral("An answer.")});
        messages.back().firstTokenMs = 812;
        messages.back().tokensPerSecond = 923.1;
        messages.back().completionTokens = 41;
        messages.back().promptTokens = 17;
        view.sync(messages, false);
        QTRY_VERIFY(view.isComplete());
        const QTextCursor found = view.document()->find(QStringLiteral("tokens/"));
        QVERIFY(!found.isNull());
        const QTextBlock header = found.block();
        int wrapped = 0;
        for (int width = 200; width <= 600; width += 7) {
            view.document()->setTextWidth(width);
            view.document()->size(); // lays the document out at that width
            const QTextLayout* layout = header.layout();
            QVERIFY(layout && layout->lineCount() > 0);
            wrapped += layout->lineCount() > 1;
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const QString text = header.text().mid(line.textStart(), line.textLength()).trimmed();
                QVERIFY2(!text.endsWith(QLatin1Char('/')),
                         qPrintable(QStringLiteral("at %1 px: %2").arg(width).arg(text)));
                // Nor a figure apart from its unit ("2000.0" then "tokens/s").
                QVERIFY2(text.isEmpty() || !text.back().isDigit(),
                         qPrintable(QStringLiteral("at %1 px: %2").arg(width).arg(text)));
            }
        }
        QVERIFY(wrapped > 0); // the narrow widths did wrap the header
    }

    // In a narrow column the answer's buttons stay inside the view (as signs, still named in
    // full); in a wide one they say their names.
    void actionButtonsFitANarrowColumn()
    {
        ChatTranscriptView view;
        QList<ChatMessage> messages = conversation(1, 20);
        messages.append({QStringLiteral("assistant"), QStringLiteral("An answer.")});
        view.resize(190, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.sync(messages, false);
        QTRY_VERIFY(view.isComplete());
        QList<QAbstractButton*> shown;
        QTRY_VERIFY(!(shown = visibleButtons(view)).isEmpty());
        for (QAbstractButton* b : shown) {
            const QRect r(b->mapTo(view.viewport(), QPoint(0, 0)), b->size());
            QVERIFY2(r.left() >= 0 && r.right() < view.viewport()->width(),
                     qPrintable(QStringLiteral("%1 at %2..%3 of %4")
                                    .arg(b->accessibleName())
                                    .arg(r.left())
                                    .arg(r.right())
                                    .arg(view.viewport()->width())));
            QVERIFY(!b->accessibleName().isEmpty());
        }
        view.resize(900, 400);
        QTRY_VERIFY(visibleButtons(view).constFirst()->text() == ChatTranscriptView::tr("Copy"));
    }

    void streamingAndSendingRedrawOnlyTheEnd()
    {
        ChatTranscriptView view;
        QList<ChatMessage> messages = conversation(20, 300);
        view.sync(messages, false);
        QTRY_VERIFY(view.isComplete());
        const int full = view.fullRenders();
        messages.append({QStringLiteral("user"), QStringLiteral("A new question")});
        messages.append({QStringLiteral("assistant"), QString()});
        view.sync(messages, true);
        for (const QString& piece : {QStringLiteral("First paragraph"), QStringLiteral(" goes on.\n\n"),
                                     QStringLiteral("```\ncode line\n"), QStringLiteral("```\n\nTail")}) {
            messages.back().content += piece;
            view.sync(messages, true);
        }
        messages.back().completionTokens = 9;
        messages.back().firstTokenMs = 12;
        view.sync(messages, false);
        QCOMPARE(view.fullRenders(), full);
        const QString text = view.toPlainText();
        QVERIFY(text.contains(QStringLiteral("First paragraph goes on.")));
        QVERIFY(text.contains(QStringLiteral("code line")));
        // Code in a monospace face.
        QTextCursor code = view.document()->find(QStringLiteral("code line"));
        QVERIFY(!code.isNull());
        QVERIFY(QFontInfo(code.charFormat().font()).fixedPitch() || code.charFormat().fontFixedPitch());
        QVERIFY(text.trimmed().endsWith(QStringLiteral("Tail"))); // then the empty line the buttons sit on
        QVERIFY(text.contains(QStringLiteral("12 ms to first token")));
        QVERIFY(!text.contains(QStringLiteral("cached")));
        // Prompt tokens the server served from its cache are shown when it says so.
        messages.back().cachedTokens = 7;
        view.sync(messages, false);
        QVERIFY(view.toPlainText().contains(QStringLiteral("7 prompt tokens cached")));
        QCOMPARE(text.count(QStringLiteral("A new question")), 1);
        // Deleting a message in the middle redraws from there, and the rest stays in order.
        messages.removeAt(5);
        view.sync(messages, false);
        QVERIFY(!view.toPlainText().contains(QStringLiteral("Message 5. ")));
        QVERIFY(view.toPlainText().indexOf(QStringLiteral("Message 4. ")) <
                view.toPlainText().indexOf(QStringLiteral("Message 6. ")));
        QCOMPARE(view.toPlainText().count(QStringLiteral("Message 6. ")), 1);
    }

    // Real buttons, named for a screen reader, act on the message they sit under: the last one
    // by default, the one the pointer or the caret is on otherwise; Retry for a cut answer.
    void buttonsAskForActions()
    {
        ChatTranscriptView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.sync(conversation(2, 50), false);
        QCOMPARE(view.actionTarget(), 1);
        QAbstractButton* regenerate = view.actionButton(ChatTranscriptView::Action::Regenerate);
        QVERIFY(regenerate->isVisible());
        QCOMPARE(regenerate->text(), QStringLiteral("Regenerate"));
        QCOMPARE(regenerate->accessibleName(), QStringLiteral("Regenerate answer 2"));
        QSignalSpy actions(&view, &ChatTranscriptView::actionRequested);
        QTest::mouseClick(regenerate, Qt::LeftButton);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0][0].value<ChatTranscriptView::Action>(), ChatTranscriptView::Action::Regenerate);
        QCOMPARE(actions[0][1].toInt(), 1);
        // Every button has a name that says what it does to which message.
        for (auto a :
             {ChatTranscriptView::Action::Copy, ChatTranscriptView::Action::Edit, ChatTranscriptView::Action::Delete})
            QVERIFY(view.actionButton(a)->accessibleName().endsWith(QStringLiteral("answer 2")));
        // The buttons sit inside the view, under the last message's text.
        const QRect inView = view.viewport()->rect();
        QVERIFY(inView.contains(QRect(regenerate->mapTo(view.viewport(), QPoint(0, 0)), regenerate->size())));
        // ...below the answer's last line, not over it.
        QTextCursor body = view.document()->find(QStringLiteral("Message 1. "));
        QVERIFY(!body.isNull());
        body.movePosition(QTextCursor::EndOfBlock);
        QVERIFY2(view.cursorRect(body).bottom() <= regenerate->mapTo(view.viewport(), QPoint(0, 0)).y(),
                 qPrintable(QStringLiteral("text ends at %1, buttons start at %2")
                                .arg(view.cursorRect(body).bottom())
                                .arg(regenerate->mapTo(view.viewport(), QPoint(0, 0)).y())));

        // The user's message: no Regenerate, Edit and Resend; keyboard reaches the buttons.
        view.setActionTarget(0);
        QVERIFY(!regenerate->isVisible());
        QAbstractButton* edit = view.actionButton(ChatTranscriptView::Action::Edit);
        QCOMPARE(edit->text(), QStringLiteral("Edit and Resend"));
        QCOMPARE(edit->accessibleName(), QStringLiteral("Edit and resend message 1"));
        QVERIFY(edit->focusPolicy() & Qt::TabFocus);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Space);
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions[1][0].value<ChatTranscriptView::Action>(), ChatTranscriptView::Action::Edit);
        QCOMPARE(actions[1][1].toInt(), 0);

        // A cut answer is retried.
        QList<ChatMessage> cut = conversation(2, 50);
        cut[1].incomplete = true;
        view.sync(cut, false);
        view.setActionTarget(1);
        QCOMPARE(regenerate->text(), QStringLiteral("Retry"));
        QCOMPARE(regenerate->accessibleName(), QStringLiteral("Retry answer 2"));

        // An answer that failed before its first token (a 429) is "No answer", not "Incomplete".
        QList<ChatMessage> refused = conversation(2, 50);
        refused[1].content.clear();
        refused[1].incomplete = true;
        refused[1].error = QStringLiteral("429 Too Many Requests");
        view.sync(refused, false);
        QVERIFY2(view.toPlainText().contains(QStringLiteral("No answer: 429 Too Many Requests")),
                 qPrintable(view.toPlainText()));
        QVERIFY(!view.toPlainText().contains(QStringLiteral("Incomplete")));
        cut[1].error = QStringLiteral("stopped");
        view.sync(cut, false);
        QVERIFY(view.toPlainText().contains(QStringLiteral("Incomplete: stopped")));
    }

    // Waiting for the first token: a moving bar where the buttons will be, no buttons for the
    // answer being written.
    void aBusyBarMovesWhileTheAnswerIsAwaited()
    {
        ChatTranscriptView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<ChatMessage> messages = conversation(1, 20);
        messages.append({QStringLiteral("assistant"), QString()});
        view.sync(messages, true);
        QVERIFY(view.busyIndicator()->isVisible());
        QCOMPARE(view.busyIndicator()->maximum(), 0); // indeterminate: it moves
        QVERIFY(!view.busyIndicator()->accessibleName().isEmpty());
        QVERIFY(!view.actionButton(ChatTranscriptView::Action::Regenerate)->isVisible());
        messages.back().content = QStringLiteral("Hello");
        view.sync(messages, false);
        QVERIFY(!view.busyIndicator()->isVisible());
        QVERIFY(view.actionButton(ChatTranscriptView::Action::Regenerate)->isVisible());
    }

    // The bubbles are the theme's: after a switch to dark the transcript is drawn again in it.
    void bubblesFollowTheTheme()
    {
        ChatTranscriptView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.sync(conversation(2, 50), false);
        const QImage light = view.viewport()->grab().toImage();
        const QColor userLight = Theme::color(Theme::Role::UserBubble);
        QPalette dark = QApplication::palette();
        for (QPalette::ColorRole r : {QPalette::Window, QPalette::Base})
            dark.setColor(r, QColor(0x20, 0x20, 0x24));
        for (QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text})
            dark.setColor(r, QColor(0xe0, 0xe0, 0xe0));
        QApplication::setPalette(dark);
        QVERIFY(Theme::color(Theme::Role::UserBubble) != userLight);
        QTRY_VERIFY(view.viewport()->grab().toImage() != light);
        QVERIFY(view.toPlainText().contains(QStringLiteral("Message 1. ")));
        QApplication::setPalette(QPalette());
    }

    void answersCannotActOrInjectHtml()
    {
        ChatTranscriptView view;
        // A model writes a link that looks like ours, and HTML.
        view.sync({{QStringLiteral("user"), QStringLiteral("hi")},
                   {QStringLiteral("assistant"),
                    QStringLiteral("[Delete](td-message:delete/0) and <b>bold?</b> <img src=\"x.png\">")}},
                  false);
        QSignalSpy actions(&view, &ChatTranscriptView::actionRequested);
        emit view.anchorClicked(QUrl(QStringLiteral("td-message:delete/0")));
        emit view.anchorClicked(QUrl(QStringLiteral("td-message:guess/delete/0")));
        QCOMPARE(actions.size(), 0);
        QVERIFY(view.toPlainText().contains(QStringLiteral("<b>bold?</b>")));
    }
};

QTEST_MAIN(TestTranscriptView)
#include "tst_transcriptview.moc"
