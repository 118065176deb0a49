// The Hugging Face Hub as TuneDesk's tokenizer download uses it: GET
// /api/models/{repo}/revision/{revision} (the commit), GET /{repo}/resolve/{commit}/{file}
// (the file, or a redirect to the file host), gated repositories answering 401 without a token.
#include "EmulatorJson.h"
#include "EmulatorServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace td::emu {

namespace {

bool gated(const QByteArray& repo)
{
    return repo.startsWith("meta-llama/") || repo.startsWith("google/");
}

QByteArray commitOf(const QByteArray& repo)
{
    return QCryptographicHash::hash(QByteArray("emulator:" + repo), QCryptographicHash::Sha1).toHex();
}

} // namespace

bool EmulatorServer::hub(const HttpRequestIn& r, HttpConnection* c)
{
    const QByteArray& p = r.path;
    const auto refuse = [c](int status, const char* message) { c->respond(status, dumpJson({{"error", message}})); };
    const bool authorized = r.headers.value("authorization").startsWith("Bearer hf_");
    if (p.startsWith("/hub-cdn/")) { // the file host: /hub-cdn/{org}/{name}/{file}
        if (r.headers.contains("authorization"))
            ++m_hubCdnWithToken;
        QFile f(QDir(m_hubDir).filePath(QString::fromUtf8(p.mid(p.lastIndexOf('/') + 1))));
        if (!f.open(QIODevice::ReadOnly)) {
            refuse(404, "Entry not found");
            return true;
        }
        c->respond(200, f.readAll(), "application/octet-stream");
        return true;
    }
    if (p.startsWith("/api/models/")) { // /api/models/{org}/{name}/revision/{revision}
        const QList<QByteArray> parts = p.mid(int(qstrlen("/api/models/"))).split('/');
        if (parts.size() != 4 || parts[2] != "revision" || r.method != "GET") {
            refuse(404, "Not found");
            return true;
        }
        const QByteArray repo = parts[0] + '/' + parts[1];
        if (repo.contains("missing")) {
            refuse(404, "Repository not found");
            return true;
        }
        if (gated(repo) && !authorized) {
            refuse(401, "Access to this model is restricted. You must have access to it and be authenticated.");
            return true;
        }
        c->respond(200, dumpJson({{"id", repo.toStdString()},
                                  {"sha", commitOf(repo).toStdString()},
                                  {"gated", gated(repo) ? "manual" : "false"}}));
        return true;
    }
    const int resolve = p.indexOf("/resolve/");
    if (resolve <= 0 || r.method != "GET")
        return false;
    // /{org}/{name}/resolve/{commit}/{file}
    const QByteArray repo = p.mid(1, resolve - 1);
    const QList<QByteArray> rest = p.mid(resolve + int(qstrlen("/resolve/"))).split('/');
    if (repo.count('/') != 1 || rest.size() != 2) {
        refuse(404, "Not found");
        return true;
    }
    if (gated(repo) && !authorized) {
        refuse(401, "Access to this model is restricted. You must have access to it and be authenticated.");
        return true;
    }
    if (rest[0] != commitOf(repo) && rest[0] != "main") {
        refuse(404, "Revision not found");
        return true;
    }
    const QString file = QString::fromUtf8(rest[1]);
    if (!QFileInfo::exists(QDir(m_hubDir).filePath(file))) {
        refuse(404, "Entry not found");
        return true;
    }
    if (file == QLatin1String("tokenizer.json")) { // large files live on another host
        c->respond(302, {}, "text/plain",
                   {{"Location",
                     "http://localhost:" + QByteArray::number(serverPort()) + "/hub-cdn/" + repo + '/' + rest[1]}});
        return true;
    }
    QFile f(QDir(m_hubDir).filePath(file));
    f.open(QIODevice::ReadOnly);
    c->respond(200, f.readAll(), "application/json");
    return true;
}

} // namespace td::emu
