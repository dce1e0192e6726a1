#pragma once
// The register of people, and the rights of the people in it: export of
// everything stored about a person, and erasure.
#include <nlohmann/json.hpp>

#include "service/registers/register_service.hpp"

namespace jamt::service {

// People belong to their organisation's county and to their organisation.
const RegisterRules& person_rules();

// Everything stored about person `id` as JSON: the record and every record
// of another register that refers to them. Same access as reading the
// person.
Result<nlohmann::ordered_json> export_person(store::Database& db, std::int64_t id, const std::optional<User>& user);

// Erases person `id`: references to them in other registers are cleared and
// the record is deleted. The audit log records that an erasure happened,
// never the erased values. Same access as changing the person.
Status erase_person(store::Database& db, std::int64_t id, const std::optional<User>& user);

}  // namespace jamt::service
