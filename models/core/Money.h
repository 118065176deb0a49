#pragma once

#include <QString>

namespace td {

// An amount of US dollars as the user's language writes it ("$0.19" in English, "0,19 $" in
// German): one place, so every pane and the CLI agree (the jobs table said "$0,19").
QString formatDollars(double dollars, int decimals = 2);

} // namespace td
