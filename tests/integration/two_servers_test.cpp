// Two `jamt serve` processes on one PostgreSQL database (docs/operations.md,
// "Several servers"; issue 16, item 2): a session made on one is good on the
// other, a write on one is seen by the other at once, and the scheduled jobs
// run once per due time between them. PostgreSQL only: SQLite is one server.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <soci/soci.h>
#include <thread>

#include "service/account/auth_service.hpp"
#include "store/operations/job_run_repository.hpp"
#include "test_database.hpp"
#include "test_paths.hpp"  // JAMT_BINARY

namespace jamt::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// One `jamt serve` on the test database, its request log in `dir`.
struct ServeProcess {
  ServeProcess(const std::string& db_url, const fs::path& dir, const std::string& name) {
    fs::create_directories(dir / name);
    log = dir / name / "requests.jsonl";
    // The shell prints its pid, then execs the server (same pid); the
    // server's stdout says where it listens, its stderr goes to a file so
    // that nobody has to drain it.
    std::string command = "echo $$; exec '";
    command.append(JAMT_BINARY).append("' --db '").append(db_url).append("' serve --listen 127.0.0.1:0");
    command.append(" --fixed-time 2026-03-31T10:20:00Z --mail-outbox '").append((dir / name / "outbox").string());
    command.append("' --log-file '").append(log.string()).append("' 2>'").append((dir / name / "stderr").string());
    command.append("'");
    pipe = popen(command.c_str(), "r");
    if (!pipe) return;
    std::array<char, 1024> line{};
    if (!fgets(line.data(), line.size(), pipe)) return;
    pid = std::atoi(line.data());
    while (fgets(line.data(), line.size(), pipe)) {
      std::string l = line.data();
      if (auto at = l.find("on http://127.0.0.1:"); at != std::string::npos) {
        port = std::atoi(l.c_str() + at + 20);
        break;
      }
    }
  }
  ~ServeProcess() {
    if (pid > 0) ::kill(pid, SIGTERM);
    if (pipe) {
      std::array<char, 1024> rest{};
      while (fgets(rest.data(), rest.size(), pipe)) {
      }
      pclose(pipe);
    }
  }
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(std::chrono::seconds(60));
    return c;
  }

  FILE* pipe = nullptr;
  int pid = 0;
  int port = 0;
  fs::path log;
};

// The value of a counter line `name{job="job"} N` in `metrics`, or -1.
long long counter(const std::string& metrics, const std::string& name, const std::string& job) {
  std::smatch m;
  std::regex line(name + R"(\{job=")" + job + R"("\} (\d+))");
  return std::regex_search(metrics, m, line) ? std::stoll(m[1]) : -1;
}

class TwoServers : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* url = std::getenv("JAMT_TEST_DB");
    if (!url || !*url) GTEST_SKIP() << "several servers share one PostgreSQL database; SQLite is one server's";
    db_url = url;
    db = fresh_database();
    ASSERT_NE(db, nullptr);
    dir = fs::temp_directory_path() / ("jamt-two-servers-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    User u;
    u.email = "admin@two.test";
    u.role = Role::admin;
    auto id = service::create_user(*db, u, kPassword, service::Actor{"test"});
    ASSERT_TRUE(id.ok()) << id.error().to_string();
    // Both at once, so that their jobs race for the same due time.
    std::thread start_b([&] { b = std::make_unique<ServeProcess>(db_url, dir, "b"); });
    a = std::make_unique<ServeProcess>(db_url, dir, "a");
    start_b.join();
    ASSERT_GT(a->port, 0) << "server a did not say where it listens";
    ASSERT_GT(b->port, 0) << "server b did not say where it listens";
  }
  void TearDown() override {
    a.reset();
    b.reset();
    if (!dir.empty()) fs::remove_all(dir);
  }

  static constexpr const char* kPassword = "two servers, one database";
  std::string db_url;
  std::unique_ptr<store::Database> db;
  fs::path dir;
  std::unique_ptr<ServeProcess> a, b;
};

