// libFuzzer target for a dataset row opened in the playground (Try in Playground) and for a
// saved conversation file: any bytes give a conversation or an Error, never an exception or a
// crash; a conversation made from a row converts back to a row that is JSON.
#include "core/JsonRead.h"
#include "playground/Conversation.h"
#include "playground/TrainingRows.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView row(reinterpret_cast<const char*>(data), qsizetype(size));
    for (int answer : {-1, 0, 1, 3}) {
        const auto c = td::TrainingRows::fromRow(row, answer);
        if (!c)
            continue;
        // Prompt/completion rows have no message index (-1); others answer at or after the choice.
        if (answer >= 0 && c->answerIndex >= 0 && c->answerIndex < answer) {
            std::fprintf(stderr, "the answer chosen (%d) is before the question (%d)\n", c->answerIndex, answer);
            std::abort();
        }
        const QByteArray back = td::TrainingRows::conversationRow(c->system, c->messages, 1);
        if (!td::json::parse(back).is_object()) {
            std::fprintf(stderr, "the row made from the conversation is not JSON: %s\n", back.constData());
            std::abort();
        }
    }
    // The same bytes as a saved conversation (files can be damaged or hand-edited).
    if (const auto conversation = td::Conversation::fromJson(td::json::parse(row))) {
        (void)conversation->toMarkdown();
        (void)conversation->toJson().dump();
    }
    return 0;
}
