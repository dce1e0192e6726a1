#include "store/joining_file_repository.hpp"

#include <soci/soci.h>

#include "store/base64.hpp"
#include "store/database.hpp"

namespace jamt::store {

void put_joining_file(soci::session& s, std::int64_t joining_id, const StoredFile& file) {
  long long id = joining_id;
  long long size = static_cast<long long>(file.content.size());
  std::string encoded = to_base64(file.content), now = clock_of(s).now_text();
  s << "DELETE FROM joining_files WHERE joining_id = :j", soci::use(id);
  s << "INSERT INTO joining_files (joining_id, file_name, content_type, size_bytes, content_base64, created_at) "
       "VALUES (:j, :n, :t, :s, :c, :a)",
      soci::use(id), soci::use(file.file_name), soci::use(file.content_type), soci::use(size), soci::use(encoded),
      soci::use(now);
}

std::optional<StoredFile> find_joining_file(soci::session& s, std::int64_t joining_id) {
  long long id = joining_id;
  StoredFile file;
  std::string encoded;
  s << "SELECT file_name, content_type, content_base64, created_at FROM joining_files WHERE joining_id = :j",
      soci::use(id), soci::into(file.file_name), soci::into(file.content_type), soci::into(encoded),
      soci::into(file.created_at);
  if (!s.got_data()) return std::nullopt;
  file.content = from_base64(encoded);
  return file;
}

void delete_joining_file(soci::session& s, std::int64_t joining_id) {
  long long id = joining_id;
  s << "DELETE FROM joining_files WHERE joining_id = :j", soci::use(id);
}

}  // namespace jamt::store
