#pragma once

#include "api/wire/FineTuneJob.h"

#include <QCoreApplication>
#include <QString>

namespace td {

// What early stopping did to a fine-tune, told to a person (the job page and tunedesk-cli
// jobs get): that it stopped early, the best step and its eval loss (the final model is that
// step's checkpoint), and the refund Together's "refund" event announced for the steps not
// run. Empty for a job that did not stop early.
class EarlyStopSummary
{
    Q_DECLARE_TR_FUNCTIONS(EarlyStopSummary)

public:
    static QString text(const FineTuneJob& job);
    // The "refund" event's message, or "" when there is none (yet).
    static QString refund(const FineTuneJob& job);
};

} // namespace td
