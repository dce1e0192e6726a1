#include "store/database_status.hpp"

#include <soci/soci.h>

#include "store/migrations.hpp"

namespace jamt::store {

Result<int> schema_version(Database& db) {
  int version = 0;
  Status st = db.read([&](soci::session& s) -> Status {
    soci::indicator ind = soci::i_ok;
    s << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
    if (ind == soci::i_null) version = 0;
    return {};
  });
  if (!st) return st.error();
  return version;
}

int newest_schema_version() { return latest_schema_version(); }

}  // namespace jamt::store
