#pragma once

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace td::emu {

// A JSON body as the emulator sends it (compact, like Together's servers).
inline QByteArray dumpJson(const nlohmann::json& j)
{
    return QByteArray::fromStdString(j.dump());
}

} // namespace td::emu
