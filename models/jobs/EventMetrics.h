#pragma once

#include "api/wire/JobEvent.h"
#include "api/wire/TrainingMetric.h"

namespace td {

// Loss points read from a job's event messages, for servers that have no metrics endpoint:
// a message naming a step and a loss ("… at step 30, eval loss: 1.18", "step 12/90 loss=0.91")
// gives train/loss, or eval/loss when it speaks of evaluation.
QList<TrainingMetric> metricsFromEvents(const QList<JobEvent>& events);

} // namespace td
