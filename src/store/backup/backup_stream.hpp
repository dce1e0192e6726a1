#pragma once
// A database's content as a stream: a header, then each table (parents first)
// with its rows, then the end. Backup files are written from it, and restore
// and `migrate-to` load a database from it, so every way of moving data runs
// the same code whichever engine is on either side.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "store/backup/table_catalog.hpp"
#include "store/database.hpp"

namespace jamt::store {

// What a stream says before its tables.
struct BackupHeader {
  int schema_version = 0;       // the highest migration applied in the source
  std::string source_engine{};  // "sqlite" or "postgresql"
  std::string created_at{};     // UTC, from the source's clock
  std::map<std::string, std::int64_t> counters{};  // last generated id per table (identity_counters)
};

// Receives a stream. Each call may throw std::runtime_error (with a message
// that names the table and row) to stop the stream.
class RowSink {
 public:
  virtual ~RowSink() = default;
  // First, once.
  virtual void begin(const BackupHeader& header) = 0;
  // Before the rows of each table.
  virtual void begin_table(const TableInfo& table) = 0;
  // One row, values in the order of the table's columns.
  virtual void row(const std::vector<Value>& values) = 0;
  // After the last row of a table; `rows` is how many the source sent.
  virtual void end_table(std::int64_t rows) = 0;
  // Last, once, after every table.
  virtual void finish(std::int64_t tables, std::int64_t rows) = 0;
};

// Streams every table of the database on `s` into `sink`. The caller holds
// the session in a transaction, so that the tables are one consistent
// snapshot (begin_snapshot). `created_at` goes into the header.
void stream_database(soci::session& s, Engine engine, const std::string& created_at, RowSink& sink);

// Starts a read-only transaction that sees one snapshot of every table
// (SQLite: a deferred read transaction; PostgreSQL: REPEATABLE READ), so
// writers of a running server go on. End it with end_snapshot.
void begin_snapshot(soci::session& s, Engine engine);
// Ends the snapshot begun by begin_snapshot.
void end_snapshot(soci::session& s);
// Ends it after a failure; never throws.
void abort_snapshot(soci::session& s) noexcept;

// "sqlite" / "postgresql".
const char* engine_name(Engine engine);

}  // namespace jamt::store
