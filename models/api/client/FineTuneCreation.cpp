#include "api/client/FineTuneCreation.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace td {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

// Whether the request may have been carried out although no usable answer came back.
bool answerLost(const ApiError& e)
{
    switch (e.kind) {
    case ApiError::Kind::Network:
        return !e.notSent;
    case ApiError::Kind::Parse: // a 2xx we could not read: it was created
        return true;
    case ApiError::Kind::Http:
        // 5xx may come from a proxy that forwarded the request, or from a server that failed
        // after creating the job. 4xx (429 included) means it was refused.
        return e.httpStatus >= 500;
    case ApiError::Kind::Stream:
    case ApiError::Kind::Cancelled:
        return false;
    }
    return false;
}

QString what(const ApiError& e)
{
    return e.kind == ApiError::Kind::Http ? QStringLiteral("%1 %2").arg(e.httpStatus).arg(e.message) : e.message;
}

struct Lookup
{
    TogetherClient client;
    FineTuneRequest request;
    QDateTime sentAt;
    FineTuneCreation result;
    FineTuneLookup options;
    int done = 0;
    std::function<void(const FineTuneCreation&)> finish;
};

void look(const std::shared_ptr<Lookup>& l, QObject* context)
{
    ApiRequest* list = l->client.listFineTunes(context, [l, context](const ApiResult<QList<FineTuneJob>>& r) {
        ++l->done;
        if (const auto* jobs = std::get_if<QList<FineTuneJob>>(&r)) {
            l->result.listProblem.clear();
            std::optional<FineTuneJob> found;
            for (const FineTuneJob& j : *jobs)
                if (FineTuneCreation::matches(j, l->request, l->sentAt) && (!found || j.createdAt > found->createdAt))
                    found = j;
            if (found) {
                l->result.outcome = FineTuneCreation::Outcome::Recovered;
                l->result.job = found;
                l->finish(l->result);
                return;
            }
        } else {
            l->result.listProblem = std::get<ApiError>(r).explanation();
        }
        if (l->done >= l->options.attempts) {
            l->result.outcome = FineTuneCreation::Outcome::Unknown;
            l->finish(l->result);
            return;
        }
        QTimer::singleShot(l->options.intervalMs, context, [l, context] { look(l, context); });
    });
    // One read per look: the looks themselves are the retries, and are counted.
    RetryPolicy once;
    once.maxRetries = 1;
    list->setPolicy(once);
}

} // namespace

bool FineTuneCreation::matches(const FineTuneJob& job, const FineTuneRequest& request, const QDateTime& sentAt)
{
    if (job.trainingFile != request.trainingFile)
        return false;
    if (!request.model.isEmpty() && job.model != request.model)
        return false;
    if (request.model.isEmpty() && !request.fromCheckpoint.isEmpty() && !job.fromCheckpoint.isEmpty() &&
        job.fromCheckpoint != request.fromCheckpoint)
        return false;
    // Together returns the suffix it was given; the output name carries it too.
    if (!request.suffix.isEmpty() && job.suffix != request.suffix && !job.outputName.contains(request.suffix))
        return false;
    if (request.suffix.isEmpty() && !job.suffix.isEmpty())
        return false;
    return job.createdAt.isValid() && job.createdAt.msecsTo(sentAt) <= kClockSkewMs;
}

QString FineTuneCreation::text() const
{
    switch (outcome) {
    case Outcome::Created:
        return tr("Created %1.").arg(job ? job->id : QString());
    case Outcome::Recovered:
        return tr("The answer to creating the fine-tune was lost (%1), but the job was created: %2.")
            .arg(what(error), job ? job->id : QString());
    case Outcome::NotCreated:
        return error.explanation();
    case Outcome::Unknown:
        break;
    }
    if (error.kind == ApiError::Kind::Cancelled)
        return tr("Stopped while the fine-tune was being created; it may have been created. Look at the jobs list "
                  "before creating it again, or a second job would be billed.");
    const QString seen = listProblem.isEmpty() ? tr("No job made from this request has appeared in the jobs list yet.")
                                               : tr("The jobs list could not be read either: %1").arg(listProblem);
    return tr("The answer to creating the fine-tune was lost (%1). %2 It may still have been created: look at the "
              "jobs list (tunedesk-cli jobs list, or the Jobs pane) in a minute before creating it again, or a "
              "second job would be billed.")
        .arg(what(error), seen);
}

void createFineTuneOnce(const TogetherClient& client, const FineTuneRequest& request, QObject* context,
                        std::function<void(const FineTuneCreation&)> done, FineTuneLookup lookup)
{
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    TogetherClient creator = client;
    creator.createFineTune(
        request, context,
        [client, request, context, done = std::move(done), lookup, sentAt](const ApiResult<FineTuneJob>& r) {
            FineTuneCreation result;
            if (const auto* job = std::get_if<FineTuneJob>(&r)) {
                result.outcome = FineTuneCreation::Outcome::Created;
                result.job = *job;
                done(result);
                return;
            }
            result.error = std::get<ApiError>(r);
            if (result.error.kind == ApiError::Kind::Cancelled) {
                result.outcome = FineTuneCreation::Outcome::Unknown;
                done(result);
                return;
            }
            if (!answerLost(result.error)) {
                result.outcome = FineTuneCreation::Outcome::NotCreated;
                done(result);
                return;
            }
            auto l = std::make_shared<Lookup>(Lookup{client, request, sentAt, result, lookup, 0, done});
            look(l, context);
        });
}

} // namespace td
