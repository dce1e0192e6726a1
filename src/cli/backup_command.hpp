#pragma once
// `jamt backup`, `jamt restore` and `jamt migrate-to` (docs/backup.md).
#include <string>

#include "store/database.hpp"

namespace jamt::cli {

// `jamt backup FILE [--format sqlite|jamt]` of the database `config` names;
// `format` is "" for the engine's default. Returns the exit code (0 done, 1
// failed, 2 usage), messages on stdout/stderr.
int run_backup(const store::DatabaseConfig& config, const std::string& file, const std::string& format);

// `jamt restore FILE [--force]` into the database `config` names, as `actor`.
int run_restore(const store::DatabaseConfig& config, const std::string& file, bool force, const std::string& actor);

// `jamt migrate-to URL [--force]`: copies the database `config` names into
// the one at `url` (typically SQLite → PostgreSQL), as `actor`.
int run_migrate_to(const store::DatabaseConfig& config, const std::string& url, bool force, const std::string& actor);

}  // namespace jamt::cli
