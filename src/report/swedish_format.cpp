#include "report/swedish_format.hpp"

#include "domain/report/swedish_number.hpp"

namespace jamt::report {

std::string format_number_sv(double value, int decimals) { return report_doc::number_sv(value, decimals); }

std::string format_optional_sv(const std::optional<double>& value, int decimals, const std::string& missing) {
  return value ? format_number_sv(*value, decimals) : missing;
}

}  // namespace jamt::report
