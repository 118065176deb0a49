#include "api/connection/BaseUrlChoice.h"

#include "api/connection/ConnectionProfiles.h"

#include <QCoreApplication>

namespace td {

namespace {

bool same(const QUrl& a, const QUrl& b)
{
    auto canonical = [](const QUrl& u) {
        QString s = u.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash).toString();
        return s.toLower();
    };
    return canonical(a) == canonical(b);
}

} // namespace

BaseUrlChoice BaseUrlChoice::choose(const ConnectionProfile& profile, const QString& commandLine)
{
    return choose(profile, commandLine, qEnvironmentVariable("TOGETHER_BASE_URL"));
}

BaseUrlChoice BaseUrlChoice::choose(const ConnectionProfile& profile, const QString& commandLine,
                                    const QString& environment)
{
    // TOGETHER_BASE_URL stands for Together's stored URL; a session-only profile (the demo's
    // emulator) is its own server.
    const bool together = profile.kind == ConnectionProfile::Kind::Together && !profile.sessionOnly;
    const QString env = together ? environment.trimmed() : QString();
    BaseUrlChoice c;
    c.url = profile.baseUrl;
    if (!commandLine.trimmed().isEmpty()) {
        c.url = QUrl(commandLine.trimmed());
        c.source = Source::CommandLine;
        const QUrl overridden = env.isEmpty() ? profile.baseUrl : QUrl(env);
        if (!same(c.url, overridden))
            c.notice =
                QCoreApplication::translate("td::BaseUrlChoice", "Using --base-url %1 instead of %2 (%3).")
                    .arg(c.url.toString(), overridden.toString(),
                         env.isEmpty() ? QCoreApplication::translate("td::BaseUrlChoice", "the URL stored for %1")
                                             .arg(profile.name)
                                       : QStringLiteral("TOGETHER_BASE_URL"));
        return c;
    }
    if (!env.isEmpty()) {
        c.url = QUrl(env);
        c.source = Source::Environment;
        if (!same(c.url, profile.baseUrl))
            c.notice = QCoreApplication::translate("td::BaseUrlChoice",
                                                   "Using TOGETHER_BASE_URL %1 instead of the URL stored for %2 "
                                                   "(%3).")
                           .arg(c.url.toString(), profile.name, profile.baseUrl.toString());
    }
    return c;
}

} // namespace td
