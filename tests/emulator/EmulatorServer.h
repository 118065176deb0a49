#pragma once

#include "EmulatorDmi.h"
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
#include <variant>

namespace td::emu {

struct TrainableModel;

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
        Conflict,   // 409: the etag is stale (dedicated endpoints v2)
        Stall,      // accepts the request and never answers
        DropAnswer, // does the work, then closes the connection instead of answering
    };

    explicit EmulatorServer(QObject* parent = nullptr);
    bool start(quint16 port = 0); // 0: any free port
    QByteArray baseUrl() const;

    void injectNext(Fault fault) { m_queue.push_back(fault); }
    void clearFaults() { m_queue.clear(); }
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
    // Whole (not streamed) chat answers come this long after the request (0: at once).
    void setAnswerDelayMs(int ms) { m_answerDelayMs = ms; }
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

    // How many answers about an uploaded fine-tune file come before its validation's verdict
    // (COMPLETED or INVALID_FORMAT): the first says PENDING, later ones RUNNING (default 2, as
    // Together validates files on its side since 2026-06; 0: the verdict at once). A job on a
    // file without a verdict is refused, as Together refuses it.
    void setValidationPolls(int answers) { m_validationPolls = answers; }
    // The account's money for the 2026 estimate-price answer and the 402 on create: a job may
    // cost up to balance + credit limit (defaults: no balance, a limit of 1000 dollars).
    void setBalance(double dollars) { m_balance = dollars; }
    void setCreditLimit(double dollars) { m_creditLimit = dollars; }
    // A minimum charge for every job on top of the models' own (Together's is reported as 4 dollars).
    void setJobMinimum(double dollars) { m_jobMinimum = dollars; }

    // Emulated time: runs `speed` times faster than the wall clock, and can jump ahead.
    void setSpeed(double speed);
    void advanceClock(double seconds) { m_offset += seconds; }
    double now() const;

    // The deterministic answer of `model` to a conversation (and seed: a base model's answer
    // changes with it; a fine-tune answers from its training data whatever the seed). A
    // conversation that asks to compare "[Answer A]" with "[Answer B]" is answered as a judge
    // (judgeVerdict).
    QString answerFor(const QString& model, const nlohmann::json& messages, qint64 seed = -1) const;

    // Faults at a rate, for chat and completions only: this share of them answers 429 (with
    // retry-after) and this share 500 or 503, drawn from a generator seeded here, so a run
    // can be repeated. 0 (default): none.
    void setFaultRates(double rateLimited, double serverErrors, quint64 seed = 1);
    int injectedFaults() const { return m_injected; }
    // How many chat and completions requests were answered with an answer (not a fault), per
    // model (tests prove that no row was answered twice).
    int answersFor(const QString& model) const { return m_answersByModel.value(model); }

    // The emulated judge (EmulatorEval.cpp): of two answers, the one sharing more words with
    // `against` (the reference, or the prompt) wins; equal counts tie. "emulator/biased-judge"
    // always picks the first answer and "emulator/broken-judge" gives no verdict.
    static QString judgeVerdict(const QString& judgeModel, const QString& first, const QString& second,
                                const QString& against);
    // How many answers about an evaluation or a batch come before it is done (default 2).
    void setJobPolls(int answers) { m_jobPolls = answers; }
    static QString longAnswer(const QString& start, int wordCount);

    // A dedicated endpoint v1 as one created before July 2026 (creating one now answers 403
    // endpoints_v1_create_access_disabled); returns its id. `running`: STARTED, else STOPPED.
    std::string addLegacyEndpoint(const std::string& model, const std::string& hardware, bool running);
    // The demo's account: an uploaded dataset, a job that finished a day ago and one training.
    void addDemoJobs();
    // Dedicated endpoints v2 in the emulated project (tests count and inspect them).
    const DmiWorld& dmiWorld() const { return m_dmi; }

    // A Hugging Face Hub (EmulatorHub.cpp) at the server's root: every repository holds the
    // files of `dir` (tokenizer.json, tokenizer_config.json); meta-llama/ and google/ are gated
    // (an "hf_" token is needed); a name containing "missing" does not exist. tokenizer.json is
    // redirected to another host name (localhost: the file CDN), as the Hub does for large files.
    void setHubFiles(const QString& dir) { m_hubDir = dir; }
    QByteArray hubUrl() const;
    // Requests to the file CDN that carried an Authorization header (the token must not go there).
    int hubCdnRequestsWithToken() const { return m_hubCdnWithToken; }

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
        int answers = 0; // answers about it since it was uploaded (its validation moves on with them)
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

    // Why a request is refused: the HTTP status and Together's error body.
    struct Refusal
    {
        int status = 400;
        QString message;
        const char* type = "invalid_request_error";
        const char* code = nullptr;
    };
    // The job a fine-tuning request makes (created at emulated time `createdAt`), or why not.
    std::variant<Job, Refusal> newJob(const nlohmann::json& request, double createdAt);

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
    // PENDING, RUNNING, then COMPLETED or INVALID_FORMAT (with the report), by answers so far.
    std::string processingStatus(const StoredFile& f) const;
    bool validated(const StoredFile& f) const { return m_validationPolls <= 0 || f.answers > m_validationPolls; }
    nlohmann::json validationReport(const StoredFile& f) const;
    void multipart(const HttpRequestIn& r, HttpConnection* c);
    void storePart(const HttpRequestIn& r, HttpConnection* c, Fault fault);

    // Fine-tunes (EmulatorFineTunes.cpp)
    void fineTunes(const HttpRequestIn& r, HttpConnection* c);
    void createFineTune(const HttpRequestIn& r, HttpConnection* c);
    struct Estimate
    {
        double dollars = 0;
        qint64 trainTokens = 0, evalTokens = 0;
    };
    Estimate estimate(const nlohmann::json& request, const TrainableModel& model) const;
    void download(const HttpRequestIn& r, HttpConnection* c, Fault fault);
    nlohmann::json jobJson(const Job& job, bool withEvents) const;
    const Job* completedJobFor(const std::string& outputName) const;
    QByteArray archiveFor(const Job& job, const std::string& kind, int step) const;

    // Tokenizing (EmulatorPreview.cpp): the preview and a job's tokenized dataset
    void preview(const HttpRequestIn& r, HttpConnection* c);
    bool hasTokenizedDataset(const Job& job) const;
    QByteArray tokenizedArchive(const Job& job) const;
    void tokenizedDatasetLink(const Job& job, HttpConnection* c);
    void tokenizedStorage(const HttpRequestIn& r, HttpConnection* c, Fault fault);

    // The metrics query's filters (EmulatorMetrics.cpp); nullopt and `problem` for a bad query.
    std::optional<nlohmann::json> filteredMetrics(const nlohmann::json& metrics, const QByteArray& query,
                                                  QString* problem) const;

    // Evaluations (EmulatorEval.cpp): POST /v1/evaluation (type compare on an uploaded file of
    // prompt, response_a, response_b), GET /v1/evaluation[/{id}[/status]], the result file.
    void evaluations(const HttpRequestIn& r, HttpConnection* c);
    nlohmann::json evaluationJson(const nlohmann::json& job) const;
    QByteArray storeGeneratedFile(const QString& filename, const QString& purpose, const QByteArray& content);

    // Batches (EmulatorBatch.cpp): POST /v1/batches on a batch-api file, GET, list, cancel,
    // the output and error files.
    void batches(const HttpRequestIn& r, HttpConnection* c);
    nlohmann::json batchJson(nlohmann::json& job);
    // A whole chat completion for a request body, as POST /chat/completions answers it; nullopt
    // and `problem` when the model does not answer.
    std::optional<nlohmann::json> completionFor(const nlohmann::json& body, QString* problem);

    // Endpoints (EmulatorEndpoints.cpp)
    void endpoints(const HttpRequestIn& r, HttpConnection* c);
    void hardware(const HttpRequestIn& r, HttpConnection* c);
    nlohmann::json endpointJson(const EndpointRecord& e, bool listItem) const;
    const EndpointRecord* endpointServing(const std::string& model) const;

    // Dedicated endpoints v2 (EmulatorDmi.cpp): the /v2 control plane, GET /v1/whoami, the
    // registry ids a completed fine-tune gets, and inference to a v2 endpoint or deployment.
    void dmi(const HttpRequestIn& r, HttpConnection* c);
    void whoami(HttpConnection* c);
    bool hub(const HttpRequestIn& r, HttpConnection* c); // false: not a Hub route
    void dmiError(HttpConnection* c, int status, const QString& message);
    void addRegistryObjects(nlohmann::json& j, const Job& job) const;
    struct DmiRoute
    {
        QString problem;  // why it answers nothing; empty when it answers
        QString answerAs; // the model whose answers it gives
    };
    std::optional<DmiRoute> dmiRoute(const std::string& model) const; // nullopt: not a v2 name
    void dmiEndpoints(const HttpRequestIn& r, HttpConnection* c, const QList<QByteArray>& parts);
    void dmiDeployments(const HttpRequestIn& r, HttpConnection* c, DmiWorld::Endpoint& e,
                        const QList<QByteArray>& parts);
    nlohmann::json dmiEndpointJson(const DmiWorld::Endpoint& e) const;
    nlohmann::json dmiDeploymentJson(const DmiWorld::Endpoint& e, const DmiWorld::Deployment& d) const;
    void dmiPoll(DmiWorld::Deployment& d);
    void dmiEvent(DmiWorld::Endpoint& e, const std::string& type, const std::string& message,
                  const std::string& deploymentId = {}, const char* level = "LEVEL_INFO");

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
    DmiWorld m_dmi;
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
    int m_answerDelayMs = 0;
    int m_requests = 0;
    double m_rateLimitedRate = 0, m_serverErrorRate = 0;
    quint64 m_faultState = 1;
    int m_injected = 0;
    QHash<QString, int> m_answersByModel;
    int m_jobPolls = 2;
    std::vector<nlohmann::json> m_evaluations; // with "_answers": polls so far
    std::vector<nlohmann::json> m_batches;
    QHash<QByteArray, int> m_requestsByRoute; // "METHOD /path"
    quint64 m_nextId = 1;
    QElapsedTimer m_clock;
    QDateTime m_startWall;
    double m_speed = 1;
    int m_validationPolls = 2;
    double m_balance = 0;
    double m_creditLimit = 1000;
    double m_jobMinimum = 0;
    double m_offset = 0; // emulated seconds added by advanceClock and speed changes
    QString m_hubDir;
    int m_hubCdnWithToken = 0;
};

} // namespace td::emu
