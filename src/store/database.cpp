#include "store/database.hpp"

#include <atomic>
#include <filesystem>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <vector>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <soci/connection-pool.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "store/database_status.hpp"
#include "store/migrations.hpp"

namespace jamt::store {

DatabaseConfig DatabaseConfig::from_url(const std::string& url) {
  DatabaseConfig c;
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    c.engine = Engine::postgresql;
    c.target = url;
  } else {
    c.engine = Engine::sqlite;
    c.target = url.rfind("sqlite:", 0) == 0 ? url.substr(7) : url;
  }
  return c;
}

std::string DatabaseConfig::describe() const {
  if (engine == Engine::sqlite) return "SQLite (" + target + ")";
  // Hide a password in postgresql://user:password@host/...
  std::string shown = target;
  auto scheme = shown.find("://");
  auto at = shown.find('@');
  if (scheme != std::string::npos && at != std::string::npos) {
    auto colon = shown.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at) shown.replace(colon, at - colon, ":***");
  }
  return "PostgreSQL (" + shown + ")";
}

namespace {

std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// libpq keyword/value form of a postgresql:// URL, quoted as libpq wants.
// (SOCI mangles URIs, so they are never passed through as they are.)
std::string libpq_conninfo(const std::string& url) {
  if (url.find("://") == std::string::npos) return url;  // already key=value
  std::string rest = url.substr(url.find("://") + 3);
  std::string query;
  if (auto q = rest.find('?'); q != std::string::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  std::string userinfo, hostport = rest, dbname;
  if (auto slash = rest.find('/'); slash != std::string::npos) {
    hostport = rest.substr(0, slash);
    dbname = rest.substr(slash + 1);
  }
  if (auto at = hostport.rfind('@'); at != std::string::npos) {
    userinfo = hostport.substr(0, at);
    hostport = hostport.substr(at + 1);
  }
  std::vector<std::pair<std::string, std::string>> kv;
  if (!userinfo.empty()) {
    auto colon = userinfo.find(':');
    kv.emplace_back("user", percent_decode(userinfo.substr(0, colon)));
    if (colon != std::string::npos) kv.emplace_back("password", percent_decode(userinfo.substr(colon + 1)));
  }
  if (!hostport.empty()) {
    auto colon = hostport.rfind(':');
    if (colon != std::string::npos && hostport.find(']') == std::string::npos) {
      kv.emplace_back("host", percent_decode(hostport.substr(0, colon)));
      kv.emplace_back("port", hostport.substr(colon + 1));
    } else {
      kv.emplace_back("host", percent_decode(hostport));
    }
  }
  if (!dbname.empty()) kv.emplace_back("dbname", percent_decode(dbname));
  std::size_t pos = 0;
  while (pos < query.size()) {
    auto amp = query.find('&', pos);
    std::string pair = query.substr(pos, amp == std::string::npos ? std::string::npos : amp - pos);
    if (auto eq = pair.find('='); eq != std::string::npos)
      kv.emplace_back(pair.substr(0, eq), percent_decode(pair.substr(eq + 1)));
    if (amp == std::string::npos) break;
    pos = amp + 1;
  }
  std::string out;
  for (const auto& [k, v] : kv) {
    std::string quoted;
    for (char c : v) {
      if (c == '\\' || c == '\'') quoted += '\\';
      quoted += c;
    }
    out += (out.empty() ? "" : " ") + k + "='" + quoted + "'";
  }
  return out;
}

}  // namespace

// A fair lock for SQLite writers in this process: tickets are served in the
// order they were drawn.
struct Database::WriterQueue {
  std::mutex mutex;
  std::condition_variable turn;
  std::uint64_t next = 0;
  std::uint64_t serving = 0;
  // The pool's counters (store/database_status.hpp); here rather than in
  // the header so that the header stays as it is.
  struct {
    std::atomic<std::size_t> in_use{0};
    std::atomic<std::uint64_t> leases{0};
    std::atomic<std::uint64_t> waits{0};
  } counters;
};

namespace {

// Holds a turn in the writer queue for its lifetime (none when `queue` is null).
class WriterTurn {
 public:
  template <class Queue>
  explicit WriterTurn(Queue* queue) {
    if (!queue) return;
    std::unique_lock lock(queue->mutex);
    std::uint64_t ticket = queue->next++;
    queue->turn.wait(lock, [&] { return queue->serving == ticket; });
    release_ = [queue] {
      {
        std::lock_guard lock(queue->mutex);
        ++queue->serving;
      }
      queue->turn.notify_all();
    };
  }
  ~WriterTurn() {
    if (release_) release_();
  }
  WriterTurn(const WriterTurn&) = delete;
  WriterTurn& operator=(const WriterTurn&) = delete;

