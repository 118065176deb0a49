#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>

namespace td {

// A row to replace by several (a row split into pieces that fit the context length).
struct RowReplacement
{
    std::int64_t position = 0;
    QList<QByteArray> rows;
};

} // namespace td
