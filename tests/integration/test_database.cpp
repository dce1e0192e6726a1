#include "test_database.hpp"
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <regex>
#include <vector>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <sstream>
#include <unistd.h>

namespace jamt::testing {

namespace {
std::string test_db_url() {
  const char* url = std::getenv("JAMT_TEST_DB");
  return url ? url : "";
}

// Prints once which engine the suite runs on, so the test log names it.
class EngineBanner : public ::testing::Environment {
 public:
  void SetUp() override {
    std::cout << "[ engine   ] integration tests on " << engine_name()
              << (test_db_url().empty() ? "" : " (" + store::DatabaseConfig::from_url(test_db_url()).describe() + ")")
              << std::endl;
  }
};
const auto* const banner = ::testing::AddGlobalTestEnvironment(new EngineBanner);

// SQLite databases of the tests: each lives in its own folder under the
// temporary directory, which is removed when its test suite ends (after
// TearDownTestSuite, so suite-wide databases are closed by then). Without
// this a full run left several gigabytes of databases behind in /tmp.
std::mutex created_mutex;
std::vector<std::filesystem::path> created_dirs;

class RemoveDatabasesAfterSuite : public ::testing::EmptyTestEventListener {
 public:
  void OnTestSuiteEnd(const ::testing::TestSuite&) override {
    std::vector<std::filesystem::path> dirs;
    {
      std::lock_guard lock(created_mutex);
      dirs.swap(created_dirs);
    }
    for (const auto& dir : dirs) {
      std::error_code ignored;
      std::filesystem::remove_all(dir, ignored);
    }
  }
};
const bool cleaner_added = [] {
  ::testing::UnitTest::GetInstance()->listeners().Append(new RemoveDatabasesAfterSuite);
  return true;
}();
}  // namespace

std::string engine_name() { return test_db_url().empty() ? "SQLite" : "PostgreSQL"; }

namespace {

// Drops the public schema of the database on `config` and makes it anew
// (empty): the way to a fresh database when the database cannot be made
// again from the template (a connection of an earlier test still open).
Status reset_schema(store::DatabaseConfig config) {
  config.pool_size = 1;
  auto admin = store::Database::open(config);
  if (!admin) return admin.error();
  return (*admin)->read([](soci::session& s) -> Status {
    s << "DROP SCHEMA IF EXISTS public CASCADE";
    s << "CREATE SCHEMA public";
    return {};
  });
}

// The parts of a plain "postgresql://user@host:port/name" URL; empty
// when it has more (a password, options), which the template is not made for.
struct PlainUrl {
  std::string user, host, port, name;
};
std::optional<PlainUrl> plain_url(const std::string& url) {
  static const std::regex plain(R"(^postgres(?:ql)?://([A-Za-z0-9_]+)@([A-Za-z0-9_.-]+):([0-9]+)/([A-Za-z0-9_]+)$)");
  std::smatch m;
  if (!std::regex_match(url, m, plain)) return std::nullopt;
  return PlainUrl{.user = m[1], .host = m[2], .port = m[3], .name = m[4]};
}

// A libpq connection to database `name` of the server of `u`, outside any
// transaction (CREATE and DROP DATABASE refuse to run inside one).
std::unique_ptr<soci::session> connect_to(const PlainUrl& u, const std::string& name) {
  return std::make_unique<soci::session>(
      soci::postgresql, "dbname=" + name + " user=" + u.user + " host=" + u.host + " port=" + u.port);
}

// Migrating a new database costs more than copying a migrated one (some
// 30 migrations, 80 tables): both engines copy a template made once per run.
// PostgreSQL: the database of $JAMT_TEST_DB is dropped and created again from
// "<name>_template"; "" when that cannot be done (not a URL, no right to
// create databases), and the schema is reset and migrated instead.
std::string postgresql_template(const std::string& url) {
  static std::once_flag once;
  static std::string made;
  std::call_once(once, [&] {
    auto u = plain_url(url);
    if (!u) return;
    const std::string template_name = u->name + "_template";
    try {
      auto admin = connect_to(*u, "postgres");
      *admin << "DROP DATABASE IF EXISTS " + template_name;
      *admin << "CREATE DATABASE " + template_name;
    } catch (const std::exception& e) {
      std::cout << "[ engine   ] no template database (" << e.what() << "); each test migrates" << std::endl;
      return;
    }
    auto db = store::Database::open(store::DatabaseConfig::from_url(
        "postgresql://" + u->user + "@" + u->host + ":" + u->port + "/" + template_name));
    if (!db || !(*db)->migrate()) return;
    made = template_name;
  });
  return made;
}

// The database of $JAMT_TEST_DB made again from the template; false when it
// is still in use (then the caller resets its schema).
bool copy_postgresql_template(const std::string& url, const std::string& template_name) {
  auto u = plain_url(url);
  if (!u) return false;
  try {
    auto admin = connect_to(*u, "postgres");
    *admin << "DROP DATABASE IF EXISTS " + u->name;
    *admin << "CREATE DATABASE " + u->name + " TEMPLATE " + template_name;
    return true;
  } catch (const std::exception&) {
    return false;  // another connection to it is open
  }
}

// SQLite: a migrated file in the temporary folder, copied for each test.
std::filesystem::path sqlite_template() {
  static std::once_flag once;
  static std::filesystem::path made;
  std::call_once(once, [&] {
    auto dir = std::filesystem::temp_directory_path() / ("jamt-test-template-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    auto db = store::Database::open(store::DatabaseConfig::from_url((dir / "jamt.db").string()));
    if (!db || !(*db)->migrate()) return;
    db->reset();  // closed: the file holds everything (no -wal beside it)
    made = dir / "jamt.db";
    static const struct Remover {
      std::filesystem::path dir;
      ~Remover() {
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);
      }
    } remover{dir};
  });
  return made;
}

}  // namespace

std::unique_ptr<store::Database> fresh_database() {
  store::DatabaseConfig config;
  std::string url = test_db_url();
  if (!url.empty()) {
    config = store::DatabaseConfig::from_url(url);
    const std::string template_name = postgresql_template(url);
    if (template_name.empty() || !copy_postgresql_template(url, template_name)) {
      if (Status reset = reset_schema(config); !reset) {
        ADD_FAILURE() << reset.error().to_string();
        return nullptr;
      }
    }
  } else {
    static std::atomic<int> counter{0};
    auto dir = std::filesystem::temp_directory_path() /
               ("jamt-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir);
    {
      std::lock_guard lock(created_mutex);
      created_dirs.push_back(dir);
    }
    if (auto from = sqlite_template(); !from.empty()) {
      std::filesystem::create_directories(dir);
      std::filesystem::copy_file(from, dir / "jamt.db");
    }
    config = store::DatabaseConfig::from_url((dir / "jamt.db").string());
  }
  config.pool_size = 4;
  auto db = store::Database::open(config);
  if (!db) {
    ADD_FAILURE() << db.error().to_string();
    return nullptr;
  }
  // Nothing to do on a copy of the template.
  auto migrated = (*db)->migrate();
  if (!migrated) {
    ADD_FAILURE() << migrated.error().to_string();
    return nullptr;
  }
  return std::move(*db);
}

std::string demo_document(const std::string& file_name) {
  std::ifstream in(std::filesystem::path(JAMT_SOURCE_DIR) / "data" / "strategies" / file_name, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace jamt::testing
