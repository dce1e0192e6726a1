#pragma once
// The tables of Jämt's schema as the database itself describes them (SQLite's
// pragmas, PostgreSQL's catalogue), and their rows as engine-neutral values:
// what backup, restore and moving a county to PostgreSQL are built from.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "store/database.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// One stored value: NULL, a 64-bit integer, a double or text. SQLite's
// storage class or PostgreSQL's column type decides which.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

// A table: its name, its columns in order and its primary key's columns.
struct TableInfo {
  std::string name{};
  std::vector<std::string> columns{};
  std::vector<std::string> primary_key{};  // empty when the table has none
};

// Jämt's tables in the schema (store::is_jamt_schema_object: not another
// application's, not views, not SQLite's own), parents before the
// tables whose foreign keys refer to them (self-references aside), ties by
// name. Throws soci errors; a cycle between tables throws std::runtime_error.
std::vector<TableInfo> list_tables(soci::session& s, Engine engine);

// The names of Jämt's views in the schema.
std::vector<std::string> list_views(soci::session& s, Engine engine);

// The highest version in schema_migrations; 0 when the table is missing or
// empty.
int stored_schema_version(soci::session& s, Engine engine);

// The last id handed out per table with a generated id (SQLite's
// sqlite_sequence, PostgreSQL's identity sequences); tables that never handed
// one out are left out.
std::map<std::string, std::int64_t> identity_counters(soci::session& s, Engine engine,
                                                       const std::vector<TableInfo>& tables);

// Calls `each` with every row of `table`, in primary-key order (all columns
// when there is no key), values in the order of table.columns.
void read_rows(soci::session& s, Engine engine, const TableInfo& table,
               const std::function<void(const std::vector<Value>&)>& each);

// Row counts per table.
std::map<std::string, std::int64_t> row_counts(soci::session& s, Engine engine, const std::vector<TableInfo>& tables);

// A value as canonical text: NULL, the integer, the double's shortest exact
// form with a "d" suffix, or the text JSON-quoted. Equal values give equal
// text on both engines.
std::string canonical_value(const Value& value);

// Every table as canonical text, one line per row in primary-key order,
// keyed by table name: two databases hold the same data exactly when their
// dumps are equal.
std::map<std::string, std::string> canonical_dump(soci::session& s, Engine engine);

}  // namespace jamt::store
