#include "api/transfer/MultipartUpload.h"

#include "api/wire/JsonFields.h"

#include <QFileInfo>

#include <cmath>

namespace td {

namespace {
constexpr int kParallel = 4;
} // namespace

MultipartUpload::Plan MultipartUpload::planFor(qint64 size, qint64 target, qint64 minPartSize)
{
    if (size <= target)
        return {1, size};
    Plan p;
    p.parts = int(std::min<qint64>(250, (size + target - 1) / target));
    p.partSize = (size + p.parts - 1) / p.parts;
    if (p.partSize < minPartSize) {
        p.partSize = minPartSize;
        p.parts = int((size + p.partSize - 1) / p.partSize);
    }
    return p;
}

MultipartUpload::MultipartUpload(HttpTransport* transport, const Connection& connection, QString path, QString purpose,
                                 QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_connection(connection)
    , m_path(std::move(path))
    , m_purpose(std::move(purpose))
{}

void MultipartUpload::start()
{
    m_size = QFileInfo(m_path).size();
    initiate();
}

void MultipartUpload::abort()
{
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.message = tr("cancelled");
    fail(e);
}

void MultipartUpload::initiate()
{
    const Plan plan = planFor(m_size, m_targetPart, m_minPart);
    const nlohmann::ordered_json body = {{"file_name", QFileInfo(m_path).fileName().toStdString()},
                                         {"file_size", m_size},
                                         {"num_parts", plan.parts},
                                         {"purpose", m_purpose.toStdString()},
                                         {"file_type", FileUpload::fileTypeFor(m_path).toStdString()}};
    HttpRequest r = ApiRequest::jsonRequest(m_connection, "POST", QStringLiteral("files/multipart/initiate"),
                                            QByteArray::fromStdString(body.dump()));
    m_current = new ApiRequest(m_transport, m_connection, r, false, this);
    connect(m_current, &ApiRequest::finished, this, [this, plan](const ApiRequest::Outcome& o) {
        m_current->deleteLater();
        m_current = nullptr;
        if (const auto* e = std::get_if<ApiError>(&o))
            return fail(*e);
        const nlohmann::json j = wire::parse(std::get<HttpResponse>(o).body);
        m_uploadId = wire::str(j, "upload_id");
        m_fileId = wire::str(j, "file_id");
        for (const auto& p : json::array(j, "parts")) {
            Part part;
            part.number = wire::smallInteger(p, "PartNumber", wire::smallInteger(p, "part_number"));
            // A part outside the plan would read outside the file: the count check below fails.
            if (part.number < 1 || part.number > plan.parts)
                continue;
            QString url = wire::str(p, "URL");
            part.url = QUrl(url.isEmpty() ? wire::str(p, "UploadURL") : url);
            const nlohmann::json& headers = json::object(p, "Headers");
            for (auto it = headers.begin(); it != headers.end(); ++it)
                if (const auto value = json::asString(*it))
                    part.headers.append({QByteArray::fromStdString(it.key()), value->toUtf8()});
            part.offset = qint64(part.number - 1) * plan.partSize;
            part.length = std::min(plan.partSize, m_size - part.offset);
            m_parts.append(part);
        }
        if (m_uploadId.isEmpty() || m_fileId.isEmpty() || m_parts.size() != plan.parts) {
            ApiError e;
            e.kind = ApiError::Kind::Parse;
            e.message = tr("The server did not describe the %1 upload parts it was asked for").arg(plan.parts);
            return fail(e);
        }
        startParts();
    });
    m_current->start();
}

void MultipartUpload::startParts()
{
    while (!m_failed && m_running < kParallel && m_next < m_parts.size()) {
        Part& part = m_parts[m_next++];
        HttpRequest r;
        r.method = "PUT";
        r.url = part.url;
        r.uploadFile = m_path;
        r.uploadOffset = part.offset;
        r.uploadLength = part.length;
        r.headers = part.headers; // the signed URL's own headers, never the API key
        r.timeoutMs = 300 * 1000;
        r.stallTimeoutMs = m_connection.stallTimeoutMs;
        const int index = m_next - 1;
        part.request = new ApiRequest(m_transport, Connection(), r, true, this);
        ++m_running;
        connect(part.request, &ApiRequest::uploadProgress, this, [this, index](qint64 sent, qint64) {
            m_parts[index].sent = sent;
            reportProgress();
        });
        connect(part.request, &ApiRequest::finished, this, [this, index](const ApiRequest::Outcome& o) {
            Part& p = m_parts[index];
            p.request->deleteLater();
            p.request = nullptr;
            --m_running;
            if (m_failed)
                return;
            if (const auto* e = std::get_if<ApiError>(&o))
                return fail(*e);
            p.etag = std::get<HttpResponse>(o).header("etag");
            p.etag.replace('"', QByteArray());
            if (p.etag.isEmpty()) {
                ApiError e;
                e.kind = ApiError::Kind::Parse;
                e.message = tr("No ETag returned for part %1").arg(p.number);
                return fail(e);
            }
            p.sent = p.length;
            reportProgress();
            if (m_next < m_parts.size())
                startParts();
            else if (m_running == 0)
                complete();
        });
        part.request->start();
    }
}

void MultipartUpload::reportProgress()
{
    qint64 sent = 0;
    for (const Part& p : m_parts)
        sent += p.sent;
    emit progress(sent, m_size);
}

void MultipartUpload::complete()
{
    nlohmann::ordered_json parts = nlohmann::ordered_json::array();
    for (const Part& p : m_parts)
        parts.push_back({{"part_number", p.number}, {"etag", p.etag.toStdString()}});
    const nlohmann::ordered_json body = {
        {"upload_id", m_uploadId.toStdString()}, {"file_id", m_fileId.toStdString()}, {"parts", parts}};
    HttpRequest r = ApiRequest::jsonRequest(m_connection, "POST", QStringLiteral("files/multipart/complete"),
                                            QByteArray::fromStdString(body.dump()));
    m_current = new ApiRequest(m_transport, m_connection, r, false, this);
    connect(m_current, &ApiRequest::finished, this, [this](const ApiRequest::Outcome& o) {
        m_current->deleteLater();
        m_current = nullptr;
        if (const auto* e = std::get_if<ApiError>(&o))
            return fail(*e);
        // Either {"file": FileResponse} or the bare FileResponse.
        const nlohmann::json j = wire::parse(std::get<HttpResponse>(o).body);
        const nlohmann::json* file = json::find(j, "file");
        const nlohmann::json& f = file ? *file : j;
        if (auto file = RemoteFile::fromJson(QByteArray::fromStdString(f.dump()))) {
            emit finished(*file);
            return;
        }
        ApiError e;
        e.kind = ApiError::Kind::Parse;
        e.message = tr("The file's description could not be read");
        fail(e);
    });
    m_current->start();
}

void MultipartUpload::fail(ApiError error)
{
    if (m_failed)
        return;
    m_failed = true;
    for (Part& p : m_parts)
        if (p.request)
            p.request->abort();
    if (m_current)
        m_current->abort();
    if (!m_uploadId.isEmpty()) {
        // Tell the server to drop the parts it has; the outcome does not change ours.
        const nlohmann::ordered_json body = {{"upload_id", m_uploadId.toStdString()},
                                             {"file_id", m_fileId.toStdString()}};
        HttpRequest r = ApiRequest::jsonRequest(m_connection, "POST", QStringLiteral("files/multipart/abort"),
                                                QByteArray::fromStdString(body.dump()));
        auto* abortRequest = new ApiRequest(m_transport, m_connection, r, true, this);
        connect(abortRequest, &ApiRequest::finished, abortRequest, &QObject::deleteLater);
        abortRequest->start();
    }
    emit finished(error);
}

} // namespace td
