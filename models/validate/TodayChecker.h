#pragma once

#include "core/Result.h"
#include "dataset/DocumentSnapshot.h"
#include "validate/ParityChecker.h"
#include "validate/ParityReport.h"

#include <QString>

#include <cstddef>
#include <string>

namespace td {

// "Together today": the structural check of Together's current Python client (together-py
// after PR #364, "slim fine-tune JSONL check to structural validation only") followed by the
// one validation rule Together's server has published.
//
// The client part is exact (report keys, their order and every message): a regular file,
// size <= 50.1 GB, not empty, a known suffix, the whole file UTF-8, each non-blank line a JSON
// object (lines are split on LF, CRLF and CR and stripped of Unicode whitespace; blank ones
// are skipped), at least one sample; Parquet: `input_ids` present and no column outside
// input_ids, attention_mask, labels, position_ids. Every semantic rule (roles, alternation,
// extra keys, weights, tools, images, formats) is left to the server.
//
// The server part runs only when the client part passes: an element of a line's top-level
// `messages` list that is an object without `role` gives Together's published message
// "Line N: `messages[i]` must contain a `role` field" (N counts lines from 1, blank ones
// included; i counts from 0), with `line_number` N and `key_value` false in the report.
Result<ParityReport> checkFileToday(const QString& path, const ParityOptions& options = {});

// The JSONL data part of the report for bytes in memory; `file` is the path the messages name.
ParityReport checkJsonlToday(const char* data, std::size_t size, const std::string& file,
                             const ParityOptions& options = {});

// The same check for a document as it would be saved, without writing it anywhere (rows are
// checked where they are; only a document holding a CR or invalid UTF-8 in a row is put
// together in memory). `name` is the file name the report speaks of.
Result<ParityReport> checkSnapshotToday(const DocumentSnapshot& snapshot, const QString& name,
                                        const ParityOptions& options = {});

} // namespace td
