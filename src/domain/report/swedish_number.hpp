#pragma once
// The Swedish way of writing a number ("12 345,6", "−3"), for the text a
// report builder writes (service/) as well as for the renderers
// (report/swedish_format.hpp delegates here). Pure; thread-safe.
#include <string>

namespace jamt::report_doc {

// `value` with `decimals` decimals (rounded half away from zero, as
// Statistics Sweden does), a decimal comma, a no-break space between
// thousands and a true minus sign.
std::string number_sv(double value, int decimals);

}  // namespace jamt::report_doc
