#include "service/backup/backup_service.hpp"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "domain/utc_time.hpp"
#include "store/audit_repository.hpp"
#include "store/backup/backup_file.hpp"
#include "store/backup/database_loader.hpp"
#include "store/backup/sqlite_backup.hpp"

namespace jamt::service {

namespace fs = std::filesystem;

namespace {

Error io_error(std::string message) { return Error{ErrorKind::io, std::move(message), {}, {}}; }

// Counts what passes through to another sink.
class CountingSink : public store::RowSink {
 public:
  explicit CountingSink(store::RowSink& next) : next_(next) {}
  void begin(const store::BackupHeader& h) override {
    header = h;
    next_.begin(h);
  }
  void begin_table(const store::TableInfo& t) override { next_.begin_table(t); }
  void row(const std::vector<store::Value>& v) override { next_.row(v); }
  void end_table(std::int64_t n) override { next_.end_table(n); }
  void finish(std::int64_t t, std::int64_t r) override {
    tables = t;
    rows = r;
    next_.finish(t, r);
  }
  store::BackupHeader header{};
  std::int64_t tables = 0;
  std::int64_t rows = 0;

 private:
  store::RowSink& next_;
};

// Only reads: for counting what an SQLite backup holds.
class NullSink : public store::RowSink {
 public:
  void begin(const store::BackupHeader&) override {}
  void begin_table(const store::TableInfo&) override {}
  void row(const std::vector<store::Value>&) override {}
  void end_table(std::int64_t) override {}
  void finish(std::int64_t, std::int64_t) override {}
};

// Loads `feed`'s stream into `to` in one transaction with the audit entry.
Result<BackupOutcome> load_into(store::Database& to, const RestoreOptions& options, const std::string& from,
                                const std::function<void(store::RowSink&)>& feed) {
  BackupOutcome outcome;
  Status st = to.transaction([&](soci::session& s) -> Status {
    try {
      store::DatabaseLoader loader(s, to.engine(), options.force);
      CountingSink counting(loader);
      feed(counting);
      const auto& summary = loader.summary();
      outcome = BackupOutcome{.format = "",
                              .schema_version = summary.schema_version_loaded,
                              .schema_version_now = summary.schema_version_now,
                              .tables = summary.tables,
                              .rows = summary.rows,
                              .warning = ""};
      nlohmann::json after{{"from", from},
                           {"source_engine", counting.header.source_engine},
                           {"backup_created_at", counting.header.created_at},
                           {"schema_version", summary.schema_version_loaded},
                           {"tables", summary.tables},
                           {"rows", summary.rows}};
      store::append_audit(s, store::AuditEntry{.id = 0,
                                               .at = "",
                                               .actor = options.actor.name,
                                               .action = "restore",
                                               .entity = "database",
                                               .entity_id = 0,
                                               .before_json = std::nullopt,
                                               .after_json = after.dump()});
      return {};
    } catch (const store::RestoreRefused& e) {
      return Error{ErrorKind::conflict, e.what(), from, {}};
    } catch (const std::exception& e) {
      return Error{ErrorKind::database, e.what(), from, {}};
    }
  });
  if (!st) return st.error();
  return outcome;
}

}  // namespace

Result<BackupOutcome> backup_database(store::Database& db, const std::string& path, BackupFormat format) {
  if (format == BackupFormat::automatic)
    format = db.engine() == store::Engine::sqlite ? BackupFormat::sqlite : BackupFormat::jamt;
  if (format == BackupFormat::sqlite && db.engine() != store::Engine::sqlite)
    return validation_error("the sqlite format copies an SQLite database; PostgreSQL is backed up as --format jamt",
                            {}, "--format");
  std::error_code probe;
  if (fs::is_directory(path, probe)) return io_error(path + " is a folder; name a file");
  // A copy renamed over the live file would take the server's writes with it.
  if (db.engine() == store::Engine::sqlite && fs::equivalent(path, db.config().target, probe))
    return validation_error(path + " is the database itself; name another file for the backup", {}, "FILE");
  int version = 0;
  Status read = db.read([&](soci::session& s) -> Status {
    version = store::stored_schema_version(s, db.engine());
    return {};
  });
  if (!read) return read.error();
  if (version == 0)
    return validation_error(db.config().describe() + " holds no Jämt database (no schema); nothing to back up");
  if (format == BackupFormat::sqlite) {
    std::string check;
    Status st = db.read([&](soci::session& s) -> Status {
      try {
        check = store::sqlite_online_backup(s, path);
      } catch (const std::exception& e) {
        return io_error(e.what());
      }
      return {};
    });
    if (!st) return st.error();
    // Read the copy back: it says what it holds, and that it reads.
    NullSink nothing;
    CountingSink counting(nothing);
    try {
      store::stream_sqlite_file(path, db.clock().now_text(), counting);
    } catch (const std::exception& e) {
      return io_error(path + ": " + e.what());
    }
    return BackupOutcome{.format = "sqlite",
                         .schema_version = counting.header.schema_version,
                         .schema_version_now = counting.header.schema_version,
                         .tables = counting.tables,
                         .rows = counting.rows,
                         .warning = check == "ok" ? "" : "PRAGMA integrity_check on the copy (as on the database): " + check};
  }
  fs::path temp(path);
  temp += ".partial-" + std::to_string(::getpid());
  std::ofstream out(temp, std::ios::binary | std::ios::trunc);
  if (!out) return io_error("cannot write " + temp.string());
  store::BackupFileWriter writer(out);
  CountingSink counting(writer);
  Status st = db.read([&](soci::session& s) -> Status {
    try {
      store::begin_snapshot(s, db.engine());
      store::stream_database(s, db.engine(), db.clock().now_text(), counting);
      store::end_snapshot(s);
    } catch (const std::exception& e) {
      store::abort_snapshot(s);
      return io_error(e.what());
    }
    return {};
  });
  out.close();
  std::error_code ignored;
  if (!st || !out) {
    fs::remove(temp, ignored);
    if (!st) return st.error();
    return io_error("cannot write " + temp.string());
  }
  store::sync_path(temp.string());
  fs::rename(temp, path, ignored);
  if (!ignored) store::sync_path(fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string());
  if (ignored) return io_error("cannot rename " + temp.string() + " to " + path + ": " + ignored.message());
  return BackupOutcome{.format = "jamt",
                       .schema_version = counting.header.schema_version,
                       .schema_version_now = counting.header.schema_version,
                       .tables = counting.tables,
                       .rows = counting.rows,
                       .warning = ""};
}

Result<BackupOutcome> restore_database(store::Database& db, const std::string& path, const RestoreOptions& options) {
  std::error_code probe;
  if (!fs::exists(path, probe)) return io_error("there is no file " + path);
  bool sqlite = store::is_sqlite_file(path);
  std::ifstream in;
  if (!sqlite) {
    in.open(path, std::ios::binary);
    if (!in) return io_error("cannot read " + path);
  }
  // An SQLite copy does not say when it was made: its file's time does.
  std::string made_at = db.clock().now_text();
  if (sqlite) {
    auto written = fs::last_write_time(path, probe);
    if (!probe)
      made_at = utc_text(std::chrono::floor<std::chrono::seconds>(std::chrono::file_clock::to_sys(written)));
  }
  bool parse_failed = false;
  auto outcome = load_into(db, options, path, [&](store::RowSink& sink) {
    if (sqlite) {
      store::stream_sqlite_file(path, made_at, sink);
      return;
    }
    try {
      store::read_backup_file(in, path, sink);
    } catch (const store::RestoreRefused&) {
      throw;
    } catch (const std::runtime_error& e) {
      // The reader's own complaints name the file and line; the loader's
      // name the table. Either way nothing was kept.
      parse_failed = std::string(e.what()).rfind(path, 0) == 0;
      throw;
    }
  });
  if (!outcome) {
    Error e = outcome.error();
    if (parse_failed) e.code = ErrorKind::parse;
    e.where.clear();
    if (e.message.rfind(path, 0) != 0) e.message = path + ": " + e.message;
    return e;
  }
  outcome->format = sqlite ? "sqlite" : "jamt";
  return outcome;
}

Result<BackupOutcome> copy_database(store::Database& from, store::Database& to, const RestoreOptions& options) {
  Result<BackupOutcome> result = Error{ErrorKind::internal, "not run", {}, {}};
  std::string described = from.config().describe();
  Status st = from.read([&](soci::session& source) -> Status {
    try {
      store::begin_snapshot(source, from.engine());
    } catch (const std::exception& e) {
      return Error{ErrorKind::database, e.what(), described, {}};
    }
    result = load_into(to, options, described, [&](store::RowSink& sink) {
      store::stream_database(source, from.engine(), from.clock().now_text(), sink);
    });
    store::abort_snapshot(source);  // read only: nothing to keep
    return {};
  });
  if (!st) return st.error();
  if (result) result->format = "copy";
  return result;
}

}  // namespace jamt::service
