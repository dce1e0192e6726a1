#pragma once
// The world the authorisation table runs in, made once per test binary run:
// a server on a free port over a fresh database, two counties (08 Kalmar
// owns every record, 01 Stockholm does not), one signed-in user per role
// column, and one record of each register owned by organisation A in Kalmar.
// Fresh records for rows that delete or decide are made on demand by the
// admin, so rows do not depend on each other's order.
#include <httplib.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "domain/account_policy.hpp"
#include "authorization_table.hpp"
#include "test_accounts.hpp"
#include "test_mail.hpp"
#include "web/http/server.hpp"

namespace jamt::testing::authz {

// One HTTP request as the table's runner sends it. `form` and `files` are
// sent with the caller's CSRF token as the field csrf_token; `json` with the
// X-CSRF-Token header.
struct HttpCall {
  std::string method = {};
  std::string path = {};
  std::optional<nlohmann::json> json = {};
  std::optional<httplib::Params> form = {};
  std::optional<httplib::MultipartFormDataItems> files = {};
  // A body sent as it is, with its Content-Type (an uploaded file): {type, bytes}.
  std::optional<std::pair<std::string, std::string>> raw = {};
  std::string extra_cookie = {};  // "name=value" added to the Cookie header
  // A session of its own instead of the role's (for logging out).
  std::optional<TestLogin> session = {};
  // The CSRF token sent instead of the role's: "" sends none (CSRF probes).
  std::optional<std::string> csrf = {};
};

// What came back: status, Location header and the body (for messages).
struct HttpAnswer {
  int status = 0;
  std::string location;
  std::string set_cookie;
  std::string body;
  httplib::Headers headers = {};  // every header of the answer
};

class World {
 public:
  // Starts the server and makes every fixture; failures are reported as
  // gtest failures and leave `ready()` false.
  World();
  ~World();
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  bool ready() const { return ready_; }

  // Sends `call` as `role` (cookie and CSRF token; nothing for the public).
  HttpAnswer send(const HttpCall& call, Role role);
  // Sends a JSON request as the admin and returns the parsed answer body;
  // fails the test unless the status is `expected`.
  nlohmann::json as_admin(const std::string& method, const std::string& path, const nlohmann::json& body,
                          int expected);
  // POSTs `body` to /api/v1/<api_path> as the admin and returns the new id.
  std::int64_t create(const std::string& api_path, const nlohmann::json& body);

  // A number not used before in this run (organisation numbers, years…).
  int next();
  // Fixture ids by name ("org_a", "group", "joining", …); 0 and a failure
  // when unknown.
  std::int64_t id(const std::string& name) const;
  // `text` with every {name} replaced by id(name).
  std::string fill(const std::string& text) const;

  // Fresh records owned by organisation A in Kalmar (or, for organisations,
  // a new Kalmar organisation), made by the admin.
  std::int64_t fresh(const std::string& api_path);
  // A fresh joining of organisation A in Kalmar; `approved` decides it first.
  std::int64_t fresh_joining(bool approved);
  // A valid body for a reporting form with `code` (quarterly, E1 by sex
  // with "totalt = summan", assigned to organisation A).
  nlohmann::json form_body(const std::string& code);
  // A period of the fixture form ("1990Q1", "1990Q2", … — one not used
  // before) in which A's report has `status` ("draft", "submitted",
  // "approved"), made by the admin.
  std::string fresh_submission(const std::string& status);
  // A valid body for a Kalmar (08) survey with one agreement4 question.
  nlohmann::json survey_body();
  // A fresh Kalmar survey made by the admin, opened when `open`.
  std::int64_t fresh_survey(bool open);
  // A valid JSON body for creating a record in /api/v1/<api_path>.
  nlohmann::json create_body(const std::string& api_path);
  // A valid JSON body for changing the fixture record of <api_path>.
  nlohmann::json update_body(const std::string& api_path);

  // A second session of `role`'s user, for rows that end a session.
  TestLogin fresh_session(Role role);
  // The e-mail address `role` signs in with.
  std::string email_of(Role role) const { return logins_.at(role).email; }

  // The bytes of the PX file the fixtures import (Statistics Sweden's births).
  std::string measure_file() const;

  store::Database& db() { return *db_; }

 private:
  void make_fixtures();
  // The policy before this world; every role applies to join from one
  // address here, more often than the default five an hour allows.
  AccountPolicy saved_policy_ = account_policy();
  TestOutbox outbox_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<web::Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
  std::map<Role, TestLogin> logins_;
  std::map<std::string, std::int64_t> ids_;
  int counter_ = 0;
  int submissions_ = 0;
  bool ready_ = false;
};

}  // namespace jamt::testing::authz
