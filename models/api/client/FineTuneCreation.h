#pragma once

#include "api/client/TogetherClient.h"
#include "api/wire/FineTuneJob.h"
#include "api/wire/FineTuneRequest.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace td {

// What became of a request to create a fine-tune. Creating one bills it, so an answer that
// was lost (the connection dropped or timed out after the request left, a 5xx from a proxy,
// an unreadable 2xx) is never a reason to send it again: the jobs list is read first, and a
// job made from this request (same training file, model or checkpoint, suffix, created after
// the request left) is the answer. Only when none shows up is the outcome Unknown, and the
// user is told to look before trying again.
struct FineTuneCreation
{
    enum class Outcome {
        Created,    // the server answered with the job
        Recovered,  // the answer was lost; the job was found in the list
        NotCreated, // the server refused, or the request never left: nothing was made
        Unknown,    // the answer was lost and the job was not found (yet)
    };
    Outcome outcome = Outcome::NotCreated;
    std::optional<FineTuneJob> job; // Created, Recovered
    ApiError error;                 // every outcome but Created
    QString listProblem;            // Unknown: why the list could not be read, if it could not

    // What to tell the user.
    QString text() const;

    // Whether a job made from `request` could be `job`, given when the request left.
    static bool matches(const FineTuneJob& job, const FineTuneRequest& request, const QDateTime& sentAt);
    // How far the server's clock may be behind ours when comparing creation times.
    static constexpr qint64 kClockSkewMs = 60000;
};

struct FineTuneLookup
{
    int attempts = 3;      // reads of the jobs list before giving up on finding the job
    int intervalMs = 3000; // between them (a job may take a moment to be listed)
};

// Creates the fine-tune once, as described above; `done` runs in `context`'s thread unless
// `context` is destroyed first. Used by `tunedesk-cli jobs create` and the New Fine-Tune dialog.
void createFineTuneOnce(const TogetherClient& client, const FineTuneRequest& request, QObject* context,
                        std::function<void(const FineTuneCreation&)> done, FineTuneLookup lookup = {});

} // namespace td

Q_DECLARE_METATYPE(td::FineTuneCreation)
