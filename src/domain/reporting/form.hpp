#pragma once
// A reporting form (datainsamling): what an organisation reports each
// period. Data elements with a value type and unit, each disaggregated by
// the sexes it uses and optionally by one further category set; validation
// rules (rule.hpp). Pure values; versions are kept by the store
// (docs/reporting.md, "Forms and versions").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/reporting/period.hpp"
#include "domain/reporting/rule.hpp"
#include "domain/result.hpp"

namespace jamt::reporting {

enum class ValueType { integer, decimal, yes_no, text };

// "integer", "decimal", "yes_no", "text".
std::string_view to_string(ValueType type);
// The value type named `text`, or nullopt.
std::optional<ValueType> parse_value_type(std::string_view text);

struct Category {
  std::string code{};
  std::string name{};
};

// A further breakdown of an element (age band, target group).
struct CategorySet {
  std::string code{};
  std::string name{};
  std::vector<Category> categories{};
};

struct DataElement {
  std::string code{};       // "E1": letters, digits, "_"; unique in the form
  std::string name{};       // the label shown beside the fields
  std::string help_text{};  // optional
  ValueType value_type = ValueType::integer;
  std::string unit{};       // optional: "antal", "kr"
  std::vector<Sex> disaggregation{};  // in the order women, men, unknown, total; at least one
  std::optional<CategorySet> categories{};

  // Whether the element reports `sex` (and, with categories, `category`).
  bool has_cell(Sex sex, const std::string& category) const;
};

struct FormDefinition {
  std::string code{};   // "VALD": letters, digits, "_", "-"; becomes the statistics' measure prefix
  std::string title{};
  std::string description{};
  Periodicity periodicity = Periodicity::yearly;
  int due_days = 30;                  // a period is due this many days after it ends
  std::optional<int> closes_after_days{};  // contacts may save until then (after the end); nullopt: never closes
  std::vector<DataElement> elements{};
  std::vector<Rule> rules{};

  // The element with `code`, or nullptr.
  const DataElement* element(const std::string& code) const;
};

// Checks a definition: code, title, due days, at least one element, unique
// element codes, each element with a name and at least one sex, categories
// with unique codes, and rules that name only cells of the form. Error
// "validation" whose `field` names the place ("elements[1].code",
// "rules[0].left").
Status validate_form(const FormDefinition& form);

// Whether going from `before` to `after` changes the form's structure —
// an element or category added, removed or given another value type, unit
// kept aside — so that values reported on `before` would no longer fit:
// then the change makes a new version. Labels, help texts, the title,
// due days and rules are edits of the current version.
bool needs_new_version(const FormDefinition& before, const FormDefinition& after);

// Whether `code` is a valid element, category or form code: 1–40 ASCII
// letters, digits, "_" or "-", starting with a letter.
bool valid_code(std::string_view code);

}  // namespace jamt::reporting
