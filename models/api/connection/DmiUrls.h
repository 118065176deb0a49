#pragma once

#include <QUrl>

namespace td {

struct Connection;

// Where dedicated endpoints v2 (DMI) live for a connection. Together's control plane is
// https://api.together.ai/v2 and its v2 inference host https://api-inference.together.ai/v1,
// whatever Together host the v1 base URL names. Any other server (the emulator, a proxy on
// this machine) serves both on its own host: its base URL with a trailing /v1 replaced by /v2
// for the control plane, and the base URL itself for inference.
struct DmiUrls
{
    static QUrl defaultControlPlane() { return QUrl(QStringLiteral("https://api.together.ai/v2")); }
    static QUrl defaultInference() { return QUrl(QStringLiteral("https://api-inference.together.ai/v1")); }

    static QUrl controlPlaneFor(const QUrl& baseUrl);
    static QUrl inferenceFor(const QUrl& baseUrl);
    // The connection's own when set, else derived from its base URL.
    static QUrl controlPlane(const Connection& c);
    static QUrl inference(const Connection& c);
};

} // namespace td
