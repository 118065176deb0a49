#pragma once

#include "api/client/TogetherClient.h"

#include <QSet>

#include <QHash>
#include <QObject>

namespace td {

// What can be chatted with over one connection, grouped the way the picker shows it: the
// user's fine-tunes (output names, LoRA or full), dedicated endpoints (by the name chats use;
// v2 endpoints by their qualified name, served on the inference host),
// and the server's chat models. An OpenAI-compatible server has only models; the calls it
// does not know are skipped quietly. Kept per connection profile until refreshed.
class ModelDirectory : public QObject
{
    Q_OBJECT

public:
    enum class Kind { FineTuneLora, FineTuneFull, Endpoint, DmiEndpoint, Model };
    struct Entry
    {
        QString id; // what goes into "model"
        Kind kind = Kind::Model;
        QString detail; // base model, endpoint state, ...
    };

    using QObject::QObject;

    // Loads (or reloads) the entries of `profileId` over `client`; loaded() tells when all
    // three lists have answered. `together`: also ask for fine-tunes and endpoints.
    void load(const QString& profileId, TogetherClient client, bool together);
    QList<Entry> entries(const QString& profileId) const { return m_entries.value(profileId); }
    bool has(const QString& profileId) const { return m_entries.contains(profileId); }
    QString error(const QString& profileId) const { return m_errors.value(profileId); }
    // The models a Together connection listed, with their live prices (for an estimate); an
    // OpenAI-compatible server's list has no prices and is not kept here.
    QList<ModelInfo> pricedModels(const QString& profileId) const { return m_priced.value(profileId); }
    // The connection a chat with `model` uses: a dedicated endpoint v2 (or one of its
    // deployments) is served on the inference host (DmiUrls), everything else on `base`.
    Connection connectionFor(const QString& profileId, const QString& model, const Connection& base) const;

signals:
    void loaded(const QString& profileId);

private:
    struct Pending
    {
        int waiting = 0;
        QList<Entry> fineTunes, endpoints, dmiEndpoints, models;
        QList<ModelInfo> priced;
        QString error;
    };
    void finish(const QString& profileId, quint64 generation);

    QHash<QString, QList<Entry>> m_entries;
    QHash<QString, QString> m_errors;
    QHash<QString, QList<ModelInfo>> m_priced;
    QHash<QString, QSet<QString>> m_dmiNames; // v2 endpoint and deployment names, per profile
    QHash<QString, Pending> m_pending;
    QHash<QString, quint64> m_generation;
};

} // namespace td
