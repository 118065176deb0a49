#pragma once

#include <nlohmann/json.hpp>

#include <deque>
#include <string>
#include <vector>

namespace td::emu {

// The emulator's dedicated endpoints v2 (DMI) world: the user's project, its endpoints and
// their deployments, with the states they move through. Kept out of EmulatorServer.h so the
// server's own header stays small; the routes are in EmulatorDmi.cpp.
struct DmiWorld
{
    struct Step
    {
        std::string state, message;
        int ready = 0;
        int polls = 0;    // reads of the deployment before this step is reached...
        double after = 0; // ...or emulated seconds, whichever comes first
    };
    struct Deployment
    {
        std::string id, name, model, modelId, revisionId, config, configId, hardware;
        int minReplicas = 1, maxReplicas = 1;
        std::string state = "DEPLOYMENT_STATE_PROVISIONING", message;
        int ready = 0;
        std::deque<Step> ahead;
        int pollsSinceStep = 0;
        double stepSince = 0;
        int etag = 1;
        double createdAt = 0, updatedAt = 0;
    };
    struct Endpoint
    {
        std::string id, name;
        double createdAt = 0, updatedAt = 0;
        int etag = 1;
        std::vector<std::pair<std::string, double>> split; // deployment id, weight
        std::vector<Deployment> deployments;
        std::deque<nlohmann::json> events; // newest first
    };
    std::vector<Endpoint> endpoints;
    unsigned next = 1;
};

} // namespace td::emu
