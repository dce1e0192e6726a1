#pragma once
// Validation rules of a form: left side, operator, right side, where a side
// is one cell, a sum of cells or a constant ("E1.total == E1.women + E1.men
// + E1.unknown"), with an importance (an error blocks submission, a warning
// needs a comment) and a Swedish message. Besides comparisons a rule can
// require cells to be filled in, or warn when a cell is an outlier against
// the organisation's earlier periods (outlier.hpp). Evaluation is in
// validation.hpp.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/reporting/cell.hpp"
#include "domain/result.hpp"

namespace jamt::reporting {

enum class Operator { eq, ne, lt, le, gt, ge };

// "==", "!=", "<", "<=", ">", ">=".
std::string_view to_string(Operator op);
// The operator written as to_string writes it, or nullopt.
std::optional<Operator> parse_operator(std::string_view text);
// Whether `left op right` holds (== and != to within 1e-9).
bool holds(double left, Operator op, double right);

// One side of a comparison: a constant, or the sum of one or more cells.
struct Operand {
  std::vector<Cell> cells{};  // empty: the constant
  double constant = 0;
};

// "E1.total", "E1.women + E1.men", "0": how the API writes a side.
std::string to_string(const Operand& operand);
// A side written as to_string writes it (spaces around "+" optional), or
// Error "validation" with `field` set.
Result<Operand> parse_operand(std::string_view text, const std::string& field);

enum class Importance { error, warning };
// "error", "warning".
std::string_view to_string(Importance importance);
std::optional<Importance> parse_importance(std::string_view text);

// comparison: left operator right. required: every cell of `left` is filled
// in. outlier: each cell of `left` against the organisation's earlier
// periods (modified z-score; always a warning).
enum class RuleKind { comparison, required, outlier };
std::string_view to_string(RuleKind kind);
std::optional<RuleKind> parse_rule_kind(std::string_view text);

struct Rule {
  std::string id{};  // unique in the form: "R1"; given by the form's author or numbered
  RuleKind kind = RuleKind::comparison;
  Operand left{};
  Operator op = Operator::eq;
  Operand right{};
  Importance importance = Importance::error;
  std::string message{};  // Swedish, shown beside the field
};

// The built-in kinds, each a Rule with a Swedish message naming the element
// (`label`, e.g. its name).
// left >= 0.
Rule non_negative(const std::string& id, const Cell& cell, const std::string& label);
// Every cell filled in.
Rule required(const std::string& id, std::vector<Cell> cells, const std::string& label);
// min <= cell (op ge) or cell <= max (op le), as two rules.
Rule at_least(const std::string& id, const Cell& cell, double min, const std::string& label);
Rule at_most(const std::string& id, const Cell& cell, double max, const std::string& label);
// total == the sum of `parts` (an error: "Totalt ska vara summan av …").
Rule total_is_sum(const std::string& id, const Cell& total, std::vector<Cell> parts, const std::string& label);
// One cell compared with another ("E2.total <= E1.total").
Rule compare(const std::string& id, const Cell& left, Operator op, const Cell& right, Importance importance,
             const std::string& message);
// A warning when `cell` is an outlier against earlier periods.
Rule outlier_warning(const std::string& id, const Cell& cell, const std::string& label);

}  // namespace jamt::reporting
