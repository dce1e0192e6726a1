#include "domain/reporting/validation.hpp"

#include <algorithm>
#include <charconv>

#include "domain/i18n/translate.hpp"
#include "domain/reporting/outlier.hpp"

namespace jamt::reporting {

namespace {

std::optional<double> parse_number(std::string text, bool integer) {
  if (text.empty()) return std::nullopt;
  if (!integer) std::replace(text.begin(), text.end(), ',', '.');
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  if (integer && text.find_first_of(".eE") != std::string::npos) return std::nullopt;
  return v;
}

std::string type_message(const DataElement& e) {
  switch (e.value_type) {
    case ValueType::integer: return i18n::trf("{1}: ange ett heltal.", {e.name});
    case ValueType::decimal: return i18n::trf("{1}: ange ett tal.", {e.name});
    case ValueType::yes_no: return i18n::trf("{1}: ange ja eller nej.", {e.name});
    case ValueType::text: return "";
  }
  return "";
}

// The sum of the cells' numbers, or nullopt when one has none.
std::optional<double> side_value(const Operand& side, const Values& values) {
  if (side.cells.empty()) return side.constant;
  double sum = 0;
  for (const auto& c : side.cells) {
    auto it = values.find(c);
    if (it == values.end() || !it->second.number) return std::nullopt;
    sum += *it->second.number;
  }
  return sum;
}

// The first cell a rule's problem belongs beside: the left side's first.
std::string rule_field(const Rule& rule) {
  if (!rule.left.cells.empty()) return field_of(rule.left.cells.front());
  if (!rule.right.cells.empty()) return field_of(rule.right.cells.front());
  return "values";
}

}  // namespace

std::optional<double> number_of(ValueType type, const std::string& text) {
  switch (type) {
    case ValueType::integer: return parse_number(text, true);
    case ValueType::decimal: return parse_number(text, false);
    case ValueType::yes_no:
      if (text == "ja" || text == "yes" || text == "true" || text == "1") return 1.0;
      if (text == "nej" || text == "no" || text == "false" || text == "0") return 0.0;
      return std::nullopt;
    case ValueType::text: return std::nullopt;
  }
  return std::nullopt;
}

std::vector<Problem> evaluate(const FormDefinition& form, const Values& values, const History& history) {
  std::vector<Problem> out;
  for (const auto& [cell, value] : values) {
    const auto* e = form.element(cell.element);
    if (!e || !e->has_cell(cell.sex, cell.category)) {
      out.push_back({.field = field_of(cell), .message = "Fältet finns inte i formuläret.",
                     .importance = Importance::error, .rule_id = {}});
      continue;
    }
    if (e->value_type != ValueType::text && !value.text.empty() && !value.number)
      out.push_back({.field = field_of(cell), .message = type_message(*e), .importance = Importance::error,
                     .rule_id = {}});
  }
  for (const auto& rule : form.rules) {
    switch (rule.kind) {
      case RuleKind::required:
        for (const auto& c : rule.left.cells) {
          auto it = values.find(c);
          if (it == values.end() || it->second.text.empty()) {
            out.push_back({.field = field_of(c), .message = rule.message, .importance = rule.importance,
                           .rule_id = rule.id});
            break;
          }
        }
        break;
      case RuleKind::comparison: {
        auto l = side_value(rule.left, values), r = side_value(rule.right, values);
        if (l && r && !holds(*l, rule.op, *r))
          out.push_back({.field = rule_field(rule), .message = rule.message, .importance = rule.importance,
                         .rule_id = rule.id});
        break;
      }
      case RuleKind::outlier:
        for (const auto& c : rule.left.cells) {
          auto it = values.find(c);
          auto h = history.find(c);
          if (it == values.end() || !it->second.number || h == history.end()) continue;
          const auto* e = form.element(c.element);
          double resolution = e && e->value_type == ValueType::integer ? 1 : 0;
          if (is_outlier(*it->second.number, h->second, resolution))
            out.push_back({.field = field_of(c), .message = rule.message, .importance = Importance::warning,
                           .rule_id = rule.id});
        }
        break;
    }
  }
  return out;
}

bool has_error(const std::vector<Problem>& problems) {
  return std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return p.importance == Importance::error; });
}

bool has_warning(const std::vector<Problem>& problems) {
  return std::any_of(problems.begin(), problems.end(),
                     [](const Problem& p) { return p.importance == Importance::warning; });
}

}  // namespace jamt::reporting
