// libFuzzer target for the wire records (what Together and OpenAI-compatible servers answer):
// each record parser gets any JSON, and the byte-level parsers any bytes; a field of an
// unexpected type must give a default or "not this record", never an exception or a crash.
#include "WireRecords.h"

#include "api/wire/JsonFields.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)td::parseErrorBody(500, bytes);
    (void)td::RemoteFile::fromJson(bytes);
    (void)td::ModelCatalog::fromJson(bytes);
    const nlohmann::json j = td::wire::parse(bytes);
    if (j.is_discarded())
        return 0;
    for (const td::test::WireRecord& record : td::test::wireRecords())
        (void)record.parse(j);
    // Lists as the client reads them: a {"data": [...]} answer or a bare array.
    for (const nlohmann::json& item : td::wire::dataArray(j))
        for (const td::test::WireRecord& record : td::test::wireRecords())
            (void)record.parse(item);
    return 0;
}
