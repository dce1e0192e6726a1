#include "store/backup/table_catalog.hpp"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <set>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <stdexcept>

#include "store/backup/sqlite_handle.hpp"
#include "store/migrations.hpp"

namespace jamt::store {

namespace {

std::string quoted(const std::string& name) { return "\"" + name + "\""; }

// Parents before children (Kahn's algorithm, ties by name).
std::vector<std::string> parents_first(const std::vector<std::string>& names,
                                       const std::vector<std::pair<std::string, std::string>>& child_parent) {
  std::map<std::string, std::set<std::string>> parents;  // table → the tables it refers to
  std::map<std::string, std::set<std::string>> children;
  for (const auto& n : names) parents[n];
  for (const auto& [child, parent] : child_parent) {
    if (child == parent || !parents.count(child) || !parents.count(parent)) continue;
    parents[child].insert(parent);
    children[parent].insert(child);
  }
  std::set<std::string> ready;
  for (const auto& [n, p] : parents)
    if (p.empty()) ready.insert(n);
  std::vector<std::string> out;
  while (!ready.empty()) {
    std::string next = *ready.begin();
    ready.erase(ready.begin());
    out.push_back(next);
    for (const auto& c : children[next]) {
      parents[c].erase(next);
      if (parents[c].empty()) ready.insert(c);
    }
  }
  if (out.size() != names.size()) {
    std::string left;
    for (const auto& [n, p] : parents)
      if (!p.empty()) left += (left.empty() ? "" : ", ") + n;
    throw std::runtime_error("the foreign keys of these tables form a cycle: " + left);
  }
  return out;
}

std::vector<TableInfo> sqlite_tables(soci::session& s) {
  sqlite_api::sqlite3* db = sqlite_handle(s);
  std::vector<std::string> names;
  sqlite_each(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
              [&](sqlite_api::sqlite3_stmt* st) {
                if (auto n = sqlite_text(st, 0); is_jamt_schema_object(n)) names.push_back(n);
              });
  std::vector<std::pair<std::string, std::string>> edges;
  std::map<std::string, TableInfo> info;
  for (const auto& n : names) {
    TableInfo t{.name = n, .columns = {}, .primary_key = {}};
    std::map<int, std::string> key;
    sqlite_each(db, "PRAGMA table_info(" + quoted(n) + ")", [&](sqlite_api::sqlite3_stmt* st) {
      t.columns.push_back(sqlite_text(st, 1));
      int pk = sqlite_api::sqlite3_column_int(st, 5);
      if (pk > 0) key[pk] = t.columns.back();
    });
    for (const auto& [pos, column] : key) t.primary_key.push_back(column);
    sqlite_each(db, "PRAGMA foreign_key_list(" + quoted(n) + ")",
                [&](sqlite_api::sqlite3_stmt* st) { edges.emplace_back(n, sqlite_text(st, 2)); });
    info[n] = std::move(t);
  }
  std::vector<TableInfo> out;
  for (const auto& n : parents_first(names, edges)) out.push_back(info[n]);
  return out;
}

std::vector<TableInfo> postgresql_tables(soci::session& s) {
  std::vector<std::string> names;
  {
    std::string name;
    soci::statement st = (s.prepare << "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname",
                          soci::into(name));
    st.execute();
    while (st.fetch())
      if (is_jamt_schema_object(name)) names.push_back(name);
  }
  std::vector<std::pair<std::string, std::string>> edges;
  {
    std::string child, parent;
    soci::statement st =
        (s.prepare << "SELECT cl.relname, cf.relname FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid "
                      "JOIN pg_class cf ON cf.oid = c.confrelid JOIN pg_namespace n ON n.oid = cl.relnamespace "
                      "WHERE c.contype = 'f' AND n.nspname = current_schema()",
         soci::into(child), soci::into(parent));
    st.execute();
    while (st.fetch()) edges.emplace_back(child, parent);
  }
  std::map<std::string, TableInfo> info;
  for (const auto& n : names) {
    TableInfo t{.name = n, .columns = {}, .primary_key = {}};
    std::string column;
    soci::statement cols = (s.prepare << "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                         "current_schema() AND table_name = :t ORDER BY ordinal_position",
                            soci::use(n), soci::into(column));
    cols.execute();
    while (cols.fetch()) t.columns.push_back(column);
    soci::statement key =
        (s.prepare << "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = "
                      "ANY(i.indkey) WHERE i.indrelid = (quote_ident(current_schema()) || '.' || quote_ident(:t))::regclass "
                      "AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)",
         soci::use(n), soci::into(column));
    key.execute();
    while (key.fetch()) t.primary_key.push_back(column);
    info[n] = std::move(t);
  }
  std::vector<TableInfo> out;
  for (const auto& n : parents_first(names, edges)) out.push_back(info[n]);
  return out;
}

std::string order_by(const TableInfo& t) {
  const auto& by = t.primary_key.empty() ? t.columns : t.primary_key;
  std::string out;
  for (const auto& c : by) out += (out.empty() ? "" : ", ") + quoted(c);
  return out;
}

std::string select_all(const TableInfo& t) {
  std::string cols;
  for (const auto& c : t.columns) cols += (cols.empty() ? "" : ", ") + quoted(c);
  return "SELECT " + cols + " FROM " + quoted(t.name) + " ORDER BY " + order_by(t);
}

}  // namespace

std::vector<TableInfo> list_tables(soci::session& s, Engine engine) {
  return engine == Engine::sqlite ? sqlite_tables(s) : postgresql_tables(s);
}

std::vector<std::string> list_views(soci::session& s, Engine engine) {
  std::vector<std::string> out;
  if (engine == Engine::sqlite) {
    sqlite_each(sqlite_handle(s), "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name",
                [&](sqlite_api::sqlite3_stmt* st) {
                  if (auto n = sqlite_text(st, 0); is_jamt_schema_object(n)) out.push_back(n);
                });
    return out;
  }
  std::string name;
  soci::statement st = (s.prepare << "SELECT table_name FROM information_schema.views WHERE table_schema = "
                                     "current_schema() ORDER BY table_name",
                        soci::into(name));
  st.execute();
  while (st.fetch())
    if (is_jamt_schema_object(name)) out.push_back(name);
  return out;
}

int stored_schema_version(soci::session& s, Engine engine) {
  bool exists = false;
  for (const auto& t : list_tables(s, engine)) exists = exists || t.name == "schema_migrations";
  if (!exists) return 0;
  int version = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
  return ind == soci::i_ok ? version : 0;
}

std::map<std::string, std::int64_t> identity_counters(soci::session& s, Engine engine,
                                                       const std::vector<TableInfo>& tables) {
  std::map<std::string, std::int64_t> out;
  if (engine == Engine::sqlite) {
    bool has_sequence = false;
    sqlite_each(sqlite_handle(s), "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'",
                [&](sqlite_api::sqlite3_stmt*) { has_sequence = true; });
    if (!has_sequence) return out;
    sqlite_each(sqlite_handle(s), "SELECT name, seq FROM sqlite_sequence ORDER BY name", [&](sqlite_api::sqlite3_stmt* st) {
      out[sqlite_text(st, 0)] = sqlite_api::sqlite3_column_int64(st, 1);
    });
    return out;
  }
  for (const auto& t : tables) {
    if (t.primary_key != std::vector<std::string>{"id"}) continue;
    long long last = 0;
    soci::indicator ind = soci::i_ok;
    std::string table = quoted(t.name);
    s << "SELECT pg_sequence_last_value(pg_get_serial_sequence(:t, 'id')::regclass)", soci::use(table), soci::into(last, ind);
    if (ind == soci::i_ok) out[t.name] = last;
  }
  return out;
}

namespace {

// One row of a PostgreSQL result as Values, passed to `each`.
void read_pg_row(const soci::row& r, const TableInfo& table, std::vector<Value>& values,
                 const std::function<void(const std::vector<Value>&)>& each) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (r.get_indicator(i) == soci::i_null) {
      values[i] = std::monostate{};
      continue;
    }
    switch (r.get_properties(i).get_data_type()) {
      case soci::dt_integer: values[i] = static_cast<std::int64_t>(r.get<int>(i)); break;
      case soci::dt_long_long: values[i] = static_cast<std::int64_t>(r.get<long long>(i)); break;
      case soci::dt_unsigned_long_long: values[i] = static_cast<std::int64_t>(r.get<unsigned long long>(i)); break;
      case soci::dt_double: values[i] = r.get<double>(i); break;
      case soci::dt_string: values[i] = r.get<std::string>(i); break;
      default:
        throw std::runtime_error("table " + table.name + ", column " + table.columns[i] +
                                 ": a type that is not part of Jämt's schema (only integers, doubles and text)");
    }
  }
  each(values);
}

}  // namespace

