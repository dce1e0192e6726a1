#pragma once
// What the register pages share with the feature folders that extend them:
// values as users read them, form fields, a record from a submitted form.
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "service/registers/register_service.hpp"
#include "web/http/request_auth.hpp"
#include "web/http/http_types.hpp"
#include "web/registers/register_handlers.hpp"

namespace jamt::web {

// The text a user reads for a stored value, references shown by the name
// of the record they point to (looked up in `db`).
std::string shown_value(store::Database& db, const registers::FieldSpec& field, const std::string& stored);

// A register form's fields for the template register_form: label, input
// kind, the value to show (`values` as typed or stored), options for
// choices and references (records `auth` may read), the error beside it.
nlohmann::json form_fields(store::Database& db, const registers::EntitySpec& spec, const registers::Record& values,
                           const std::vector<Error>& errors, const RequestAuth& auth);

// The register's user-editable fields from a submitted form (a missing
// checkbox is "0").
registers::Record record_from_form(const registers::EntitySpec& spec, const Request& req);

}  // namespace jamt::web
