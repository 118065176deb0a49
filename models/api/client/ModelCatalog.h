#pragma once

#include "api/wire/ModelInfo.h"
#include "api/wire/ModelLimits.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace td {

// What TuneDesk knows about models without asking: Together's published fine-tuning tables
// (context lengths, batch sizes, LoRA and full training), fine-tuning and inference prices, the
// GPU memory each model needs to be served and the dedicated hardware with its memory and
// price, bundled as a resource (resources/catalog/catalog.json). Nothing here says a fine-tune
// is served serverlessly: only a live probe can (ServingCheck). Answers from the live API,
// when connected, are laid over it and win.
class ModelCatalog
{
public:
    struct HardwareRate
    {
        QString name; // "1x H100 80GB"
        double dollarsPerHour = 0;
        QString gpuType; // "H100"
        int gpuCount = 0;
        double gpuMemoryGb = 0; // each GPU's
    };
    struct TrainingPrice
    {
        double dollarsPerMillion = 0; // tokens processed
        double minimumCharge = 0;     // dollars
        QString basis;                // where the rate comes from, for showing
    };

    // The bundled catalog.
    static ModelCatalog bundled();
    static ModelCatalog fromJson(const QByteArray& json);

    QStringList fineTunableModels() const;
    bool knows(const QString& model) const { return m_models.contains(model); }
    // The limits: live ones when given, else what the tables say (learning-rate and epoch
    // bounds are not in the tables and stay 0 = unknown).
    std::optional<ModelLimits> limits(const QString& model) const;
    std::optional<TrainingPrice> trainingPrice(const QString& model, bool lora, bool dpo) const;
    // Input and output dollars per million tokens.
    std::optional<std::pair<double, double>> inferencePrice(const QString& model) const;
    QList<HardwareRate> hardware() const { return m_hardware; }
    // The GPU memory (GB) serving `model` takes (BF16 weights and a fifth more), when its size is known.
    std::optional<double> servingMemoryGb(const QString& model) const;
    // The cheapest hardware whose GPUs together hold `model`; none when nothing listed can, or
    // when the model's size is unknown (a price for hardware that cannot run it is never given).
    std::optional<HardwareRate> cheapestHardwareFor(const QString& model) const;
    // The name a LoRA-enabled serving target of `base` goes by: a live model named like
    // "<base>-Lora" or "<base>-FP8-Lora" (any case) when the server lists one, else "<base>-Lora".
    QString loraServingTarget(const QString& base) const;
    QString source() const { return m_source; }

    // Live answers win over the tables.
    void setLiveLimits(const ModelLimits& limits);
    void setLiveModels(const QList<ModelInfo>& models);
    // The models the server says can be fine-tuned, added to those the tables know.
    void setLiveFineTunable(const QStringList& models) { m_liveFineTunable = models; }

private:
    struct TypeEntry
    {
        int contextSft = 0, contextDpo = 0, maxBatch = 0, maxBatchDpo = 0, minBatch = 0;
    };
    struct Entry
    {
        QString name;
        double paramsB = 0;
        std::optional<TypeEntry> lora, full;
        std::optional<double> servingMemoryGb;
        std::optional<double> inputPrice, outputPrice;
        std::optional<double> sftLoraPrice, dpoLoraPrice;
        double minimumCharge = 0;
    };
    struct Tier
    {
        QString label;
        double upToB = 0;
        double sftLora = 0, sftFull = 0, dpoLora = 0, dpoFull = 0;
    };
    QHash<QString, Entry> m_models;
    QList<Tier> m_tiers;
    QList<HardwareRate> m_hardware;
    QHash<QString, ModelLimits> m_liveLimits;
    QHash<QString, ModelInfo> m_liveModels;
    QStringList m_liveFineTunable;
    QString m_source;
};

} // namespace td
