// Operations over a real server on both engines (docs/operations.md): the
// probes, /metrics and who may read it, the request id, the request log,
// the client's address behind a trusted proxy, and scheduled work claimed
// once per due time.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <optional>
#include <fstream>
#include <nlohmann/json.hpp>
#include <soci/soci.h>
#include <sstream>
#include <thread>

#include "domain/clock.hpp"
#include "domain/utc_time.hpp"
#include "service/account/auth_service.hpp"
#include "service/background/scheduled_job.hpp"
#include "store/migrations.hpp"
#include "store/operations/job_run_repository.hpp"
#include "test_accounts.hpp"
#include "serving.hpp"
#include "test_database.hpp"
#include "test_mail.hpp"
#include "web/http/dispatcher.hpp"
#include "web/http/request_log.hpp"
#include "web/http/server.hpp"

namespace jamt::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class Operations : public ::testing::Test {
 protected:
  void SetUp() override {
    db = fresh_database();
    ASSERT_NE(db, nullptr);
    db->use_clock(clock);
    auto proxies = jamt::operations::AddressList::parse("127.0.0.1");
    auto allowed = jamt::operations::AddressList::parse("10.0.0.0/8");
    ASSERT_TRUE(proxies.ok() && allowed.ok());
    log_path = fs::temp_directory_path() / ("jamt-request-log-" + std::to_string(::getpid()) + ".jsonl");
    fs::remove(log_path);
    ASSERT_TRUE(web::configure_request_log({.json = true, .file = log_path.string()}).ok());
    web::set_dispatch_options({.trusted_proxies = *proxies, .metrics_allow = *allowed});
    server = std::make_unique<web::Server>(*db, outbox.setup);
    auto bound = server->bind("127.0.0.1", 0);
    ASSERT_TRUE(bound.ok()) << bound.error().to_string();
    thread = std::thread([this] { server->listen(); });
    client = std::make_unique<httplib::Client>("127.0.0.1", *bound);
    client->set_read_timeout(std::chrono::seconds(60));
    if (!wait_until_serving(*client)) FAIL() << "server did not answer /healthz";
  }
  void TearDown() override {
    if (server) server->stop();
    if (thread.joinable()) thread.join();
    (void)web::configure_request_log({});
    web::set_dispatch_options({});
    fs::remove(log_path);
  }

  // The request log's lines so far, parsed.
  std::vector<json> log_lines() {
    std::ifstream in(log_path);
    std::vector<json> out;
    for (std::string line; std::getline(in, line);) out.push_back(json::parse(line));
    return out;
  }

  TestOutbox outbox;
  FixedClock clock{*parse_utc_text("2026-03-31T10:20:00Z")};
  std::unique_ptr<store::Database> db;
  std::unique_ptr<web::Server> server;
  std::thread thread;
  std::unique_ptr<httplib::Client> client;
  fs::path log_path;
};

