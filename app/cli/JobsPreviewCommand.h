#pragma once

#include <QStringList>

class QCommandLineParser;

namespace td::cli {

// tunedesk-cli jobs preview --model M --file FILE|FILE_ID [--rows N] [--train-on-inputs T] [--json]
//   Together's tokenization of the first rows (jobs/TokenPreview), beside TuneDesk's estimate
//   when the rows are local; a local file is uploaded first (or its earlier upload reused).
// tunedesk-cli jobs download-tokenized ID [--output DIR]
//   the job's tokenized training data from its pre-signed address (jobs/TokenizedDownload).
// `parser` has parsed runJobs's options.
int runJobsPreview(const QCommandLineParser& parser, const QStringList& positional);
int runJobsDownloadTokenized(const QCommandLineParser& parser, const QStringList& positional);

} // namespace td::cli
