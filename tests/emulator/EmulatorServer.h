#pragma once

#include "HttpConnection.h"

#include <QDateTime>
#include <QStringList>
#include <QTcpServer>

#include <deque>
#include <nlohmann/json.hpp>

namespace td::emu {

// A local Together-compatible API server for tests and offline demos (contract section 9).
// This part serves the model list and chat completions (whole and streamed) with
// deterministic answers, and injects the faults clients must survive. Faults come from the
// "X-Emulator-Fault" request header, from a queue (injectNext) or for every request (--fault).
class EmulatorServer final : public QTcpServer
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        RateLimit,
        ServerErrorText,
        Unavailable,
        ErrorMidStream,
        CutStream,
        SlowFirstByte,
        DropUpload
    };

    explicit EmulatorServer(QObject* parent = nullptr);
    bool start(quint16 port = 0); // 0: any free port
    QByteArray baseUrl() const;

    void injectNext(Fault fault) { m_queue.push_back(fault); }
    void setFaultForEveryRequest(Fault fault) { m_always = fault; }
    void setTokenIntervalMs(int ms) { m_tokenIntervalMs = ms; }
    static Fault faultFromName(const QByteArray& name);
    int requestCount() const { return m_requests; }

    // The deterministic answer of `model` to a conversation (the playground's base model
    // and a fine-tune differ visibly).
    static QString answerFor(const QString& model, const nlohmann::json& messages);

protected:
    void incomingConnection(qintptr fd) override;

private:
    void handle(const HttpRequestIn& r, HttpConnection* c);
    void chat(const HttpRequestIn& r, HttpConnection* c, Fault fault);
    void error(HttpConnection* c, int status, const QString& message, const char* type, const char* code = nullptr,
               const QList<QPair<QByteArray, QByteArray>>& headers = {});
    nlohmann::json modelList() const;
    void createFile(const HttpRequestIn& r, HttpConnection* c);
    void storeFile(const HttpRequestIn& r, HttpConnection* c, Fault fault);
    void files(const HttpRequestIn& r, HttpConnection* c);
    nlohmann::json fileResponse(const QByteArray& id) const;

    struct StoredFile
    {
        QByteArray id;
        QString filename;
        QString purpose;
        QString type;
        qint64 createdAt = 0;
        QByteArray content;
        bool uploaded = false;
    };
    QHash<QByteArray, StoredFile> m_files;
    QList<QByteArray> m_fileOrder;
    std::deque<Fault> m_queue;
    Fault m_always = Fault::None;
    int m_tokenIntervalMs = 5;
    int m_requests = 0;
    quint64 m_nextId = 1;
};

} // namespace td::emu
