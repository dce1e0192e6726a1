#pragma once
// Texts and numbers in the language of the current request (language.hpp).
// The Swedish text is the key: tr("Spara") is "Save" on an English page.
// Thread-safe.
#include <initializer_list>
#include <string>
#include <string_view>

#include "domain/i18n/language.hpp"

namespace jamt::i18n {

// `swedish` in `language`: its translation from the catalogue, or `swedish`
// itself when the language is Swedish or the text has no translation (the
// Translations unit test fails for every text without one).
std::string translate(std::string_view swedish, Language language);

// translate() into the current request's language. Wrap every text a user
// reads that is written in C++: tr("Organisationen är sparad.").
std::string tr(std::string_view swedish);

// tr() of a text with numbered placeholders, then {1}, {2}, … replaced by
// `args` in order: trf("Visar {1} av {2}", {shown, total}). A placeholder
// without its argument stays as written.
std::string trf(std::string_view swedish, std::initializer_list<std::string_view> args);

// Marks a Swedish text that is translated later, by tr(variable), so that
// the Translations test finds it: a table of labels, a constant. Returns it.
constexpr std::string_view N_(std::string_view swedish) { return swedish; }

// `value` with `decimals` decimals the way `language` writes it, rounded
// half away from zero (as Statistics Sweden does), with a true minus sign:
// Swedish 12345.6 → "12 345,6" (no-break space), English → "12,345.6".
std::string format_number(double value, int decimals, Language language);

// format_number() in the current request's language.
std::string format_number(double value, int decimals);

}  // namespace jamt::i18n
