#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace td {

// The classes of a text's bytes that the personal-data gate and number pass look at, as bit
// masks, 64 bytes a word (bit i of word w: byte 64 w + i), found 16, 32 or 64 bytes at a time
// (SSE2, AVX2 or AVX-512, with VBMI's table lookups where the processor has them): digits, dots, capitals, colons and
// the bytes walkRun joins digit groups with (space, dot, dash, closing parenthesis), backslashes and "u" (for JSON's
// "\u" escapes); for the gate also the bytes of a secret's value
// ([A-Za-z0-9+/_.~\\-]), "=", spaces, "@" and "+". These are all that the places worth a look
// need (NumberAnchors, SecretCandidates and PunctuationCandidates find them). Each class has a zero word before the
// text and kTail after it, so code may look a word back and several ahead. Reused from one text to the next (a thread's
// own, thread_local).
class ByteClasses
{
public:
    enum Class { Digit, Dot, Upper, Colon, Separator, Backslash, LetterU, Value, Equals, Space, At, Plus, Count };
    static constexpr std::size_t kTail = 16;

    // The masks of `text`, the gate's five (Value to Plus) only `withGateClasses` (otherwise
    // they hold nothing of this text); returns the number of words. `next`, the bytes the
    // caller reads next, is read into the cache meanwhile (a whole-file scan waited for memory
    // at each block's first touch).
    std::size_t compute(std::string_view text, bool withGateClasses = false, std::string_view next = {});
    // The same with the instructions of `isa` (which the processor must have, see supported):
    // compute takes the best there is; the tests compare them.
    enum class Isa { Sse2, Avx2, Avx512, Avx512Vbmi };
    static bool supported(Isa isa);
    std::size_t compute(std::string_view text, bool withGateClasses, Isa isa, std::string_view next = {});
    std::size_t words() const { return words_; }
    // Word 0 of a class (word -1 and words() .. words() + kTail - 1 are zero).
    const std::uint64_t* of(Class c) const { return masks_[c].data() + 1; }

private:
    std::vector<std::uint64_t> masks_[Count];
    std::size_t words_ = 0;
};

} // namespace td
