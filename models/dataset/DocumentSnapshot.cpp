#include "dataset/DocumentSnapshot.h"

namespace td {

std::int64_t DocumentSnapshot::rowCount() const
{
    if (order)
        return std::int64_t(order->size());
    return starts && !starts->empty() ? std::int64_t(starts->size() - 1) : 0;
}

QByteArrayView stripLineEnd(QByteArrayView line)
{
    if (line.endsWith('\n')) {
        line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
    } else if (line.endsWith('\r')) {
        line.chop(1); // a lone CR ends a line too (see LineScanner)
    }
    return line;
}

QByteArrayView DocumentSnapshot::originalSpan(RowId id) const
{
    const auto& s = *starts;
    return file->view(s[std::size_t(id)], s[std::size_t(id) + 1]);
}

QByteArrayView DocumentSnapshot::rowViewById(RowId id) const
{
    if (contents) {
        auto it = contents->find(id);
        if (it != contents->end())
            return it->second;
    }
    return stripLineEnd(originalSpan(id));
}

QByteArrayView DocumentSnapshot::rowView(std::int64_t pos) const
{
    return rowViewById(idAt(pos));
}

std::uint64_t DocumentSnapshot::totalBytesEstimate() const
{
    std::uint64_t n = file ? file->size() : 0;
    if (contents)
        for (const auto& [id, bytes] : *contents)
            n += std::uint64_t(bytes.size());
    return n;
}

} // namespace td
