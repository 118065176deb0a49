#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli tokens FILE (--tokenizer DIR | --model NAME) [--json] [--max-seq-length N]
//                          [--train-on-inputs] [--dpo]
int runTokens(const QStringList& args);

} // namespace td::cli