 private:
  std::function<void()> release_;
};

}  // namespace

Database::Database(DatabaseConfig config)
    : config_(std::move(config)), writers_(std::make_unique<WriterQueue>()) {}

namespace {

// A pooled connection for the length of a scope, counted: leases, waits
// for a free connection, connections in use.
template <class Counters>
struct Lease {
  soci::connection_pool& pool;
  Counters& counters;
  std::size_t pos = 0;
  Lease(soci::connection_pool& p, Counters& c) : pool(p), counters(c) {
    if (!pool.try_lease(pos, 0)) {
      ++counters.waits;
      pos = pool.lease();
    }
    ++counters.leases;
    ++counters.in_use;
  }
  ~Lease() {
    --counters.in_use;
    pool.give_back(pos);
  }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  soci::session& session() { return pool.at(pos); }
};

Error database_error(const std::string& what) { return Error{ErrorKind::database, what, {}, {}}; }

}  // namespace

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig& config) {
  std::unique_ptr<Database> db(new Database(config));
  try {
    if (config.engine == Engine::sqlite) {
      auto parent = std::filesystem::path(config.target).parent_path();
      if (!parent.empty()) std::filesystem::create_directories(parent);
    }
    db->pool_ = std::make_unique<soci::connection_pool>(config.pool_size);
    for (std::size_t i = 0; i < config.pool_size; ++i) {
      soci::session& s = db->pool_->at(i);
      if (config.engine == Engine::sqlite) {
        s.open(soci::sqlite3, "db=\"" + config.target + "\" timeout=30");
        // Constraint errors then say which constraint (see constraint_error.hpp).
        sqlite_api::sqlite3_extended_result_codes(static_cast<soci::sqlite3_session_backend*>(s.get_backend())->conn_, 1);
        s << "PRAGMA journal_mode=WAL";
        s << "PRAGMA foreign_keys=ON";
        s << "PRAGMA synchronous=NORMAL";
        s << "PRAGMA cache_size=-65536";  // 64 MiB per connection, for large imports
      } else {
        s.open(soci::postgresql, libpq_conninfo(config.target));
        s << "SET client_min_messages TO WARNING";
      }
    }
  } catch (const std::exception& e) {
    return database_error("cannot open " + config.describe() + ": " + e.what());
  }
  db->register_sessions();
  return db;
}

Status Database::transaction(const std::function<Status(soci::session&)>& work) {
  // The turn before the connection: a writer waiting for SQLite's one write
  // lock holds no pooled connection (readers keep them), and writers are
  // served in the order they came, not in the pool's order of wake-ups.
  WriterTurn turn(config_.engine == Engine::sqlite ? writers_.get() : nullptr);
  Lease lease(*pool_, writers_->counters);
  soci::session& s = lease.session();
  try {
    // IMMEDIATE takes SQLite's write lock up front, so two writers queue on
    // busy_timeout instead of failing to upgrade a read lock.
    s << (config_.engine == Engine::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
  } catch (const std::exception& e) {
    return database_error(std::string("cannot start a transaction: ") + e.what());
  }
  try {
    Status result = work(s);
    if (result.ok()) {
      s << "COMMIT";
    } else {
      s << "ROLLBACK";
    }
    return result;
  } catch (const std::exception& e) {
    try {
      s << "ROLLBACK";
    } catch (...) {
    }
    return database_error(e.what());
  }
}

Status Database::read(const std::function<Status(soci::session&)>& work) {
  Lease lease(*pool_, writers_->counters);
  try {
    return work(lease.session());
  } catch (const std::exception& e) {
    return database_error(e.what());
  }
}

Result<int> Database::migrate() {
  int version = 0;
  Status st = transaction([&](soci::session& s) -> Status {
    auto applied = apply_migrations(s, config_.engine);
    if (!applied) return applied.error();
    version = *applied;
    return {};
  });
  if (!st) return st.error();
  return version;
}

namespace {

// Which Database each pooled session belongs to, for clock_of(). Written when
// a Database opens and closes, read on every stamp.
std::shared_mutex registry_mutex;
std::unordered_map<const soci::session*, const Database*>& session_registry() {
  static std::unordered_map<const soci::session*, const Database*> registry;
  return registry;
}
// Each open Database's pool counters, for pool_stats().
std::unordered_map<const Database*, std::function<PoolStats()>>& pool_registry() {
  static std::unordered_map<const Database*, std::function<PoolStats()>> registry;
  return registry;
}

}  // namespace

void Database::register_sessions() {
  std::unique_lock lock(registry_mutex);
  for (std::size_t i = 0; i < config_.pool_size; ++i) session_registry()[&pool_->at(i)] = this;
  auto& c = writers_->counters;
  pool_registry()[this] = [&c, size = config_.pool_size] {
    return PoolStats{.size = size, .in_use = c.in_use.load(), .leases = c.leases.load(), .waits = c.waits.load()};
  };
}

Database::~Database() {
  if (!pool_) return;
  std::unique_lock lock(registry_mutex);
  for (std::size_t i = 0; i < config_.pool_size; ++i) session_registry().erase(&pool_->at(i));
  pool_registry().erase(this);
}

PoolStats pool_stats(const Database& db) {
  std::shared_lock lock(registry_mutex);
  auto found = pool_registry().find(&db);
  return found == pool_registry().end() ? PoolStats{.size = db.config().pool_size} : found->second();
}

const Clock& clock_of(soci::session& session) {
  std::shared_lock lock(registry_mutex);
  auto found = session_registry().find(&session);
  return found == session_registry().end() ? real_clock() : found->second->clock();
}

}  // namespace jamt::store
