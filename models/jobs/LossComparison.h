#pragma once

#include "api/client/TogetherClient.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace td {

// Several fine-tunes' train loss curves, read for overlaying on one chart: each job's metrics,
// or, from a server without them, the losses its events report. A job whose curve cannot be
// read says why; the others are shown all the same.
class LossComparison final : public QObject
{
    Q_OBJECT

public:
    struct Curve
    {
        QString jobId;
        QString name; // what the job is called in the list (its output name, else its id)
        QList<QPair<qint64, double>> points;
        QString error; // why it could not be read; empty when it was (or is being) read
        bool done = false;
    };

    LossComparison(TogetherClient client, QObject* parent = nullptr);

    // (job id, name) pairs, in the order they are drawn.
    void start(const QList<QPair<QString, QString>>& jobs);
    const QList<Curve>& curves() const { return m_curves; }
    bool isDone() const;
    // "3 jobs compared", or which could not be read and why.
    QString summary() const;

signals:
    void curveUpdated(int index);
    void finished();

private:
    void read(int index);
    void settle(int index, QList<QPair<qint64, double>> points, const QString& error);

    TogetherClient m_client;
    QList<Curve> m_curves;
};

} // namespace td