void read_rows(soci::session& s, Engine engine, const TableInfo& table,
               const std::function<void(const std::vector<Value>&)>& each) {
  std::vector<Value> values(table.columns.size());
  if (engine == Engine::sqlite) {
    sqlite_each(sqlite_handle(s), select_all(table), [&](sqlite_api::sqlite3_stmt* st) {
      for (std::size_t i = 0; i < values.size(); ++i) {
        int c = static_cast<int>(i);
        switch (sqlite_api::sqlite3_column_type(st, c)) {
          case SQLITE_NULL: values[i] = std::monostate{}; break;
          case SQLITE_INTEGER: values[i] = static_cast<std::int64_t>(sqlite_api::sqlite3_column_int64(st, c)); break;
          case SQLITE_FLOAT: values[i] = sqlite_api::sqlite3_column_double(st, c); break;
          case SQLITE_TEXT: values[i] = sqlite_text(st, c); break;
          default:
            throw std::runtime_error("table " + table.name + ", column " + table.columns[i] +
                                     ": binary values are not part of Jämt's schema");
        }
      }
      each(values);
    });
    return;
  }
  // Through a cursor, a batch at a time: a table's whole result in memory
  // at once would grow the process with the table (observations run to
  // millions of rows). WITH HOLD: also outside a transaction.
  s << "DECLARE jamt_read_rows NO SCROLL CURSOR WITH HOLD FOR " + select_all(table);
  struct Closer {
    soci::session& s;
    ~Closer() {
      try {
        s << "CLOSE jamt_read_rows";
      } catch (...) {  // the transaction failed already; its error is on its way
      }
    }
  } closer{s};
  for (;;) {
    soci::row r;
    soci::statement batch(s);
    batch.exchange(soci::into(r));
    batch.alloc();
    // FETCH cannot be a prepared statement: run it as a one-time query.
    batch.prepare("FETCH FORWARD 2000 FROM jamt_read_rows", soci::details::st_one_time_query);
    batch.define_and_bind();
    bool more = batch.execute(true);
    if (!more) break;
    for (; more; more = batch.fetch()) read_pg_row(r, table, values, each);
  }
}

