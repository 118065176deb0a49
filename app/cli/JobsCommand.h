#pragma once

#include <QStringList>

namespace td::cli {

// tunedesk-cli jobs create FILE|FILE_ID --model M [options] | list | get ID | events ID [--follow]
//                   | cancel ID | download ID[:STEP] [--checkpoint-type T] [--output DIR] [--extract]
int runJobs(const QStringList& args);

} // namespace td::cli
