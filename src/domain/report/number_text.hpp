#pragma once
// The Swedish way of writing a number ("12 345,6", "−3"), for the text a
// report builder writes (service/) as well as for the renderers
// (report/number_text.hpp delegates here). Pure; thread-safe.
#include <string>

namespace jamt::report_doc {

// `value` with `decimals` decimals (rounded half away from zero, as
// Statistics Sweden does) in the current language: Swedish has a decimal
// comma and a no-break space between thousands, both a true minus sign.
std::string number_text(double value, int decimals);

}  // namespace jamt::report_doc
