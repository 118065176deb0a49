#pragma once

#include <QString>
#include <QUrl>

namespace td {

struct ConnectionProfile;

// Which base URL a connection uses, decided in this one place for the GUI and the CLI:
// a --base-url given to the command wins for that run; otherwise, for the Together
// connection, $TOGETHER_BASE_URL wins over the stored URL for that process (a test or a
// proxy set up for one session); otherwise the stored URL. When the one used differs from
// the one it overrides, `notice` says which is in use, so neither silently wins.
struct BaseUrlChoice
{
    enum class Source { Profile, Environment, CommandLine };
    QUrl url;
    Source source = Source::Profile;
    QString notice;

    static BaseUrlChoice choose(const ConnectionProfile& profile, const QString& commandLine = {});
    // The same with the environment's value given (tests).
    static BaseUrlChoice choose(const ConnectionProfile& profile, const QString& commandLine,
                                const QString& environment);
};

} // namespace td
