// The command line on the data folder of a running `jamt serve`: while the
// server holds the SQLite database (a long write, as an import takes), the
// `user`, `strategy`, `import` and `batch` commands wait for it and then
// succeed, instead of failing at once with "database is locked".
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY
#include <httplib.h>

#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct ShellRun {
  int exit_code = -1;
  std::string out;
};

// Runs a shell command line; stdout and stderr together.
ShellRun run(const std::string& command) {
  ShellRun r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  std::array<char, 4096> buf{};
  while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

class CliBesideServer : public ::testing::Test {
 protected:
  void SetUp() override {
    if (std::getenv("JAMT_TEST_DB")) GTEST_SKIP() << "about SQLite's file lock; PostgreSQL has none";
    dir = fs::temp_directory_path() / ("jamt-busy-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    // Built by append: GCC 12 warns falsely (-Warray-bounds) on a chain of
    // `+` over temporaries here.
    jamt = JAMT_BINARY;
    jamt.append(" --data '").append((dir / "var").string()).append("'");
    // The server, started the way an operator starts it; the shell prints
    // its pid first, then the server says where it listens.
    server = popen(("echo $$; exec " + jamt + " serve --demo --listen 127.0.0.1:0 2>&1").c_str(), "r");
    ASSERT_NE(server, nullptr);
    std::array<char, 1024> line{};
    ASSERT_NE(fgets(line.data(), line.size(), server), nullptr);
    server_pid = std::atoi(line.data());
    while (fgets(line.data(), line.size(), server)) {
      std::string l = line.data();
      if (auto at = l.find("on http://127.0.0.1:"); at != std::string::npos) {
        port = std::atoi(l.c_str() + at + 20);
        break;
      }
    }
    ASSERT_GT(port, 0) << "jamt serve did not say where it listens";
  }

  void TearDown() override {
    if (server_pid > 0) ::kill(server_pid, SIGTERM);
    if (server) {
      std::array<char, 1024> rest{};
      while (fgets(rest.data(), rest.size(), server)) {
      }
      pclose(server);
    }
    fs::remove_all(dir);
  }

  // Holds SQLite's write lock on the server's database for `hold`, from
  // another connection, as a long import in the server does.
  std::thread hold_write_lock(std::chrono::milliseconds hold) {
    auto lock = std::make_shared<soci::session>(soci::sqlite3, "db=\"" + (dir / "var" / "jamt.db").string() + "\"");
    *lock << "BEGIN IMMEDIATE";
    *lock << "UPDATE strategies SET title = title WHERE id = 1";
    return std::thread([lock, hold] {
      std::this_thread::sleep_for(hold);
      *lock << "COMMIT";
    });
  }

  fs::path dir;
  std::string jamt;
  FILE* server = nullptr;
  int server_pid = 0;
  int port = 0;
};

}  // namespace

TEST_F(CliBesideServer, CommandsWaitForTheDatabaseAndSucceed) {
  using namespace std::chrono_literals;
  // A strategy file to import, exported from the running server's database.
  ShellRun exported = run(jamt + " strategy export 1 -o '" + (dir / "kalmar.json").string() + "'");
  ASSERT_EQ(exported.exit_code, 0) << exported.out;

  struct Case {
    std::string what;
    std::string command;
  };
  const std::vector<Case> cases{
      {"user add", "echo 'correct horse battery' | " + jamt +
                       " user add --email ny.strateg@example.se --role strategist --county 08 --password-stdin"},
      {"strategy import", jamt + " strategy import --replace '" + (dir / "kalmar.json").string() + "'"},
      {"import", jamt + " import '" + std::string(JAMT_SOURCE_DIR) + "/data/statistics/BE0101D1-levande-fodda.px'"},
      {"batch list", jamt + " batch list"},
  };
  for (const auto& c : cases) {
    auto started = std::chrono::steady_clock::now();
    std::thread holder = hold_write_lock(1500ms);
    ShellRun r = run(c.command);
    holder.join();
    EXPECT_EQ(r.exit_code, 0) << c.what << ": " << r.out;
    EXPECT_EQ(r.out.find("locked"), std::string::npos) << c.what << ": " << r.out;
    if (c.what != "batch list") {  // a read may go ahead beside a writer (WAL)
      EXPECT_GE(std::chrono::steady_clock::now() - started, 1400ms) << c.what << " did not wait for the lock";
    }
  }

  // The server kept working beside them and sees what they wrote.
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(std::chrono::seconds(60));
  auto health = client.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  ShellRun batches = run(jamt + " batch list");
  EXPECT_NE(batches.out.find("BE0101D1"), std::string::npos) << batches.out;
}
