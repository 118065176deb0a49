#include "tokens/PreTokenizer.h"

#include <QStringList>

#include <algorithm>

namespace td {

namespace {

struct Span
{
    std::uint32_t begin;
    std::uint32_t end;
    bool match;
};

// Hugging Face's delimiter behaviours over the matches and the gaps between them.
void applyBehavior(PreTokenizer::Behavior behavior, const std::vector<Span>& spans, std::vector<Piece>& out)
{
    using B = PreTokenizer::Behavior;
    const std::size_t first = out.size();
    bool previous = false;
    switch (behavior) {
    case B::Removed:
        for (const Span& s : spans)
            if (!s.match)
                out.push_back({s.begin, s.end});
        break;
    case B::Isolated:
        for (const Span& s : spans)
            out.push_back({s.begin, s.end});
        break;
    case B::MergedWithPrevious:
        for (const Span& s : spans) {
            if (s.match && !previous && out.size() > first)
                out.back().end = s.end;
            else
                out.push_back({s.begin, s.end});
            previous = s.match;
        }
        break;
    case B::MergedWithNext:
        for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
            if (it->match && !previous && out.size() > first)
                out.back().begin = it->begin;
            else
                out.push_back({it->begin, it->end});
            previous = it->match;
        }
        std::reverse(out.begin() + std::ptrdiff_t(first), out.end());
        break;
    case B::Contiguous:
        for (const Span& s : spans) {
            if (s.match && previous && out.size() > first)
                out.back().end = s.end;
            else
                out.push_back({s.begin, s.end});
            previous = s.match;
        }
        break;
    }
}

} // namespace

bool PreTokenizer::split(const Step& s, const SegmentText& text, std::vector<Piece>& pieces, Scratch& scratch) const
{
    const PcreRegex* regex = s.kind == Kind::ByteLevel ? &*m_gpt2 : (s.regex ? &*s.regex : nullptr);
    std::vector<Piece>& out = scratch.nextPieces;
    out.clear();
    std::vector<Span> spans;
    for (const Piece& p : pieces) {
        const std::string_view sub = text.text.substr(p.begin, p.end - p.begin);
        scratch.matches.clear();
        if (regex) {
            if (!regex->findAll(sub, scratch.matches))
                return false;
        } else if (!s.literal.empty()) {
            for (std::size_t at = sub.find(s.literal); at != std::string_view::npos;
                 at = sub.find(s.literal, at + s.literal.size()))
                scratch.matches.emplace_back(std::uint32_t(at), std::uint32_t(at + s.literal.size()));
        }
        spans.clear();
        std::uint32_t prev = 0;
        for (const auto& [b, e] : scratch.matches) {
            if (b > prev)
                spans.push_back({p.begin + prev, p.begin + b, s.invert});
            spans.push_back({p.begin + b, p.begin + e, !s.invert});
            prev = e;
        }
        if (prev < sub.size())
            spans.push_back({p.begin + prev, p.end, s.invert});
        applyBehavior(s.kind == Kind::ByteLevel ? Behavior::Isolated : s.behavior, spans, out);
    }
    pieces.clear();
    for (const Piece& p : out)
        if (p.end > p.begin)
            pieces.push_back(p);
    return true;
}

// Metaspace: spaces become the replacement character, each piece may get one in front, and
// pieces split before each replacement character.
void PreTokenizer::metaspace(const Step& s, SegmentText& text, std::vector<Piece>& pieces, Scratch& scratch)
{
    SegmentText& out = scratch.other;
    std::vector<Piece>& next = scratch.nextPieces;
    next.clear();
    out.beginBuild();
    const std::string_view rep = s.replacement;
    for (const Piece& p : pieces) {
        const auto begin = std::uint32_t(out.storage.size());
        const std::string_view sub = text.text.substr(p.begin, p.end - p.begin);
        const bool startsWithRep = sub.starts_with(' ') || sub.starts_with(rep);
        const bool prepend = !startsWithRep && (s.prepend == Prepend::Always ||
                                                (s.prepend == Prepend::First && text.originAt(p.begin) == 0));
        if (prepend)
            out.append(rep, text.originAt(p.begin));
        for (std::size_t i = 0; i < sub.size(); ++i) {
            if (sub[i] == ' ')
                out.append(rep, text.originAt(p.begin + i));
            else
                out.appendSame(sub.substr(i, 1), text, p.begin + i);
        }
        const auto end = std::uint32_t(out.storage.size());
        if (!s.split) {
            next.push_back({begin, end});
            continue;
        }
        // MergedWithNext on the replacement character.
        std::uint32_t pieceStart = begin;
        const std::string_view built = std::string_view(out.storage).substr(begin);
        for (std::size_t at = built.find(rep, 1); at != std::string_view::npos; at = built.find(rep, at + rep.size())) {
            const auto cut = std::uint32_t(begin + at);
            if (cut > pieceStart)
                next.push_back({pieceStart, cut});
            pieceStart = cut;
        }
        if (end > pieceStart)
            next.push_back({pieceStart, end});
    }
    const std::uint32_t endOrigin = text.originAt(text.text.size());
    out.finishBuild(endOrigin);
    text.swapWith(out);
    pieces.swap(next);
}

// ByteLevel's add_prefix_space: a space in front of each piece that does not start with one.
void PreTokenizer::prefixSpace(SegmentText& text, std::vector<Piece>& pieces, Scratch& scratch)
{
    SegmentText& out = scratch.other;
    std::vector<Piece>& next = scratch.nextPieces;
    next.clear();
    out.beginBuild();
    for (const Piece& p : pieces) {
        const auto begin = std::uint32_t(out.storage.size());
        const std::string_view sub = text.text.substr(p.begin, p.end - p.begin);
        if (!sub.starts_with(' '))
            out.append(" ", text.originAt(p.begin));
        out.appendSame(sub, text, p.begin);
        next.push_back({begin, std::uint32_t(out.storage.size())});
    }
    out.finishBuild(text.originAt(text.text.size()));
    text.swapWith(out);
    pieces.swap(next);
}

bool PreTokenizer::run(SegmentText& text, std::vector<Piece>& pieces, Scratch& scratch) const
{
    pieces.clear();
    if (text.text.empty())
        return true;
    pieces.push_back({0, std::uint32_t(text.text.size())});
    for (const Step& s : m_steps) {
        switch (s.kind) {
        case Kind::Split:
            if (!split(s, text, pieces, scratch))
                return false;
            break;
        case Kind::Metaspace:
            metaspace(s, text, pieces, scratch);
            break;
        case Kind::ByteLevel:
            if (s.addPrefixSpace)
                prefixSpace(text, pieces, scratch);
            if (s.split && !split(s, text, pieces, scratch))
                return false;
            break;
        }
    }
    return true;
}

QString PreTokenizer::describe() const
{
    QStringList parts;
    for (const Step& s : m_steps) {
        switch (s.kind) {
        case Kind::Split:
            parts << (s.regex ? QStringLiteral("regex Split") : QStringLiteral("Split"));
            break;
        case Kind::ByteLevel:
            parts << QStringLiteral("ByteLevel");
            break;
        case Kind::Metaspace:
            parts << QStringLiteral("Metaspace");
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace td
