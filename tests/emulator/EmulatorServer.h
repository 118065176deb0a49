#pragma once

#include "HttpConnection.h"
#include "JobTimeline.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <QTcpServer>

#include <deque>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

namespace td::emu {

// A local Together-compatible API server for tests and offline demos (contract section 9):
// files with the redirect upload, fine-tunes played through their statuses on a clock tests
// can speed up or advance, events, metrics, checkpoints and .tar.zst downloads with Range,
// models (fine-tunes join the list as they complete), dedicated endpoints and their states,
// chat completions and completions, whole and streamed, with deterministic answers (a
// fine-tune answers from its training data). Faults come from the "X-Emulator-Fault" request
// header, from a queue (injectNext) or for every request (--fault).
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
        DropUpload,
        CutDownload,
        Stall,      // accepts the request and never answers
        DropAnswer, // does the work, then closes the connection instead of answering
    };

    explicit EmulatorServer(QObject* parent = nullptr);
    bool start(quint16 port = 0); // 0: any free port
    QByteArray baseUrl() const;

    void injectNext(Fault fault) { m_queue.push_back(fault); }
    // For the next request whose method and path are these (the queue above is for any).
    void injectNextFor(const QByteArray& method, const QByteArray& path, Fault fault)
    {
        m_targeted.push_back({method, path, fault});
    }
    void setFaultForEveryRequest(Fault fault) { m_always = fault; }
    void setTokenIntervalMs(int ms) { m_tokenIntervalMs = ms; }
    // Pads every chat answer with generated Markdown (paragraphs, lists, code) to this many
    // words, for streaming benchmarks; 0 (default) answers briefly.
    void setAnswerWords(int words) { m_answerWords = words; }
    static Fault faultFromName(const QByteArray& name);
    int requestCount() const { return m_requests; }
    // How many requests came for one method and path (tests prove that nothing was sent).
    int requestCount(const QByteArray& method, const QByteArray& path) const
    {
        return m_requestsByRoute.value(method + ' ' + path);
    }
    // The last request's body for a path (tests compare what was sent with a preview).
    QByteArray lastBody(const QByteArray& path) const { return m_lastBodies.value(path); }

    int openMultipartUploads() const { return int(m_multipart.size()); }

    // Emulated time: runs `speed` times faster than the wall clock, and can jump ahead.
    void setSpeed(double speed);
    void advanceClock(double seconds) { m_offset += seconds; }
    double now() const;

    // The deterministic answer of `model` to a conversation.
    QString answerFor(const QString& model, const nlohmann::json& messages) const;
    static QString longAnswer(const QString& start, int wordCount);

protected:
    void incomingConnection(qintptr fd) override;

private:
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
    struct Job
    {
        std::string id;
        nlohmann::json request;
        double createdAt = 0; // emulated seconds
        std::optional<double> cancelAt;
        std::shared_ptr<JobTimeline> timeline;
        std::string model;
        std::string outputName;
        bool lora = true;
        int batchSize = 8;
        qint64 lines = 0, bytes = 0, tokens = 0;
        double pricePerMillion = 0, minimumCharge = 0;
        QByteArray trainingData;
    };
    struct EndpointRecord
    {
        std::string id, name, displayName, model, hardware;
        int minReplicas = 1, maxReplicas = 1;
        double createdAt = 0;
        std::vector<std::pair<double, std::string>> states; // (emulated time, state) in order
        nlohmann::json inactiveTimeout;
        std::string state(double t) const;
    };

    void handle(const HttpRequestIn& r, HttpConnection* c);
    void error(HttpConnection* c, int status, const QString& message, const char* type, const char* code = nullptr,
               const QList<QPair<QByteArray, QByteArray>>& headers = {});
    std::string isoAt(double emulated) const;

    // Inference and models (EmulatorServer.cpp)
    void chat(const HttpRequestIn& r, HttpConnection* c, Fault fault, bool completions);
    std::optional<QString> servingProblem(const std::string& model) const;
    nlohmann::json modelList() const;
    void models(const HttpRequestIn& r, HttpConnection* c);

    // Files (EmulatorFiles.cpp)
    void createFile(const HttpRequestIn& r, HttpConnection* c);
    void storeFile(const HttpRequestIn& r, HttpConnection* c, Fault fault);
    void files(const HttpRequestIn& r, HttpConnection* c, Fault fault);
    nlohmann::json fileResponse(const QByteArray& id) const;
    void multipart(const HttpRequestIn& r, HttpConnection* c);
    void storePart(const HttpRequestIn& r, HttpConnection* c, Fault fault);

    // Fine-tunes (EmulatorFineTunes.cpp)
    void fineTunes(const HttpRequestIn& r, HttpConnection* c);
    void createFineTune(const HttpRequestIn& r, HttpConnection* c);
    void download(const HttpRequestIn& r, HttpConnection* c, Fault fault);
    nlohmann::json jobJson(const Job& job, bool withEvents) const;
    const Job* completedJobFor(const std::string& outputName) const;
    QByteArray archiveFor(const Job& job, const std::string& kind, int step) const;

    // Endpoints (EmulatorEndpoints.cpp)
    void endpoints(const HttpRequestIn& r, HttpConnection* c);
    void hardware(const HttpRequestIn& r, HttpConnection* c);
    nlohmann::json endpointJson(const EndpointRecord& e, bool listItem) const;
    const EndpointRecord* endpointServing(const std::string& model) const;

    struct MultipartRecord
    {
        QByteArray fileId;
        QString filename, purpose, type;
        qint64 size = 0;
        int parts = 0;
        QHash<int, QByteArray> data;
    };
    QHash<QByteArray, StoredFile> m_files;
    QHash<QByteArray, MultipartRecord> m_multipart;
    QList<QByteArray> m_fileOrder;
    std::vector<Job> m_jobs;
    std::vector<EndpointRecord> m_endpoints;
    nlohmann::json m_uploadedModels = nlohmann::json::array();
    QHash<QByteArray, QByteArray> m_lastBodies;
    std::deque<Fault> m_queue;
    struct Targeted
    {
        QByteArray method, path;
        Fault fault;
    };
    std::deque<Targeted> m_targeted;
    Fault m_always = Fault::None;
    int m_tokenIntervalMs = 5;
    int m_answerWords = 0;
    int m_requests = 0;
    QHash<QByteArray, int> m_requestsByRoute; // "METHOD /path"
    quint64 m_nextId = 1;
    QElapsedTimer m_clock;
    QDateTime m_startWall;
    double m_speed = 1;
    double m_offset = 0; // emulated seconds added by advanceClock and speed changes
};

} // namespace td::emu
