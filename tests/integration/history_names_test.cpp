// The history table on a register page names the records a change refers
// to — the contact person, the organisation — not their ids.
#include <gtest/gtest.h>

#include "register_fixture.hpp"
#include "service/joining/joining_register.hpp"
#include "service/organisations/person_register.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;

class HistoryNames : public RegisterFixture {
 protected:
  std::int64_t person(const std::string& name, std::int64_t org) {
    auto saved = service::create_record(*db, service::person_rules(),
                                        {{"name", name}, {"organisation_id", std::to_string(org)}, {"role", "kontaktperson"}},
                                        system_admin());
    EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().to_string());
    return saved.ok() ? std::stoll(saved->at("id")) : 0;
  }
};

TEST_F(HistoryNames, AJoiningsHistoryNamesTheContactPersonAndTheOrganisation) {
  auto anna = person("Anna Andersson", org_a);
  auto bertil = person("Bertil Berg", org_a);
  auto saved = service::create_record(*db, service::joining_rules(),
                                      {{"organisation_id", std::to_string(org_a)},
                                       {"contact_person_id", std::to_string(anna)},
                                       {"decision_date", "2024-01-10"},
                                       {"action_plan_url", "https://kommun-a.example/plan"}},
                                      system_admin());
  ASSERT_TRUE(saved.ok()) << saved.error().to_string();
  const std::string id = saved->at("id");
  auto changed = patch_json(*client, "/api/v1/joinings/" + id, {{"contact_person_id", bertil}}, strategist_08().headers());
  ASSERT_EQ(changed.status, 200) << changed.body;

  auto page = get(*client, "/anslutningar/" + id, &strategist_08());
  ASSERT_EQ(page.status, 200);
  auto history = page.body.substr(page.body.find("id=\"historik\""));
  EXPECT_TRUE(contains(history, "Kontaktperson: Anna Andersson")) << history;
  EXPECT_TRUE(contains(history, "Kontaktperson: Bertil Berg")) << history;
  EXPECT_TRUE(contains(history, "Organisation i registret: Kommun A")) << history;
  EXPECT_FALSE(contains(history, "Kontaktperson: " + std::to_string(anna) + "<")) << history;
  EXPECT_FALSE(contains(history, "Kontaktperson: " + std::to_string(bertil) + "<")) << history;
  EXPECT_FALSE(contains(history, "Organisation i registret: " + std::to_string(org_a))) << history;
}

TEST_F(HistoryNames, APersonsHistoryNamesTheOrganisation) {
  auto anna = person("Anna Andersson", org_a);
  auto moved = patch_json(*client, "/api/v1/people/" + std::to_string(anna), {{"organisation_id", org_b}},
                          strategist_08().headers());
  ASSERT_EQ(moved.status, 200) << moved.body;
  auto page = get(*client, "/personer/" + std::to_string(anna), &strategist_08());
  ASSERT_EQ(page.status, 200);
  auto history = page.body.substr(page.body.find("id=\"historik\""));
  EXPECT_TRUE(contains(history, "Organisation: Kommun A")) << history;
  EXPECT_TRUE(contains(history, "Organisation: Kommun B")) << history;
}
