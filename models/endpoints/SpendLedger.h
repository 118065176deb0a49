#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace td {

// What dedicated endpoints have cost as this app saw them, for v1 endpoints and v2
// deployments alike. Each observation adds what the replicas seen last time cost since then,
// at last time's price, so a stop keeps what was spent. With a file, the ledger survives a
// restart of the app and a new connection: "spent so far" is still there tomorrow. Time the
// app was closed counts only when the endpoint was billing both before and after (Together
// bills it if it ran; the ledger cannot know about a stop and start in between).
class SpendLedger
{
public:
    // Without a path the ledger lives in memory (the CLI, tests).
    explicit SpendLedger(QString path = {});
    ~SpendLedger();
    SpendLedger(const SpendLedger&) = delete;
    SpendLedger& operator=(const SpendLedger&) = delete;

    // Where the app keeps it: endpoint-spend.json in the app's data folder.
    static QString defaultPath();
    // Keys name what is billed: "v1/<endpoint id>", "v2/<deployment id>".
    static QString v1Key(const QString& endpointId) { return QStringLiteral("v1/") + endpointId; }
    static QString v2Key(const QString& deploymentId) { return QStringLiteral("v2/") + deploymentId; }

    // Records that `billedReplicas` replicas at `dollarsPerReplicaHour` are billed from `now`,
    // after adding what the last observation's replicas cost until `now` (nothing when the clock
    // went back). Returns what the key has cost so far. Saves at most every 30 s of `now`.
    double observe(const QString& key, const QDateTime& now, int billedReplicas, double dollarsPerReplicaHour);
    double spent(const QString& key) const;
    // Writes the file now if anything changed (atomically; false when it cannot be written).
    bool save();
    const QString& path() const { return m_path; }

    // Entries unseen this long before the newest observation are dropped when the file is read.
    static constexpr qint64 kForgetAfterDays = 180;

private:
    struct Entry
    {
        QDateTime at;
        int replicas = 0;
        double price = 0;
        double spent = 0;
    };
    void load();

    QString m_path;
    QHash<QString, Entry> m_entries;
    bool m_dirty = false;
    QDateTime m_savedAt;
};

} // namespace td
