#include "report/formula_guard.hpp"

namespace jamt::report {

std::string formula_safe(std::string text) {
  // Prepending with operator+ rather than insert(0, …): GCC 12 reports a
  // false -Wrestrict for the inlined insert.
  if (!text.empty() && std::string("=+-@\t\r").find(text.front()) != std::string::npos) return "'" + text;
  return text;
}

}  // namespace jamt::report
