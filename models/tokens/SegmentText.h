#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace td {

// A piece of the input as the normalizers and pre-tokenizers change it, with where each byte came
// from in the input (so tokens can report their byte range there, for highlighting and hover).
// Most text passes through unchanged: then the bytes are a view of the input and no table is kept.
struct SegmentText
{
    std::string_view text;
    std::string storage;               // owns `text` when it differs from the input
    std::vector<std::uint32_t> origin; // input offset of each byte, plus one past the end
    bool identity = true;
    std::uint32_t base = 0; // input offset of text[0] when identity

    std::uint32_t originAt(std::size_t i) const { return identity ? base + std::uint32_t(i) : origin[i]; }

    void setView(std::string_view input, std::uint32_t begin, std::uint32_t end)
    {
        text = input.substr(begin, end - begin);
        identity = true;
        base = begin;
        origin.clear();
    }

    // Rebuilding into `storage`: start, then append bytes with their origin, then finish.
    void beginBuild()
    {
        storage.clear();
        origin.clear();
        identity = false;
    }
    void append(std::string_view bytes, std::uint32_t from)
    {
        storage.append(bytes);
        origin.insert(origin.end(), bytes.size(), from);
    }
    void appendSame(std::string_view bytes, const SegmentText& src, std::size_t srcIndex)
    {
        storage.append(bytes);
        for (std::size_t k = 0; k < bytes.size(); ++k)
            origin.push_back(src.originAt(srcIndex + k));
    }
    void finishBuild(std::uint32_t endOrigin)
    {
        origin.push_back(endOrigin);
        text = storage;
    }
    // Swaps contents; views into `storage` are re-pointed (a short string's bytes move with it).
    void swapWith(SegmentText& o)
    {
        std::swap(text, o.text);
        storage.swap(o.storage);
        origin.swap(o.origin);
        std::swap(identity, o.identity);
        std::swap(base, o.base);
        if (!identity)
            text = storage;
        if (!o.identity)
            o.text = o.storage;
    }
};

// A pre-token: a byte range of a SegmentText.
struct Piece
{
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

} // namespace td
