#include "report/number_text.hpp"

#include "domain/report/number_text.hpp"

namespace jamt::report {

std::string number_text(double value, int decimals) { return report_doc::number_text(value, decimals); }

std::string optional_number_text(const std::optional<double>& value, int decimals, const std::string& missing) {
  return value ? number_text(*value, decimals) : missing;
}

}  // namespace jamt::report
