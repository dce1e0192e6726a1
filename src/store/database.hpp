#pragma once
// Database: the connection pool over SQLite (embedded, default) or
// PostgreSQL, with versioned migrations and transactions. Both engines run the
// same SQL; the few dialect differences live in migrations.cpp.
#include <atomic>
#include <functional>
#include <memory>
#include <string>

#include "domain/clock.hpp"
#include "domain/result.hpp"

namespace soci {
class session;
class connection_pool;
}  // namespace soci

namespace jamt::store {

enum class Engine { sqlite, postgresql };

// Where the data lives: an SQLite file or a PostgreSQL connection URL.
struct DatabaseConfig {
  Engine engine = Engine::sqlite;
  std::string target{};  // SQLite: file path; PostgreSQL: "postgresql://…" URL or libpq string
  std::size_t pool_size = 8;

  // The config for `url`: "postgresql://…"/"postgres://…" → PostgreSQL,
  // "sqlite:PATH" or a plain path → SQLite.
  static DatabaseConfig from_url(const std::string& url);
  // "SQLite (path)" / "PostgreSQL (host:port/db)" without the password.
  std::string describe() const;
};

class Database {
 public:
  // Opens `config.pool_size` connections (creating the SQLite file and its
  // folder if needed; WAL and foreign keys on). Errors name the target and the
  // driver's message.
  static Result<std::unique_ptr<Database>> open(const DatabaseConfig& config);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Engine engine() const { return config_.engine; }
  const DatabaseConfig& config() const { return config_; }

  // Applies every migration not yet applied, all in one transaction (on
  // PostgreSQL under an advisory lock, so servers starting together do not
  // race), and
  // returns the schema version now in force.
  Result<int> migrate();

  // Runs `work` on a leased session inside a transaction; commits when it
  // returns ok, rolls back when it returns an error or throws (a thrown
  // database error becomes Error{ErrorKind::database, …}). Thread-safe; blocks while all
  // connections are leased. On SQLite, writers of this process take turns in
  // the order they arrived (a ticket queue), so a long run of short
  // transactions, such as an import's steps, lets a login in after one step
  // instead of starving it in SQLite's busy loop.
  Status transaction(const std::function<Status(soci::session&)>& work);

  // Runs `work` on a leased session without a transaction (for reads).
  Status read(const std::function<Status(soci::session&)>& work);

  // The clock that service code and the repositories ask for now and today:
  // the system clock unless use_clock() said otherwise.
  const Clock& clock() const { return *clock_.load(); }
  // Makes `clock` the clock in use (tests, `serve --fixed-time`). Not owned:
  // it must outlive this handle. Safe to call while other threads work, though
  // meant for startup.
  void use_clock(const Clock& clock) { clock_.store(&clock); }

 private:
  explicit Database(DatabaseConfig config);
  // Enters the pool's sessions in the registry clock_of() reads.
  void register_sessions();
  DatabaseConfig config_;
  std::unique_ptr<soci::connection_pool> pool_;
  std::atomic<const Clock*> clock_{&real_clock()};
  struct WriterQueue;
  std::unique_ptr<WriterQueue> writers_;
};

// The clock of the Database whose pool `session` belongs to, so repositories
// stamp created_at/updated_at/at with the same time the service sees; the
// system clock for a session no Database opened. Thread-safe.
const Clock& clock_of(soci::session& session);

}  // namespace jamt::store
