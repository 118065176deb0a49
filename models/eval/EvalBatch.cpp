#include "eval/EvalBatch.h"

#include "api/wire/ChatAnswer.h"
#include "api/wire/JsonFields.h"
#include "eval/EvalJournal.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace td {

EvalBatch::EvalBatch(HttpTransport* transport, Connection connection, EvalStore store, QString id, int model,
                     QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_connection(std::move(connection))
    , m_store(std::move(store))
    , m_id(std::move(id))
    , m_model(model)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &EvalBatch::poll);
}

EvalBatch::~EvalBatch()
{
    cancel();
}

void EvalBatch::cancel()
{
    m_pollTimer.stop();
    if (m_upload)
        m_upload->abort();
    if (m_request)
        m_request->abort();
}

QString EvalBatch::statePath() const
{
    return m_store.folder(m_id) + QStringLiteral("/batch-%1.json").arg(m_model);
}

QByteArray EvalBatch::inputFile(const EvalRunData& data, int model, int* rows)
{
    const EvalDefinition& d = data.definition;
    QByteArray out;
    int n = 0;
    for (const EvalRow& row : data.rows) {
        const EvalResult* done = data.result(row.row, model);
        if (!row.askable() || (done && done->ok))
            continue;
        nlohmann::ordered_json body;
        body["model"] = d.models.value(model).model.toStdString();
        body["messages"] = row.requestMessages();
        d.parameters.writeTo(body);
        const nlohmann::ordered_json line = {{"custom_id", "row-" + std::to_string(row.row)}, {"body", body}};
        out += QByteArray::fromStdString(line.dump()) + '\n';
        ++n;
    }
    if (rows)
        *rows = n;
    return out;
}

void EvalBatch::fail(const QString& message)
{
    m_pollTimer.stop();
    emit failed(message);
}

void EvalBatch::start()
{
    // A batch submitted before a restart is polled, not submitted again.
    QFile state(statePath());
    if (state.open(QIODevice::ReadOnly)) {
        m_batchId = json::string(json::parse(state.readAll()), "batch_id");
        if (!m_batchId.isEmpty()) {
            poll();
            return;
        }
    }
    auto data = m_store.open(m_id);
    if (!data) {
        fail(data.error().message);
        return;
    }
    int rows = 0;
    const QByteArray input = inputFile(*data, m_model, &rows);
    if (rows == 0) {
        emit finished(0, 0);
        return;
    }
    const QString path = m_store.folder(m_id) + QStringLiteral("/batch-%1-input.jsonl").arg(m_model);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(input) != input.size()) {
        fail(tr("%1 cannot be written: %2").arg(path, f.errorString()));
        return;
    }
    f.close();
    emit stage(tr("Uploading %1 requests for the Batch API").arg(rows));
    m_upload = new FileUpload(m_transport, m_connection, path, QStringLiteral("batch-api"), this);
    connect(m_upload, &FileUpload::finished, this, [this](const UploadOutcome& o) {
        m_upload->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            fail(tr("The batch file could not be uploaded: %1").arg(e->explanation()));
            return;
        }
        submit(std::get<RemoteFile>(o).id);
    });
    m_upload->start();
}

void EvalBatch::submit(const QString& fileId)
{
    const nlohmann::ordered_json body = {{"input_file_id", fileId.toStdString()}, {"endpoint", "/v1/chat/completions"}};
    // A call with side effects: retried on 429 only (ApiRequest), never submitted twice.
    m_request = new ApiRequest(m_transport, m_connection,
                               ApiRequest::jsonRequest(m_connection, "POST", QStringLiteral("batches"),
                                                       QByteArray::fromStdString(body.dump())),
                               false, this);
    connect(m_request, &ApiRequest::finished, this, [this](const ApiRequest::Outcome& o) {
        m_request->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            fail(tr("Together did not start the batch: %1").arg(e->explanation()));
            return;
        }
        const nlohmann::json j = wire::parse(std::get<HttpResponse>(o).body);
        m_batchId = wire::str(json::object(j, "job"), "id");
        if (m_batchId.isEmpty())
            m_batchId = wire::str(j, "id");
        if (m_batchId.isEmpty()) {
            fail(tr("Together's answer named no batch."));
            return;
        }
        QSaveFile state(statePath());
        const QByteArray bytes =
            QByteArray::fromStdString(nlohmann::json{{"batch_id", m_batchId.toStdString()}}.dump());
        if (!state.open(QIODevice::WriteOnly) || state.write(bytes) != bytes.size() || !state.commit()) {
            fail(tr("%1 cannot be written: %2").arg(statePath(), state.errorString()));
            return;
        }
        poll();
    });
    m_request->start();
}

