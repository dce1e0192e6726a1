#pragma once
// Storage of the action plan file uploaded with a joining: one file per
// joining, kept in the database (as base64 text, which both engines store
// the same way) so that backups and several servers need nothing else.
// Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>

namespace soci {
class session;
}

namespace jamt::store {

struct StoredFile {
  std::string file_name;
  std::string content_type;
  std::string content;     // the file's bytes
  std::string created_at;  // when it was stored (set by put_joining_file)
};

// Stores `file` as joining `joining_id`'s file, replacing an earlier one.
void put_joining_file(soci::session& s, std::int64_t joining_id, const StoredFile& file);

// The file of joining `joining_id`, or nullopt.
std::optional<StoredFile> find_joining_file(soci::session& s, std::int64_t joining_id);

// Removes joining `joining_id`'s file, if any.
void delete_joining_file(soci::session& s, std::int64_t joining_id);

}  // namespace jamt::store
