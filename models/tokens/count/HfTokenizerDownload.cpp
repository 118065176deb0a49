#include "tokens/count/HfTokenizerDownload.h"

#include "api/wire/JsonFields.h"
#include "tokens/Tokenizer.h"
#include "tokens/count/HfRepository.h"
#include "tokens/count/TokenizerCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUuid>

#include <nlohmann/json.hpp>

namespace td {

namespace {

const char* const kFiles[] = {"tokenizer.json", "tokenizer_config.json"};
constexpr int kMaxRedirects = 5;

} // namespace

HfTokenizerDownload::HfTokenizerDownload(HttpTransport* transport, Request request, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_request(std::move(request))
{
    if (m_request.repository.isEmpty())
        m_request.repository = HfRepository::forModel(m_request.model);
    if (m_request.endpoint.isEmpty())
        m_request.endpoint = HfRepository::endpoint();
    if (m_request.revision.isEmpty())
        m_request.revision = QStringLiteral("main");
}

HfTokenizerDownload::~HfTokenizerDownload()
{
    cancel();
}

void HfTokenizerDownload::cancel()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call->deleteLater();
    }
    m_dir.reset(); // removes what was downloaded so far
}

HttpRequest HfTokenizerDownload::request(const QUrl& url) const
{
    HttpRequest r;
    r.url = url;
    r.headers = {{"User-Agent", "TuneDesk/" TD_VERSION}};
    // The token goes to the Hub itself only: a redirect to another host (the file CDN) gets none.
    const QUrl& hub = m_request.endpoint;
    if (!m_request.token.isEmpty() && url.scheme() == hub.scheme() && url.host() == hub.host() &&
        url.port(-1) == hub.port(-1))
        r.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + m_request.token.toUtf8())));
    return r;
}

void HfTokenizerDownload::start()
{
    if (!HfRepository::isValidName(m_request.repository)) {
        fail(tr("\"%1\" is not a Hugging Face repository name (organization/name).").arg(m_request.repository));
        return;
    }
    m_dir.reset();
    QDir().mkpath(TokenizerCache::root());
    m_dir = std::make_unique<QTemporaryDir>(TokenizerCache::root() + QStringLiteral("/.download-XXXXXX"));
    if (!m_dir->isValid()) {
        fail(tr("A folder for the download cannot be made in %1: %2")
                 .arg(QDir::toNativeSeparators(TokenizerCache::root()), m_dir->errorString()));
        return;
    }
    resolveRevision();
}

QString HfTokenizerDownload::failure(const ApiError& e, const QString& what) const
{
    const QString repo = m_request.repository;
    if (e.kind == ApiError::Kind::Http && (e.httpStatus == 401 || e.httpStatus == 403))
        return m_request.token.isEmpty()
                   ? tr("%1 is gated: accept its license on huggingface.co/%1, then give your Hugging Face "
                        "token (it is kept in the keychain).")
                         .arg(repo)
                   : tr("Hugging Face refused the token for %1 (%2): accept the model's license on "
                        "huggingface.co/%1 with the account the token belongs to, or check the token.")
                         .arg(repo)
                         .arg(e.httpStatus);
    if (e.kind == ApiError::Kind::Http && e.httpStatus == 404)
        return tr("Hugging Face has no %1 in %2 (revision %3).").arg(what, repo, m_request.revision);
    return tr("%1 of %2 could not be read from Hugging Face: %3").arg(what, repo, e.message);
}

void HfTokenizerDownload::resolveRevision()
{
    // The commit the revision names now: every file comes from that one commit.
    QUrl url = m_request.endpoint;
    url.setPath(url.path() +
                QStringLiteral("/api/models/%1/revision/%2")
                    .arg(m_request.repository, QString::fromLatin1(QUrl::toPercentEncoding(m_request.revision))));
    emit progress(tr("Asking Hugging Face for %1…").arg(m_request.repository));
    HttpRequest r = request(url);
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    m_call = new ApiRequest(m_transport, Connection{}, r, true, this);
    connect(m_call, &ApiRequest::finished, this, [this](const ApiRequest::Outcome& o) {
        m_call->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            fail(failure(*e, tr("The repository")));
            return;
        }
        const nlohmann::json j = wire::parse(std::get<HttpResponse>(o).body);
        m_commit = wire::str(j, "sha");
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{40}$"));
        if (!hex.match(m_commit).hasMatch()) {
            fail(tr("Hugging Face's answer about %1 named no commit.").arg(m_request.repository));
            return;
        }
        QUrl first = m_request.endpoint;
        first.setPath(
            first.path() +
            QStringLiteral("/%1/resolve/%2/%3").arg(m_request.repository, m_commit, QLatin1String(kFiles[0])));
        fetch(0, first, 0);
    });
    m_call->start();
}

