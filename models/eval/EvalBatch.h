#pragma once

#include "api/transfer/FileUpload.h"
#include "eval/EvalStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace td {

// The cheaper path for a batch-eligible model: its missing answers of a run go to Together's
// Batch API instead of one request each. The requests become a `batch-api` file of
// {custom_id, body} lines, POST /batches starts the job, GET /batches/{id} is polled until it
// ends, and the output (and error) file's lines are journaled like direct answers (failures
// included). The batch's id is kept in the run's folder (batch-M.json), so after a restart the
// job is polled again rather than submitted twice.
class EvalBatch final : public QObject
{
    Q_OBJECT

public:
    EvalBatch(HttpTransport* transport, Connection connection, EvalStore store, QString id, int model,
              QObject* parent = nullptr);
    ~EvalBatch() override;
    void setPollInterval(int ms) { m_pollMs = ms; }

    void start();
    void cancel();
    QString batchId() const { return m_batchId; }

    // The input file: one line per askable row the model has no answer for; `rows` counts them.
    static QByteArray inputFile(const EvalRunData& data, int model, int* rows = nullptr);

signals:
    void stage(const QString& what);
    void finished(int answered, int failed);
    void failed(const QString& message);

private:
    QString statePath() const;
    void submit(const QString& fileId);
    void poll();
    void download(const QString& fileId, bool errors);
    void journal(const QByteArray& lines, bool errors);
    void fail(const QString& message);

    HttpTransport* m_transport;
    Connection m_connection;
    EvalStore m_store;
    QString m_id;
    int m_model;
    QString m_batchId;
    QString m_errorFileId;
    int m_pollMs = 5000;
    int m_answered = 0, m_failed = 0;
    QPointer<FileUpload> m_upload;
    QPointer<ApiRequest> m_request;
    QTimer m_pollTimer;
};

} // namespace td
