#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <utility>

namespace td {

// What is known about serving the result of a fine-tune, gathered by ServingCheck from the
// live platform or, offline, from the bundled catalog: plain facts, no calls.
struct ServingFacts
{
    // The base model, and what the serverless probe asked: a finished job's output name, or
    // before launch the base's LoRA serving target ("<base>-Lora").
    QString baseModel;
    QString target;
    bool finishedJob = false; // facts about a finished job (else before launch)
    bool live = false;        // asked of the platform just now; false: the bundled catalog's answer
    bool fullFineTune = false;
    bool baseUnknown = false; // continuing from a checkpoint whose base is not known here

    // Serverless: a 1-token chat to `target`.
    enum class Probe { NotTried, Answered, Refused, Failed };
    Probe probe = Probe::NotTried;
    QString probeMessage; // the server's words when it refused, or why it could not be asked
    std::optional<std::pair<double, double>> serverlessPrice; // input, output dollars per million tokens

    // Dedicated (v2): Together's supported-models entry named exactly `baseModel`, its
    // certified deployment profiles, and the priced instance types.
    struct Profile
    {
        QString id;
        QString gpuType;
        int gpuCount = 0;
    };
    struct Instance
    {
        QString id, name, gpuType;
        int gpuCount = 0;
        double gpuMemoryGib = 0;
        double priceCentsPerHour = 0; // one running replica
    };
    bool catalogueRead = false; // GET /v2/supported-models answered
    QString catalogueError;     // why it could not be read
    bool listed = false;        // an entry named baseModel was found
    bool dedicatedProduct = false, fineTuningProduct = false;
    QList<Profile> profiles;
    bool instancesRead = false;
    QList<Instance> instances;

    // Offline: what the bundled catalog says (live == false).
    std::optional<double> servingMemoryGb; // unknown size: no hardware is priced
    struct Hardware
    {
        QString name; // "4x H100 80GB"
        QString gpuType;
        int gpuCount = 0;
        double dollarsPerHour = 0;
    };
    std::optional<Hardware> offlineHardware; // the cheapest that holds the model
};

// How the result of a fine-tune can be served, each way with its cost, decided in one place
// for the New Fine-Tune dialog's pre-flight, a finished job's page and tunedesk-cli:
// - serverless only when a 1-token chat to the target was answered (a refusal such as
//   model_not_available or "non-serverless", or no probe at all, means no);
// - dedicated when the base is in Together's supported models for dedicated inference and
//   fine-tuning with a certified deployment profile, from the cheapest profile's instance price;
// - otherwise download only, with the reason.
// Offline the catalog's answer is given and marked as not checked with Together.
struct ServingVerdict
{
    Q_DECLARE_TR_FUNCTIONS(ServingVerdict)

public:
    enum class Way { Serverless, Dedicated, DownloadOnly, Unknown };

    struct Dedicated
    {
        double dollarsPerHour = 0; // one replica
        int gpuCount = 0;
        QString gpuType;
        QString profileId; // empty offline
        QString instance;  // the instance type's name or id
    };

    Way way = Way::DownloadOnly; // the first way that applies
    bool live = false;
    QString baseModel;
    QString target;
    bool fullFineTune = false;
    bool serverless = false;
    std::optional<std::pair<double, double>> serverlessPrice;
    QString serverlessReason; // why not (or how it was known)
    std::optional<Dedicated> dedicated;
    QString dedicatedReason; // why not, when not
    QString downloadReason;  // when it is download only

    static ServingVerdict decide(const ServingFacts& facts);

    // "dedicated, from $3.99/h on 1x H100 80GB"; "serverless, $0.18/$0.18 per million tokens";
    // "download only".
    QString summary() const;
    // The lines the user reads: a heading that says whether it was checked live, then
    // serverless, dedicated and download, each with its cost or the reason it does not apply.
    QString text() const;
    nlohmann::ordered_json toJson() const;
};

} // namespace td

Q_DECLARE_METATYPE(td::ServingVerdict)
