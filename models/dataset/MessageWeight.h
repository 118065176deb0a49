#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

namespace td {

// A message's `weight` as Together reads it. Integers 0 and 1 and the booleans (Python's bool
// is an int) are the documented spellings; 0.0 and 1.0 are read the same way by the server
// (the lint warns about them). Anything else is Invalid and the row is rejected.
enum class MessageWeight { Absent, Zero, One, Invalid };

// Whether Together trains on a message: the one rule the editor's bars, the lint, the parity
// fast path and the token counts share. An explicit weight decides; without one (or with an
// invalid one, which only a rejected row has) assistant messages are trained, and every other
// role only when `train_on_inputs` is true.
constexpr bool isMessageTrained(std::string_view role, MessageWeight weight, bool trainOnInputs = false)
{
    switch (weight) {
    case MessageWeight::One:
        return true;
    case MessageWeight::Zero:
        return false;
    case MessageWeight::Absent:
    case MessageWeight::Invalid:
        break;
    }
    return role == "assistant" || trainOnInputs;
}

// A row's sample weight (the root `weight`, since 2026): a non-negative number multiplying the
// loss of the whole row, in any format; 1 when absent. Negative numbers, non-numbers (booleans
// too) and non-finite values are Invalid: the server rejects them.
struct SampleWeight
{
    enum class Kind { Absent, Valid, Invalid } kind = Kind::Absent;
    double value = 1.0; // Valid: the multiplier; Absent: 1

    // A row whose sample weight is 0 adds nothing to the loss, whatever its message weights.
    constexpr bool trainsNothing() const { return kind == Kind::Valid && value == 0.0; }
};

// Whether Together trains on a message of a row with the given sample weight: the message
// rule above, and nothing of a row weighted 0. (An invalid sample weight is the rejected
// row's problem; its messages are shown as the message rule says.)
constexpr bool isMessageTrained(std::string_view role, MessageWeight weight, bool trainOnInputs, SampleWeight sample)
{
    return !sample.trainsNothing() && isMessageTrained(role, weight, trainOnInputs);
}

// The sample weight of a decoded JSON value (`nullptr` when the key is absent).
template<typename Json>
SampleWeight sampleWeightOf(const Json* weight)
{
    if (!weight)
        return {};
    if (weight->is_number() && !weight->is_boolean()) {
        const double v = weight->template get<double>();
        if (v >= 0.0 && v <= 1.7976931348623157e308) // not negative, not NaN, not infinite
            return {SampleWeight::Kind::Valid, v};
    }
    return {SampleWeight::Kind::Invalid, 1.0};
}

// The sample weight of a row object (any other JSON value has none).
template<typename Json>
SampleWeight sampleWeightOfRow(const Json& row)
{
    if (!row.is_object())
        return {};
    const auto it = row.find("weight");
    return it == row.end() ? SampleWeight{} : sampleWeightOf(&*it);
}

// The weight of a decoded JSON value (`nullptr` when the key is absent).
template<typename Json>
MessageWeight messageWeightOf(const Json* weight)
{
    if (!weight)
        return MessageWeight::Absent;
    if (weight->is_boolean())
        return weight->template get<bool>() ? MessageWeight::One : MessageWeight::Zero;
    if (weight->is_number_integer()) {
        const auto v = weight->template get<std::int64_t>();
        return v == 0 ? MessageWeight::Zero : v == 1 ? MessageWeight::One : MessageWeight::Invalid;
    }
    if (weight->is_number_float()) {
        const double v = weight->template get<double>();
        return v == 0.0 ? MessageWeight::Zero : v == 1.0 ? MessageWeight::One : MessageWeight::Invalid;
    }
    return MessageWeight::Invalid;
}

// The weight of a message object (any other JSON value has none).
template<typename Json>
MessageWeight messageWeightOfMessage(const Json& message)
{
    if (!message.is_object())
        return MessageWeight::Absent;
    const auto it = message.find("weight");
    return it == message.end() ? MessageWeight::Absent : messageWeightOf(&*it);
}

} // namespace td
