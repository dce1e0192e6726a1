#pragma once
// Register records as JSON, for the API and the audit log.
#include <nlohmann/json.hpp>

#include "domain/registers/field_spec.hpp"
#include "domain/result.hpp"

namespace jamt::service {

// {"id": 5, <each field>, "created_at", "updated_at"}: integers, references
// and ids as numbers, booleans as true/false, org numbers as "NNNNNN-NNNN",
// no value as null.
nlohmann::ordered_json record_json(const registers::EntitySpec& spec, const registers::Record& record);

// The same for the audit log, but each personal field holds only whether it
// had a value ("(personuppgift)" or null), so erasing a person leaves no
// trace of their data.
nlohmann::ordered_json audit_json(const registers::EntitySpec& spec, const registers::Record& record);

// The input fields of a JSON object as a Record: strings as they are,
// numbers in decimal, true/false as "1"/"0", null as "". Keys are kept
// whether or not they are fields (check_record reports unknown ones). Error
// "validation" (field set) for a value that is an array or object, or when
// `body` is not an object.
Result<registers::Record> record_from_json(const nlohmann::json& body);

}  // namespace jamt::service
