#include "api/connection/KeyDestination.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

bool KeyDestination::isLoopback(const QUrl& url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    if (host == QLatin1String("::1")) // QUrl writes IPv6 hosts in their shortest form
        return true;
    // 127.0.0.0/8, written as four decimal numbers.
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString& part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 0 || n > 255 || part.isEmpty() || part.size() > 3)
            return false;
    }
    return parts.front().toInt() == 127;
}

bool KeyDestination::isTogether(const QUrl& url)
{
    const QString host = url.host().toLower();
    if (url.scheme().toLower() != QLatin1String("https"))
        return false;
    for (const char* domain : {"together.ai", "together.xyz"}) {
        const QString d = QString::fromLatin1(domain);
        if (host == d || host.endsWith(QLatin1Char('.') + d))
            return true;
    }
    return false;
}

QString KeyDestination::refusal(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopback(url)))
        return {};
    if (scheme == QLatin1String("http"))
        return QCoreApplication::translate("td::KeyDestination",
                                           "Refusing to send the API key to %1 over plain HTTP, where anyone on the "
                                           "way can read it. Use an https:// URL (plain http:// is allowed only for "
                                           "this machine: localhost, 127.0.0.1, ::1).")
            .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    return QCoreApplication::translate("td::KeyDestination",
                                       "The base URL %1 is not an http:// or https:// URL; no API key is sent to it.")
        .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

QString KeyDestination::customHostNotice(const QUrl& url)
{
    if (isTogether(url))
        return {};
    return QCoreApplication::translate("td::KeyDestination",
                                       "Note: the Together API key is sent to %1, which is not Together's server.")
        .arg(url.host().isEmpty()
                 ? url.toString()
                 : url.host() + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString()));
}

} // namespace td
