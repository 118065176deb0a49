#pragma once

#include <QList>
#include <QString>

namespace td {

// One page of a v2 list: {"data": [...], "next_cursor": "..."}. The cursor (snake_case even
// in the camelCase v2 API) goes back as `after`; empty on the last page.
template<typename T>
struct DmiPage
{
    QList<T> items;
    QString nextCursor;
};

} // namespace td
