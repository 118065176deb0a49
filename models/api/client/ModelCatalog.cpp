#include "api/client/ModelCatalog.h"

#include "api/wire/JsonFields.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace td {

ModelCatalog ModelCatalog::bundled()
{
    static const QByteArray json = [] {
        QFile f(QStringLiteral(":/catalog/catalog.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return fromJson(json);
}

ModelCatalog ModelCatalog::fromJson(const QByteArray& json)
{
    ModelCatalog c;
    const nlohmann::json j = wire::parse(json);
    if (!j.is_object())
        return c;
    c.m_source = wire::str(j, "source");
    auto type = [](const nlohmann::json& m, const char* key) -> std::optional<TypeEntry> {
        auto it = m.find(key);
        if (it == m.end() || !it->is_object())
            return std::nullopt;
        return TypeEntry{wire::smallInteger(*it, "contextSft"), wire::smallInteger(*it, "contextDpo"),
                         wire::smallInteger(*it, "maxBatchSize"), wire::smallInteger(*it, "maxBatchSizeDpo"),
                         wire::smallInteger(*it, "minBatchSize")};
    };
    if (auto models = j.find("models"); models != j.end() && models->is_object())
        for (auto it = models->begin(); it != models->end(); ++it) {
            Entry e;
            e.name = wire::str(*it, "name");
            e.paramsB = wire::number(*it, "paramsB");
            e.lora = type(*it, "lora");
            e.full = type(*it, "full");
            e.servingMemoryGb = wire::optNumber(*it, "servingMemoryGb");
            e.inputPrice = wire::optNumber(*it, "inputPrice");
            e.outputPrice = wire::optNumber(*it, "outputPrice");
            e.sftLoraPrice = wire::optNumber(*it, "sftLoraPrice");
            e.dpoLoraPrice = wire::optNumber(*it, "dpoLoraPrice");
            e.minimumCharge = wire::number(*it, "minimumCharge");
            c.m_models.insert(QString::fromStdString(it.key()), e);
        }
    if (auto tiers = j.find("fineTunePriceTiers"); tiers != j.end() && tiers->is_array())
        for (const auto& t : *tiers)
            c.m_tiers.append({wire::str(t, "label"), wire::number(t, "upToB"), wire::number(t, "sftLora"),
                              wire::number(t, "sftFull"), wire::number(t, "dpoLora"), wire::number(t, "dpoFull")});
    if (auto hw = j.find("hardware"); hw != j.end() && hw->is_array())
        for (const auto& h : *hw)
            c.m_hardware.append({wire::str(h, "name"), wire::number(h, "dollarsPerHour"), wire::str(h, "gpuType"),
                                 wire::smallInteger(h, "gpuCount"), wire::number(h, "gpuMemoryGb")});
    return c;
}

QStringList ModelCatalog::fineTunableModels() const
{
    QStringList out;
    for (auto it = m_models.begin(); it != m_models.end(); ++it)
        if (it->lora || it->full)
            out << it.key();
    for (const QString& m : m_liveFineTunable)
        if (!out.contains(m))
            out << m;
    out.sort(Qt::CaseInsensitive);
    return out;
}

std::optional<ModelLimits> ModelCatalog::limits(const QString& model) const
{
    if (m_liveLimits.contains(model))
        return m_liveLimits.value(model);
    const auto it = m_models.find(model);
    if (it == m_models.end() || (!it->lora && !it->full))
        return std::nullopt;
    ModelLimits l;
    l.modelName = model;
    auto convert = [](const TypeEntry& t) { return TrainingTypeLimits{t.minBatch, t.maxBatch, t.maxBatchDpo, 0, {}}; };
    if (it->lora)
        l.lora = convert(*it->lora);
    if (it->full)
        l.full = convert(*it->full);
    const TypeEntry& t = it->lora ? *it->lora : *it->full;
    l.maxSeqLengthSft = t.contextSft;
    l.maxSeqLengthDpo = t.contextDpo;
    return l;
}

std::optional<ModelCatalog::TrainingPrice> ModelCatalog::trainingPrice(const QString& model, bool lora, bool dpo) const
{
    const auto it = m_models.find(model);
    if (it == m_models.end())
        return std::nullopt;
    // A model with its own rate (and minimum) in the published table: LoRA only.
    if (lora && (dpo ? it->dpoLoraPrice : it->sftLoraPrice))
        return TrainingPrice{*(dpo ? it->dpoLoraPrice : it->sftLoraPrice), it->minimumCharge,
                             QCoreApplication::translate("td::ModelCatalog", "published rate for %1").arg(it->name)};
    if (it->paramsB <= 0)
        return std::nullopt;
    for (const Tier& t : m_tiers)
        if (it->paramsB <= t.upToB)
            return TrainingPrice{
                dpo ? (lora ? t.dpoLora : t.dpoFull) : (lora ? t.sftLora : t.sftFull), 0,
                t.label.startsWith(QLatin1String("Up to "))
                    ? QCoreApplication::translate("td::ModelCatalog", "published rate for models up to %1")
                          .arg(t.label.mid(6))
                    : QCoreApplication::translate("td::ModelCatalog", "published rate for models of %1").arg(t.label)};
    return std::nullopt;
}

std::optional<std::pair<double, double>> ModelCatalog::inferencePrice(const QString& model) const
{
    if (m_liveModels.contains(model)) {
        const ModelInfo& m = m_liveModels[model];
        return std::make_pair(m.inputPrice, m.outputPrice);
    }
    const Entry e = m_models.value(model);
    if (e.inputPrice && e.outputPrice)
        return std::make_pair(*e.inputPrice, *e.outputPrice);
    return std::nullopt;
}

std::optional<double> ModelCatalog::servingMemoryGb(const QString& model) const
{
    const auto it = m_models.find(model);
    if (it == m_models.end() || !it->servingMemoryGb || *it->servingMemoryGb <= 0)
        return std::nullopt;
    return it->servingMemoryGb;
}

std::optional<ModelCatalog::HardwareRate> ModelCatalog::cheapestHardwareFor(const QString& model) const
{
    const auto need = servingMemoryGb(model);
    if (!need)
        return std::nullopt;
    std::optional<HardwareRate> best;
    for (const HardwareRate& h : m_hardware) {
        // An entry without its GPUs' memory cannot be shown to hold anything.
        if (h.gpuCount <= 0 || h.gpuMemoryGb <= 0 || h.gpuCount * h.gpuMemoryGb < *need || h.dollarsPerHour <= 0)
            continue;
        if (!best || h.dollarsPerHour < best->dollarsPerHour)
            best = h;
    }
    return best;
}

QString ModelCatalog::loraServingTarget(const QString& base) const
{
    for (auto it = m_liveModels.begin(); it != m_liveModels.end(); ++it) {
        const QString& id = it.key();
        if (!id.startsWith(base, Qt::CaseInsensitive) || !id.endsWith(QLatin1String("-Lora"), Qt::CaseInsensitive))
            continue;
        const QString middle = id.mid(base.size(), id.size() - base.size() - 5);
        if (middle.isEmpty() || middle.compare(QLatin1String("-FP8"), Qt::CaseInsensitive) == 0)
            return id;
    }
    return base + QStringLiteral("-Lora");
}

void ModelCatalog::setLiveLimits(const ModelLimits& limits)
{
    m_liveLimits.insert(limits.modelName, limits);
}

void ModelCatalog::setLiveModels(const QList<ModelInfo>& models)
{
    for (const ModelInfo& m : models)
        m_liveModels.insert(m.id, m);
}

} // namespace td
