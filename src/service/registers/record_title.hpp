#pragma once
// The name of a register record, for showing it beside a reference
// ("Kontaktperson: Anna Andersson" instead of "Kontaktperson: 9").
#include <cstdint>
#include <optional>
#include <string>

#include "store/database.hpp"

namespace jamt::service {

// The title field of record `id` of register `entity` ("person", …), or
// nullopt when the register or the record does not exist (or the database
// fails). Not authorised: call it only for references in a record the
// viewer may already read.
std::optional<std::string> record_title(store::Database& db, const std::string& entity, std::int64_t id);

}  // namespace jamt::service
