#include "api/connection/DmiUrls.h"

#include "api/connection/KeyDestination.h"
#include "api/http/ApiRequest.h"

namespace td {

namespace {

// The base URL without a trailing "/" and without its last "/v1" (the API version).
QUrl prefixOf(const QUrl& baseUrl)
{
    QUrl u = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = u.path();
    if (path.endsWith(QLatin1String("/v1")))
        path.chop(3);
    u.setPath(path);
    return u;
}

QUrl withPath(QUrl u, const QString& tail)
{
    u.setPath(u.path() + tail);
    return u;
}

} // namespace

QUrl DmiUrls::controlPlaneFor(const QUrl& baseUrl)
{
    if (baseUrl.isEmpty() || KeyDestination::isTogether(baseUrl))
        return defaultControlPlane();
    return withPath(prefixOf(baseUrl), QStringLiteral("/v2"));
}

QUrl DmiUrls::inferenceFor(const QUrl& baseUrl)
{
    if (baseUrl.isEmpty() || KeyDestination::isTogether(baseUrl))
        return defaultInference();
    return withPath(prefixOf(baseUrl), QStringLiteral("/v1"));
}

QUrl DmiUrls::controlPlane(const Connection& c)
{
    return c.controlPlaneUrl.isEmpty() ? controlPlaneFor(c.baseUrl) : c.controlPlaneUrl;
}

QUrl DmiUrls::inference(const Connection& c)
{
    return c.inferenceUrl.isEmpty() ? inferenceFor(c.baseUrl) : c.inferenceUrl;
}

} // namespace td
