#pragma once
// A fixture with a fresh database (demo strategies loaded) and the real
// server listening on a free port, plus a real HTTP client. The database's
// clock is `clock`, standing still at kFixtureTime (10:00 UTC = 12:00 in
// Sweden on Tuesday 31 March 2026) until a test sets or advances it.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "domain/clock.hpp"
#include "domain/utc_time.hpp"
#include "service/strategy/strategy_service.hpp"
#include "test_database.hpp"
#include "serving.hpp"
#include "test_mail.hpp"
#include "web/http/server.hpp"

namespace jamt::testing {

// The instant the server fixture's clock starts at.
inline constexpr const char* kFixtureTime = "2026-03-31T10:00:00Z";

class ServerFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    db = fresh_database();
    ASSERT_NE(db, nullptr);
    db->use_clock(clock);
    auto loaded = service::load_demo_strategies(*db);
    ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
    server = std::make_unique<web::Server>(*db, mail_setup());
    auto bound = server->bind("127.0.0.1", 0);
    ASSERT_TRUE(bound.ok()) << bound.error().to_string();
    port = *bound;
    thread = std::thread([this] { server->listen(); });
    client = std::make_unique<httplib::Client>("127.0.0.1", port);
    // httplib's 5 s default is too short for an import or a few Argon2
    // hashes when the test machine is busy (a timeout leaves a null result).
    client->set_read_timeout(std::chrono::seconds(60));
    client->set_write_timeout(std::chrono::seconds(60));
    if (!wait_until_serving(*client)) FAIL() << "server did not answer /healthz";
  }
  void TearDown() override {
    if (server) server->stop();
    if (thread.joinable()) thread.join();
  }

  // GETs `path`, expects `expected_status` and a JSON body, returns it parsed.
  nlohmann::json get_json(const std::string& path, int expected_status = 200) {
    auto r = client->Get(path);
    EXPECT_TRUE(r) << path;
    if (!r) return nullptr;
    EXPECT_EQ(r->status, expected_status) << path << ": " << r->body;
    EXPECT_NE(r->get_header_value("Content-Type").find("application/json"), std::string::npos) << path;
    return nlohmann::json::parse(r->body, nullptr, false);
  }
  // GETs `path`, expects `expected_status` and HTML, returns the body.
  std::string get_html(const std::string& path, int expected_status = 200) {
    auto r = client->Get(path);
    EXPECT_TRUE(r) << path;
    if (!r) return "";
    EXPECT_EQ(r->status, expected_status) << path;
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8") << path;
    return r->body;
  }

  // Where the server's mail goes: the outbox unless a fixture says otherwise
  // (MailFixture: a real SMTP server).
  virtual const service::MailSetup& mail_setup() { return outbox.setup; }

  // Declared before the server, which refers to it.
  TestOutbox outbox;
  // Declared before `db`, which refers to it.
  FixedClock clock{*parse_utc_text(kFixtureTime)};
  std::unique_ptr<store::Database> db;
  std::unique_ptr<web::Server> server;
  std::thread thread;
  std::unique_ptr<httplib::Client> client;
  int port = 0;
};

}  // namespace jamt::testing
