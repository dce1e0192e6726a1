#include "report/formula_guard.hpp"

namespace jamt::report {

std::string formula_safe(std::string text) {
  if (!text.empty() && std::string("=+-@\t\r").find(text.front()) != std::string::npos) text.insert(0, "'");
  return text;
}

}  // namespace jamt::report
