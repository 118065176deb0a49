#pragma once

#include "api/wire/JobEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// Where a fine-tune is in its life (contract 4.6). Unknown values are kept as text and map to
// Unknown; they never fail parsing.
enum class JobStatus {
    Pending,
    Queued,
    Running,
    Compressing,
    Uploading,
    CancelRequested,
    Cancelled,
    Error,
    UserError,
    Completed,
    Unknown
};

JobStatus jobStatusFromString(const QString& s); // case-insensitive
bool isTerminal(JobStatus s);

// A fine-tuning job as the server reports it. Both spellings of the fields the SDKs disagree
// on are read (trainingfile_numlines / TrainingFileNumLines).
struct FineTuneJob
{
    QString id;
    QString statusText;
    JobStatus status = JobStatus::Unknown;
    QString model;
    QString outputName; // model_output_name: the name to chat with
    QString adapterOutputName;
    // The registry ids a completed job's weights get (deployable on dedicated endpoints v2).
    QString modelObjectId, modelObjectName, modelObjectRevisionId, adapterObjectId, adapterObjectName;
    QDateTime createdAt, updatedAt, startedAt;
    QString trainingFile, validationFile;
    QString trainingType;   // "Lora" or "Full" ("" on old jobs means Full)
    QString trainingMethod; // "sft" or "dpo"
    QString fromCheckpoint, suffix, wandbUrl;
    int nEpochs = 0, nCheckpoints = 0, nEvals = 0;
    qint64 batchSize = 0;
    double learningRate = 0;
    qint64 tokenCount = 0, trainingFileLines = 0, trainingFileSize = 0;
    qint64 totalSteps = 0, stepsCompleted = 0, epochsCompleted = 0, evalsCompleted = 0, queueDepth = 0;
    qint64 totalPriceNanodollars = 0;
    std::optional<double> secondsRemaining; // until the next state, counted from updatedAt
    QList<JobEvent> events;
    // 2026 additions: who made it, early stopping's outcome, the tokenized dataset's archive.
    QString userId;
    bool earlyStopped = false;
    std::optional<qint64> earlyStoppingBestStep;   // the best step (the halt step when no metric)
    std::optional<double> earlyStoppingBestMetric; // the best eval loss; none when no finite one was seen
    QString tokenizedDatasetPath;
    QByteArray raw; // the object as received, to clone its settings

    bool isLora() const { return trainingType.compare(QLatin1String("lora"), Qt::CaseInsensitive) == 0; }
    bool isTerminal() const { return td::isTerminal(status); }
    double totalPriceDollars() const { return double(totalPriceNanodollars) / 1e9; }
    static std::optional<FineTuneJob> fromJson(const nlohmann::json& j);
    // The job as TuneDesk shows it (tunedesk-cli --json): its facts under stable names, prices in
    // dollars, times in RFC 3339 UTC, unknown statuses as the server spelled them.
    nlohmann::ordered_json toJson() const;
};

} // namespace td

Q_DECLARE_METATYPE(td::FineTuneJob)
