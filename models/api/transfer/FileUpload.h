#pragma once

#include "api/http/ApiRequest.h"

#include <QObject>
#include <QString>

#include <optional>
#include <variant>

namespace td {

struct RemoteFile;
using UploadOutcome = std::variant<RemoteFile, ApiError>;

// A file on the platform (FileResponse), with the wire's capitalised keys read.
struct RemoteFile
{
    QString id;
    QString filename;
    QString purpose;
    QString fileType;
    qint64 bytes = 0;
    qint64 createdAt = 0;
    bool processed = false;
    std::optional<qint64> lineCount;
    QString processingStatus;    // PENDING, QUEUED, RUNNING, COMPLETED, FAILED, INVALID_FORMAT, or new ones
    std::optional<bool> valid;   // validation_report.valid
    QString validationError;     // validation_report.error, e.g. "Line 7: `messages[1]` must contain a `role` field"
    QString validationErrorType; // validation_report.error_type (INVALID_FORMAT)
    QString datasetFormat;

    static std::optional<RemoteFile> fromJson(const QByteArray& json);
};

// Uploads a file the way Together's own clients do (contract 2.2): ask for an upload URL
// (POST files, redirects off, expect 302), PUT the bytes to that pre-signed URL without the
// API key, streamed from disk, then finalize (POST files/{id}/preprocess).
class FileUpload : public QObject
{
    Q_OBJECT

public:
    FileUpload(HttpTransport* transport, const Connection& connection, QString path,
               QString purpose = QStringLiteral("fine-tune"), QObject* parent = nullptr);

    void start();
    void abort();
    QString fileId() const { return m_fileId; }
    // Files above this size (5 GiB, as the SDKs do) go up in parts (MultipartUpload).
    void setMultipartThreshold(qint64 bytes, qint64 targetPart = 250LL << 20, qint64 minPart = 5LL << 20)
    {
        m_multipartThreshold = bytes;
        m_targetPart = targetPart;
        m_minPart = minPart;
    }

    // "jsonl", "parquet" or "csv" from the name, as the clients derive it; empty if unknown.
    static QString fileTypeFor(const QString& path);

signals:
    void stage(const QString& description);
    void progress(qint64 sent, qint64 total);
    void finished(const td::UploadOutcome& outcome);

private:
    void requestUploadUrl();
    void putBytes(const QByteArray& location);
    void finalize();
    void fail(const ApiError& error);

    HttpTransport* m_transport;
    Connection m_connection;
    QString m_path;
    QString m_purpose;
    QString m_fileId;
    ApiRequest* m_current = nullptr;
    class MultipartUpload* m_multipart = nullptr;
    qint64 m_multipartThreshold = 5LL << 30;
    qint64 m_targetPart = 250LL << 20;
    qint64 m_minPart = 5LL << 20;
    bool m_aborted = false;
};

} // namespace td

Q_DECLARE_METATYPE(td::RemoteFile)
Q_DECLARE_METATYPE(td::UploadOutcome)