TEST_F(Operations, ReadyzSaysReadyWhenMigratedAndNotReadyOtherwise) {
  auto r = client->Get("/readyz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  json body = json::parse(r->body);
  EXPECT_EQ(body["status"], "ready");
  EXPECT_EQ(body["schema_version"], store::latest_schema_version());

  // A database behind this program's schema (an older version) is not ready.
  ASSERT_TRUE(db->transaction([](soci::session& s) -> Status {
                  s << "DELETE FROM schema_migrations WHERE version = (SELECT MAX(version) FROM schema_migrations)";
                  return {};
                }).ok());
  auto behind = client->Get("/readyz");
  ASSERT_TRUE(behind);
  EXPECT_EQ(behind->status, 503);
  json b = json::parse(behind->body);
  EXPECT_EQ(b["status"], "not_ready");
  EXPECT_EQ(b["database"], "ok");
  EXPECT_EQ(b["schema_version"], store::latest_schema_version() - 1);
  EXPECT_EQ(b["request_id"], behind->get_header_value("X-Request-Id"));
  // The process is alive all the same.
  auto health = client->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST_F(Operations, MetricsCountRequestsByRouteAndShowThePoolAndJobs) {
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(client->Get("/strategier/999999"));
  auto ran = service::run_if_due(*db, "operations_test_job", std::chrono::hours(1), [] { return Status{}; });
  ASSERT_TRUE(ran.ok());
  auto r = client->Get("/metrics");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
  const std::string& text = r->body;
  EXPECT_NE(text.find(R"m(jamt_http_requests_total{method="GET",route="/strategier/(\\d{1,15})",status="404"})m"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(R"m(jamt_http_request_duration_seconds_bucket{method="GET",route="/healthz",le="+Inf"})m"),
            std::string::npos);
  EXPECT_NE(text.find("jamt_db_pool_connections "), std::string::npos);
  EXPECT_NE(text.find("jamt_db_pool_in_use "), std::string::npos);
  EXPECT_NE(text.find("jamt_db_pool_waits_total "), std::string::npos);
  EXPECT_NE(text.find(R"m(jamt_job_runs_total{job="operations_test_job"} )m"), std::string::npos) << text;
  EXPECT_NE(text.find(R"m(jamt_job_failures_total{job="operations_test_job"} 0)m"), std::string::npos) << text;
}

TEST_F(Operations, MetricsAreHiddenFromAddressesNotAllowedAndFromUntrustedProxies) {
  // Through the trusted proxy (127.0.0.1) for a client outside the list.
  auto outside = client->Get("/metrics", httplib::Headers{{"X-Forwarded-For", "203.0.113.9"}});
  ASSERT_TRUE(outside);
  EXPECT_EQ(outside->status, 404);
  EXPECT_EQ(outside->body.find("jamt_http"), std::string::npos);
  // A client in metrics_allow (10.0.0.0/8) through the proxy.
  auto inside = client->Get("/metrics", httplib::Headers{{"X-Forwarded-For", "10.1.2.3"}});
  ASSERT_TRUE(inside);
  EXPECT_EQ(inside->status, 200);
  // Its own address set by a client left of the proxy's is not believed.
  auto spoofed = client->Get("/metrics", httplib::Headers{{"X-Forwarded-For", "10.1.2.3, 203.0.113.9"}});
  ASSERT_TRUE(spoofed);
  EXPECT_EQ(spoofed->status, 404);
}

TEST_F(Operations, HttpsIsBelievedOnlyFromATrustedProxy) {
  User u;
  u.email = "tls@jamt.test";
  u.role = Role::admin;
  ASSERT_TRUE(service::create_user(*db, u, "a long enough password", service::Actor{"test"}).ok());
  auto login = [](httplib::Client& c) {
    return c.Post("/api/v1/auth/login", httplib::Headers{{"X-Forwarded-Proto", "https"}},
                  json{{"email", "tls@jamt.test"}, {"password", "a long enough password"}}.dump(), "application/json");
  };
  // This fixture's server trusts 127.0.0.1, where the test's requests come from.
  auto trusted = login(*client);
  ASSERT_TRUE(trusted);
  ASSERT_EQ(trusted->status, 200) << trusted->body;
  EXPECT_NE(trusted->get_header_value("Set-Cookie").find("; Secure"), std::string::npos);

  // A server that trusts no proxy ignores the header, and X-Forwarded-For
  // from loopback hides /metrics rather than being believed.
  web::set_dispatch_options({});
  web::Server plain(*db, outbox.setup);
  auto port = plain.bind("127.0.0.1", 0);
  ASSERT_TRUE(port.ok());
  std::thread serving([&] { plain.listen(); });
  httplib::Client other("127.0.0.1", *port);
  other.set_read_timeout(std::chrono::seconds(60));
  std::optional<httplib::Result> untrusted;
  for (int i = 0; i < 100 && !(untrusted && *untrusted); ++i) {
    untrusted.emplace(login(other));
    if (!*untrusted) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_TRUE(untrusted && *untrusted);
  EXPECT_EQ((*untrusted)->status, 200);
  EXPECT_EQ((*untrusted)->get_header_value("Set-Cookie").find("Secure"), std::string::npos);
  auto forwarded = other.Get("/metrics", httplib::Headers{{"X-Forwarded-For", "127.0.0.1"}});
  ASSERT_TRUE(forwarded);
  EXPECT_EQ(forwarded->status, 404);
  auto direct = other.Get("/metrics");
  ASSERT_TRUE(direct);
  EXPECT_EQ(direct->status, 200);
  // Nor does it take a request id from a client: that one names its own.
  auto named = other.Get("/healthz", httplib::Headers{{"X-Request-Id", "lb-7f3a.2"}});
  ASSERT_TRUE(named);
  EXPECT_NE(named->get_header_value("X-Request-Id"), "lb-7f3a.2");
  EXPECT_EQ(named->get_header_value("X-Request-Id").size(), 16u);
  plain.stop();
  serving.join();
}

TEST_F(Operations, ARequestIdIsTakenFromATrustedProxyOrMadeAndLoggedWithTheUser) {
  TestLogin admin = sign_in(*db, "ops-admin@jamt.test", Role::admin);
  auto kept = client->Get("/api/v1/auth/me", httplib::Headers{{"X-Request-Id", "lb-7f3a.1"},
                                                             {"Cookie", "jamt_session=" + admin.cookie},
                                                             {"X-Forwarded-For", "198.51.100.4"}});
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->status, 200);
  EXPECT_EQ(kept->get_header_value("X-Request-Id"), "lb-7f3a.1");
  auto made = client->Get("/healthz", httplib::Headers{{"X-Request-Id", "no spaces allowed"}});
  ASSERT_TRUE(made);
  const std::string id = made->get_header_value("X-Request-Id");
  EXPECT_EQ(id.size(), 16u) << id;
  EXPECT_EQ(id.find_first_not_of("0123456789abcdef"), std::string::npos) << id;

  bool found_me = false, found_health = false;
  for (const auto& line : log_lines()) {
    if (line["request_id"] == "lb-7f3a.1") {
      found_me = true;
      EXPECT_EQ(line["method"], "GET");
      EXPECT_EQ(line["route"], "/api/v1/auth/me");
      EXPECT_EQ(line["status"], 200);
      EXPECT_EQ(line["user_id"], admin.user_id);
      EXPECT_EQ(line["client"], "198.51.100.4");  // behind the trusted proxy
      EXPECT_TRUE(line["duration_ms"].is_number());
    }
    if (line["request_id"] == id) {
      found_health = true;
      EXPECT_FALSE(line.contains("user_id"));
      EXPECT_EQ(line["client"], "127.0.0.1");
    }
  }
  EXPECT_TRUE(found_me) << "no log line for request lb-7f3a.1";
  EXPECT_TRUE(found_health) << "no log line for request " << id;
}

TEST_F(Operations, AFailingRequestIsLoggedAsAnErrorWithItsId) {
  ASSERT_TRUE(db->transaction([](soci::session& s) -> Status {
                  s << "ALTER TABLE measures RENAME TO measures_gone";
                  return {};
                }).ok());
  auto r = client->Get("/api/v1/measures");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 500);
  const std::string id = r->get_header_value("X-Request-Id");
  bool found = false;
  for (const auto& line : log_lines())
    if (line["request_id"] == id) {
      found = true;
      EXPECT_EQ(line["level"], "error");
      EXPECT_EQ(line["status"], 500);
    }
  EXPECT_TRUE(found) << "no error line for request " << id;
}

}  // namespace
}  // namespace jamt::testing
