#pragma once
// Storage of register records described by a registers::EntitySpec: the
// table is spec.table, its columns are id, the spec's fields, created_at and
// updated_at. Column names come from the spec only, never from requests.
// Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/registers/field_spec.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// Inserts the spec's fields of `record` ("" stored as NULL); returns the id.
std::int64_t insert_record(soci::session& s, const registers::EntitySpec& spec, const registers::Record& record);

// The record with `id` (with "id", "created_at", "updated_at"), or nullopt.
std::optional<registers::Record> find_record(soci::session& s, const registers::EntitySpec& spec, std::int64_t id);

// Sets the fields present in `changes` and updated_at.
void update_record(soci::session& s, const registers::EntitySpec& spec, std::int64_t id,
                   const registers::Record& changes);

// Deletes the record.
void delete_record(soci::session& s, const registers::EntitySpec& spec, std::int64_t id);

// Records whose fields equal the given values (each name must be a field of
// the spec, or "id"), ordered by `order_by` (a field; "" for id), at most
// `limit`.
struct RecordFilter {
  std::vector<std::pair<std::string, std::string>> equals{};
  std::string order_by{};
  bool descending = false;
  int limit = 10000;
};
std::vector<registers::Record> find_records(soci::session& s, const registers::EntitySpec& spec,
                                            const RecordFilter& filter);

}  // namespace jamt::store
