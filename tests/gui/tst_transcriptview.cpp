#include "widgets/ChatTranscriptView.h"

#include <QFontInfo>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>

using namespace td;

// The transcript redraws only what changed: tokens touch the streaming answer's tail, a new
// message is appended, a long conversation shows its end at once and the rest in slices; the
// text always ends up the same as drawing everything.
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
        QVERIFY(text.endsWith(QStringLiteral("Tail")));
        QVERIFY(text.contains(QStringLiteral("12 ms to first token")));
        QCOMPARE(text.count(QStringLiteral("A new question")), 1);
        // Deleting a message in the middle redraws from there, and the rest stays in order.
        messages.removeAt(5);
        view.sync(messages, false);
        QVERIFY(!view.toPlainText().contains(QStringLiteral("Message 5. ")));
        QVERIFY(view.toPlainText().indexOf(QStringLiteral("Message 4. ")) <
                view.toPlainText().indexOf(QStringLiteral("Message 6. ")));
        QCOMPARE(view.toPlainText().count(QStringLiteral("Message 6. ")), 1);
    }

    void linksAskForActions()
    {
        ChatTranscriptView view;
        view.sync(conversation(2, 50), false);
        QSignalSpy actions(&view, &ChatTranscriptView::actionRequested);
        const QUrl regenerate = view.actionUrl(ChatTranscriptView::Action::Regenerate, 1);
        emit view.anchorClicked(regenerate);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions[0][0].value<ChatTranscriptView::Action>(), ChatTranscriptView::Action::Regenerate);
        QCOMPARE(actions[0][1].toInt(), 1);
        QVERIFY(view.toHtml().contains(regenerate.toString()));
        QVERIFY(!view.toHtml().contains(view.actionUrl(ChatTranscriptView::Action::Regenerate, 0).toString()));
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
