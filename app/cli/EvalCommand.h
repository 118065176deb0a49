#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli eval create DATASET --model M --model M2 ... --seed N [--rows SPEC] [--no-run]
//                  | run ID | status [ID] | judge ID --judge MODEL [--together-evaluations]
//                  | results ID [--breakdown FACT] [--export-jsonl F] [--export-csv F]
//                    [--preference-rows F] [--training-rows F] [--judge NAME] [--only-lost] [--json]
// Evaluation runs headless, on the same engine as the app (models/eval): saved in the app's
// data folder, resumed where they stopped.
int runEval(const QStringList& args);

} // namespace td::cli
