// The national pages end to end over HTTP (issue 14, item 3), on SQLite or
// PostgreSQL ($JAMT_TEST_DB), at the fixture's fixed date: the coordinator
// edits the national action plan and a county's resources through the
// forms — a mistake comes back beside its field with nothing saved, a
// correct form is saved and audited; a strategist flags an activity of
// their county as an example, which then shows in the national list; the
// compilation's JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store/audit_repository.hpp"
#include "register_fixture.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;
using json = nlohmann::json;

namespace {

httplib::Params plan_form(const std::string& overall_goal, const std::string& first_title) {
  return {{"title", "Nationell handlingsplan 2025–2028"},
          {"overall_goal", overall_goal},
          {"subgoal-1-title", first_title},
          {"subgoal-1-insatser", "Kartläggningar\nMöten med olika grupper"},
          {"subgoal-1-effects", "En tillförlitlig grund för dialog"},
          {"subgoal-2-title", ""},
          {"subgoal-2-insatser", ""},
          {"subgoal-2-effects", ""}};
}

}  // namespace

class NationalPagesTest : public RegisterFixture {};

TEST_F(NationalPagesTest, TheCoordinatorEditsThePlanThroughTheFormWithErrorsBesideTheFields) {
  auto page = get(*client, "/nationellt/handlingsplan", &coordinator());
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "Ingen nationell handlingsplan är sparad ännu."));
  EXPECT_TRUE(has(page.body, "Spara handlingsplanen"));
  // A strategist reads the page without the form.
  auto read_only = get(*client, "/nationellt/handlingsplan", &strategist_08());
  ASSERT_EQ(read_only.status, 200);
  EXPECT_FALSE(has(read_only.body, "Spara handlingsplanen"));

  // No overall goal: the message stands beside that field, what was typed is kept, nothing saved.
  auto refused = post_form(*client, "/nationellt/handlingsplan", plan_form("", "Alla län har en lägesbild."), coordinator());
  ASSERT_EQ(refused.status, 400);
  EXPECT_TRUE(has(refused.body, "id=\"overall_goal-error\""));
  EXPECT_TRUE(has(refused.body, "aria-describedby=\"overall_goal-error\""));
  EXPECT_TRUE(has(refused.body, "Alla län har en lägesbild."));
  // A sub-goal with insatser but no title: the message stands beside its title.
  auto untitled = post_form(*client, "/nationellt/handlingsplan", plan_form("Arbetet fördjupas.", ""), coordinator());
  ASSERT_EQ(untitled.status, 400);
  EXPECT_TRUE(has(untitled.body, "id=\"subgoal-1-title-error\""));
  EXPECT_EQ(get(*client, "/api/v1/national/plan", nullptr).json["plan"], json(nullptr));

  auto saved = post_form(*client, "/nationellt/handlingsplan", plan_form("Arbetet fördjupas.", "Alla län har en lägesbild."),
                         coordinator());
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.location, "/nationellt/handlingsplan?sparad=1");
  auto shown = get(*client, "/nationellt/handlingsplan?sparad=1", nullptr);
  ASSERT_EQ(shown.status, 200);
  EXPECT_TRUE(has(shown.body, "Delmål 1: Alla län har en lägesbild."));
  EXPECT_TRUE(has(shown.body, "<li>Möten med olika grupper</li>"));
  auto plan = get(*client, "/api/v1/national/plan", nullptr).json["plan"];
  EXPECT_EQ(plan["overall_goal"], "Arbetet fördjupas.");
  ASSERT_EQ(plan["subgoals"].size(), 1u);  // the empty second block adds nothing
  EXPECT_EQ(plan["subgoals"][0]["insatser"], json({"Kartläggningar", "Möten med olika grupper"}));

  auto audit = audit_of(*db, "national_plan", 0);
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].actor, "samordnare@example.se");

  // A strategist's post is refused.
  EXPECT_EQ(post_form(*client, "/nationellt/handlingsplan", plan_form("x", "y"), strategist_08()).status, 403);
}

