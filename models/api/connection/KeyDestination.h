#pragma once

#include <QString>
#include <QUrl>

namespace td {

// Where an API key may go. A key travels only over HTTPS, or to this machine (127.0.0.0/8,
// ::1, localhost) where there is no network to read it on; plain HTTP to any other host is
// refused. Together's key going to a host that is not Together's is allowed (a proxy, the
// emulator) but said.
struct KeyDestination
{
    static bool isLoopback(const QUrl& url);
    static bool isTogether(const QUrl& url); // api.together.ai / .xyz and their subdomains, HTTPS
    // Why a key must not be sent to `url`; empty when it may.
    static QString refusal(const QUrl& url);
    // What to tell the user when Together's key goes to `url`; empty when `url` is Together's.
    static QString customHostNotice(const QUrl& url);
};

} // namespace td
