#include "store/backup/database_loader.hpp"

#include <algorithm>
#include <charconv>
#include <set>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "store/backup/sqlite_handle.hpp"
#include "store/migrations.hpp"

namespace jamt::store {

namespace {

std::string quoted(const std::string& name) { return "\"" + name + "\""; }

std::string column_list(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + quoted(c);
  return out;
}

// A value in PostgreSQL's COPY text format.
void append_copy_value(std::string& out, const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) {
    out += "\\N";
  } else if (const auto* i = std::get_if<std::int64_t>(&v)) {
    out += std::to_string(*i);
  } else if (const auto* d = std::get_if<double>(&v)) {
    char buf[64];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, *d).ptr);
  } else {
    for (char c : std::get<std::string>(v)) {
      switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
      }
    }
  }
}

PGconn* pg_handle(soci::session& s) { return static_cast<soci::postgresql_session_backend*>(s.get_backend())->conn_; }

}  // namespace

// The insert of the table being loaded: a prepared statement on SQLite, a
// COPY on PostgreSQL.
struct DatabaseLoader::Insert {
  std::string table;
  std::int64_t rows = 0;
  sqlite_api::sqlite3_stmt* sqlite = nullptr;
  PGconn* pg = nullptr;
  std::string buffer;

  ~Insert() {
    if (sqlite) sqlite_api::sqlite3_finalize(sqlite);
    // A COPY cut short by an error: end it so the connection can roll back.
    if (pg) {
      PQputCopyEnd(pg, "restore stopped");
      while (PGresult* r = PQgetResult(pg)) PQclear(r);
    }
  }

  void flush() {
    if (buffer.empty()) return;
    if (PQputCopyData(pg, buffer.data(), static_cast<int>(buffer.size())) != 1)
      throw std::runtime_error("table " + table + ": " + PQerrorMessage(pg));
    buffer.clear();
  }
};

DatabaseLoader::DatabaseLoader(soci::session& s, Engine engine, bool force) : s_(s), engine_(engine), force_(force) {}

DatabaseLoader::~DatabaseLoader() = default;

std::map<std::string, std::int64_t> fresh_row_counts() {
  static const std::map<std::string, std::int64_t> counts = [] {
    DatabaseConfig config{.engine = Engine::sqlite, .target = ":memory:", .pool_size = 1};
    auto db = Database::open(config);
    if (!db) throw std::runtime_error(db.error().to_string());
    auto migrated = (*db)->migrate();
    if (!migrated) throw std::runtime_error(migrated.error().to_string());
    std::map<std::string, std::int64_t> out;
    Status st = (*db)->read([&](soci::session& s) -> Status {
      out = row_counts(s, Engine::sqlite, list_tables(s, Engine::sqlite));
      return {};
    });
    if (!st) throw std::runtime_error(st.error().to_string());
    return out;
  }();
  return counts;
}

std::map<std::string, std::int64_t> tables_with_data(soci::session& s, Engine engine) {
  auto fresh = fresh_row_counts();
  std::map<std::string, std::int64_t> out;
  for (const auto& [table, n] : row_counts(s, engine, list_tables(s, engine))) {
    if (table == "schema_migrations") continue;
    auto seeded = fresh.find(table);
    if (n > (seeded == fresh.end() ? 0 : seeded->second)) out[table] = n;
  }
  return out;
}

