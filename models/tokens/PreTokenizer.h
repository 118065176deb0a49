#pragma once

#include "tokens/PcreRegex.h"
#include "tokens/SegmentText.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace td {

// The pre-tokenizer of a tokenizer.json as a list of steps (a Sequence flattened): Split (regex or
// literal, every delimiter behaviour, invert), ByteLevel (GPT-2's pattern, prefix space) and
// Metaspace (replacement character, prepend scheme, split). Byte-level vocabularies are loaded
// as raw bytes, so ByteLevel does not map bytes here; it must be the last step.
class PreTokenizer
{
public:
    enum class Kind { Split, ByteLevel, Metaspace };
    enum class Behavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };
    enum class Prepend { Always, First, Never };
    struct Step
    {
        Kind kind = Kind::Split;
        // Split
        std::optional<PcreRegex> regex; // else `literal`
        std::string literal;
        Behavior behavior = Behavior::Isolated;
        bool invert = false;
        // ByteLevel
        bool addPrefixSpace = false;
        // Metaspace
        std::string replacement;
        Prepend prepend = Prepend::Always;
        bool split = true;
    };

    void add(Step step) { m_steps.push_back(std::move(step)); }
    bool empty() const { return m_steps.empty(); }
    bool endsWithByteLevel() const { return !m_steps.empty() && m_steps.back().kind == Kind::ByteLevel; }
    QString describe() const;

    struct Scratch
    {
        SegmentText other;
        std::vector<Piece> nextPieces;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> matches;
    };

    // Splits `text` (one stretch of input between added tokens, normalized) into `pieces`; may
    // rewrite `text`. False when the regex engine gave up.
    bool run(SegmentText& text, std::vector<Piece>& pieces, Scratch& scratch) const;

private:
    bool split(const Step& s, const SegmentText& text, std::vector<Piece>& pieces, Scratch& scratch) const;
    static void metaspace(const Step& s, SegmentText& text, std::vector<Piece>& pieces, Scratch& scratch);
    static void prefixSpace(SegmentText& text, std::vector<Piece>& pieces, Scratch& scratch);

    std::vector<Step> m_steps;
    std::optional<PcreRegex> m_gpt2; // ByteLevel's use_regex pattern, compiled once
public:
    void setGpt2Regex(PcreRegex r) { m_gpt2 = std::move(r); }
};

} // namespace td
