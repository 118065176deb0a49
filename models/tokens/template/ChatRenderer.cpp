#include "tokens/template/ChatRenderer.h"

#include <QCoreApplication>

#include <algorithm>

namespace td {

namespace {

std::size_t commonPrefix(std::string_view a, std::string_view b)
{
    const std::size_t n = std::min(a.size(), b.size());
    std::size_t i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

// Where the text a prefix rendering `prefix` ends inside `full`, from `from` on. Usually the
// prefix rendering is a prefix of the full one and the answer is its length. Some templates
// render the last message differently (Qwen 3 gives the last assistant turn an empty <think>
// block that earlier turns lack): then the two agree up to a divergence point and again on the
// tail of the message (its answer and end-of-turn marker). We find the longest tail of the
// prefix rendering after the divergence that occurs in the full text after it (at least 8
// bytes, so a stray newline cannot match), and end there. `realigned`
// says the boundary was found that way rather than read off.
std::size_t boundaryIn(std::string_view full, std::string_view prefix, std::size_t from, bool& realigned)
{
    const std::size_t d = commonPrefix(full, prefix);
    if (d == prefix.size())
        return std::max(d, from);
    realigned = true;
    const std::string_view tail = prefix.substr(d);
    const std::size_t start = std::max(d, from);
    const std::size_t minimum = std::min<std::size_t>(8, tail.size());
    for (std::size_t len = tail.size(); len >= minimum && len > 0; --len) {
        const std::size_t at = full.find(tail.substr(tail.size() - len), start);
        if (at != std::string_view::npos)
            return at + len;
    }
    return start;
}

nlohmann::ordered_json withoutWeights(const nlohmann::ordered_json& messages)
{
    // `weight` is Together's training metadata, not part of the conversation the model sees.
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& m : messages) {
        if (m.is_object() && m.contains("weight")) {
            nlohmann::ordered_json copy = m;
            copy.erase("weight");
            out.push_back(std::move(copy));
        } else {
            out.push_back(m);
        }
    }
    return out;
}

std::string roleOf(const nlohmann::ordered_json& m)
{
    if (m.is_object()) {
        const auto it = m.find("role");
        if (it != m.end() && it->is_string())
            return it->get<std::string>();
    }
    return {};
}

Error rowError(const QString& message)
{
    return Error::make(Error::Code::Corrupt, message);
}

} // namespace

ChatRenderer::ChatRenderer(ChatTemplate chatTemplate, ChatRenderSettings settings)
    : m_template(std::move(chatTemplate))
    , m_settings(std::move(settings))
{}

// Spans by rendering progressively longer prefixes of the conversation: message k starts where
// the rendering of messages [0, k) ends inside the full rendering and ends where message k+1
// starts; the first starts at 0 and the last ends at the end. Whatever a template prints around
// a message (its role header, end-of-turn marker, the BOS before the first) belongs to the
// message it is printed with. A template that cannot render a prefix (Gemma's refuses an empty
// conversation) puts that boundary at the previous one.
Result<RenderedRow> ChatRenderer::renderConversation(const nlohmann::ordered_json& messages,
                                                     const nlohmann::ordered_json* tools,
                                                     const std::vector<bool>& trained) const
{
    const nlohmann::ordered_json clean = withoutWeights(messages);
    const std::size_t n = clean.size();
    ChatTemplateContext c;
    c.messages = clean;
    if (tools && !tools->is_null())
        c.tools = *tools;
    c.bosToken = m_settings.bosToken;
    c.eosToken = m_settings.eosToken;
    c.extra = m_settings.extraContext;
    std::vector<std::size_t> counts{n}; // the whole conversation, then its prefixes
    for (std::size_t k = 1; k < n; ++k)
        counts.push_back(k);
    auto rendered = m_template.renderPrefixes(c, counts, m_settings.options);
    if (!rendered[0].ok())
        return rendered[0].error();
    RenderedRow row;
    row.text = std::move(*rendered[0]);
    std::vector<std::size_t> starts(n + 1, 0);
    starts[n] = row.text.size();
    for (std::size_t k = 1; k < n; ++k) {
        const auto& prefix = rendered[k];
        starts[k] = prefix.ok() ? boundaryIn(row.text, *prefix, starts[k - 1], row.approximateSpans) : starts[k - 1];
        starts[k] = std::min(starts[k], row.text.size());
    }
    for (std::size_t k = 0; k < n; ++k) {
        RenderedSpan s;
        s.begin = starts[k];
        s.end = std::max(starts[k], starts[k + 1]);
        s.message = int(k);
        s.role = roleOf(clean[k]);
        s.trained = trained[k];
        row.spans.push_back(std::move(s));
    }
    return row;
}

Result<RenderedExample> ChatRenderer::renderLine(std::string_view jsonLine) const
{
    auto row = nlohmann::ordered_json::parse(jsonLine, nullptr, false);
    if (row.is_discarded())
        return rowError(QCoreApplication::translate("ChatRenderer", "The row is not valid JSON."));
    return render(row);
}

Result<RenderedExample> ChatRenderer::render(const nlohmann::ordered_json& row) const
{
    if (!row.is_object())
        return rowError(QCoreApplication::translate("ChatRenderer", "The row is not a JSON object."));
    const SampleWeight sample = sampleWeightOfRow(row);
    const bool inputs = m_settings.trainOnInputs;
    RenderedExample out;
    const auto tools = row.find("tools");
    const nlohmann::ordered_json* toolsPtr = tools != row.end() ? &*tools : nullptr;

    if (const auto msgs = row.find("messages"); msgs != row.end()) {
        if (!msgs->is_array())
            return rowError(QCoreApplication::translate("ChatRenderer", "The row's \"messages\" is not a list."));
        out.format = RowFormat::Conversation;
        std::vector<bool> trained;
        for (const auto& m : *msgs)
            trained.push_back(isMessageTrained(roleOf(m), messageWeightOfMessage(m), inputs, sample));
        auto r = renderConversation(*msgs, toolsPtr, trained);
        if (!r.ok())
            return r.error();
        out.row = std::move(*r);
        return out;
    }
    if (row.contains("prompt") || row.contains("completion")) {
        const auto p = row.find("prompt");
        const auto c = row.find("completion");
        if (p == row.end() || c == row.end() || !p->is_string() || !c->is_string())
            return rowError(QCoreApplication::translate(
                "ChatRenderer", "An instruction row needs \"prompt\" and \"completion\" strings."));
        out.format = RowFormat::Instruction;
        const std::string& prompt = p->get_ref<const std::string&>();
        const std::string& completion = c->get_ref<const std::string&>();
        out.row.text = prompt + completion;
        // The prompt plays the user's part, the completion the assistant's.
        out.row.spans.push_back(
            {0, prompt.size(), 0, "prompt", isMessageTrained("user", MessageWeight::Absent, inputs, sample)});
        out.row.spans.push_back({prompt.size(), out.row.text.size(), 1, "completion",
                                 isMessageTrained("assistant", MessageWeight::Absent, inputs, sample)});
        return out;
    }
    if (const auto t = row.find("text"); t != row.end()) {
        if (!t->is_string())
            return rowError(QCoreApplication::translate("ChatRenderer", "The row's \"text\" is not a string."));
        out.format = RowFormat::Text;
        out.row.text = t->get<std::string>();
        // All of a text row is trained: the whole row plays the assistant's part.
        out.row.spans.push_back(
            {0, out.row.text.size(), 0, "text", isMessageTrained("assistant", MessageWeight::Absent, inputs, sample)});
        return out;
    }
    if (const auto input = row.find("input"); input != row.end()) {
        const auto preferred = row.find("preferred_output");
        const auto rejected = row.find("non_preferred_output");
        if (!input->is_object() || !input->contains("messages") || !(*input)["messages"].is_array() ||
            preferred == row.end() || rejected == row.end() || !preferred->is_array() || !rejected->is_array())
            return rowError(QCoreApplication::translate(
                "ChatRenderer",
                "A preference row needs input.messages, preferred_output and non_preferred_output lists."));
        out.format = RowFormat::Preference;
        const auto& prompt = (*input)["messages"];
        const auto inputTools = input->find("tools");
        const nlohmann::ordered_json* t = inputTools != input->end() ? &*inputTools : toolsPtr;
        auto sequence = [&](const nlohmann::ordered_json& answer) -> Result<RenderedRow> {
            nlohmann::ordered_json all = prompt;
            std::vector<bool> trained(prompt.size(), false); // DPO trains on the answers only
            for (const auto& m : answer) {
                all.push_back(m);
                trained.push_back(isMessageTrained("assistant", messageWeightOfMessage(m), false, sample));
            }
            return renderConversation(all, t, trained);
        };
        auto chosen = sequence(*preferred);
        if (!chosen.ok())
            return chosen.error();
        auto other = sequence(*rejected);
        if (!other.ok())
            return other.error();
        out.row = std::move(*chosen);
        out.rejected = std::move(*other);
        out.sharedPrefix = commonPrefix(out.row.text, out.rejected->text);
        return out;
    }
    return rowError(QCoreApplication::translate("ChatRenderer", "The row has none of the keys of Together's formats."));
}

} // namespace td
