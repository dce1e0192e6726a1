#include "test_database.hpp"
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <vector>
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

std::unique_ptr<store::Database> fresh_database() {
  store::DatabaseConfig config;
  std::string url = test_db_url();
  if (!url.empty()) {
    config = store::DatabaseConfig::from_url(url);
    // Reset through the application's own connection handling.
    config.pool_size = 1;
    auto admin = store::Database::open(config);
    if (!admin) {
      ADD_FAILURE() << admin.error().to_string();
      return nullptr;
    }
    Status reset = (*admin)->read([](soci::session& s) -> Status {
      s << "DROP SCHEMA IF EXISTS public CASCADE";
      s << "CREATE SCHEMA public";
      return {};
    });
    if (!reset) {
      ADD_FAILURE() << reset.error().to_string();
      return nullptr;
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
    config = store::DatabaseConfig::from_url((dir / "jamt.db").string());
  }
  config.pool_size = 4;
  auto db = store::Database::open(config);
  if (!db) {
    ADD_FAILURE() << db.error().to_string();
    return nullptr;
  }
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
