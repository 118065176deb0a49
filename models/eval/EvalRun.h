#pragma once

#include "api/http/ApiRequest.h"
#include "core/Result.h"
#include "playground/ChatParameters.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace td {

// One model an evaluation run asks: over which connection profile (Together, an
// OpenAI-compatible server), by the name that goes into "model", and how it is reached. A
// dedicated endpoint v2 (or one of its deployments) is served on the inference host, as the
// playground routes it (ModelDirectory::connectionFor, DmiUrls).
struct EvalModel
{
    QString profileId = QStringLiteral("together");
    QString model;
    bool dedicatedV2 = false; // routed to the connection's v2 inference host
    int maxConcurrency = 8;   // never more requests in flight to this model
    // Asked through Together's Batch API (cheaper, answers within its 24 h window) instead of
    // one request each; only a model of a Together connection, not a v2 deployment.
    bool viaBatch = false;

    // The connection the model's requests go over, from its profile's.
    Connection route(const Connection& profileConnection) const;
    // Whether the Batch API can be offered for it: Batch takes serverless models of Together's
    // own API (some are excluded; Together says so when the batch is submitted).
    bool batchEligible(bool togetherConnection) const { return togetherConnection && !dedicatedV2; }
};

// Which rows of the dataset a run asks about.
struct EvalRowChoice
{
    enum class Mode { All, List, Sample };
    Mode mode = Mode::All;
    QList<qint64> rows;     // List: 0-based row numbers
    int sampleCount = 0;    // Sample: how many, drawn without replacement ...
    quint64 sampleSeed = 0; // ... reproducibly from this seed
};

// Everything that defines an evaluation run; saved as run.json in the run's folder. The
// parameters are the same for every model (the seed included), so the answers differ only by
// the model.
struct EvalDefinition
{
    Q_DECLARE_TR_FUNCTIONS(td::EvalDefinition)

public:
    static constexpr int kMinModels = 2;
    static constexpr int kMaxModels = 4;

    QString id;   // the run folder's name
    QString name; // for people
    QString datasetPath;
    EvalRowChoice rows;
    QList<EvalModel> models;
    ChatParameters parameters;
    // Each row is cut before this assistant message (its index in the row's messages), -1:
    // before the last one. That answer is the dataset's own, the reference.
    int answerIndex = -1;
    QDateTime created;
    // Which of the models is the fine-tune being judged (its losses are listed first); -1: the
    // second one when there are two.
    int candidate = -1;

    int candidateIndex() const { return candidate >= 0 ? candidate : (models.size() >= 2 ? 1 : 0); }
    // Two to four models, each named once, a dataset, a seed (locked: the same for every model).
    Result<void> validate() const;
    nlohmann::ordered_json toJson() const;
    static Result<EvalDefinition> fromJson(const nlohmann::json& j);
    // A new id: the creation time and a short random suffix, sortable.
    static QString newId();
};

} // namespace td
