#pragma once
// What the account pages share: option lists for roles, counties and
// organisations, and errors arranged for a form (beside each field and in
// a summary).
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::web {

// [{code, label, selected}] for the four roles, Swedish names.
nlohmann::json role_options(const std::string& selected);
// [{code, label, selected}] for the 21 counties.
nlohmann::json county_options(const std::string& selected);
// [{code, label, selected}] for the organisations of `county_code` ("" for
// every county), labelled "name (county)".
nlohmann::json organisation_options(store::Database& db, const std::string& county_code, const std::string& selected);

// Adds "err" ({field: message}, the first per field), "summary"
// ([{field, message}]) and "has_errors" to `ctx`.
void add_form_errors(nlohmann::json& ctx, const std::vector<Error>& errors);

// The form field `name` as an id, nullopt when empty; an Error on field
// `name` when it is not a positive whole number.
Result<std::optional<std::int64_t>> optional_id_field(const std::string& text, const std::string& name);

}  // namespace jamt::web
