#pragma once
// What the group, meeting and change-of-representative handlers share.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "domain/registers/field_spec.hpp"
#include "web/http/request_auth.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

// Whether the viewer may open pages about organisation `organisation_id`
// and its people: everyone but organisation contacts, who see their own.
bool may_open_organisation(const RequestAuth& auth, const std::string& organisation_id);

// {"name", "href"} for a person reference as a group page shows it: the
// name, linked when the viewer may open the person; {} when `person_id` is
// empty.
nlohmann::json person_link(store::Database& db, const std::string& person_id, const std::string& organisation_id,
                           const RequestAuth& auth);

// The name of the record `id` of register `entity` ("" when missing).
std::string record_name(store::Database& db, const std::string& entity, const std::string& id);

}  // namespace jamt::web
