#include "store/backup/sqlite_handle.hpp"

#include <memory>
#include <soci/soci.h>
#include <stdexcept>

namespace jamt::store {

sqlite_api::sqlite3* sqlite_handle(soci::session& s) {
  return static_cast<soci::sqlite3_session_backend*>(s.get_backend())->conn_;
}

void sqlite_each(sqlite_api::sqlite3* db, const std::string& sql,
                 const std::function<void(sqlite_api::sqlite3_stmt*)>& each) {
  sqlite_api::sqlite3_stmt* raw = nullptr;
  if (sqlite_api::sqlite3_prepare_v2(db, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
    throw std::runtime_error(std::string(sqlite_api::sqlite3_errmsg(db)) + " in: " + sql);
  std::unique_ptr<sqlite_api::sqlite3_stmt, decltype(&sqlite_api::sqlite3_finalize)> st(raw, &sqlite_api::sqlite3_finalize);
  for (;;) {
    int rc = sqlite_api::sqlite3_step(st.get());
    if (rc == SQLITE_DONE) return;
    if (rc != SQLITE_ROW) throw std::runtime_error(std::string(sqlite_api::sqlite3_errmsg(db)) + " in: " + sql);
    each(st.get());
  }
}

std::string sqlite_text(sqlite_api::sqlite3_stmt* st, int column) {
  const auto* text = sqlite_api::sqlite3_column_text(st, column);
  if (!text) return "";
  return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite_api::sqlite3_column_bytes(st, column)));
}

}  // namespace jamt::store