std::map<std::string, std::int64_t> row_counts(soci::session& s, Engine, const std::vector<TableInfo>& tables) {
  std::map<std::string, std::int64_t> out;
  for (const auto& t : tables) {
    long long n = 0;
    s << "SELECT COUNT(*) FROM " + quoted(t.name), soci::into(n);
    out[t.name] = n;
  }
  return out;
}

std::string canonical_value(const Value& value) {
  if (std::holds_alternative<std::monostate>(value)) return "NULL";
  if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&value)) {
    char buf[64];
    auto end = std::to_chars(buf, buf + sizeof buf, *d).ptr;
    return std::string(buf, end) + "d";
  }
  return nlohmann::json(std::get<std::string>(value)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::map<std::string, std::string> canonical_dump(soci::session& s, Engine engine) {
  std::map<std::string, std::string> out;
  for (const auto& t : list_tables(s, engine)) {
    // Sorted here, not by the database: text keys sort by collation, which
    // differs between engines and locales.
    std::vector<std::string> lines;
    read_rows(s, engine, t, [&](const std::vector<Value>& row) {
      std::string line;
      for (const auto& v : row) line += canonical_value(v) + "\t";
      lines.push_back(std::move(line));
    });
    std::sort(lines.begin(), lines.end());
    std::string text;
    for (const auto& c : t.columns) text += c + "\t";
    text += "\n";
    for (const auto& l : lines) text += l + "\n";
    out[t.name] = std::move(text);
  }
  return out;
}

}  // namespace jamt::store
