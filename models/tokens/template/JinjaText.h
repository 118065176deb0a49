#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace td::jinja {

// Python str operations on UTF-8 text. Python strings are sequences of code points, so lengths,
// indexes and slices count code points, not bytes; whitespace is what str.isspace() accepts.
namespace text {

std::u32string decode(std::string_view utf8); // invalid bytes become U+FFFD
std::string encode(std::u32string_view codepoints);
void appendCodepoint(std::string& out, char32_t c);
std::size_t length(std::string_view utf8);
bool isAscii(std::string_view s);

bool isSpace(char32_t c); // Python's str.isspace()
// str.strip()/lstrip()/rstrip(): without chars (nullptr) Python whitespace, else any of chars.
std::string strip(std::string_view s, const std::string* chars, bool left, bool right);
std::vector<std::string> split(std::string_view s, const std::string* sep, long long maxsplit);

std::string upper(std::string_view s);
std::string lower(std::string_view s);
std::string capitalize(std::string_view s);  // first code point upper, the rest lower
std::string pythonTitle(std::string_view s); // str.title()
std::string jinjaTitle(std::string_view s);  // Jinja's |title filter
std::string replace(std::string_view s, std::string_view from, std::string_view to, long long count);

std::string repr(std::string_view s); // Python's repr() of a str

} // namespace text
} // namespace td::jinja