void EvalBatch::poll()
{
    m_request = new ApiRequest(
        m_transport, m_connection,
        ApiRequest::jsonRequest(m_connection, "GET", QStringLiteral("batches/%1").arg(m_batchId)), true, this);
    connect(m_request, &ApiRequest::finished, this, [this](const ApiRequest::Outcome& o) {
        m_request->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            fail(tr("The batch's status could not be read: %1").arg(e->explanation()));
            return;
        }
        const nlohmann::json j = wire::parse(std::get<HttpResponse>(o).body);
        const QString status = wire::str(j, "status");
        emit stage(tr("Batch %1: %2 (%3 %)").arg(m_batchId, status).arg(wire::number(j, "progress"), 0, 'f', 0));
        if (status == QLatin1String("COMPLETED")) {
            m_errorFileId = wire::str(j, "error_file_id");
            const QString output = wire::str(j, "output_file_id");
            emit stage(tr("Batch %1: reading its answers…").arg(m_batchId));
            if (!output.isEmpty())
                download(output, false);
            else if (!m_errorFileId.isEmpty())
                download(m_errorFileId, true);
            else
                fail(tr("The batch finished without an output file."));
        } else if (status == QLatin1String("FAILED") || status == QLatin1String("EXPIRED") ||
                   status == QLatin1String("CANCELLED")) {
            QFile::remove(statePath()); // a new batch may be submitted for what is missing
            fail(tr("The batch ended %1: %2").arg(status, wire::str(j, "error")));
        } else {
            m_pollTimer.start(m_pollMs);
        }
    });
    m_request->start();
}

void EvalBatch::download(const QString& fileId, bool errors)
{
    m_request = new ApiRequest(
        m_transport, m_connection,
        ApiRequest::jsonRequest(m_connection, "GET", QStringLiteral("files/%1/content").arg(fileId)), true, this);
    connect(m_request, &ApiRequest::finished, this, [this, errors](const ApiRequest::Outcome& o) {
        m_request->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            fail(tr("The batch's results could not be read: %1").arg(e->explanation()));
            return;
        }
        journal(std::get<HttpResponse>(o).body, errors);
        if (!errors && !m_errorFileId.isEmpty()) {
            download(m_errorFileId, true);
            return;
        }
        QFile::remove(statePath()); // done: its answers are in the journal
        emit finished(m_answered, m_failed);
    });
    m_request->start();
}

void EvalBatch::journal(const QByteArray& lines, bool errors)
{
    auto data = m_store.open(m_id);
    EvalJournal journal;
    if (auto j = journal.open(m_store.resultsPath(m_id)); !j) {
        fail(j.error().message);
        return;
    }
    const QString modelName = data ? data->definition.models.value(m_model).model : QString();
    for (const QByteArray& line : lines.split('\n')) {
        const nlohmann::json item = wire::parse(line);
        const QString customId = wire::str(item, "custom_id");
        if (!customId.startsWith(QLatin1String("row-")))
            continue;
        EvalResult r;
        r.row = customId.mid(4).toLongLong();
        r.model = m_model;
        r.attempts = 1;
        // An answer already journaled (an output read twice after a restart) is not added again.
        if (data) {
            const EvalResult* done = data->result(r.row, m_model);
            if (done && done->ok)
                continue;
        }
        const auto& response = json::object(item, "response");
        const auto answer = errors ? std::nullopt : ChatAnswer::fromJson(json::object(response, "body"));
        if (answer) {
            r.ok = true;
            r.answer = answer->content;
            r.finishReason = answer->finishReason;
            r.promptTokens = answer->promptTokens;
            r.completionTokens = answer->completionTokens;
            ++m_answered;
        } else {
            r.error = wire::str(json::object(item, "error"), "message");
            if (r.error.isEmpty())
                r.error = tr("The batch gave no answer for this row (status %1).")
                              .arg(wire::integer(response, "status_code"));
            ++m_failed;
        }
        if (auto w = journal.append(r.toJson(modelName)); !w) {
            fail(w.error().message);
            return;
        }
    }
    journal.sync();
}

} // namespace td
