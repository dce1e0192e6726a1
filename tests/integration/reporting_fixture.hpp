#pragma once
// The register fixture with a quarterly reporting form of Kalmar län (08):
// E1 "Utsatta för våld" by every sex with "totalt = summan av delarna" as an
// error rule, and E2 "Varav med barn" (total only) that may not exceed E1
// (a warning), assigned to every municipality (kommun) of the county. Helpers
// send the submission requests as a signed-in client does.
#include <string>

#include "register_fixture.hpp"
#include "store/audit_repository.hpp"

namespace jamt::testing {

class ReportingFixture : public RegisterFixture {
 protected:
  // Defines the form as Kalmar's strategist (closing `closes_after_days`
  // after each period when given); returns its id.
  std::int64_t define_form(const std::string& code = "VALD", std::optional<int> closes_after_days = std::nullopt) {
    nlohmann::json body = {
        {"code", code},
        {"title", "Våld i nära relationer"},
        {"periodicity", "quarterly"},
        {"due_days", 30},
        {"elements",
         {{{"code", "E1"}, {"title", "Utsatta för våld"}, {"value_type", "integer"}, {"unit", "antal"},
           {"disaggregation", {"women", "men", "unknown", "total"}}},
          {{"code", "E2"}, {"title", "Varav med barn"}, {"value_type", "integer"}, {"disaggregation", {"total"}}}}},
        {"rules",
         {{{"id", "R1"}, {"left", "E1.total"}, {"operator", "=="}, {"right", "E1.women + E1.men + E1.unknown"},
           {"importance", "error"}, {"message", "Totalt ska vara summan av kvinnor, män och annat/okänt."}},
          {{"id", "R2"}, {"left", "E2.total"}, {"operator", "<="}, {"right", "E1.total"}, {"importance", "warning"},
           {"message", "Fler med barn än utsatta: stämmer det?"}}}},
        {"assignments", {{{"organisation_type", "kommun"}, {"county_code", "08"}}}}};
    if (closes_after_days) body["closes_after_days"] = *closes_after_days;
    auto a = post_json(*client, "/api/v1/forms", body, strategist_08().headers());
    EXPECT_EQ(a.status, 201) << a.body;
    return a.json.value("id", std::int64_t{0});
  }

  std::string submission(std::int64_t form, std::int64_t org, const std::string& period) {
    return "/api/v1/forms/" + std::to_string(form) + "/submissions/" + std::to_string(org) + "/" + period;
  }

  // PUT of a draft, optionally with If-Match.
  Answer save(const std::string& path, const nlohmann::json& body, const TestLogin& who,
              const std::string& if_match = "") {
    auto headers = who.headers();
    if (!if_match.empty()) headers.emplace("If-Match", if_match);
    return answer_of(client->Put(path, headers, body.dump(), "application/json"));
  }

  Answer step(const std::string& path, const std::string& action, const TestLogin& who,
              const nlohmann::json& body = nlohmann::json::object()) {
    return post_json(*client, path + "/" + action, body, who.headers());
  }

  // E1 as {women, men, unknown, total}.
  static nlohmann::json e1(int women, int men, int unknown, int total) {
    return {{"E1", {{"women", women}, {"men", men}, {"unknown", unknown}, {"total", total}}}};
  }

  // The audit actions of a submission, oldest first.
  std::vector<std::string> audit_actions(std::int64_t submission_id) {
    std::vector<std::string> out;
    Status st = db->read([&](soci::session& s) -> Status {
      for (const auto& e : store::list_audit(s, "reporting_submission", submission_id)) out.push_back(e.action);
      return {};
    });
    EXPECT_TRUE(st.ok());
    return out;
  }

  void set_clock(const char* utc) { clock.set(*parse_utc_text(utc)); }
};

}  // namespace jamt::testing
