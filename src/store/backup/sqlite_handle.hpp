#pragma once
// SQLite's own API under a SOCI session, for what SOCI hides: a value's
// storage class, the online backup and fast prepared inserts.
#include <functional>
#include <soci/sqlite3/soci-sqlite3.h>
#include <string>

namespace soci {
class session;
}

namespace jamt::store {

// The sqlite3 connection of a session opened on SQLite.
sqlite_api::sqlite3* sqlite_handle(soci::session& s);

// Runs `sql` and calls `each` with the statement on every result row. Throws
// std::runtime_error with SQLite's message when it fails.
void sqlite_each(sqlite_api::sqlite3* db, const std::string& sql,
                 const std::function<void(sqlite_api::sqlite3_stmt*)>& each);

// Column `column` of the current row as text ("" for NULL).
std::string sqlite_text(sqlite_api::sqlite3_stmt* st, int column);

}  // namespace jamt::store
