#include "EmulatorServer.h"

#include "api/client/ChatCompletion.h"
#include "api/http/CurlTransport.h"
#include "api/transfer/FileUpload.h"

#include <QFile>
#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTest>

using namespace td;
using emu::EmulatorServer;

// td_api against the emulator on loopback: a streamed chat, and every fault the emulator
// injects, as the playground will meet them.
class TestApiEmulator : public QObject
{
    Q_OBJECT

private:
    EmulatorServer m_server;
    CurlTransport m_transport;
    const QByteArray m_request = "{\"model\":\"meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo\",\"messages\":[{\"role\":"
                                 "\"user\",\"content\":\"Name three rivers\"}]}";

    Connection connection() const
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_emulator");
        return c;
    }

    std::optional<ApiError> run(ChatCompletion& chat)
    {
        QSignalSpy done(&chat, &ChatCompletion::finished);
        chat.start();
        if (!done.wait(20000))
            return ApiError{ApiError::Kind::Network, 0, {}, {}, {}, QStringLiteral("test: no answer"), {}, -1};
        return done.front().front().value<std::optional<ApiError>>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<std::optional<td::ApiError>>();
        qRegisterMetaType<td::UploadOutcome>();
        // Files get their validation verdict at once: these tests are about other things.
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
    }

    void streamsADeterministicAnswer()
    {
        ChatCompletion a(&m_transport, connection(), m_request);
        QVERIFY(!run(a).has_value());
        ChatCompletion b(&m_transport, connection(), m_request);
        QVERIFY(!run(b).has_value());
        QVERIFY(a.stream().content().contains(QStringLiteral("Name three rivers")));
        QCOMPARE(a.stream().content(), b.stream().content());
        QVERIFY(a.stream().usage().has_value());
        QCOMPARE(a.stream().finishReason(), QStringLiteral("eos"));
    }

    void retriesRateLimitsAndServerErrors()
    {
        for (auto fault : {EmulatorServer::Fault::RateLimit, EmulatorServer::Fault::ServerErrorText,
                           EmulatorServer::Fault::Unavailable}) {
            m_server.injectNext(fault);
            ChatCompletion chat(&m_transport, connection(), m_request);
            QSignalSpy retrying(&chat, &ChatCompletion::retrying);
            QVERIFY(!run(chat).has_value());
            QCOMPARE(retrying.size(), 1);
            QVERIFY(!chat.stream().content().isEmpty());
        }
    }

    void errorMidStreamKeepsThePartialAnswer()
    {
        m_server.injectNext(EmulatorServer::Fault::ErrorMidStream);
        ChatCompletion chat(&m_transport, connection(), m_request);
        const auto e = run(chat);
        QVERIFY(e.has_value());
        QCOMPARE(e->kind, ApiError::Kind::Stream);
        QCOMPARE(e->message, QStringLiteral("The model failed while generating."));
        QVERIFY(!chat.stream().content().isEmpty());
    }

    void aDroppedStreamIsAnError()
    {
        m_server.injectNext(EmulatorServer::Fault::CutStream);
        ChatCompletion chat(&m_transport, connection(), m_request);
        const auto e = run(chat);
        QVERIFY(e.has_value());
        QCOMPARE(e->kind, ApiError::Kind::Stream);
        QVERIFY(!chat.stream().content().isEmpty());
    }

    void slowFirstByte()
    {
        m_server.injectNext(EmulatorServer::Fault::SlowFirstByte);
        ChatCompletion chat(&m_transport, connection(), m_request);
        QVERIFY(!run(chat).has_value());
        QVERIFY(chat.firstTokenMs() >= 1400);
    }

    void uploadTheWayTogethersClientsDo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("train.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 50; ++i)
            f.write(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n");
        f.close();
        FileUpload upload(&m_transport, connection(), path);
        QSignalSpy done(&upload, &FileUpload::finished);
        QSignalSpy stages(&upload, &FileUpload::stage);
        upload.start();
        QVERIFY(done.wait(10000));
        const auto outcome = done.front().front().value<UploadOutcome>();
        // The emulator's storage refuses an API key; a success proves none was sent there.
        if (const auto* e = std::get_if<ApiError>(&outcome))
            QFAIL(qPrintable(e->explanation()));
        const RemoteFile& file = std::get<RemoteFile>(outcome);
        QVERIFY(file.id.startsWith(QStringLiteral("file-")));
        QCOMPARE(file.filename, QStringLiteral("train.jsonl"));
        QCOMPARE(file.lineCount.value_or(-1), 50);
        QVERIFY(file.processed);
        QVERIFY2(file.valid.value_or(false), qPrintable(file.validationError));
        QCOMPARE(file.datasetFormat, QStringLiteral("CONVERSATION"));
        QCOMPARE(stages.size(), 3);
    }

    void uploadOfAFileTogetherWouldReject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"text\": \"a\"}\n\n");
        f.close();
        FileUpload upload(&m_transport, connection(), path);
        QSignalSpy done(&upload, &FileUpload::finished);
        upload.start();
        QVERIFY(done.wait(10000));
        const auto file = std::get<RemoteFile>(done.front().front().value<UploadOutcome>());
        QCOMPARE(file.processingStatus, QStringLiteral("INVALID_FORMAT"));
        QCOMPARE(file.valid.value_or(true), false);
        QCOMPARE(file.validationError, QStringLiteral("Error parsing json payload. Unexpected format on line 2."));
    }

    void aDroppedUploadIsRetriedThenSucceeds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drop.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"text\": \"a\"}\n");
        f.close();
        m_server.injectNext(EmulatorServer::Fault::DropUpload);
        FileUpload upload(&m_transport, connection(), path);
        QSignalSpy done(&upload, &FileUpload::finished);
        upload.start();
        QVERIFY(done.wait(15000));
        QVERIFY(std::holds_alternative<RemoteFile>(done.front().front().value<UploadOutcome>()));
    }

    void unknownModelAndBadKey()
    {
        ChatCompletion unknown(&m_transport, connection(), "{\"model\":\"no/such-model\",\"messages\":[]}");
        auto e = run(unknown);
        QVERIFY(e.has_value());
        QCOMPARE(e->httpStatus, 404);
        QCOMPARE(e->code, QStringLiteral("model_not_available"));

        Connection noKey = connection();
        noKey.apiKey.clear();
        ChatCompletion unauthorized(&m_transport, noKey, m_request);
        e = run(unauthorized);
        QVERIFY(e.has_value());
        QCOMPARE(e->httpStatus, 401);
        QVERIFY(e->explanation().contains(QStringLiteral("API key")));
    }
};

QTEST_GUILESS_MAIN(TestApiEmulator)
#include "tst_api_emulator.moc"