void DatabaseLoader::begin(const BackupHeader& header) {
  header_ = header;
  if (header.schema_version <= 0) throw RestoreRefused("the backup holds no Jämt schema (no schema version)");
  if (header.schema_version > latest_schema_version())
    throw RestoreRefused("the backup is of schema version " + std::to_string(header.schema_version) +
                         ", newer than this jamt knows (" + std::to_string(latest_schema_version()) +
                         "); restore it with the jamt that made it or a newer one");
  if (!force_) {
    auto data = tables_with_data(s_, engine_);
    if (!data.empty()) {
      std::string shown;
      for (const auto& [t, n] : data) shown += (shown.empty() ? "" : ", ") + t + " (" + std::to_string(n) + ")";
      throw RestoreRefused("the database holds data: " + shown + "; pass --force to replace all of it");
    }
  }
  // Out with the old schema: views, then tables, children first.
  if (engine_ == Engine::sqlite) s_ << "PRAGMA defer_foreign_keys = ON";
  if (engine_ == Engine::postgresql) s_ << "SELECT pg_advisory_xact_lock(4711)";
  for (const auto& v : list_views(s_, engine_))
    s_ << "DROP VIEW " + quoted(v) + (engine_ == Engine::postgresql ? " CASCADE" : "");
  auto old_tables = list_tables(s_, engine_);
  for (auto t = old_tables.rbegin(); t != old_tables.rend(); ++t)
    s_ << "DROP TABLE " + quoted(t->name) + (engine_ == Engine::postgresql ? " CASCADE" : "");
  // In with the schema the backup was made at, emptied of what migrations seed.
  auto applied = apply_migrations(s_, engine_, header.schema_version);
  if (!applied) throw std::runtime_error(applied.error().to_string());
  auto tables = list_tables(s_, engine_);
  for (auto t = tables.rbegin(); t != tables.rend(); ++t) s_ << "DELETE FROM " + quoted(t->name);
  for (auto& t : tables) target_[t.name] = std::move(t);
  summary_.schema_version_loaded = header.schema_version;
}

void DatabaseLoader::begin_table(const TableInfo& table) {
  auto found = target_.find(table.name);
  if (found == target_.end())
    throw std::runtime_error("table " + table.name + " of the backup is not in Jämt's schema version " +
                             std::to_string(header_.schema_version));
  for (const auto& c : table.columns)
    if (std::find(found->second.columns.begin(), found->second.columns.end(), c) == found->second.columns.end())
      throw std::runtime_error("column " + c + " of table " + table.name + " is not in Jämt's schema version " +
                               std::to_string(header_.schema_version));
  if (!loaded_.insert(table.name).second) throw std::runtime_error("table " + table.name + " comes twice in the backup");
  insert_ = std::make_unique<Insert>();
  insert_->table = table.name;
  if (engine_ == Engine::sqlite) {
    std::string marks;
    for (std::size_t i = 0; i < table.columns.size(); ++i) marks += i ? ", ?" : "?";
    std::string sql = "INSERT INTO " + quoted(table.name) + " (" + column_list(table.columns) + ") VALUES (" + marks + ")";
    sqlite_api::sqlite3* db = sqlite_handle(s_);
    if (sqlite_api::sqlite3_prepare_v2(db, sql.c_str(), -1, &insert_->sqlite, nullptr) != SQLITE_OK)
      throw std::runtime_error("table " + table.name + ": " + sqlite_api::sqlite3_errmsg(db));
  } else {
    PGconn* pg = pg_handle(s_);
    std::string sql = "COPY " + quoted(table.name) + " (" + column_list(table.columns) + ") FROM STDIN";
    PGresult* r = PQexec(pg, sql.c_str());
    bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    std::string message = ok ? "" : PQresultErrorMessage(r);
    PQclear(r);
    if (!ok) throw std::runtime_error("table " + table.name + ": " + message);
    insert_->pg = pg;
  }
}

void DatabaseLoader::row(const std::vector<Value>& values) {
  Insert& in = *insert_;
  ++in.rows;
  if (in.sqlite) {
    for (std::size_t i = 0; i < values.size(); ++i) {
      int at = static_cast<int>(i) + 1;
      const Value& v = values[i];
      if (const auto* n = std::get_if<std::int64_t>(&v)) sqlite_api::sqlite3_bind_int64(in.sqlite, at, *n);
      else if (const auto* d = std::get_if<double>(&v)) sqlite_api::sqlite3_bind_double(in.sqlite, at, *d);
      else if (const auto* t = std::get_if<std::string>(&v))
        sqlite_api::sqlite3_bind_text(in.sqlite, at, t->data(), static_cast<int>(t->size()),
                                      reinterpret_cast<sqlite_api::sqlite3_destructor_type>(-1));  // SQLITE_TRANSIENT
      else sqlite_api::sqlite3_bind_null(in.sqlite, at);
    }
    int rc = sqlite_api::sqlite3_step(in.sqlite);
    sqlite_api::sqlite3_reset(in.sqlite);
    if (rc != SQLITE_DONE)
      throw std::runtime_error("table " + in.table + ", row " + std::to_string(in.rows) + ": " +
                               sqlite_api::sqlite3_errmsg(sqlite_handle(s_)));
    return;
  }
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) in.buffer += '\t';
    append_copy_value(in.buffer, values[i]);
  }
  in.buffer += '\n';
  if (in.buffer.size() > (1 << 20)) in.flush();
}