TEST_F(TwoServers, ShareSessionsSeeEachOthersWritesAndRunJobsOnce) {
  auto on_a = a->client();
  auto on_b = b->client();

  // Log in on A; the cookie works on B.
  auto login = on_a.Post("/api/v1/auth/login", json{{"email", "admin@two.test"}, {"password", kPassword}}.dump(),
                         "application/json");
  ASSERT_TRUE(login);
  ASSERT_EQ(login->status, 200) << login->body;
  const std::string set_cookie = login->get_header_value("Set-Cookie");
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  const std::string csrf = json::parse(login->body)["csrf_token"];
  auto me_on_b = on_b.Get("/api/v1/auth/me", httplib::Headers{{"Cookie", cookie}});
  ASSERT_TRUE(me_on_b);
  ASSERT_EQ(me_on_b->status, 200) << me_on_b->body;
  EXPECT_EQ(json::parse(me_on_b->body)["user"]["email"], "admin@two.test");

  // A strategy written through B is listed by A at once.
  const json doc{{"format", "jamt-strategy/1"}, {"county_code", "08"}, {"title", "Skriven på server B"},
                 {"start_year", 2030}, {"end_year", 2033}, {"goals", json::array()}};
  auto made = on_b.Post("/api/v1/strategies/import", httplib::Headers{{"Cookie", cookie}, {"X-CSRF-Token", csrf}},
                        doc.dump(), "application/json");
  ASSERT_TRUE(made);
  ASSERT_EQ(made->status, 201) << made->body;
  const auto id = json::parse(made->body)["id"].get<long long>();
  auto seen = on_a.Get("/api/v1/strategies/" + std::to_string(id), httplib::Headers{{"Cookie", cookie}});
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->status, 200) << seen->body;
  EXPECT_NE(seen->body.find("Skriven på server B"), std::string::npos);

  // Logging out on B ends the session on A too.
  auto out = on_b.Post("/api/v1/auth/logout", httplib::Headers{{"Cookie", cookie}, {"X-CSRF-Token", csrf}}, "",
                       "application/json");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 204);
  auto me_on_a = on_a.Get("/api/v1/auth/me", httplib::Headers{{"Cookie", cookie}});
  ASSERT_TRUE(me_on_a);
  EXPECT_EQ(me_on_a->status, 401);

  // The jobs: each server has tried every job for the due time 10:00, and
  // between them each ran once.
  std::string metrics_a, metrics_b;
  for (int i = 0; i < 600; ++i) {
    metrics_a = on_a.Get("/metrics")->body;
    metrics_b = on_b.Get("/metrics")->body;
    bool all_tried = true;
    for (const char* job : {"reminders", "statistics_fetch"})
      for (const std::string* m : {&metrics_a, &metrics_b})
        all_tried = all_tried && counter(*m, "jamt_job_runs_total", job) + counter(*m, "jamt_job_claimed_elsewhere_total", job) >= 1;
    if (all_tried) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  for (const char* job : {"reminders", "statistics_fetch"}) {
    EXPECT_EQ(counter(metrics_a, "jamt_job_runs_total", job) + counter(metrics_b, "jamt_job_runs_total", job), 1)
        << job << "\n--- a ---\n" << metrics_a << "\n--- b ---\n" << metrics_b;
    EXPECT_EQ(counter(metrics_a, "jamt_job_claimed_elsewhere_total", job) +
                  counter(metrics_b, "jamt_job_claimed_elsewhere_total", job),
              1)
        << job;
  }
  std::vector<store::JobRunRow> rows;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  rows = store::list_job_runs(s, "");
                  return {};
                }).ok());
  ASSERT_EQ(rows.size(), 2u);
  for (const auto& r : rows) {
    EXPECT_EQ(r.due_at, "2026-03-31T10:00:00Z") << r.job;
    EXPECT_TRUE(r.server.ends_with(":" + std::to_string(a->pid)) || r.server.ends_with(":" + std::to_string(b->pid)))
        << r.job << " ran on " << r.server;
  }

  // Each server logged its requests as JSON lines with its request ids.
  std::ifstream log(a->log);
  std::string line;
  bool login_logged = false;
  while (std::getline(log, line)) {
    json j = json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << line;
    if (j["route"] == "/api/v1/auth/login" && j["request_id"] == login->get_header_value("X-Request-Id"))
      login_logged = true;
  }
  EXPECT_TRUE(login_logged) << "server a's log has no line for the login";
}

}  // namespace
}  // namespace jamt::testing
