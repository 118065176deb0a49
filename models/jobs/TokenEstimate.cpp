#include "jobs/TokenEstimate.h"

#include "dataset/MappedFile.h"
#include "dataset/MessageWeight.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cstring>

namespace td {

namespace {

// Characters of a message's content: a string, or the text parts of a list.
qint64 contentChars(const nlohmann::json& m)
{
    auto it = m.find("content");
    if (it == m.end())
        return 0;
    if (it->is_string())
        return qint64(QString::fromStdString(it->get_ref<const std::string&>()).size());
    qint64 n = 0;
    if (it->is_array())
        for (const auto& part : *it)
            if (part.is_object() && part.contains("text") && part["text"].is_string())
                n += qint64(QString::fromStdString(part["text"].get_ref<const std::string&>()).size());
    return n;
}

qint64 stringChars(const nlohmann::json& j, const char* key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? qint64(QString::fromStdString(it->get_ref<const std::string&>()).size())
                                            : 0;
}

} // namespace

void TokenEstimate::addRow(const char* data, std::size_t size, FineTuneRequest::TrainOnInputs trainOnInputs)
{
    ++rows;
    const auto j = nlohmann::json::parse(data, data + size, nullptr, false);
    if (!j.is_object()) {
        ++unreadableRows;
        return;
    }
    const bool inputsToo = trainOnInputs == FineTuneRequest::TrainOnInputs::Yes;
    if (auto msgs = j.find("messages"); msgs != j.end() && msgs->is_array()) {
        for (const auto& m : *msgs) {
            if (!m.is_object())
                continue;
            const qint64 n = contentChars(m);
            chars += n;
            const auto role = m.find("role");
            const std::string_view r = role != m.end() && role->is_string()
                                           ? std::string_view(role->get_ref<const std::string&>())
                                           : std::string_view();
            if (isMessageTrained(r, messageWeightOfMessage(m), inputsToo))
                trainedChars += n;
        }
    } else if (j.contains("prompt") || j.contains("completion")) {
        const qint64 prompt = stringChars(j, "prompt");
        const qint64 completion = stringChars(j, "completion");
        chars += prompt + completion;
        trainedChars += completion + (inputsToo ? prompt : 0);
    } else if (j.contains("text")) {
        const qint64 n = stringChars(j, "text");
        chars += n;
        trainedChars += n;
    } else if (j.contains("input")) {
        if (auto input = j.find("input"); input->is_object())
            if (auto msgs = input->find("messages"); msgs != input->end() && msgs->is_array())
                for (const auto& m : *msgs)
                    if (m.is_object())
                        chars += contentChars(m);
        for (const char* key : {"preferred_output", "non_preferred_output"})
            if (auto out = j.find(key); out != j.end() && out->is_array())
                for (const auto& m : *out)
                    if (m.is_object()) {
                        const qint64 n = contentChars(m);
                        chars += n;
                        trainedChars += n;
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
