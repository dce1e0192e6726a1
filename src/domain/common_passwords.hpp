#pragma once
// Common passwords: Debian's cracklib word list (cracklib-runtime's
// /usr/share/dict/cracklib-small, 54 763 words and common passwords such as
// "qwerty123"), compiled into the binary at build time (docs/security.md says
// why). Pure lookups.
#include <string_view>

namespace jamt {

// True when `password`, compared case-insensitively (ASCII letters), is on
// the list, or is a word of the list (at least 4 characters) with only
// digits and punctuation before or after it ("Password2024!",
// "123abstractions"). Thread-safe; the list is read on first use.
bool is_common_password(std::string_view password);

// How many words the compiled-in list holds (0 when it is missing).
std::size_t common_password_count();

}  // namespace jamt
