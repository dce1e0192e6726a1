#include "authorization_world.hpp"

#include <algorithm>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "domain/registers/joining.hpp"
#include "serving.hpp"
#include "service/joining/joining_application.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/register_repository.hpp"
#include "test_database.hpp"
#include "test_documents.hpp"
#include "shared_helpers.hpp"

namespace jamt::testing::authz {

using nlohmann::json;
using Role_ = ::jamt::Role;

namespace {

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

World::World() {
  AccountPolicy generous = saved_policy_;
  generous.join_applications_per_hour = 1000;
  set_account_policy(generous);
  db_ = fresh_database();
  if (!db_) return;
  auto loaded = service::load_demo_strategies(*db_);
  if (!loaded.ok()) {
    ADD_FAILURE() << loaded.error().to_string();
    return;
  }
  server_ = std::make_unique<web::Server>(*db_, outbox_.setup);
  auto bound = server_->bind("127.0.0.1", 0);
  if (!bound.ok()) {
    ADD_FAILURE() << bound.error().to_string();
    return;
  }
  thread_ = std::thread([this] { server_->listen(); });
  client_ = std::make_unique<httplib::Client>("127.0.0.1", *bound);
  client_->set_read_timeout(std::chrono::seconds(60));
  client_->set_write_timeout(std::chrono::seconds(60));
  if (!wait_until_serving(*client_)) ADD_FAILURE() << "server did not answer /healthz";
  make_fixtures();
  ready_ = !::testing::Test::HasFailure();
}

World::~World() {
  if (server_) server_->stop();
  if (thread_.joinable()) thread_.join();
  set_account_policy(saved_policy_);
}

void World::make_fixtures() {
  auto& db = *db_;
  ids_["org_a"] = add_organisation(db, 1, "Kommun A", "08", "0880");
  ids_["org_b"] = add_organisation(db, 2, "Kommun B", "08", "0883");
  ids_["org_c"] = add_organisation(db, 3, "Kommun C", "01", "0180");
  ids_["org_d"] = add_organisation(db, 4, "Förening D", "08", "0880", "civilsamhalle");
  logins_[Role::admin] = sign_in(db, "admin@example.se", Role_::admin);
  logins_[Role::coordinator] = sign_in(db, "samordnare@example.se", Role_::coordinator);
  logins_[Role::strategist] = sign_in(db, "strateg@kalmar.example", Role_::strategist, "08");
  logins_[Role::other_strategist] = sign_in(db, "strateg@stockholm.example", Role_::strategist, "01");
  logins_[Role::contact] = sign_in(db, "kontakt.a@example.se", Role_::org_contact, "", ids_["org_a"]);
  logins_[Role::other_contact] = sign_in(db, "kontakt.b@example.se", Role_::org_contact, "", ids_["org_b"]);
  logins_[Role::co_organiser] = sign_in(db, "kontakt.d@example.se", Role_::org_contact, "", ids_["org_d"]);
  ids_["admin_user"] = logins_[Role::admin].user_id;
  if (::testing::Test::HasFailure()) return;

  const auto a = ids_["org_a"];
  ids_["person"] = create("people", {{"name", "Anna Andersson"}, {"email", "anna@kommun-a.se"},
                                     {"organisation_id", a}, {"role", "kontaktperson"}});
  ids_["person2"] = create("people", {{"name", "Bo Berg"}, {"email", "bo@kommun-a.se"},
                                      {"organisation_id", a}, {"role", "representant"}});
  ids_["group"] = create("groups", {{"name", "Länsgruppen"}, {"type", "lansgrupp"}, {"county_code", "08"}});
  ids_["member"] = create("group-members", {{"group_id", ids_["group"]}, {"organisation_id", a},
                                            {"representative_id", ids_["person"]}, {"member_from", "2024-01-01"}});
  ids_["meeting"] = create("meetings", {{"group_id", ids_["group"]}, {"meeting_date", "2026-03-10"}, {"days", 1},
                                        {"title", "Länsgruppsmöte"}, {"place", "Kalmar"}});
  ids_["attendance"] = create("meeting-attendance", {{"meeting_id", ids_["meeting"]}, {"organisation_id", a},
                                                     {"present", true}, {"attended_by", ids_["person"]}});
  ids_["change"] = create("representative-changes", create_body("representative-changes"));
  ids_["joining"] = create("joinings", {{"organisation_id", a}});
  as_admin("POST", fill("/api/v1/joinings/{joining}/approve"), {{"date", "2025-01-15"}}, 200);
  User admin{};
  admin.role = Role_::admin;
  admin.email = "admin@example.se";
  auto plan = service::replace_action_plan(db, ids_["joining"],
                                           {"handlingsplan.pdf", testing::real_pdf()},
                                           admin);
  EXPECT_TRUE(plan.ok()) << (plan.ok() ? "" : plan.error().to_string());
  json answers = json::array();
  for (int i = 0; i < 10; ++i) answers.push_back("ja");
  ids_["checklist"] = create("checklists", {{"organisation_id", a}, {"year", 2026}, {"answers", answers}});
  ids_["steering"] = create("steering-documents", {{"organisation_id", a}, {"title", "Jämställdhetsplan 2024–2026"},
                                                   {"type", "plan"}, {"year", 2024},
                                                   {"url", "https://a.example.se/plan.pdf"}});
  ids_["activity"] = create("activities", {{"title", "Grundutbildning"}, {"type", "utbildning"},
                                           {"status", "planerad"}, {"start_date", "2026-03-12"},
                                           {"organiser_id", a}, {"co_organiser_ids", {ids_["org_d"]}}});
  ids_["form"] = as_admin("POST", "/api/v1/forms", form_body("TABLE"), 201).value("id", std::int64_t{0});
  as_admin("PUT", fill("/api/v1/forms/{form}/submissions/{org_a}/2025Q4"),
           {{"values", {{"E1", {{"women", 1}, {"men", 0}, {"total", 1}}}}}}, 200);
  ids_["survey"] = fresh_survey(true);
  // A measure, imported through the upload page as a strategist would.
  HttpCall upload{.method = "POST",
                  .path = "/statistik/importera",
                  .files = httplib::MultipartFormDataItems{
                      {"file", measure_file(), "BE0101D1.px", "application/octet-stream"}}};
  auto imported = send(upload, Role::admin);
  EXPECT_EQ(imported.status, 200) << imported.body.substr(0, 400);
  auto measures = json::parse(client_->Get("/api/v1/measures")->body, nullptr, false);
  ids_["measure"] = measures.is_array() && !measures.empty() ? measures[0].value("id", 0) : 0;
  auto strategies = json::parse(client_->Get("/api/v1/strategies")->body, nullptr, false);
  ids_["strategy"] = strategies.is_array() && !strategies.empty() ? strategies[0].value("id", 0) : 0;
}

HttpAnswer World::send(const HttpCall& call, Role role) {
  httplib::Headers headers;
  std::string csrf;
  std::string cookie = call.extra_cookie;
  if (role != Role::anonymous) {
    const auto& login = call.session ? *call.session : logins_.at(role);
    cookie = "jamt_session=" + login.cookie + (cookie.empty() ? "" : "; " + cookie);
    csrf = login.csrf_token;
  }
  if (call.csrf) csrf = *call.csrf;
  if (!cookie.empty()) headers.emplace("Cookie", cookie);
  if (call.json && !csrf.empty()) headers.emplace("X-CSRF-Token", csrf);
  httplib::Result r{nullptr, httplib::Error::Unknown};
  const std::string body = call.json ? call.json->dump() : "";
  const char* type = "application/json";
  if (call.raw) {
    if (!csrf.empty()) headers.emplace("X-CSRF-Token", csrf);
    r = client_->Post(call.path, headers, call.raw->second, call.raw->first.c_str());
  } else if (call.files) {
    auto items = *call.files;
    if (call.csrf)
      items.erase(std::remove_if(items.begin(), items.end(), [](const auto& i) { return i.name == "csrf_token"; }),
                  items.end());
    if (!csrf.empty()) items.push_back({"csrf_token", csrf, "", ""});
    r = client_->Post(call.path, headers, items);
  } else if (call.form) {
    auto params = *call.form;
    if (call.csrf) params.erase("csrf_token");
    if (!csrf.empty() && !params.count("csrf_token")) params.emplace("csrf_token", csrf);
    r = client_->Post(call.path, headers, params);
  } else if (call.method == "GET") {
    r = client_->Get(call.path, headers);
  } else if (call.method == "POST") {
    r = client_->Post(call.path, headers, body, type);
  } else if (call.method == "PUT") {
    r = client_->Put(call.path, headers, body, type);
  } else if (call.method == "PATCH") {
    r = client_->Patch(call.path, headers, body, type);
  } else if (call.method == "DELETE") {
    r = client_->Delete(call.path, headers, body, type);
  }
  if (!r) return {0, "", "", "no HTTP response (" + httplib::to_string(r.error()) + ")"};
  return {r->status, r->get_header_value("Location"), r->get_header_value("Set-Cookie"), r->body, r->headers};
}

TestLogin World::fresh_session(Role role) {
  TestLogin login = logins_.at(role);
  auto session = service::login(*db_, login.email, "correct horse battery");
  EXPECT_TRUE(session.ok()) << (session.ok() ? "" : session.error().to_string());
  if (session.ok()) {
    login.cookie = session->token;
    login.csrf_token = session->csrf_token;
  }
  return login;
}

json World::as_admin(const std::string& method, const std::string& path, const json& body, int expected) {
  auto a = send({.method = method, .path = path, .json = body}, Role::admin);
  EXPECT_EQ(a.status, expected) << method << " " << path << " " << body.dump() << ": " << a.body.substr(0, 400);
  return json::parse(a.body, nullptr, false);
}

std::int64_t World::create(const std::string& api_path, const json& body) {
  auto made = as_admin("POST", "/api/v1/" + api_path, body, 201);
  return made.is_object() && made.contains("id") ? made["id"].get<std::int64_t>() : 0;
}

std::string World::measure_file() const {
  std::string path = JAMT_SOURCE_DIR;  // appended in two steps: GCC 12 warns (-Warray-bounds) on a + b here
  path += "/data/statistics/BE0101D1-levande-fodda.px";
  return slurp(path);
}

int World::next() { return ++counter_; }

std::int64_t World::id(const std::string& name) const {
  auto it = ids_.find(name);
  if (it == ids_.end()) {
    ADD_FAILURE() << "no fixture called " << name;
    return 0;
  }
  return it->second;
}

std::string World::fill(const std::string& text) const {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto close = text.find('}', i);
    if (text[i] == '{' && close != std::string::npos) {
      out += std::to_string(id(text.substr(i + 1, close - i - 1)));
      i = close;
    } else {
      out += text[i];
    }
  }
  return out;
}

json World::create_body(const std::string& api_path) {
  const auto a = ids_["org_a"];
  const int n = next();
  if (api_path == "organisations")
    return {{"name", "Organisation " + std::to_string(n)},
            {"org_number", service::demo_org_number(5000 + n)},
            {"type", "kommun"},
            {"municipality_code", "0880"}};
  if (api_path == "people")
    return {{"name", "Person " + std::to_string(n)}, {"organisation_id", a}, {"role", "annan"}};
  if (api_path == "groups") return {{"name", "Nätverk " + std::to_string(n)}, {"type", "natverk"}, {"county_code", "08"}};
  if (api_path == "group-members") {
    // One month before the fixture membership starts (2024): periods of
    // one organisation in a group may not overlap.
    const int m = n % 288;
    const std::string month = std::to_string(2000 + m / 12) + "-" + two_digits(m % 12 + 1);
    return {{"group_id", ids_["group"]}, {"organisation_id", a}, {"member_from", month + "-01"},
            {"member_to", month + "-28"}};
  }
  if (api_path == "meetings")
    return {{"group_id", ids_["group"]}, {"meeting_date", "2026-04-14"}, {"days", 1}, {"title", "Möte " + std::to_string(n)}};
  if (api_path == "meeting-attendance")
    return {{"meeting_id", create("meetings", create_body("meetings"))}, {"organisation_id", a}, {"present", true}};
  if (api_path == "representative-changes")
    return {{"group_id", ids_["group"]}, {"organisation_id", a}, {"effective_from", "2026-09-01"},
            {"substitute_id", ids_["person2"]}, {"message", "Byte " + std::to_string(n)}};
  if (api_path == "joinings") return {{"organisation_id", create("organisations", create_body("organisations"))}};
  if (api_path == "checklists") {
    json answers = json::array();
    for (int i = 0; i < 10; ++i) answers.push_back(i % 2 ? "ja" : "delvis");
    // One checklist per organisation and year: 2027… are free (the fixture is 2026).
    return {{"organisation_id", a}, {"year", 2027 + (n % 74)}, {"answers", answers}};
  }
  if (api_path == "steering-documents")
    return {{"organisation_id", a}, {"title", "Plan " + std::to_string(n)}, {"type", "plan"}, {"year", 2025}};
  if (api_path == "activities")
    return {{"title", "Insats " + std::to_string(n)}, {"type", "utbildning"}, {"status", "planerad"},
            {"start_date", "2026-04-01"}, {"organiser_id", a}};
  ADD_FAILURE() << "no create body for " << api_path;
  return json::object();
}

json World::update_body(const std::string& api_path) {
  if (api_path == "organisations") return {{"website", "https://kommun-a.example.se"}};
  if (api_path == "people") return {{"phone", "0480-123 45"}};
  if (api_path == "groups") return {{"description", "Träffas fyra gånger om året."}};
  if (api_path == "group-members") return {{"substitute_id", ids_["person2"]}};
  if (api_path == "meetings") return {{"place", "Kalmar slott"}};
  if (api_path == "meeting-attendance") return {{"present", true}};
  if (api_path == "representative-changes") return {{"message", "Gäller från hösten."}};
  if (api_path == "joinings") return {{"commitment_plan", "pagar"}};
  if (api_path == "checklists") return {{"answers", {{"4", {{"answer", "delvis"}, {"comment", "Påbörjat"}}}}}};
  if (api_path == "steering-documents") return {{"title", "Jämställdhetsplan 2024–2027"}};
  if (api_path == "activities") return {{"title", "Grundutbildning om jämställdhet"}};
  ADD_FAILURE() << "no update body for " << api_path;
  return json::object();
}

std::int64_t World::fresh(const std::string& api_path) {
  if (api_path == "joinings") return fresh_joining(false);
  return create(api_path, create_body(api_path));
}

std::int64_t World::fresh_joining(bool approved) {
  // Organisation A already has an approved joining in Kalmar, and the
  // service refuses a second active one; the table needs a joining of A
  // that only authorisation can refuse, so it is written to the store
  // directly.
  registers::Record r{{"organisation_id", std::to_string(ids_["org_a"])},
                      {"organisation_name", "Kommun A"},
                      {"org_number", service::demo_org_number(1001)},
                      {"organisation_type", "kommun"},
                      {"municipality_code", "0880"},
                      {"county_code", "08"},
                      {"publish_consent", "0"},
                      {"status", registers::kJoiningApplied},
                      {"applied_on", "2025-01-10"}};
  std::int64_t made = 0;
  Status st = db_->transaction([&](soci::session& s) -> Status {
    made = store::insert_record(s, registers::joining_spec(), r);
    return {};
  });
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().to_string());
  if (approved) as_admin("POST", "/api/v1/joinings/" + std::to_string(made) + "/approve", {{"date", "2025-02-01"}}, 200);
  return made;
}

