#pragma once
// Backup, restore and moving a county's database to another engine
// (docs/backup.md). Command-line only: no route reaches these.
#include <cstdint>
#include <string>

#include "domain/result.hpp"
#include "service/strategy/strategy_service.hpp"  // Actor
#include "store/database.hpp"

namespace jamt::service {

// What `jamt backup` writes: SQLite's own file (only from SQLite) or Jämt's
// engine-neutral backup file; `automatic` picks SQLite's file on SQLite and
// the backup file on PostgreSQL.
enum class BackupFormat { automatic, sqlite, jamt };

// What a backup or restore moved.
struct BackupOutcome {
  std::string format{};       // "sqlite" or "jamt"
  int schema_version = 0;     // of the data in the file
  int schema_version_now = 0; // after a restore: once the newer migrations ran
  std::int64_t tables = 0;
  std::int64_t rows = 0;
  std::string warning{};      // SQLite format: PRAGMA integrity_check's complaints about the copy (and so the source)
};

// Writes a consistent copy of `db` to `path` while the server may go on
// working: SQLite's online backup, or the backup file read in one snapshot.
// The file appears only when complete (written beside it, then renamed).
// Errors: validation (the sqlite format from PostgreSQL), io, database.
Result<BackupOutcome> backup_database(store::Database& db, const std::string& path, BackupFormat format);

// How to restore.
struct RestoreOptions {
  bool force = false;  // replace a database that holds data
  Actor actor{};       // named in the audit log
};

// Replaces the content of `db` with the backup at `path` (an SQLite file or
// a backup file, told apart by their first bytes), whatever engine either
// came from, in one transaction: all of it or, on any error, nothing. Refuses
// (conflict) a backup of a newer schema than this program's and a database
// holding data unless options.force. Then applies newer migrations and writes
// one "restore" entry to the audit log. Errors: conflict, parse (a damaged or
// cut-short file), io, database.
Result<BackupOutcome> restore_database(store::Database& db, const std::string& path, const RestoreOptions& options);

// Copies every table of `from` into `to` (moving a county from SQLite to
// PostgreSQL), reading `from` in one snapshot and writing `to` in one
// transaction, under the same rules as restore_database.
Result<BackupOutcome> copy_database(store::Database& from, store::Database& to, const RestoreOptions& options);

}  // namespace jamt::service
