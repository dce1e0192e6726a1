#pragma once
// Loads a stream (a backup file, an SQLite backup, another database) into the
// database on a session, inside the caller's one transaction: either all of
// it arrives or, when anything throws, the caller rolls back and nothing did.
#include <cstdint>
#include <map>
#include <set>
#include <memory>
#include <stdexcept>
#include <string>

#include "store/backup/backup_stream.hpp"

namespace jamt::store {

// The loader refused the stream before changing anything: a newer schema,
// no schema at all, or a target that holds data without `force`.
class RestoreRefused : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// How loading went.
struct LoadSummary {
  int schema_version_loaded = 0;  // the stream's schema version
  int schema_version_now = 0;     // after the newer migrations ran
  std::int64_t tables = 0;
  std::int64_t rows = 0;
};

// Replaces every table of the target with the stream's: refuses (throws
// RestoreRefused) a stream from a newer schema than this program's or a
// target holding data beyond what migrations seed unless `force`; drops the
// target's tables and views, creates the schema at the stream's version,
// inserts the rows (SQLite: prepared inserts; PostgreSQL: COPY), checks each
// table's count, sets the id counters (never below a table's highest id),
// then applies the newer migrations. Other errors throw std::runtime_error
// naming the table. The session must be inside a transaction.
class DatabaseLoader : public RowSink {
 public:
  // Loads into the database on `s` (of `engine`); `force` allows replacing data.
  DatabaseLoader(soci::session& s, Engine engine, bool force);
  ~DatabaseLoader() override;
  void begin(const BackupHeader& header) override;
  void begin_table(const TableInfo& table) override;
  void row(const std::vector<Value>& values) override;
  void end_table(std::int64_t rows) override;
  void finish(std::int64_t tables, std::int64_t rows) override;

  // What was loaded; valid after finish().
  const LoadSummary& summary() const { return summary_; }

 private:
  struct Insert;
  soci::session& s_;
  Engine engine_;
  bool force_;
  BackupHeader header_{};
  std::map<std::string, TableInfo> target_{};
  std::set<std::string> loaded_{};  // the tables the stream held
  std::unique_ptr<Insert> insert_;
  LoadSummary summary_{};
};

// The rows a freshly migrated database holds per table (what migrations
// seed), by which "empty" is judged.
std::map<std::string, std::int64_t> fresh_row_counts();

// The tables of the database on `s` that hold more rows than a fresh one,
// with their counts; empty when the database holds no data of its own.
std::map<std::string, std::int64_t> tables_with_data(soci::session& s, Engine engine);

}  // namespace jamt::store
