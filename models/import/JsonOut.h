#pragma once

#include <string>
#include <string_view>

namespace td {

// Appends `text` (valid UTF-8) as a JSON string literal: quotes, backslashes and control
// characters escaped, everything else copied as is.
void appendJsonString(std::string& out, std::string_view text);

// The role a speaker name means in Together's data ("gpt" -> "assistant", "human" ->
// "user", "observation" -> "tool"), or empty when there is none. Case is ignored.
std::string_view chatRoleFor(std::string_view speaker);

} // namespace td
