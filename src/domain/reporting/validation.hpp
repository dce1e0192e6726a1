#pragma once
// Checking reported values against their form: value types, and the form's
// rules. Problems name the cell as the API writes it (`values.E1.total`) and
// carry the rule's Swedish message, so a page can put each beside its field.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/reporting/cell.hpp"
#include "domain/reporting/form.hpp"

namespace jamt::reporting {

// A value as typed: the text is kept whatever it says (nothing typed is
// lost); `number` is set when the text reads as a number of the element's
// type (yes_no: 1 for yes, 0 for no).
struct ReportedValue {
  std::string text{};
  std::optional<double> number{};
};

using Values = std::map<Cell, ReportedValue>;

// `text` read for an element of `type`: the number of an integer ("12"),
// a decimal ("12.5" or "12,5"), yes/no ("ja"/"nej", "yes"/"no", "true"/
// "false", "1"/"0"); nullopt for text, an empty value, or text that is not
// of the type.
std::optional<double> number_of(ValueType type, const std::string& text);

struct Problem {
  std::string field{};    // "values.E1.total", or "comment"
  std::string message{};  // Swedish
  Importance importance = Importance::error;
  std::string rule_id{};  // "" for a problem of the value itself (type)
};

// Earlier periods' values of the same organisation, oldest first, per cell
// (for outlier rules).
using History = std::map<Cell, std::vector<double>>;

// Every problem of `values` in `form`: cells the form does not have, values
// that are not of their element's type (errors), then each rule in order. A
// comparison is judged only when every cell it names has a number (a
// missing value is the business of a `required` rule), so a half-filled
// draft is not buried in problems. Outlier rules need kOutlierMinHistory
// earlier values of the cell.
std::vector<Problem> evaluate(const FormDefinition& form, const Values& values, const History& history = {});

// Whether `problems` hold an error.
bool has_error(const std::vector<Problem>& problems);
// Whether `problems` hold a warning.
bool has_warning(const std::vector<Problem>& problems);

}  // namespace jamt::reporting
