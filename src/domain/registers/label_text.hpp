#pragma once
// Labels of the register descriptions (field_spec.hpp) as a user reads them.
#include <string>
#include <string_view>

namespace jamt::registers {

// A label of a field, a choice or a register (label_sv, plural_sv, hint_sv,
// each marked with i18n::N_ where it is written) in the current request's
// language, also a label joined from two marked parts as "Åtagande:
// Ledningsbeslut om …". Choices and booleans from display_value() follow the
// request's language too; a download sets Swedish around its work
// (i18n::LanguageScope) and so keeps label_sv. Thread-safe.
std::string label_text(std::string_view label_sv);

}  // namespace jamt::registers
