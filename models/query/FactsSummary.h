#pragma once

#include "dataset/DocumentSnapshot.h"
#include "query/RowFacts.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace td {

// One bar of a statistics chart: how many rows, and the filter expression that shows them.
struct FactsBar
{
    QString label;
    std::int64_t rows = 0;
    QString where;     // a FilterExpression matching exactly these rows
    QString axisLabel; // shorter, for a chart's axis ("10k–20k" for "10,000–19,999"), or empty
};

struct FactsChart
{
    QString key;            // stable, for JSON and object names: "formats", "messages", …
    QString title;          // for people
    bool histogram = false; // bins of a number (drawn without gaps), else categories
    std::vector<FactsBar> bars;
};

struct SystemPromptCount
{
    std::uint64_t hash = 0;
    std::int64_t rows = 0;
    std::int64_t firstRow = 0; // position of the first row using it
    QString text;              // the prompt (shortened), when a snapshot was given
};

// The figures of the Statistics view and of `tunedesk-cli stats --json` ("facts"): rows per
// format, histograms of messages, turns and characters per row, role, weight and script
// patterns, the system prompts and the exact duplicates. Filled in by other analyses when they
// exist: near-duplicate share and PII counts (null until then).
struct FactsSummary
{
    std::int64_t rows = 0;
    std::int64_t duplicates = 0; // rows repeating an earlier row byte for byte
    std::vector<FactsChart> charts;
    std::int64_t rowsWithSystemPrompt = 0;
    std::int64_t distinctSystemPrompts = 0;
    std::vector<SystemPromptCount> topSystemPrompts; // most used first

    const FactsChart* chart(const QString& key) const;
    QJsonObject toJson() const;
    QString toText() const;
};

// Summarizes the facts of the rows at `positions` (every row when null). With a snapshot the
// most common system prompts get their text.
FactsSummary summarizeFacts(const std::vector<RowFacts>& facts, const DocumentSnapshot* snapshot = nullptr,
                            const std::vector<std::int64_t>* positions = nullptr, int topPrompts = 10);

// A snapshot of only the rows at `positions` (in that order), for whole-file figures of a subset.
DocumentSnapshot subsetSnapshot(const DocumentSnapshot& snapshot, const std::vector<std::int64_t>& positions);

} // namespace td
