#include "validate/QuickFix.h"
#include "dataset/TrailingText.h"

#include "curation/PiiRedaction.h"
#include "dataset/RowJson.h"
#include "validate/ImageData.h"

namespace td {
namespace {

bool fixWeights(RowJson& messages)
{
    if (!messages.is_array())
        return false;
    bool changed = false;
    for (RowJson& m : messages) {
        if (!m.is_object() || !m.contains("weight"))
            continue;
        RowJson& w = m["weight"];
        if (w.is_boolean()) {
            w = w.get<bool>() ? 1 : 0;
            changed = true;
        } else if (w.is_number_float() && (w.get<double>() == 0.0 || w.get<double>() == 1.0)) {
            w = int(w.get<double>());
            changed = true;
        }
    }
    return changed;
}

bool mergeSameRole(RowJson& messages)
{
    if (!messages.is_array())
        return false;
    bool changed = false;
    RowJson merged = RowJson::array();
    for (RowJson& m : messages) {
        if (!merged.empty()) {
            RowJson& prev = merged.back();
            const bool mergeable = prev.is_object() && m.is_object() && prev.contains("role") && m.contains("role") &&
                                   prev["role"] == m["role"] && prev.contains("content") && m.contains("content") &&
                                   prev["content"].is_string() && m["content"].is_string();
            if (mergeable) {
                prev["content"] = prev["content"].get<std::string>() + "\n\n" + m["content"].get<std::string>();
                changed = true;
                continue;
            }
        }
        merged.push_back(std::move(m));
    }
    messages = std::move(merged);
    return changed;
}

// The 2026 formats also allow a sample weight in any row and tools beside a conversation's
// messages; `allow2026` keeps them.
bool dropExtraKeys(RowJson& row, bool allow2026 = false)
{
    static const std::vector<std::vector<std::string>> formats = {
        {"text"}, {"messages"}, {"prompt", "completion"}, {"input", "preferred_output", "non_preferred_output"}};
    for (const auto& required : formats) {
        bool all = true;
        for (const auto& k : required)
            all = all && row.contains(k);
        if (!all)
            continue;
        RowJson kept = RowJson::object();
        const bool conversation = required.front() == "messages";
        for (auto it = row.begin(); it != row.end(); ++it)
            if (std::find(required.begin(), required.end(), it.key()) != required.end() ||
                (allow2026 && (it.key() == "weight" || (conversation && it.key() == "tools"))))
                kept[it.key()] = std::move(it.value());
        const bool changed = kept.size() != row.size();
        row = std::move(kept);
        return changed;
    }
    return false;
}

bool sampleWeightToZero(RowJson& row)
{
    auto it = row.find("weight");
    if (it == row.end() || !it->is_number() || !(it->get<double>() < 0))
        return false;
    *it = 0;
    return true;
}

bool moveToolsIntoInput(RowJson& row)
{
    auto tools = row.find("tools");
    auto input = row.find("input");
    if (tools == row.end() || input == row.end() || !input->is_object() || input->contains("tools"))
        return false;
    (*input)["tools"] = std::move(*tools);
    row.erase("tools");
    return true;
}

// Every image data URL of the row names the type its bytes have.
bool imageTypesFromBytes(RowJson& value)
{
    bool changed = false;
    if (value.is_array()) {
        for (RowJson& item : value)
            changed |= imageTypesFromBytes(item);
    } else if (value.is_object()) {
        auto url = value.find("url");
        if (url != value.end() && url->is_string()) {
            const std::string& u = url->get_ref<const std::string&>();
            const std::size_t comma = u.find(";base64,");
            if (u.starts_with("data:image/") && comma != std::string::npos) {
                const Base64Image image = inspectBase64Image(u, comma + 8);
                const ImageType declared = declaredImageType(std::string_view(u).substr(11, comma - 11));
                if (image.validBase64 && image.type != ImageType::Unknown && image.type != declared) {
                    *url = "data:image/" + std::string(imageSubtype(image.type)) + u.substr(comma);
                    changed = true;
                }
            }
        }
        for (auto& [key, child] : value.items())
            if (key != "url")
                changed |= imageTypesFromBytes(child);
    }
    return changed;
}

} // namespace

FixOutcome applyFix(QByteArrayView row, FixKind kind)
{
    FixOutcome out;
    switch (kind) {
    case FixKind::None:
        return out;
    case FixKind::DeleteRow:
        out.action = FixOutcome::Action::Delete;
        return out;
    case FixKind::RedactPersonalData:
        // Every finding of every kind in the row (the scanner decides, as the lint did).
        out.bytes = redactRow(row, RedactTarget{});
        if (!out.bytes.isEmpty())
            out.action = FixOutcome::Action::Replace;
        return out;
    case FixKind::DropTrailingText: {
        // Raw bytes: the object stays as it was written.
        const qsizetype bom = row.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)) ? 3 : 0;
        if (const auto cut = trailingTextStart(row.sliced(bom))) {
            const QByteArrayView object = row.first(bom + *cut);
            if (parseRow(object.sliced(bom))) {
                out.action = FixOutcome::Action::Replace;
                out.bytes = object.toByteArray();
            }
        }
        return out;
    }
    case FixKind::StripBom:
        // Raw bytes: nothing else in the row changes.
        if (row.startsWith(QByteArrayView("\xEF\xBB\xBF", 3))) {
            out.action = FixOutcome::Action::Replace;
            out.bytes = row.sliced(3).toByteArray();
        }
        return out;
    default:
        break;
    }
    auto parsed = parseRow(row);
    if (!parsed || !parsed->is_object())
        return out;
    RowJson& json = *parsed;
    bool changed = false;
    if (kind == FixKind::DropExtraKeys || kind == FixKind::DropUnknownKeys) {
        changed = dropExtraKeys(json, kind == FixKind::DropUnknownKeys);
    } else if (kind == FixKind::SampleWeightToZero) {
        changed = sampleWeightToZero(json);
    } else if (kind == FixKind::MoveToolsIntoInput) {
        changed = moveToolsIntoInput(json);
    } else if (kind == FixKind::ImageTypeFromBytes) {
        changed = imageTypesFromBytes(json);
    } else if (kind == FixKind::WeightToInteger || kind == FixKind::MergeSameRole) {
        for (RowJson* list : {json.contains("messages") ? &json["messages"] : nullptr,
                              json.contains("input") && json["input"].is_object() && json["input"].contains("messages")
                                  ? &json["input"]["messages"]
                                  : nullptr}) {
            if (!list)
                continue;
            changed |= kind == FixKind::WeightToInteger ? fixWeights(*list) : mergeSameRole(*list);
        }
    }
    if (changed) {
        out.action = FixOutcome::Action::Replace;
        out.bytes = serializeRow(json);
    }
    return out;
}

} // namespace td
