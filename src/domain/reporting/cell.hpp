#pragma once
// One cell of a form: an element, a sex and, for an element with a category
// set, a category. Its place in an API body is its path: `values.E1.total`,
// or `values.E1.u18.total` with a category.
#include <optional>
#include <string>
#include <string_view>

namespace jamt::reporting {

// The sex disaggregations: kvinnor, män, annat/okänt, totalt.
enum class Sex { women, men, unknown, total };

// "women", "men", "unknown", "total".
std::string_view to_string(Sex sex);
// The sex named `text`, or nullopt.
std::optional<Sex> parse_sex(std::string_view text);
// "kvinnor", "män", "annat/okänt", "totalt".
std::string_view swedish_name(Sex sex);

struct Cell {
  std::string element{};
  Sex sex = Sex::total;
  std::string category{};  // "" for an element without categories

  auto operator<=>(const Cell&) const = default;
};

// "E1.total" or "E1.u18.total": how rules write a cell.
std::string to_string(const Cell& cell);
// A cell written as to_string writes it, or nullopt.
std::optional<Cell> parse_cell(std::string_view text);
// "values.E1.total": the field an error about the cell names.
std::string field_of(const Cell& cell);

}  // namespace jamt::reporting
