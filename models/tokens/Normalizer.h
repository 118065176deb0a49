#pragma once

#include "tokens/SegmentText.h"

#include <QString>

#include <string>
#include <vector>

namespace td {

// The normalizer of a tokenizer.json as a list of steps (a Sequence flattened): Unicode NFC,
// Prepend and Replace of a literal string. Each step keeps track of where bytes came from.
class Normalizer
{
public:
    enum class Kind { Nfc, Prepend, Replace };
    struct Step
    {
        Kind kind = Kind::Nfc;
        std::string pattern; // Replace: what is replaced
        std::string content; // Prepend and Replace: the new text
    };

    void add(Step step) { m_steps.push_back(std::move(step)); }
    bool empty() const { return m_steps.empty(); }
    QString describe() const;

    // Normalizes `text` in place (`scratch` is working space). False when ICU failed.
    bool normalize(SegmentText& text, SegmentText& scratch) const;

private:
    std::vector<Step> m_steps;
};

} // namespace td
