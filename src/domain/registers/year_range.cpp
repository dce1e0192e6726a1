#include "domain/registers/year_range.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

std::optional<int> year_in_range(const Record& record, const std::string& field, int first, int last,
                                 std::vector<Error>& errors) {
  const auto& text = value_of(record, field);
  if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  int year = std::stoi(text);
  if (year >= first && year <= last) return year;
  errors.push_back(validation_error(i18n::trf("År: ska vara mellan {1} och {2}", {std::to_string(first), std::to_string(last)}),
                                    {}, field));
  return std::nullopt;
}

}  // namespace jamt::registers
