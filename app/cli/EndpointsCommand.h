#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli endpoints list | deploy --job ID | --model NAME | stop EP | start EP | delete EP
// Dedicated endpoints v2, through the same model classes as the app (DmiInventory,
// DeployPlan, DeploymentActions).
int runEndpoints(const QStringList& args);

} // namespace td::cli
