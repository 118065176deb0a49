#pragma once

#include "api/wire/ModelLimits.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace td {

// Everything POST fine-tunes accepts (contract 4.1), with the contract's defaults. The form,
// recipes, "clone a job" and `tunedesk-cli jobs create` all fill one of these; toJson() is
// exactly the body sent, so a preview shows what the server will get.
struct FineTuneRequest
{
    Q_DECLARE_TR_FUNCTIONS(FineTuneRequest)

public:
    enum class Scheduler { Linear, Cosine };
    enum class Method { Sft, Dpo };
    enum class TrainOnInputs { Auto, Yes, No };

    QString trainingFile;
    QString validationFile;
    QString model;
    QString fromCheckpoint;
    int nEpochs = 1;
    int nCheckpoints = 1;
    int nEvals = 0;
    std::optional<int> batchSize; // none: "max"
    double learningRate = 1e-5;
    Scheduler scheduler = Scheduler::Cosine;
    double minLrRatio = 0.0;
    double numCycles = 0.5;
    double warmupRatio = 0.0;
    double maxGradNorm = 1.0;
    double weightDecay = 0.0;
    QString suffix;

    bool lora = true;
    int loraR = 8;
    std::optional<int> loraAlpha; // none: 2 * r
    double loraDropout = 0.0;
    QString loraTrainableModules = QStringLiteral("all-linear");

    Method method = Method::Sft;
    TrainOnInputs trainOnInputs = TrainOnInputs::Auto;
    std::optional<double> dpoBeta;
    bool dpoNormalizeLogratiosByLength = false;
    bool dpoReferenceFree = false;
    std::optional<double> rpoAlpha;
    std::optional<double> simpoGamma;

    QString wandbApiKey, wandbBaseUrl, wandbProjectName, wandbName, wandbEntity;
    QString fromHfModel, hfModelRevision, hfApiToken, hfOutputRepoName;
    std::optional<bool> trainVision;
    std::optional<bool> packing;
    std::optional<int> maxSeqLength;
    std::optional<qint64> randomSeed;
    std::optional<int> gradientAccumulationSteps;
    // Early stopping (2026); a value left out takes the server's default.
    static constexpr int kEarlyStoppingPatience = 2;
    static constexpr double kEarlyStoppingMinDelta = 0.0;
    static constexpr int kEarlyStoppingWarmupEvals = 1;
    bool earlyStopping = false;
    std::optional<double> earlyStoppingMinDelta;
    std::optional<int> earlyStoppingPatience;
    std::optional<int> earlyStoppingWarmupEvals;

    int effectiveLoraAlpha() const { return loraAlpha.value_or(2 * loraR); }
    // The model whose limits apply: the model, or the job part of from_checkpoint.
    QString limitsModel() const;

    // The request body; secrets (W&B and Hugging Face tokens) shown as dots when masked.
    nlohmann::ordered_json toJson(bool maskSecrets = false) const;
    // A body (a recipe, or a job's settings to clone); unknown keys are ignored.
    static FineTuneRequest fromJson(const nlohmann::json& j);

    struct Problem
    {
        QString field; // the wire name it concerns
        QString message;
        bool warning = false;
    };
    // The Python SDK's and CLI's checks with their messages (contract 4.3), and the model's
    // limits when known.
    QList<Problem> validate(const std::optional<ModelLimits>& limits) const;
    bool isValid(const std::optional<ModelLimits>& limits) const;
};

} // namespace td

Q_DECLARE_METATYPE(td::FineTuneRequest)
