#pragma once
// Reporting forms as the API reads and writes them (docs/api.md, "Reporting
// forms"). Reading checks shapes and names the field of the first problem;
// the rules of a valid form are checked by reporting::validate_form.
#include <nlohmann/json.hpp>

#include "domain/reporting/validation.hpp"
#include "domain/result.hpp"
#include "store/reporting/form_repository.hpp"

namespace jamt::service {

// What a client sends to define or change a form.
struct FormInput {
  reporting::FormDefinition definition{};
  std::string county_code{};  // "" unless named (admins: the form's county)
  std::optional<std::vector<store::Assignment>> assignments{};  // nullopt: keep the current ones
};

// `body` read as a form: {code, title, description?, periodicity,
// due_days?, closes_after_days?, county_code?, elements: [{code, title,
// help_text?, value_type, unit?, disaggregation: ["women", …],
// categories?: {code, title, items: [{code, title}]}}], rules: [{id?,
// kind?, left, operator?, right?, importance?, message}], assignments?:
// [{organisation_id} | {organisation_type?, county_code?}]}. Rules without
// an id are numbered R1, R2, … by position. Error "validation" naming the
// field ("elements[0].value_type").
Result<FormInput> form_input_from_json(const nlohmann::json& body);

// The form as GET /api/v1/forms/{id} answers.
nlohmann::ordered_json form_json(const store::StoredForm& form, const std::vector<store::Assignment>& assignments);

// `body`'s "values" read against `form`: {"E1": {"women": 4, …}} or, for
// an element with categories, {"E1": {"u18": {"women": 4}}}. Numbers,
// strings and booleans are kept as typed text; null and "" leave a cell
// empty. Error "validation" naming the cell ("values.E9") for a cell the
// form does not have or a value that is an object or a list.
Result<reporting::Values> values_from_json(const reporting::FormDefinition& form, const nlohmann::json& values);

// Values as the API writes them: numbers for integer and decimal cells that
// read as numbers, true/false for yes/no, the typed text otherwise.
nlohmann::ordered_json values_json(const reporting::FormDefinition& form, const reporting::Values& values);

}  // namespace jamt::service