void HfTokenizerDownload::fetch(int file, const QUrl& url, int redirects)
{
    const QString name = QLatin1String(kFiles[file]);
    emit progress(tr("Downloading %1 of %2…").arg(name, m_request.repository));
    HttpRequest r = request(url);
    r.downloadFile = m_dir->filePath(name);
    r.stallTimeoutMs = 60000;
    m_call = new ApiRequest(m_transport, Connection{}, r, true, this);
    m_call->setAcceptRedirect(true);
    connect(m_call, &ApiRequest::finished, this, [this, file, url, redirects, name](const ApiRequest::Outcome& o) {
        m_call->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            // A model without a tokenizer_config.json still counts text rows.
            if (file == 1 && e->kind == ApiError::Kind::Http && e->httpStatus == 404) {
                m_configMissing = true;
                install();
                return;
            }
            fail(failure(*e, name));
            return;
        }
        const HttpResponse& response = std::get<HttpResponse>(o);
        if (response.status >= 300 && response.status < 400) {
            const QUrl next = url.resolved(QUrl(QString::fromUtf8(response.header("location"))));
            if (redirects >= kMaxRedirects || !next.isValid() ||
                (next.scheme() != QLatin1String("https") && next.scheme() != QLatin1String("http"))) {
                fail(tr("Hugging Face sent %1 somewhere TuneDesk does not follow (%2).")
                         .arg(name, next.toDisplayString(QUrl::RemoveQuery)));
                return;
            }
            fetch(file, next, redirects + 1);
            return;
        }
        if (file + 1 < int(std::size(kFiles))) {
            QUrl nextFile = m_request.endpoint;
            nextFile.setPath(nextFile.path() +
                             QStringLiteral("/%1/resolve/%2/%3")
                                 .arg(m_request.repository, m_commit, QLatin1String(kFiles[file + 1])));
            fetch(file + 1, nextFile, 0);
            return;
        }
        install();
    });
    m_call->start();
}

void HfTokenizerDownload::install()
{
    // Only files TuneDesk can count with replace the cached ones.
    if (auto t = Tokenizer::load(m_dir->path()); !t) {
        fail(tr("The files of %1 are not a tokenizer TuneDesk can use: %2")
                 .arg(m_request.repository, t.error().message));
        return;
    }
    const nlohmann::ordered_json revision = {
        {"repository", m_request.repository.toStdString()},
        {"revision", m_request.revision.toStdString()},
        {"commit", m_commit.toStdString()},
        {"endpoint", m_request.endpoint.toString().toStdString()},
        {"tokenizer_config", !m_configMissing},
        {"downloaded", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()}};
    QSaveFile info(m_dir->filePath(QStringLiteral("revision.json")));
    const QByteArray bytes = QByteArray::fromStdString(revision.dump(1)) + '\n';
    if (!info.open(QIODevice::WriteOnly) || info.write(bytes) != bytes.size() || !info.commit()) {
        fail(tr("%1 cannot be written: %2").arg(info.fileName(), info.errorString()));
        return;
    }
    // The new folder takes the old one's place; the old one goes only once the new is there.
    const QString target = TokenizerCache::folderFor(m_request.model);
    const QString old = target + QStringLiteral(".old-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const bool hadOld = QFileInfo::exists(target);
    if (hadOld && !QDir().rename(target, old)) {
        fail(tr("%1 cannot be replaced (is it open elsewhere?).").arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (!QDir().rename(m_dir->path(), target)) {
        if (hadOld)
            QDir().rename(old, target);
        fail(tr("The tokenizer cannot be moved into %1.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    m_dir->setAutoRemove(false);
    m_dir.reset();
    if (hadOld)
        QDir(old).removeRecursively();
    emit finished(target, m_commit);
}

void HfTokenizerDownload::fail(const QString& message)
{
    m_dir.reset();
    emit failed(message);
}

QString HfTokenizerDownload::describeCached(const QString& folder)
{
    QFile f(QDir(folder).filePath(QStringLiteral("revision.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const nlohmann::json j = wire::parse(f.read(64 * 1024));
    const QString repo = wire::str(j, "repository");
    const QString commit = wire::str(j, "commit");
    if (repo.isEmpty())
        return {};
    return commit.isEmpty() ? repo : QStringLiteral("%1 @ %2").arg(repo, commit.left(7));
}

} // namespace td
