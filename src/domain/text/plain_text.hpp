#pragma once
// Small helpers for text typed into forms.
#include <cstddef>
#include <string>
#include <string_view>

namespace jamt::text {

// `s` without leading and trailing spaces, tabs and line breaks.
std::string trimmed(std::string_view s);

// The number of characters (Unicode code points) of UTF-8 text `s`: what a
// length limit shown to a user counts. Continuation bytes are not counted.
std::size_t character_count(std::string_view s);

}  // namespace jamt::text