TEST_F(NationalPagesTest, TheCoordinatorRecordsACountysResourcesWithErrorsBesideTheFields) {
  httplib::Params wrong{{"county_code", "08"}, {"granted", "femhundratusen"}, {"used", "420 000"}, {"carried_over", "0"}};
  auto refused = post_form(*client, "/nationellt/resurser/2025", wrong, coordinator());
  ASSERT_EQ(refused.status, 400);
  EXPECT_TRUE(has(refused.body, "id=\"granted-error\">Anslagna medel ska vara ett helt antal kronor"));
  EXPECT_TRUE(has(refused.body, "value=\"femhundratusen\""));

  httplib::Params too_much{{"county_code", "08"}, {"granted", "500 000"}, {"used", "420 000"}, {"carried_over", "90 000"}};
  auto over = post_form(*client, "/nationellt/resurser/2025", too_much, coordinator());
  ASSERT_EQ(over.status, 400);
  EXPECT_TRUE(has(over.body, "id=\"carried_over-error\""));
  EXPECT_TRUE(get(*client, "/api/v1/national/resources/2025", nullptr).json["counties"].empty());

  for (const auto& [county, granted, used] :
       {std::tuple{"08", "500 000", "420 000"}, std::tuple{"01", "700000", "650000"}}) {
    httplib::Params form{{"county_code", county}, {"granted", granted}, {"used", used}, {"carried_over", "20 000"}};
    auto saved = post_form(*client, "/nationellt/resurser/2025", form, coordinator());
    ASSERT_EQ(saved.status, 303) << saved.body;
  }
  auto api = get(*client, "/api/v1/national/resources/2025", nullptr).json;
  EXPECT_EQ(api["total"], json({{"granted", 1200000}, {"used", 1070000}, {"unspent", 130000}, {"carried_over", 40000}}));
  auto page = get(*client, "/nationellt/resurser/2025", nullptr);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "<th scope=\"row\">Kalmar län</th>"));
  EXPECT_TRUE(has(page.body, "<th scope=\"row\">Riket</th>"));
  EXPECT_FALSE(has(page.body, "Spara resurserna"));  // the public reads, no form

  auto audit = audit_of(*db, "national_resources", 202508);
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].actor, "samordnare@example.se");
  EXPECT_EQ(post_form(*client, "/nationellt/resurser/2025", wrong, strategist_08()).status, 403);
}

TEST_F(NationalPagesTest, AStrategistFlagsAnExampleWhichShowsNationally) {
  auto made = post_json(*client, "/api/v1/activities",
                        {{"title", "Jämställd medborgardialog"},
                         {"type", "utbildning"},
                         {"status", "genomford"},
                         {"start_date", "2025-05-20"},
                         {"organiser_id", org_a}},
                        strategist_08().headers());
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string id = std::to_string(made.json["id"].get<std::int64_t>());

  auto page = get(*client, "/insatser/" + id, &strategist_08());
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "Markera som exempel"));
  EXPECT_FALSE(has(get(*client, "/insatser/" + id, &coordinator()).body, "Markera som exempel"));

  auto flagged = post_form(*client, "/insatser/" + id + "/exempel", {{"development_area", "Medborgardialog"}}, strategist_08());
  ASSERT_EQ(flagged.status, 303) << flagged.body;
  auto after = get(*client, "/insatser/" + id, &strategist_08());
  EXPECT_TRUE(has(after.body, "Markerad som lärande exempel inom utvecklingsområdet <strong>Medborgardialog</strong>"));

  auto list = get(*client, "/nationellt/exempel", &coordinator());
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(has(list.body, "Kalmar län"));
  EXPECT_TRUE(has(list.body, "<h3>Medborgardialog</h3>"));
  EXPECT_TRUE(has(list.body, "Jämställd medborgardialog"));
  // Another county's strategist may not flag it; an unpublished activity's example is not public.
  EXPECT_EQ(post_form(*client, "/insatser/" + id + "/exempel", {{"development_area", "X"}}, strategist_01()).status, 403);
  EXPECT_FALSE(has(get(*client, "/nationellt/exempel", nullptr).body, "Jämställd medborgardialog"));

  auto audit = audit_of(*db, "activity_example", std::stoll(id));
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].actor, "strateg@kalmar.example");

  // The compilation's JSON lists it under Kalmar for the coordinator.
  auto compiled = get(*client, "/api/v1/reports/national/2025", &coordinator());
  ASSERT_EQ(compiled.status, 200);
  EXPECT_EQ(compiled.json["title"], "Nationell sammanställning 2025");
  EXPECT_TRUE(has(compiled.body, "Medborgardialog"));
  EXPECT_EQ(get(*client, "/api/v1/reports/national/1999", nullptr).status, 400);
}
