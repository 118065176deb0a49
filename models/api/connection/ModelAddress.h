#pragma once

#include "api/http/ApiRequest.h"

#include <QString>

namespace td {

// A model as a user names it on the command line: "NAME" is asked on the connection's base URL
// (serverless models, fine-tunes, v1 endpoints); "v2:NAME" is a dedicated endpoint v2 or one of
// its deployments, asked on the v2 inference host (api-inference.together.ai for Together).
// One rule for `chat` and `eval`, so a name means the same server in both.
struct ModelAddress
{
    QString model;
    bool dedicatedV2 = false;

    static ModelAddress parse(const QString& argument);
    // The connection this model's requests go over, from the profile's.
    Connection route(const Connection& profileConnection) const;
};

} // namespace td
