#include "cli/backup_command.hpp"

#include <iostream>

#include "service/backup/backup_service.hpp"

namespace jamt::cli {

namespace {

// Opens a database without migrating it: a backup copies what is there, and
// a restore creates the schema of the backup itself.
std::unique_ptr<store::Database> open_unmigrated(store::DatabaseConfig config) {
  config.pool_size = 2;
  auto db = store::Database::open(config);
  if (!db) {
    std::cerr << "jamt: " << db.error().to_string() << "\n";
    return nullptr;
  }
  return std::move(*db);
}

void print_restored(const service::BackupOutcome& o, const std::string& from, const std::string& to) {
  std::cout << "Restored " << o.rows << " rows in " << o.tables << " tables (schema version " << o.schema_version
            << ") from " << from << " into " << to;
  if (o.schema_version_now != o.schema_version) std::cout << "; migrated to schema version " << o.schema_version_now;
  std::cout << ".\n";
}

}  // namespace

int run_backup(const store::DatabaseConfig& config, const std::string& file, const std::string& format_name) {
  service::BackupFormat format = service::BackupFormat::automatic;
  if (format_name == "sqlite") format = service::BackupFormat::sqlite;
  else if (format_name == "jamt") format = service::BackupFormat::jamt;
  else if (!format_name.empty()) {
    std::cerr << "jamt: --format must be sqlite or jamt, not \"" << format_name << "\"\n";
    return 2;
  }
  auto db = open_unmigrated(config);
  if (!db) return 1;
  auto outcome = service::backup_database(*db, file, format);
  if (!outcome) {
    std::cerr << "jamt: " << outcome.error().to_string() << "\n";
    return outcome.error().code == ErrorKind::validation ? 2 : 1;
  }
  std::cout << "Backed up " << db->config().describe() << " to " << file << " ("
            << (outcome->format == "sqlite" ? "SQLite file" : "Jämt backup file") << "): " << outcome->rows
            << " rows in " << outcome->tables << " tables, schema version " << outcome->schema_version << ".\n";
  if (!outcome->warning.empty()) std::cerr << "jamt: warning: " << outcome->warning.substr(0, 2000) << "\n";
  return 0;
}

int run_restore(const store::DatabaseConfig& config, const std::string& file, bool force, const std::string& actor) {
  auto db = open_unmigrated(config);
  if (!db) return 1;
  auto outcome = service::restore_database(*db, file, service::RestoreOptions{.force = force, .actor = {actor}});
  if (!outcome) {
    std::cerr << "jamt: restore: " << outcome.error().to_string() << "\nNothing was changed.\n";
    return 1;
  }
  print_restored(*outcome, file, db->config().describe());
  return 0;
}

int run_migrate_to(const store::DatabaseConfig& config, const std::string& url, bool force, const std::string& actor) {
  auto from = open_unmigrated(config);
  if (!from) return 1;
  auto to = open_unmigrated(store::DatabaseConfig::from_url(url));
  if (!to) return 1;
  if (from->config().describe() == to->config().describe()) {
    std::cerr << "jamt: migrate-to: " << url << " is the database being copied\n";
    return 2;
  }
  auto outcome = service::copy_database(*from, *to, service::RestoreOptions{.force = force, .actor = {actor}});
  if (!outcome) {
    std::cerr << "jamt: migrate-to: " << outcome.error().to_string() << "\nNothing was changed.\n";
    return 1;
  }
  print_restored(*outcome, from->config().describe(), to->config().describe());
  std::cout << "Start Jämt on it with: jamt --db '" << url << "' serve\n";
  return 0;
}

}  // namespace jamt::cli
