#pragma once
// SQLite's online backup: a consistent copy of a live database, taken while
// the server goes on reading and writing.
#include <string>

namespace soci {
class session;
}

namespace jamt::store {

// Copies the SQLite database on `source` to the file `destination` with
// SQLite's backup API, as one snapshot (WAL lets the server's writers go on
// meanwhile). The copy is written beside `destination` and renamed into place
// only when complete, so `destination` is never half written; it is a plain
// SQLite file (rollback journal, no -wal file needed). Returns what PRAGMA
// integrity_check says of the copy ("ok", or its complaints, which the source
// has as well: the copy is page for page). Throws std::runtime_error with
// SQLite's message when copying fails.
std::string sqlite_online_backup(soci::session& source, const std::string& destination);

// Flushes a file (or folder) to disk, so that a rename after it cannot
// outlive the data after a power loss. Does nothing for a path it cannot open.
void sync_path(const std::string& path);

// Whether the file at `path` starts like an SQLite database.
bool is_sqlite_file(const std::string& path);

}  // namespace jamt::store

namespace jamt::store {
class RowSink;

// Streams the SQLite database file at `path` (a backup made by
// sqlite_online_backup, or any Jämt SQLite file) into `sink` as one snapshot,
// with `created_at` in the header. Throws std::runtime_error when the file
// cannot be opened or read.
void stream_sqlite_file(const std::string& path, const std::string& created_at, RowSink& sink);

}  // namespace jamt::store
