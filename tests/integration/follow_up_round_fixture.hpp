#pragma once
// The survey fixture (organisations A and B in Kalmar, C in Stockholm, a
// real SMTP sink) with what the three-year follow-up reads: joinings
// approved on a given date, a reporting form, people of an organisation and
// survey answers given through the mailed link. Dates are fixed; the clock
// is set by each test.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "domain/utc_time.hpp"
#include "service/joining/joining_decisions.hpp"
#include "service/joining/joining_register.hpp"
#include "service/organisations/person_register.hpp"
#include "service/registers/register_service.hpp"
#include "survey_fixture.hpp"

namespace jamt::testing {

class FollowUpRoundFixture : public SurveyFixture {
 protected:
  static User system_admin() {
    User u;
    u.email = "fixture@jamt.test";
    u.role = Role::admin;
    return u;
  }
  static User strategist_of(const std::string& county) {
    User u;
    u.email = "strateg." + county + "@lansstyrelsen.example";
    u.role = Role::strategist;
    u.county_code = county;
    return u;
  }

  // Organisation `org` joins on `joined_on` (the clock is set to that day):
  // returns the joining's id.
  std::int64_t join(std::int64_t org, const std::string& joined_on) {
    set_clock((joined_on + "T09:00:00Z").c_str());
    auto joining = service::create_record(*db, service::joining_rules(),
                                          {{"organisation_id", std::to_string(org)}, {"decision_date", joined_on},
                                           {"action_plan_url", "https://kommun.example/plan"}},
                                          system_admin());
    EXPECT_TRUE(joining.ok()) << (joining.ok() ? "" : joining.error().to_string());
    if (!joining.ok()) return 0;
    const std::int64_t id = std::stoll(joining->at("id"));
    auto approved = service::approve_joining(*db, id, joined_on, system_admin());
    EXPECT_TRUE(approved.ok()) << (approved.ok() ? "" : approved.error().to_string());
    return id;
  }

  // A person of organisation `org` with `email`.
  void add_person(std::int64_t org, const std::string& name, const std::string& email) {
    auto made = service::create_record(*db, service::person_rules(),
                                       {{"name", name}, {"email", email}, {"organisation_id", std::to_string(org)}, {"role", "kontaktperson"}},
                                       system_admin());
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().to_string());
  }

  // A quarterly form of Kalmar assigned to its municipalities, due 30 days
  // after each quarter; returns its id.
  std::int64_t define_form() {
    nlohmann::json body = {
        {"code", "VALD"},
        {"title", "Våld i nära relationer"},
        {"periodicity", "quarterly"},
        {"due_days", 30},
        {"elements",
         {{{"code", "E1"}, {"title", "Utsatta för våld"}, {"value_type", "integer"}, {"disaggregation", {"total"}}}}},
        {"assignments", {{{"organisation_type", "kommun"}, {"county_code", "08"}}}}};
    auto a = post_json(*client, "/api/v1/forms", body, strategist_08().headers());
    EXPECT_EQ(a.status, 201) << a.body;
    return a.json.value("id", std::int64_t{0});
  }

  // A Kalmar survey (anonymous or not) with an agreement statement and an
  // open question, opened, `email` invited and answering `comment`.
  std::int64_t answered_survey(const std::string& title, bool anonymous, const std::string& email,
                               const std::string& comment) {
    nlohmann::json body = {
        {"title", title},
        {"round", "2024"},
        {"anonymous", anonymous},
        {"questions",
         {{{"code", "Q1"}, {"kind", "agreement4"}, {"text", "Länsstyrelsen stödjer vårt arbete."}},
          {{"code", "Q2"}, {"kind", "text"}, {"text", "Övriga synpunkter"}}}}};
    const auto id = open_survey(body, strategist_08());
    auto invited = post_json(*client, survey_path(id) + "/invitations",
                             {{"respondents", {{{"email", email}, {"name", "Anna Andersson"}}}}},
                             strategist_08().headers());
    EXPECT_EQ(invited.status, 200) << invited.body;
    std::string token;  // the link of this invitation: one not used before
    for (const auto& m : sink.messages()) {
      const std::string mail = readable(m);
      if (mail.find("To: " + email + "\n") == std::string::npos) continue;
      if (auto t = token_in(mail); !t.empty() && !used_tokens_.contains(t)) token = t;
    }
    used_tokens_.insert(token);
    EXPECT_FALSE(token.empty()) << "no invitation mail to " << email;
    auto answered = respond(token, {{"Q1", "delvis"}, {"Q2", comment}}, true);
    EXPECT_EQ(answered.status, 200) << answered.body;
    return id;
  }

 private:
  std::set<std::string> used_tokens_;
};

}  // namespace jamt::testing
