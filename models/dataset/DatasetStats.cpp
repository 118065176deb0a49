#include "dataset/DatasetStats.h"

#include "core/ParallelRanges.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>

namespace td {

namespace {

// Adds one row's summary to the figures.
void addRow(DatasetStats& st, QByteArrayView row, const SummaryOptions& options, bool& first)
{
    const RowSummary s = summarizeRow(row, options);
    st.bytes += std::uint64_t(row.size());
    ++st.formats[std::size_t(s.format)];
    ++st.statuses[std::size_t(s.status)];
    st.bomRows += s.hasBom;
    if (s.format == RowFormat::Conversation || s.format == RowFormat::Preference) {
        st.messages += s.messageCount;
        st.minMessages = first ? s.messageCount : std::min<std::int64_t>(st.minMessages, s.messageCount);
        st.maxMessages = std::max<std::int64_t>(st.maxMessages, s.messageCount);
        first = false;
    }
    st.characters += s.characters;
    st.maxCharacters = std::max(st.maxCharacters, s.characters);
    st.rowsWithWeights += s.weights.find_first_not_of('-') != std::string::npos;
}

// Folds one worker's figures into the total (`hasMessages`: whether the part saw any).
void merge(DatasetStats& into, const DatasetStats& part, bool partHasMessages, bool& first)
{
    into.bytes += part.bytes;
    for (std::size_t i = 0; i < into.formats.size(); ++i)
        into.formats[i] += part.formats[i];
    for (std::size_t i = 0; i < into.statuses.size(); ++i)
        into.statuses[i] += part.statuses[i];
    into.bomRows += part.bomRows;
    if (partHasMessages) {
        into.minMessages = first ? part.minMessages : std::min(into.minMessages, part.minMessages);
        into.maxMessages = std::max(into.maxMessages, part.maxMessages);
        first = false;
    }
    into.messages += part.messages;
    into.characters += part.characters;
    into.maxCharacters = std::max(into.maxCharacters, part.maxCharacters);
    into.rowsWithWeights += part.rowsWithWeights;
}

} // namespace

DatasetStats computeStats(const DocumentSnapshot& snapshot, const std::atomic_bool* cancel)
{
    DatasetStats st;
    QElapsedTimer timer;
    timer.start();
    st.rows = snapshot.rowCount();
    // Each worker summarizes a contiguous range of rows; the parts are merged in order.
    const unsigned workers = scanWorkers();
    std::vector<DatasetStats> parts(workers);
    std::vector<char> partHasMessages(workers, 0);
    const char* mapBegin = snapshot.file ? snapshot.file->data() : nullptr;
    const char* mapEnd = snapshot.file ? snapshot.file->data() + snapshot.file->size() : nullptr;
    forEachRange(st.rows, workers, [&](unsigned w, std::int64_t begin, std::int64_t end) {
        bool first = true;
        for (std::int64_t i = begin; i < end; ++i) {
            if (cancel && (i & 0xFFF) == 0 && cancel->load(std::memory_order_relaxed))
                break;
            const QByteArrayView row = snapshot.rowView(i);
            // Rows inside the mapping (not the last bytes of the file) are parsed in place.
            SummaryOptions options;
            options.preview = false;
            options.readableAfterEnd =
                mapEnd && row.data() >= mapBegin && row.data() + row.size() + SummaryOptions::kReadAhead <= mapEnd;
            addRow(parts[w], row, options, first);
        }
        partHasMessages[w] = !first;
    });
    bool first = true;
    for (unsigned w = 0; w < workers; ++w)
        merge(st, parts[w], partHasMessages[w] != 0, first);
    st.parseSeconds = double(timer.nsecsElapsed()) / 1e9;
    return st;
}

QJsonObject DatasetStats::toJson() const
{
    QJsonObject formatsObj;
    for (int f = 0; f < 6; ++f)
        formatsObj.insert(QLatin1String(formatKey(RowFormat(f))), qint64(formats[std::size_t(f)]));
    QJsonObject statusObj;
    for (int s = 0; s < kParseStatusCount; ++s)
        statusObj.insert(QLatin1String(statusKey(ParseStatus(s))), qint64(statuses[std::size_t(s)]));
    const std::int64_t conv =
        formats[std::size_t(RowFormat::Conversation)] + formats[std::size_t(RowFormat::Preference)];
    return QJsonObject{
        {QStringLiteral("rows"), qint64(rows)},
        {QStringLiteral("bytes"), qint64(bytes)},
        {QStringLiteral("formats"), formatsObj},
        {QStringLiteral("parse_status"), statusObj},
        {QStringLiteral("parse_failures"), qint64(parseFailures())},
        {QStringLiteral("rows_with_bom"), qint64(bomRows)},
        {QStringLiteral("rows_with_weights"), qint64(rowsWithWeights)},
        {QStringLiteral("messages"),
         QJsonObject{{QStringLiteral("total"), qint64(messages)},
                     {QStringLiteral("min_per_row"), qint64(minMessages)},
                     {QStringLiteral("max_per_row"), qint64(maxMessages)},
                     {QStringLiteral("mean_per_row"), conv ? double(messages) / double(conv) : 0.0}}},
        {QStringLiteral("characters"),
         QJsonObject{{QStringLiteral("total"), qint64(characters)},
                     {QStringLiteral("max_per_row"), qint64(maxCharacters)},
                     {QStringLiteral("mean_per_row"), rows ? double(characters) / double(rows) : 0.0}}},
        {QStringLiteral("index_seconds"), indexSeconds},
        {QStringLiteral("parse_seconds"), parseSeconds},
    };
}

QString DatasetStats::toText() const
{
    const QLocale c = QLocale::c();
    auto n = [&](std::int64_t v) { return c.toString(qlonglong(v)); };
    QString out;
    out += QCoreApplication::translate("td::DatasetStats", "Rows:               %1\n").arg(n(rows));
    out += QCoreApplication::translate("td::DatasetStats", "Bytes:              %1\n").arg(n(std::int64_t(bytes)));
    for (int f = 0; f < 6; ++f)
        if (formats[std::size_t(f)])
            out += QCoreApplication::translate("td::DatasetStats", "  %1 %2\n")
                       .arg(formatName(RowFormat(f)) + QLatin1Char(':'), -17)
                       .arg(n(formats[std::size_t(f)]));
    out += QCoreApplication::translate("td::DatasetStats", "Parse failures:     %1\n").arg(n(parseFailures()));
    for (int s = 1; s < kParseStatusCount; ++s)
        if (statuses[std::size_t(s)])
            out += QCoreApplication::translate("td::DatasetStats", "  %1 %2\n")
                       .arg(statusName(ParseStatus(s)) + QLatin1Char(':'), -17)
                       .arg(n(statuses[std::size_t(s)]));
    const std::int64_t conv =
        formats[std::size_t(RowFormat::Conversation)] + formats[std::size_t(RowFormat::Preference)];
    out += QCoreApplication::translate("td::DatasetStats", "Messages per row:   min %1, mean %2, max %3\n")
               .arg(n(minMessages))
               .arg(conv ? double(messages) / double(conv) : 0.0, 0, 'f', 2)
               .arg(n(maxMessages));
    out += QCoreApplication::translate("td::DatasetStats", "Characters:         %1 (mean %2 per row, max %3)\n")
               .arg(n(characters))
               .arg(rows ? double(characters) / double(rows) : 0.0, 0, 'f', 0)
               .arg(n(maxCharacters));
    out += QCoreApplication::translate("td::DatasetStats", "Rows with weights:  %1\n").arg(n(rowsWithWeights));
    out += QCoreApplication::translate("td::DatasetStats", "Indexing:           %1 s\n").arg(indexSeconds, 0, 'f', 3);
    out += QCoreApplication::translate("td::DatasetStats", "Parsing:            %1 s\n").arg(parseSeconds, 0, 'f', 3);
    return out;
}

} // namespace td
