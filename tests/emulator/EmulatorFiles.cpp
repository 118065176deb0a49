#include "EmulatorJson.h"
#include "EmulatorServer.h"

#include "ServerValidation.h"

#include <QCryptographicHash>
#include <QUrlQuery>
#include <QUuid>

namespace td::emu {

namespace {

// The upload-URL request's fields come as a query string, a form, JSON or multipart form data
// depending on the client (contract 2.2): accept them all.
QHash<QString, QString> uploadFields(const HttpRequestIn& r)
{
    QHash<QString, QString> f;
    auto addQuery = [&f](const QByteArray& q) {
        const QUrlQuery query(QString::fromUtf8(q));
        for (const auto& [k, v] : query.queryItems(QUrl::FullyDecoded))
            f.insert(k, v);
    };
    addQuery(r.query);
    const QByteArray type = r.headers.value("content-type");
    if (type.startsWith("application/x-www-form-urlencoded")) {
        addQuery(QByteArray(r.body).replace('+', ' '));
    } else if (type.startsWith("application/json")) {
        const auto j = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
        if (j.is_object())
            for (auto it = j.begin(); it != j.end(); ++it)
                if (it->is_string())
                    f.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
    } else if (type.startsWith("multipart/form-data")) {
        const qsizetype b = type.indexOf("boundary=");
        const QByteArray boundary = "--" + type.mid(b + 9).replace('"', QByteArray());
        qsizetype pos = 0;
        while ((pos = r.body.indexOf("name=\"", pos)) >= 0) {
            const qsizetype nameEnd = r.body.indexOf('"', pos + 6);
            const QByteArray name = r.body.mid(pos + 6, nameEnd - pos - 6);
            const qsizetype valueStart = r.body.indexOf("\r\n\r\n", nameEnd) + 4;
            const qsizetype valueEnd = r.body.indexOf(QByteArray("\r\n" + boundary), valueStart);
            if (valueStart < 4 || valueEnd < 0)
                break;
            f.insert(QString::fromUtf8(name), QString::fromUtf8(r.body.mid(valueStart, valueEnd - valueStart)));
            pos = valueEnd;
        }
    }
    return f;
}

} // namespace

void EmulatorServer::createFile(const HttpRequestIn& r, HttpConnection* c)
{
    const auto f = uploadFields(r);
    const QString purpose = f.value(QStringLiteral("purpose"));
    const QString name = f.value(QStringLiteral("file_name"));
    const QString type = f.value(QStringLiteral("file_type"), QStringLiteral("jsonl"));
    if (purpose.isEmpty() || name.isEmpty()) {
        error(c, 400, QStringLiteral("purpose and file_name are required"), "invalid_request_error");
        return;
    }
    StoredFile file;
    file.id = "file-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    file.filename = name;
    file.purpose = purpose;
    file.type = type;
    file.createdAt = QDateTime::currentSecsSinceEpoch();
    m_files.insert(file.id, file);
    m_fileOrder.append(file.id);
    // "localhost" rather than 127.0.0.1: to the client the storage is another host.
    const QByteArray location =
        "http://localhost:" + QByteArray::number(serverPort()) + "/storage/" + file.id + "?X-Amz-Signature=emulator";
    c->respond(302, {}, "text/plain", {{"Location", location}, {"X-Together-File-Id", file.id}});
}

void EmulatorServer::storeFile(const HttpRequestIn& r, HttpConnection* c, Fault fault)
{
    const QByteArray id = r.path.mid(int(qstrlen("/storage/")));
    if (r.method != "PUT" || !m_files.contains(id)) {
        c->respond(404, "<Error><Code>NoSuchUpload</Code></Error>", "application/xml");
        return;
    }
    if (r.headers.contains("authorization")) {
        c->respond(400,
                   "<Error><Code>InvalidArgument</Code><Message>An Authorization header must not be sent to a "
                   "pre-signed URL</Message></Error>",
                   "application/xml");
        return;
    }
    if (fault == Fault::DropUpload) {
        c->drop();
        return;
    }
    StoredFile& file = m_files[id];
    file.content = r.body;
    file.uploaded = true;
    c->respond(200, {}, "text/plain",
               {{"ETag", "\"" + QCryptographicHash::hash(r.body, QCryptographicHash::Md5).toHex() + "\""}});
}

nlohmann::json EmulatorServer::fileResponse(const QByteArray& id) const
{
    const StoredFile& f = m_files[id];
    const qint64 lines = f.content.count('\n') + (f.content.isEmpty() || f.content.endsWith('\n') ? 0 : 1);
    nlohmann::json j = {{"id", f.id.toStdString()},
                        {"object", "file"},
                        {"created_at", f.createdAt},
                        {"filename", f.filename.toStdString()},
                        {"bytes", f.content.size()},
                        {"purpose", f.purpose.toStdString()},
                        {"FileType", f.type.toStdString()},
                        {"Processed", f.uploaded},
                        {"LineCount", lines}};
    if (f.purpose == QLatin1String("fine-tune") && f.uploaded) {
        j["processing_status"] = processingStatus(f);
        if (const nlohmann::json v = validationReport(f); !v.is_null())
            j["validation_report"] = v;
    }
    return j;
}

std::string EmulatorServer::processingStatus(const StoredFile& f) const
{
    if (!validated(f))
        return f.answers <= 1 ? "PENDING" : "RUNNING";
    return serverValidationError(f.content) ? "INVALID_FORMAT" : "COMPLETED";
}

nlohmann::json EmulatorServer::validationReport(const StoredFile& f) const
{
    // Present once validation has run (files.d.ts).
    if (!validated(f))
        return nullptr;
    const qint64 lines = f.content.count('\n') + (f.content.isEmpty() || f.content.endsWith('\n') ? 0 : 1);
    nlohmann::json v = {{"nlines", lines}, {"file_id", f.id.toStdString()}};
    if (const auto error = serverValidationError(f.content)) {
        v["valid"] = false;
        v["error_type"] = "INVALID_FORMAT";
        v["error"] = *error;
    } else {
        v["valid"] = true;
        v["dataset_format"] = serverDatasetFormat(f.content);
        v["dataset_has_message_weights"] = f.content.contains("\"weight\"");
    }
    return v;
}

void EmulatorServer::files(const HttpRequestIn& r, HttpConnection* c, Fault fault)
{
    const QList<QByteArray> parts = r.path.mid(1).split('/'); // v1, files, id, action
    if (parts.size() == 2 && r.method == "GET") {
        nlohmann::json data = nlohmann::json::array();
        for (const QByteArray& id : m_fileOrder)
            data.push_back(fileResponse(id));
        c->respond(200, dumpJson({{"object", "list"}, {"data", data}}));
        return;
    }
    const QByteArray id = parts.value(2);
    if (!m_files.contains(id)) {
        error(c, 404, QStringLiteral("File %1 not found").arg(QString::fromLatin1(id)), "invalid_request_error",
              "file_not_found");
        return;
    }
    const QByteArray action = parts.value(3);
    if ((action.isEmpty() && r.method == "GET") || (action == "preprocess" && r.method == "POST")) {
        // Each answer about an uploaded file moves its validation on by one step.
        StoredFile& f = m_files[id];
        if (f.uploaded)
            ++f.answers;
        c->respond(200, dumpJson(fileResponse(id)));
    } else if (action == "content" && r.method == "GET") {
        const QByteArray& content = m_files[id].content;
        c->respondRanged(r, content, "text/plain", {}, fault == Fault::CutDownload ? content.size() / 2 : -1);
    } else if (action.isEmpty() && r.method == "DELETE") {
        m_files.remove(id);
        m_fileOrder.removeAll(id);
        c->respond(200, dumpJson({{"id", id.toStdString()}, {"object", "file"}, {"deleted", true}}));
    } else {
        error(c, 404, QStringLiteral("Unknown request URL"), "invalid_request_error", "unknown_url");
    }
}

void EmulatorServer::multipart(const HttpRequestIn& r, HttpConnection* c)
{
    const QByteArray action = r.path.mid(int(qstrlen("/v1/files/multipart/")));
    const auto q = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
    if (!q.is_object()) {
        error(c, 400, QStringLiteral("The request body must be a JSON object"), "invalid_request_error");
        return;
    }
    if (action == "initiate") {
        MultipartRecord m;
        m.fileId = "file-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m.filename = QString::fromStdString(q.value("file_name", std::string()));
        m.purpose = QString::fromStdString(q.value("purpose", std::string("fine-tune")));
        m.type = QString::fromStdString(q.value("file_type", std::string("jsonl")));
        m.size = q.value("file_size", qint64(0));
        m.parts = q.value("num_parts", 0);
        if (m.filename.isEmpty() || m.parts < 1 || m.parts > 250 || m.size < 1) {
            error(c, 400, QStringLiteral("file_name, file_size and num_parts (1 to 250) are required"),
                  "invalid_request_error");
            return;
        }
        const QByteArray uploadId = "upload-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        nlohmann::json parts = nlohmann::json::array();
        for (int i = 1; i <= m.parts; ++i)
            parts.push_back(
                {{"PartNumber", i},
                 {"URL", "http://localhost:" + std::to_string(serverPort()) + "/storage/multipart/" +
                             uploadId.toStdString() + "/" + std::to_string(i) + "?X-Amz-Signature=emulator"},
                 {"Headers", {{"Content-Type", "application/octet-stream"}}}});
        m_multipart.insert(uploadId, m);
        c->respond(
            200,
            dumpJson({{"upload_id", uploadId.toStdString()}, {"file_id", m.fileId.toStdString()}, {"parts", parts}}));
        return;
    }
    const QByteArray uploadId = QByteArray::fromStdString(q.value("upload_id", std::string()));
    if (!m_multipart.contains(uploadId)) {
        error(c, 404, QStringLiteral("Upload %1 not found").arg(QString::fromLatin1(uploadId)), "invalid_request_error",
              "not_found");
        return;
    }
    if (action == "abort") {
        m_multipart.remove(uploadId);
        c->respond(200, dumpJson({{"upload_id", uploadId.toStdString()}, {"aborted", true}}));
        return;
    }
    if (action != "complete") {
        error(c, 404, QStringLiteral("Unknown request URL"), "invalid_request_error", "unknown_url");
        return;
    }
    const MultipartRecord m = m_multipart.value(uploadId);
    const auto parts = q.value("parts", nlohmann::json::array());
    if (!parts.is_array() || int(parts.size()) != m.parts) {
        error(c, 400, QStringLiteral("All %1 parts must be listed").arg(m.parts), "invalid_request_error");
        return;
    }
    QByteArray content;
    for (int i = 0; i < m.parts; ++i) {
        const auto& p = parts[std::size_t(i)];
        const int number = p.value("part_number", 0);
        const QByteArray etag = QByteArray::fromStdString(p.value("etag", std::string()));
        if (number != i + 1 || !m.data.contains(number) ||
            QCryptographicHash::hash(m.data[number], QCryptographicHash::Md5).toHex() != etag) {
            error(c, 400, QStringLiteral("Part %1 is missing or its ETag does not match").arg(i + 1),
                  "invalid_request_error");
            return;
        }
        content += m.data[number];
    }
    if (content.size() != m.size) {
        error(c, 400, QStringLiteral("The parts add up to %1 bytes, not %2").arg(content.size()).arg(m.size),
              "invalid_request_error");
        return;
    }
    StoredFile file;
    file.id = m.fileId;
    file.filename = m.filename;
    file.purpose = m.purpose;
    file.type = m.type;
    file.createdAt = QDateTime::currentSecsSinceEpoch();
    file.content = content;
    file.uploaded = true;
    m_files.insert(file.id, file);
    m_fileOrder.append(file.id);
    m_multipart.remove(uploadId);
    c->respond(200, dumpJson({{"file", fileResponse(file.id)}}));
}

void EmulatorServer::storePart(const HttpRequestIn& r, HttpConnection* c, Fault fault)
{
    const QList<QByteArray> parts = r.path.mid(int(qstrlen("/storage/multipart/"))).split('/');
    const QByteArray uploadId = parts.value(0);
    const int number = parts.value(1).toInt();
    if (r.method != "PUT" || !m_multipart.contains(uploadId) || number < 1 || number > m_multipart[uploadId].parts) {
        c->respond(404, "<Error><Code>NoSuchUpload</Code></Error>", "application/xml");
        return;
    }
    if (r.headers.contains("authorization")) {
        c->respond(400, "<Error><Code>InvalidArgument</Code></Error>", "application/xml");
        return;
    }
    if (fault == Fault::DropUpload) {
        c->drop();
        return;
    }
    m_multipart[uploadId].data.insert(number, r.body);
    c->respond(200, {}, "text/plain",
               {{"ETag", "\"" + QCryptographicHash::hash(r.body, QCryptographicHash::Md5).toHex() + "\""}});
}

} // namespace td::emu
