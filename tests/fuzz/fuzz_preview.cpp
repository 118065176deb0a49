// libFuzzer target for Together's fine-tune preview: the answer of POST fine-tunes/preview
// (the first line of the input, any JSON) read by FineTunePreview, then laid over local rows
// (the other lines) by TokenPreview. Odd types, spans out of range or overlapping, tokens and
// ids of different lengths, broken UTF-8 in byte-level tokens: never an exception or a crash,
// and the result is consistent (spans inside the tokens, blocks covering every token once).
#include "api/wire/FineTunePreview.h"
#include "api/wire/JsonFields.h"
#include "jobs/TokenPreview.h"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace {

void require(bool ok)
{
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray answer = newline < 0 ? bytes : bytes.left(newline);
    QList<QByteArray> local;
    if (newline >= 0)
        local = bytes.mid(newline + 1).split('\n');
    const nlohmann::json j = td::wire::parse(answer);
    if (j.is_discarded())
        return 0;
    const auto preview = td::FineTunePreview::fromJson(j);
    if (!preview)
        return 0;
    for (const td::PreviewRow& row : preview->rows) {
        qint64 last = 0;
        for (const auto& s : row.trainedSpans) {
            require(s.start >= last && s.start < s.end && s.end <= row.tokenCount());
            last = s.end;
        }
    }
    for (auto inputs : {td::FineTuneRequest::TrainOnInputs::Auto, td::FineTuneRequest::TrainOnInputs::Yes}) {
        const td::TokenPreview p = td::TokenPreview::build(*preview, local, inputs);
        for (const td::TokenPreview::Row& r : p.rows()) {
            require(r.texts.size() == r.together.tokenCount() && r.special.size() == r.texts.size());
            qint64 next = 0;
            for (const td::TokenPreview::Block& b : r.blocks) {
                require(b.first == next && b.end > b.first && b.trained <= b.end - b.first);
                next = b.end;
            }
            require(next == r.texts.size());
        }
        (void)p.toText();
        (void)p.toJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    return 0;
}
