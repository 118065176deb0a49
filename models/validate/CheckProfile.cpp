#include "validate/CheckProfile.h"

#include "core/Settings.h"
#include "validate/SnapshotParity.h"
#include "validate/TodayChecker.h"

#include <QCoreApplication>

namespace td {

QString checkProfileId(CheckProfile profile)
{
    return profile == CheckProfile::Today ? QStringLiteral("today") : QStringLiteral("1.5.34");
}

std::optional<CheckProfile> checkProfileFromId(const QString& id)
{
    const QString v = id.trimmed().toLower();
    if (v == QLatin1String("today"))
        return CheckProfile::Today;
    if (v == QLatin1String("1.5.34"))
        return CheckProfile::Client1534;
    return std::nullopt;
}

QString checkProfileName(CheckProfile profile)
{
    return profile == CheckProfile::Today ? QCoreApplication::translate("td::CheckProfile", "Together today")
                                          : QCoreApplication::translate("td::CheckProfile", "Together's client 1.5.34");
}

QString checkProfileDescription(CheckProfile profile)
{
    return profile == CheckProfile::Today
               ? QCoreApplication::translate(
                     "td::CheckProfile",
                     "What Together checks today: its current client's structural check (UTF-8, one JSON object "
                     "a line, blank lines skipped, at least one sample) and the one rule its server has "
                     "published (every message needs a role). Roles, weights, extra keys and images are judged "
                     "by the server after upload; the lint warns about them.")
               : QCoreApplication::translate(
                     "td::CheckProfile",
                     "Exactly what `together files check` of Together's Python client 1.5.34 says: every rule of "
                     "the 2025 formats (roles and their order, weights 0/1, no extra keys, images), the first "
                     "problem decides.");
}

CheckProfile savedCheckProfile()
{
    return checkProfileFromId(Settings::instance()->get(Settings::Key::CheckProfile).toString())
        .value_or(CheckProfile::Client1534);
}

void saveCheckProfile(CheckProfile profile)
{
    Settings::instance()->set(Settings::Key::CheckProfile, checkProfileId(profile));
}

Result<ParityReport> checkFile(CheckProfile profile, const QString& path, const ParityOptions& options)
{
    return profile == CheckProfile::Today ? checkFileToday(path, options) : checkFileParity(path, options);
}

Result<ParityReport> checkSnapshot(CheckProfile profile, const DocumentSnapshot& snapshot, const QString& name,
                                   ParityRowFacts& facts, const ParityOptions& options)
{
    return profile == CheckProfile::Today ? checkSnapshotToday(snapshot, name, options)
                                          : checkSnapshotParity(snapshot, name, facts, options);
}

} // namespace td
