#include "EmulatorServer.h"

#include "api/http/CurlTransport.h"
#include "playground/ChatSession.h"
#include "playground/TrainingRows.h"

#include <QSignalSpy>
#include <QTest>

using namespace td;
using emu::EmulatorServer;

// A conversation against the emulator: regenerate, edit and resend, delete, a 429 answered
// by waiting (and told while waiting), and a conversation replaced while an answer streams.
class TestChatSession : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    std::unique_ptr<ChatSession> m_session;

    bool answered(int count)
    {
        return QTest::qWaitFor([&] { return !m_session->isStreaming() && m_session->messages().size() == count; },
                               10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_session = std::make_unique<ChatSession>(&m_transport);
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_session");
        m_session->setConnection(c);
        m_session->setModel(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"));
    }

    void init() { m_session->clear(); }

    void regenerateReplacesTheLastAnswer()
    {
        m_session->send(QStringLiteral("first question"));
        QVERIFY(answered(2));
        QVERIFY(m_session->regenerate());
        QVERIFY(m_session->isStreaming());
        QVERIFY(answered(2));
        QVERIFY(m_session->messages()[1].content.contains(QStringLiteral("first question")));
        // The request carried the question once, and no earlier answer.
        const QByteArray sent = m_server.lastBody("/v1/chat/completions");
        QCOMPARE(sent.count("first question"), 1);
        QVERIFY(!sent.contains("\"assistant\""));
    }

    // An answer cut at max_tokens is incomplete, and a row made of it does not train on it.
    void anAnswerCutAtTheTokenLimitIsNotTrained()
    {
        ChatParameters p = m_session->parameters();
        const ChatParameters before = p;
        p.maxTokens = 2;
        m_session->setParameters(p);
        m_session->send(QStringLiteral("tell me everything about rivers"));
        QVERIFY(answered(2));
        m_session->setParameters(before);
        QVERIFY(m_session->messages()[1].incomplete);
        QVERIFY(m_session->messages()[1].error.contains(QStringLiteral("max_tokens")));
        const QByteArray row = TrainingRows::conversationRow(QString(), m_session->messages());
        QVERIFY2(row.contains("\"weight\":0"), row.constData());
    }

    void editAndResendDropsWhatFollowed()
    {
        m_session->send(QStringLiteral("one"));
        QVERIFY(answered(2));
        m_session->send(QStringLiteral("two"));
        QVERIFY(answered(4));
        QVERIFY(!m_session->resendFrom(1, QStringLiteral("not a user message")));
        QVERIFY(m_session->resendFrom(0, QStringLiteral("uno")));
        QVERIFY(answered(2));
        QCOMPARE(m_session->messages()[0].content, QStringLiteral("uno"));
        QVERIFY(m_session->messages()[1].content.contains(QStringLiteral("uno")));
        const QByteArray sent = m_server.lastBody("/v1/chat/completions");
        QVERIFY(!sent.contains("two") && !sent.contains("\"one\""));
    }

    void deleteAndEdit()
    {
        m_session->send(QStringLiteral("alpha"));
        QVERIFY(answered(2));
        m_session->editMessage(1, QStringLiteral("A corrected answer."));
        QCOMPARE(m_session->messages()[1].content, QStringLiteral("A corrected answer."));
        m_session->removeMessage(1);
        QCOMPARE(m_session->messages().size(), 1);
        // The user message is left: generating answers it.
        QVERIFY(m_session->generate());
        QVERIFY(answered(2));
    }

    void aRateLimitIsWaitedOutAndTold()
    {
        QStringList notices;
        QObject scope; // a failed check returns early: the connection must not outlive `notices`
        connect(m_session.get(), &ChatSession::changed, &scope, [&] {
            if (!m_session->messages().isEmpty() && !m_session->messages().back().notice.isEmpty())
                notices << m_session->messages().back().notice;
        });
        m_server.injectNext(EmulatorServer::Fault::RateLimit);
        m_server.injectNext(EmulatorServer::Fault::RateLimit);
        m_session->send(QStringLiteral("busy"));
        QVERIFY(answered(2));
        disconnect(m_session.get(), &ChatSession::changed, &scope, nullptr);
        QVERIFY(!m_session->messages()[1].incomplete);
        QVERIFY(m_session->messages()[1].notice.isEmpty());
        QVERIFY2(notices.size() >= 2, qPrintable(notices.join(QLatin1Char('|'))));
        QVERIFY2(notices.first().startsWith(QStringLiteral("Rate limited (429)")) &&
                     notices.first().contains(QStringLiteral("trying again in")),
                 qPrintable(notices.first()));
    }

    void aConversationReplacedWhileStreamingStaysClean()
    {
        m_server.setTokenIntervalMs(40);
        QSignalSpy finished(m_session.get(), &ChatSession::finished);
        m_session->send(QStringLiteral("a long story please"));
        QVERIFY(QTest::qWaitFor([&] { return !m_session->messages().back().content.isEmpty(); }, 10000));
        m_session->setMessages({{QStringLiteral("user"), QStringLiteral("loaded")}});
        QVERIFY(!m_session->isStreaming());
        QCOMPARE(finished.size(), 1);
        QTest::qWait(200); // the old stream must not write into the loaded conversation
        m_server.setTokenIntervalMs(5);
        QCOMPARE(m_session->messages().size(), 1);
        QCOMPARE(m_session->messages()[0].content, QStringLiteral("loaded"));
    }
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
