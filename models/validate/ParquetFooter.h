#pragma once

#include "core/Result.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace td {

// What check_file needs of a Parquet file, read from its footer (the Thrift compact-encoded
// FileMetaData before the trailing length and "PAR1"), without an Arrow library: the
// top-level column names in schema order and the row count.
struct ParquetFooter
{
    std::vector<std::string> columns;
    std::int64_t rows = 0;
};

Result<ParquetFooter> readParquetFooter(const QString& path);
Result<ParquetFooter> parseParquetFooter(const char* data, std::size_t size);

} // namespace td
