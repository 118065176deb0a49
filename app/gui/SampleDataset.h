#pragma once

#include "core/Result.h"

#include <QString>

namespace td {

// The sample dataset bundled in the app (resources/samples/support-chat.jsonl): a copy in the
// user's data folder is what opens, so it can be edited and saved like any file. An existing
// copy is kept (it holds the user's edits).
class SampleDataset
{
public:
    // The copy's path, written first when there is none.
    static Result<QString> materialize();
    static QString copyPath();
};

} // namespace td
