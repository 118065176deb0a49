#pragma once

#include "core/Result.h"
#include "dataset/DocumentSnapshot.h"
#include "validate/ParityChecker.h"
#include "validate/ParityReport.h"

#include <QString>

#include <optional>

namespace td {

class ParityRowFacts;

// Which of Together's checks decides the verdict on a dataset. The GUI and the CLI choose here
// and check through checkFile/checkSnapshot, so both give the same verdict for a profile.
enum class CheckProfile {
    Client1534, // Together's Python client 1.5.34, exactly (every semantic rule; the default)
    Today,      // together-py's current structural check plus the server's published rule
};

// "1.5.34" or "today": the CLI's --profile values and the stored setting.
QString checkProfileId(CheckProfile profile);
std::optional<CheckProfile> checkProfileFromId(const QString& id);
// What a person reads: "Together today" or "Together's client 1.5.34".
QString checkProfileName(CheckProfile profile);
// One sentence on what the profile checks (tooltips, help).
QString checkProfileDescription(CheckProfile profile);

// The profile stored in the settings (1.5.34 when none or an unknown one is stored).
CheckProfile savedCheckProfile();
void saveCheckProfile(CheckProfile profile);

// The verdict on a file under a profile (checkFileParity or checkFileToday).
Result<ParityReport> checkFile(CheckProfile profile, const QString& path, const ParityOptions& options = {});
// The verdict on a document as it would be saved (checkSnapshotParity, which reuses `facts`
// between runs, or checkSnapshotToday).
Result<ParityReport> checkSnapshot(CheckProfile profile, const DocumentSnapshot& snapshot, const QString& name,
                                   ParityRowFacts& facts, const ParityOptions& options = {});

} // namespace td
