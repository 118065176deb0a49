#include "validate/QuickFix.h"

#include "dataset/RowJson.h"

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

bool dropExtraKeys(RowJson& row)
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
        for (auto it = row.begin(); it != row.end(); ++it)
            if (std::find(required.begin(), required.end(), it.key()) != required.end())
                kept[it.key()] = std::move(it.value());
        const bool changed = kept.size() != row.size();
        row = std::move(kept);
        return changed;
    }
    return false;
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
    if (kind == FixKind::DropExtraKeys) {
        changed = dropExtraKeys(json);
    } else {
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
