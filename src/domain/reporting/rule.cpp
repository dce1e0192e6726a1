#include "domain/reporting/rule.hpp"

#include <charconv>
#include <cmath>

#include "domain/i18n/translate.hpp"

namespace jamt::reporting {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A constant as the API writes it: "0", "12.5", "-3".
std::string number_text(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc{} ? std::string(buf, end) : std::to_string(v);
}

}  // namespace

std::string_view to_string(Operator op) {
  switch (op) {
    case Operator::eq: return "==";
    case Operator::ne: return "!=";
    case Operator::lt: return "<";
    case Operator::le: return "<=";
    case Operator::gt: return ">";
    case Operator::ge: return ">=";
  }
  return "==";
}

std::optional<Operator> parse_operator(std::string_view text) {
  for (auto op : {Operator::eq, Operator::ne, Operator::lt, Operator::le, Operator::gt, Operator::ge})
    if (to_string(op) == text) return op;
  return std::nullopt;
}

bool holds(double l, Operator op, double r) {
  constexpr double eps = 1e-9;
  switch (op) {
    case Operator::eq: return std::fabs(l - r) <= eps;
    case Operator::ne: return std::fabs(l - r) > eps;
    case Operator::lt: return l < r - eps;
    case Operator::le: return l <= r + eps;
    case Operator::gt: return l > r + eps;
    case Operator::ge: return l >= r - eps;
  }
  return false;
}

std::string to_string(const Operand& operand) {
  if (operand.cells.empty()) return number_text(operand.constant);
  std::string out;
  for (const auto& c : operand.cells) {
    if (!out.empty()) out += " + ";
    out += to_string(c);
  }
  return out;
}

Result<Operand> parse_operand(std::string_view text, const std::string& field) {
  auto t = trim(text);
  if (t.empty()) return validation_error(i18n::tr("Sidan saknas: ange en cell (E1.total), en summa (E1.women + E1.men) eller ett tal"), {}, field);
  Operand out;
  double v = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (ec == std::errc{} && end == t.data() + t.size()) {
    out.constant = v;
    return out;
  }
  std::size_t start = 0;
  while (start <= t.size()) {
    auto plus = t.find('+', start);
    auto part = trim(t.substr(start, plus == std::string_view::npos ? std::string_view::npos : plus - start));
    auto cell = parse_cell(part);
    if (!cell)
      return validation_error("\"" + std::string(part) +
                                  "\" är ingen cell: skriv elementkod, ev. kategori och kön, t.ex. E1.total",
                              {}, field);
    out.cells.push_back(*cell);
    if (plus == std::string_view::npos) break;
    start = plus + 1;
  }
  return out;
}

std::string_view to_string(Importance i) { return i == Importance::error ? "error" : "warning"; }

std::optional<Importance> parse_importance(std::string_view text) {
  if (text == "error") return Importance::error;
  if (text == "warning") return Importance::warning;
  return std::nullopt;
}

std::string_view to_string(RuleKind k) {
  switch (k) {
    case RuleKind::comparison: return "comparison";
    case RuleKind::required: return "required";
    case RuleKind::outlier: return "outlier";
  }
  return "comparison";
}

std::optional<RuleKind> parse_rule_kind(std::string_view text) {
  for (auto k : {RuleKind::comparison, RuleKind::required, RuleKind::outlier})
    if (to_string(k) == text) return k;
  return std::nullopt;
}

Rule non_negative(const std::string& id, const Cell& cell, const std::string& label) {
  return {.id = id, .kind = RuleKind::comparison, .left = {.cells = {cell}}, .op = Operator::ge,
          .right = {.cells = {}, .constant = 0}, .importance = Importance::error,
          .message = label + ": värdet kan inte vara negativt."};
}

Rule required(const std::string& id, std::vector<Cell> cells, const std::string& label) {
  return {.id = id, .kind = RuleKind::required, .left = {.cells = std::move(cells)}, .op = Operator::eq,
          .right = {}, .importance = Importance::error, .message = label + ": måste fyllas i."};
}

Rule at_least(const std::string& id, const Cell& cell, double min, const std::string& label) {
  return {.id = id, .kind = RuleKind::comparison, .left = {.cells = {cell}}, .op = Operator::ge,
          .right = {.cells = {}, .constant = min}, .importance = Importance::error,
          .message = label + ": värdet ska vara minst " + number_text(min) + "."};
}

Rule at_most(const std::string& id, const Cell& cell, double max, const std::string& label) {
  return {.id = id, .kind = RuleKind::comparison, .left = {.cells = {cell}}, .op = Operator::le,
          .right = {.cells = {}, .constant = max}, .importance = Importance::error,
          .message = label + ": värdet får vara högst " + number_text(max) + "."};
}

Rule total_is_sum(const std::string& id, const Cell& total, std::vector<Cell> parts, const std::string& label) {
  return {.id = id, .kind = RuleKind::comparison, .left = {.cells = {total}}, .op = Operator::eq,
          .right = {.cells = std::move(parts)}, .importance = Importance::error,
          .message = label + ": totalt ska vara summan av kvinnor, män och annat/okänt."};
}

Rule compare(const std::string& id, const Cell& left, Operator op, const Cell& right, Importance importance,
             const std::string& message) {
  return {.id = id, .kind = RuleKind::comparison, .left = {.cells = {left}}, .op = op, .right = {.cells = {right}},
          .importance = importance, .message = message};
}

Rule outlier_warning(const std::string& id, const Cell& cell, const std::string& label) {
  return {.id = id, .kind = RuleKind::outlier, .left = {.cells = {cell}}, .op = Operator::eq, .right = {},
          .importance = Importance::warning,
          .message = label + ": värdet avviker mycket från organisationens tidigare perioder. Stämmer det?"};
}

}  // namespace jamt::reporting