void DatabaseLoader::end_table(std::int64_t rows) {
  Insert& in = *insert_;
  if (in.pg) {
    in.flush();
    PGconn* pg = in.pg;
    in.pg = nullptr;
    if (PQputCopyEnd(pg, nullptr) != 1) throw std::runtime_error("table " + in.table + ": " + PQerrorMessage(pg));
    std::string message;
    while (PGresult* r = PQgetResult(pg)) {
      if (PQresultStatus(r) != PGRES_COMMAND_OK) message = PQresultErrorMessage(r);
      PQclear(r);
    }
    if (!message.empty()) throw std::runtime_error("table " + in.table + ": " + message);
  }
  long long stored = 0;
  s_ << "SELECT COUNT(*) FROM " + quoted(in.table), soci::into(stored);
  if (stored != rows || in.rows != rows)
    throw std::runtime_error("table " + in.table + ": " + std::to_string(rows) + " rows sent, " +
                             std::to_string(stored) + " stored");
  summary_.tables += 1;
  summary_.rows += rows;
  insert_.reset();
}

void DatabaseLoader::finish(std::int64_t, std::int64_t) {
  // A table the stream left out would be left empty without a word.
  for (const auto& [name, t] : target_)
    if (name != "schema_migrations" && !loaded_.count(name))
      throw std::runtime_error("table " + name + " of Jämt's schema version " + std::to_string(header_.schema_version) +
                               " is missing from the backup");
  // Id counters: the source's, never below a table's highest id, so that no
  // id is handed out twice.
  for (const auto& [name, t] : target_) {
    if (t.primary_key != std::vector<std::string>{"id"}) continue;
    // Only generated ids (AUTOINCREMENT, identity): some tables' id is text.
    std::string sequence;
    if (engine_ == Engine::sqlite) {
      int autoincrement = 0;
      s_ << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = :n AND sql LIKE '%AUTOINCREMENT%'",
          soci::use(name), soci::into(autoincrement);
      if (!autoincrement) continue;
    } else {
      std::string table = quoted(name);
      soci::indicator has = soci::i_ok;
      s_ << "SELECT pg_get_serial_sequence(:t, 'id')", soci::use(table), soci::into(sequence, has);
      if (has != soci::i_ok) continue;
    }
    long long carried = header_.counters.count(name) ? header_.counters.at(name) : 0;
    long long highest = 0;
    soci::indicator ind = soci::i_ok;
    s_ << "SELECT MAX(id) FROM " + quoted(name), soci::into(highest, ind);
    long long next = std::max(carried, ind == soci::i_ok ? highest : 0LL);
    if (engine_ == Engine::sqlite) {
      if (next == 0) continue;
      s_ << "DELETE FROM sqlite_sequence WHERE name = :n", soci::use(name);
      s_ << "INSERT INTO sqlite_sequence (name, seq) VALUES (:n, :s)", soci::use(name), soci::use(next);
    } else {
      long long ignored = 0;
      if (next > 0)
        s_ << "SELECT setval(:s, :v, true)", soci::use(sequence), soci::use(next), soci::into(ignored);
      else
        s_ << "SELECT setval(:s, 1, false)", soci::use(sequence), soci::into(ignored);
    }
  }
  auto now = apply_migrations(s_, engine_);
  if (!now) throw std::runtime_error(now.error().to_string());
  summary_.schema_version_now = *now;
}

}  // namespace jamt::store
