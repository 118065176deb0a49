#include "jobs/TokenEstimate.h"

#include "core/JsonRead.h"
#include "dataset/MappedFile.h"
#include "dataset/MessageWeight.h"
#include "dataset/Reasoning.h"

#include <QCoreApplication>

#include <cstring>

namespace td {

namespace {

// Rows are read through json:: accessors: a field of another type than the format says
// ("role": 5, "content": {}) counts as absent instead of throwing out of the estimate.

qint64 stringChars(const nlohmann::json& j, const char* key)
{
    return qint64(json::string(j, key).size());
}

// Characters of a message's content (a string, or the text parts of a list) and of its
// reasoning, which an assistant message is trained on with its answer.
qint64 contentChars(const nlohmann::json& m)
{
    qint64 n = stringChars(m, "content");
    for (const auto& part : json::array(m, "content"))
        n += stringChars(part, "text");
    if (const std::string_view key = reasoningKeyOf(m);
        !key.empty() && json::string(m, "role") == QLatin1String("assistant"))
        n += stringChars(m, key.data());
    return n;
}

} // namespace

void TokenEstimate::addRow(const char* data, std::size_t size, FineTuneRequest::TrainOnInputs trainOnInputs)
{
    ++rows;
    const auto j = json::parse(QByteArrayView(data, qsizetype(size)));
    if (!j.is_object()) {
        ++unreadableRows;
        return;
    }
    const bool inputsToo = trainOnInputs == FineTuneRequest::TrainOnInputs::Yes;
    // A row weighted 0 (the root `weight`) is read but adds nothing to the loss.
    const SampleWeight sample = sampleWeightOfRow(j);
    const bool rowTrains = !sample.trainsNothing();
    if (const auto* msgs = json::find(j, "messages"); msgs && msgs->is_array()) {
        for (const auto& m : *msgs) {
            if (!m.is_object())
                continue;
            const qint64 n = contentChars(m);
            chars += n;
            const auto role = m.find("role");
            const std::string_view r = role != m.end() && role->is_string()
                                           ? std::string_view(role->get_ref<const std::string&>())
                                           : std::string_view();
            if (isMessageTrained(r, messageWeightOfMessage(m), inputsToo, sample))
                trainedChars += n;
        }
    } else if (j.contains("prompt") || j.contains("completion")) {
        const qint64 prompt = stringChars(j, "prompt");
        const qint64 completion = stringChars(j, "completion");
        chars += prompt + completion;
        trainedChars += rowTrains ? completion + (inputsToo ? prompt : 0) : 0;
    } else if (j.contains("text")) {
        const qint64 n = stringChars(j, "text");
        chars += n;
        trainedChars += rowTrains ? n : 0;
    } else if (j.contains("input")) {
        for (const auto& m : json::array(json::object(j, "input"), "messages"))
            chars += contentChars(m);
        for (const char* key : {"preferred_output", "non_preferred_output"})
            for (const auto& m : json::array(j, key)) {
                const qint64 n = contentChars(m);
                chars += n;
                trainedChars += rowTrains ? n : 0;
            }
    }
}

Result<TokenEstimate> TokenEstimate::ofFile(const QString& path, FineTuneRequest::TrainOnInputs trainOnInputs,
                                            const std::atomic_bool* cancel)
{
    auto file = MappedFile::open(path);
    if (!file)
        return file.error();
    (*file)->adviseSequential();
    TokenEstimate e;
    const char* data = (*file)->data();
    const std::size_t size = (*file)->size();
    std::size_t at = 0;
    while (at < size) {
        if (cancel && cancel->load() && (e.rows % 4096) == 0)
            return Error::make(Error::Code::Cancelled,
                               QCoreApplication::translate("td::TokenEstimate", "Counting tokens was cancelled."));
        const void* nl = std::memchr(data + at, '\n', size - at);
        const std::size_t end = nl ? std::size_t(static_cast<const char*>(nl) - data) : size;
        std::size_t len = end - at;
        if (len > 0 && data[at + len - 1] == '\r')
            --len;
        if (len > 0)
            e.addRow(data + at, len, trainOnInputs);
        at = end + 1;
    }
    if ((*file)->wasTruncated())
        return Error::make(
            Error::Code::Changed,
            QCoreApplication::translate("td::TokenEstimate", "%1 changed while it was being read.").arg(path));
    return e;
}

} // namespace td