json World::form_body(const std::string& code) {
  return {{"code", code},
          {"title", "Tabellens formulär"},
          {"periodicity", "quarterly"},
          {"county_code", "08"},
          {"elements", {{{"code", "E1"}, {"title", "Antal"}, {"value_type", "integer"},
                         {"disaggregation", {"women", "men", "total"}}}}},
          {"rules", {{{"left", "E1.total"}, {"operator", "=="}, {"right", "E1.women + E1.men"},
                      {"message", "Totalt ska vara summan."}}}},
          {"assignments", {{{"organisation_id", ids_.at("org_a")}}}}};
}

json World::survey_body() {
  return {{"title", "Tabellens enkät"},
          {"county_code", "08"},
          {"questions", {{{"code", "Q1"}, {"kind", "agreement4"}, {"text", "Länsstyrelsen stödjer vårt arbete."}}}}};
}

std::int64_t World::fresh_survey(bool open) {
  std::int64_t made = create("surveys", survey_body());
  if (open) as_admin("POST", "/api/v1/surveys/" + std::to_string(made) + "/open", json::object(), 200);
  return made;
}

std::string World::fresh_submission(const std::string& status) {
  const int n = submissions_++;
  const std::string period = std::to_string(1990 + n / 4) + "Q" + std::to_string(n % 4 + 1);
  const std::string path = fill("/api/v1/forms/{form}/submissions/{org_a}/") + period;
  as_admin("PUT", path, {{"values", {{"E1", {{"women", 1}, {"men", 1}, {"total", 2}}}}}}, 200);
  if (status != "draft") as_admin("POST", path + "/submit", json::object(), 200);
  if (status == "approved") as_admin("POST", path + "/approve", json::object(), 200);
  return period;
}

}  // namespace jamt::testing::authz
