#pragma once
// The code that names a measure ("BE0101N1", "BE0101N1.tot"): typed on the
// import form or taken from a file, then used in URLs and download names.
#include <string_view>

#include "domain/result.hpp"

namespace jamt::stats {

// The longest measure code accepted, in bytes.
inline constexpr std::size_t kMaxMeasureCodeBytes = 64;

// Checks `code`: 1 to kMaxMeasureCodeBytes of the ASCII letters a–z and
// A–Z, digits, "_", "-" and ".", beginning with a letter or a digit, not
// ending in "." and not ending in a file type a browser or an operating
// system would act on (".html", ".htm", ".svg", ".js", ".exe", …, any case).
// Error "validation" with `field` and a Swedish message that quotes the code
// (control characters shown as "?") and says what is allowed.
Status check_measure_code(std::string_view code, const std::string& field);

}  // namespace jamt::stats
