#include "api/transfer/FileUpload.h"

#include "api/transfer/MultipartUpload.h"
#include "api/wire/JsonFields.h"

#include <QFileInfo>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace td {

std::optional<RemoteFile> RemoteFile::fromJson(const QByteArray& body)
{
    const auto j = wire::parse(body);
    RemoteFile f;
    f.id = wire::str(j, "id");
    if (f.id.isEmpty())
        return std::nullopt;
    f.filename = wire::str(j, "filename");
    f.purpose = wire::str(j, "purpose");
    f.fileType = wire::str(j, "FileType").isEmpty() ? wire::str(j, "type") : wire::str(j, "FileType");
    f.bytes = wire::integer(j, "bytes");
    f.createdAt = wire::integer(j, "created_at");
    f.processed = wire::boolean(j, "Processed").value_or(wire::boolean(j, "processed").value_or(false));
    for (const char* key : {"LineCount", "line_count"})
        if (const auto n = json::optInteger(j, key))
            f.lineCount = *n;
    f.processingStatus = wire::str(j, "processing_status");
    const nlohmann::json& report = json::object(j, "validation_report");
    f.valid = wire::boolean(report, "valid");
    f.validationError = wire::str(report, "error");
    f.validationErrorType = wire::str(report, "error_type");
    f.datasetFormat = wire::str(report, "dataset_format");
    return f;
}

QString FileUpload::fileTypeFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("parquet") || suffix == QLatin1String("csv"))
        return suffix;
    return {};
}

FileUpload::FileUpload(HttpTransport* transport, const Connection& connection, QString path, QString purpose,
                       QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_connection(connection)
    , m_path(std::move(path))
    , m_purpose(std::move(purpose))
{}

void FileUpload::start()
{
    if (fileTypeFor(m_path).isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Parse;
        e.message = tr("Only .jsonl, .parquet and .csv files can be uploaded: %1").arg(QFileInfo(m_path).fileName());
        fail(e);
        return;
    }
    if (!QFileInfo(m_path).isReadable()) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.message = tr("Cannot read %1").arg(m_path);
        fail(e);
        return;
    }
    if (QFileInfo(m_path).size() > m_multipartThreshold) {
        m_multipart = new MultipartUpload(m_transport, m_connection, m_path, m_purpose, this);
        m_multipart->setPartSizes(m_targetPart, m_minPart);
        const auto plan = MultipartUpload::planFor(QFileInfo(m_path).size(), m_targetPart, m_minPart);
        emit stage(tr("Uploading in %n parts", nullptr, plan.parts));
        connect(m_multipart, &MultipartUpload::progress, this, &FileUpload::progress);
        connect(m_multipart, &MultipartUpload::finished, this, [this](const UploadOutcome& o) {
            if (const auto* f = std::get_if<RemoteFile>(&o))
                m_fileId = f->id;
            emit finished(o);
        });
        m_multipart->start();
        return;
    }
    requestUploadUrl();
}

void FileUpload::abort()
{
    m_aborted = true;
    if (m_current)
        m_current->abort();
    if (m_multipart)
        m_multipart->abort();
}

void FileUpload::fail(const ApiError& error)
{
    m_current = nullptr;
    emit finished(error);
}

void FileUpload::requestUploadUrl()
{
    emit stage(tr("Asking for an upload address"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("purpose"), m_purpose);
    form.addQueryItem(QStringLiteral("file_name"), QFileInfo(m_path).fileName());
    form.addQueryItem(QStringLiteral("file_type"), fileTypeFor(m_path));
    HttpRequest r = ApiRequest::jsonRequest(m_connection, "POST", QStringLiteral("files"),
                                            form.toString(QUrl::FullyEncoded).toUtf8());
    for (auto& h : r.headers)
        if (h.first == "Content-Type")
            h.second = "application/x-www-form-urlencoded";
    r.followRedirects = false; // the 302 is the answer
    m_current = new ApiRequest(m_transport, m_connection, r, false, this);
    connect(m_current, &ApiRequest::finished, this, [this](const ApiRequest::Outcome& outcome) {
        m_current->deleteLater();
        m_current = nullptr;
        if (const auto* res = std::get_if<HttpResponse>(&outcome)) {
            if (res->status == 302 && !res->header("location").isEmpty()) {
                m_fileId = QString::fromLatin1(res->header("x-together-file-id"));
                putBytes(res->header("location"));
                return;
            }
            fail(ApiError{ApiError::Kind::Parse,
                          res->status,
                          {},
                          {},
                          {},
                          tr("The server did not answer with an upload address (HTTP %1)").arg(res->status),
                          {},
                          -1});
            return;
        }
        fail(std::get<ApiError>(outcome));
    });
    m_current->setAcceptRedirect(true);
    m_current->start();
}

void FileUpload::putBytes(const QByteArray& location)
{
    if (m_aborted)
        return fail(ApiError{ApiError::Kind::Cancelled, 0, {}, {}, {}, tr("cancelled"), {}, -1});
    emit stage(tr("Uploading"));
    HttpRequest r;
    r.method = "PUT";
    r.url = QUrl::fromEncoded(location);
    r.uploadFile = m_path;
    // The pre-signed URL carries its own authorization: no API key goes there.
    r.headers = {{"Content-Type", "application/octet-stream"}};
    r.timeoutMs = 24 * 3600 * 1000;
    r.stallTimeoutMs = m_connection.stallTimeoutMs; // a day, but not a day of silence
    Connection storage;                             // no key
    m_current = new ApiRequest(m_transport, storage, r, true, this);
    connect(m_current, &ApiRequest::uploadProgress, this, &FileUpload::progress);
    connect(m_current, &ApiRequest::finished, this, [this](const ApiRequest::Outcome& outcome) {
        m_current->deleteLater();
        m_current = nullptr;
        if (const auto* res = std::get_if<HttpResponse>(&outcome); res && res->status == 200) {
            finalize();
            return;
        }
        if (const auto* e = std::get_if<ApiError>(&outcome)) {
            ApiError error = *e;
            if (error.kind == ApiError::Kind::Http)
                error.message = tr("The upload was refused (HTTP %1): %2").arg(error.httpStatus).arg(error.message);
            fail(error);
            return;
        }
        fail(ApiError{ApiError::Kind::Parse,
                      std::get<HttpResponse>(outcome).status,
                      {},
                      {},
                      {},
                      tr("The upload ended with HTTP %1 instead of 200").arg(std::get<HttpResponse>(outcome).status),
                      {},
                      -1});
    });
    m_current->start();
}

void FileUpload::finalize()
{
    if (m_aborted)
        return fail(ApiError{ApiError::Kind::Cancelled, 0, {}, {}, {}, tr("cancelled"), {}, -1});
    emit stage(tr("Finishing"));
    HttpRequest r = ApiRequest::jsonRequest(m_connection, "POST", QStringLiteral("files/%1/preprocess").arg(m_fileId));
    m_current = new ApiRequest(m_transport, m_connection, r, true, this);
    connect(m_current, &ApiRequest::finished, this, [this](const ApiRequest::Outcome& outcome) {
        m_current->deleteLater();
        m_current = nullptr;
        if (const auto* e = std::get_if<ApiError>(&outcome))
            return fail(*e);
        const auto file = RemoteFile::fromJson(std::get<HttpResponse>(outcome).body);
        if (!file)
            return fail(ApiError{
                ApiError::Kind::Parse, 200, {}, {}, {}, tr("The file's description could not be read"), {}, -1});
        emit finished(*file);
    });
    m_current->start();
}

} // namespace td
