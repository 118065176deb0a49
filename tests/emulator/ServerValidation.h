#pragma once

#include <QByteArray>

#include <optional>
#include <string>

namespace td::emu {

// Together's file validation on its side (since 2026-06), as far as it is published: the one
// message it documents ("Line 7: `messages[1]` must contain a `role` field") for the rule it
// names, the line not being a JSON object in the same shape, and otherwise the verdict of the
// client checker (variant A) with its own message. Empty when the file is valid.
std::optional<std::string> serverValidationError(const QByteArray& content);

// The report's dataset_format for a valid file (CONVERSATION, INSTRUCTION, PREFERENCE, GENERAL).
std::string serverDatasetFormat(const QByteArray& content);

} // namespace td::emu
