#include "tokens/Normalizer.h"

#include <QStringList>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <utility>

namespace td {

namespace {

// NFC. Text that is already NFC (nearly all) stays a view of the input.
bool nfc(SegmentText& text, SegmentText& out)
{
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(err);
    if (U_FAILURE(err) || !n)
        return false;
    const icu::StringPiece source(text.text.data(), std::int32_t(text.text.size()));
    if (n->isNormalizedUTF8(source, err) && U_SUCCESS(err))
        return true;
    err = U_ZERO_ERROR;
    std::string result;
    icu::StringByteSink<std::string> sink(&result);
    icu::Edits edits;
    n->normalizeUTF8(0, source, sink, &edits, err);
    if (U_FAILURE(err))
        return false;
    out.beginBuild();
    out.storage = std::move(result);
    out.origin.resize(out.storage.size());
    icu::Edits::Iterator it = edits.getFineIterator();
    while (it.next(err)) {
        const auto src = std::size_t(it.sourceIndex());
        const auto dst = std::size_t(it.destinationIndex());
        for (std::int32_t k = 0; k < it.newLength(); ++k) {
            // A composed character comes from the whole sequence it replaced.
            out.origin[dst + std::size_t(k)] =
                it.hasChange() ? text.originAt(src) : text.originAt(src + std::size_t(k));
        }
    }
    if (U_FAILURE(err))
        return false;
    out.finishBuild(text.originAt(text.text.size()));
    text.swapWith(out);
    return true;
}

void prepend(SegmentText& text, SegmentText& out, const std::string& content)
{
    if (text.text.empty())
        return;
    out.beginBuild();
    out.append(content, text.originAt(0));
    out.appendSame(text.text, text, 0);
    out.finishBuild(text.originAt(text.text.size()));
    text.swapWith(out);
}

void replace(SegmentText& text, SegmentText& out, const std::string& pattern, const std::string& content)
{
    if (pattern.empty())
        return;
    std::size_t hit = text.text.find(pattern);
    if (hit == std::string_view::npos)
        return;
    out.beginBuild();
    std::size_t pos = 0;
    while (hit != std::string_view::npos) {
        out.appendSame(text.text.substr(pos, hit - pos), text, pos);
        out.append(content, text.originAt(hit));
        pos = hit + pattern.size();
        hit = text.text.find(pattern, pos);
    }
    out.appendSame(text.text.substr(pos), text, pos);
    out.finishBuild(text.originAt(text.text.size()));
    text.swapWith(out);
}

} // namespace

bool Normalizer::normalize(SegmentText& text, SegmentText& scratch) const
{
    for (const Step& s : m_steps) {
        switch (s.kind) {
        case Kind::Nfc:
            if (!nfc(text, scratch))
                return false;
            break;
        case Kind::Prepend:
            prepend(text, scratch, s.content);
            break;
        case Kind::Replace:
            replace(text, scratch, s.pattern, s.content);
            break;
        }
    }
    return true;
}

QString Normalizer::describe() const
{
    QStringList parts;
    for (const Step& s : m_steps) {
        switch (s.kind) {
        case Kind::Nfc:
            parts << QStringLiteral("NFC");
            break;
        case Kind::Prepend:
            parts << QStringLiteral("Prepend");
            break;
        case Kind::Replace:
            parts << QStringLiteral("Replace");
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace td
