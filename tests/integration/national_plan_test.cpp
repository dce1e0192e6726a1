// The national level of issue 14, item 3, through the service on a real
// database (SQLite, or PostgreSQL via $JAMT_TEST_DB): the national
// coordinator keeps the national action plan (region 00) and each county's
// resources per year; a strategist may do neither; a strategist flags an
// activity of their own county as a learning example but not another
// county's. Pages and routes come in a later step.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "service/national/national_plan.hpp"
#include "store/audit_repository.hpp"
#include "register_fixture.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;
using json = nlohmann::json;

namespace {

User account(const std::string& email, Role role, const std::string& county = "") {
  User u;
  u.email = email;
  u.role = role;
  u.county_code = county;
  return u;
}

// Seed 001's national action plan, abridged: the overall goal and two of
// its three operational sub-goals.
NationalPlan seed_plan() {
  return {.title = "Nationellt övergripande handlingsplan 2011–2014",
          .overall_goal = "Kompetens- och verksamhetsresurser genom hela kedjan av inblandade samhällsaktörer tas "
                          "tillvara, utvecklas och organiseras ändamålsenligt.",
          .subgoals = {{.title = "Alla länsstyrelser kan tillhandahålla en övergripande uppdaterad bild av läget i "
                                 "länet.",
                        .insatser = {"Kartläggningar, möten med olika grupper, uppföljningar"},
                        .expected_effects = {"En tillförlitlig grund för att föra en dialog med länets aktörer"}},
                       {.title = "Det finns en gemensam problemformulering, en samsyn, en strategi och stödjande "
                                 "strukturer i länet.",
                        .insatser = {"Initiera, genomföra, stödja kompetens- och metodutveckling",
                                     "Initiera och leda arbetet för att komma fram till en regional strategi"},
                        .expected_effects = {"Kunskapsnivån höjs och blir mer likvärdig i länet.",
                                             "Alla aktörer drar åt samma håll."}}}};
}

}  // namespace

class NationalPlanTest : public RegisterFixture {
 protected:
  const std::optional<User> coordinator_user = account("samordnare@example.se", Role::coordinator);
  const std::optional<User> kalmar = account("strateg@kalmar.example", Role::strategist, "08");
  const std::optional<User> stockholm = account("strateg@stockholm.example", Role::strategist, "01");

  // An activity organised by `organiser`, created over HTTP by `who`.
  std::int64_t activity(const std::string& title, std::int64_t organiser, const TestLogin& who) {
    auto made = post_json(*client, "/api/v1/activities",
                          {{"title", title},
                           {"type", "utbildning"},
                           {"status", "genomford"},
                           {"start_date", "2025-10-07"},
                           {"organiser_id", organiser}},
                          who.headers());
    EXPECT_EQ(made.status, 201) << made.body;
    return made.status == 201 ? made.json["id"].get<std::int64_t>() : 0;
  }
};

TEST_F(NationalPlanTest, TheCoordinatorSavesTheNationalPlanAndEveryoneReadsIt) {
  auto none = service::national_plan(*db, std::nullopt);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());

  auto saved = service::save_national_plan(*db, seed_plan(), coordinator_user);
  ASSERT_TRUE(saved.ok()) << saved.error().to_string();
  EXPECT_EQ(saved->region_code, "00");
  EXPECT_EQ(saved->updated_by, "samordnare@example.se");
  EXPECT_EQ(saved->updated_at, "2026-03-31T10:00:00Z");

  // The public reads what was saved, sub-goals and lines in order.
  auto read = service::national_plan(*db, std::nullopt);
  ASSERT_TRUE(read.ok() && read->has_value());
  const NationalPlan& plan = **read;
  EXPECT_EQ(plan.title, "Nationellt övergripande handlingsplan 2011–2014");
  ASSERT_EQ(plan.subgoals.size(), 2u);
  EXPECT_EQ(plan.subgoals[1].insatser,
            (std::vector<std::string>{"Initiera, genomföra, stödja kompetens- och metodutveckling",
                                      "Initiera och leda arbetet för att komma fram till en regional strategi"}));
  EXPECT_EQ(plan.subgoals[1].expected_effects[1], "Alla aktörer drar åt samma håll.");
  EXPECT_EQ(plan.subgoals[0].insatser.size(), 1u);

  // Saving again replaces the plan: one sub-goal left.
  NationalPlan shorter = seed_plan();
  shorter.subgoals.pop_back();
  ASSERT_TRUE(service::save_national_plan(*db, shorter, coordinator_user).ok());
  auto again = service::national_plan(*db, kalmar);
  ASSERT_TRUE(again.ok() && again->has_value());
  EXPECT_EQ((*again)->subgoals.size(), 1u);

  auto audit = audit_of(*db, "national_plan", 0);
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[0].action, "create");
  EXPECT_EQ(audit[1].action, "update");
  EXPECT_EQ(audit[1].actor, "samordnare@example.se");
  EXPECT_EQ(json::parse(*audit[1].before_json)["subgoals"].size(), 2u);
  EXPECT_EQ(json::parse(*audit[1].after_json)["subgoals"].size(), 1u);
}

TEST_F(NationalPlanTest, APlanWithoutItsOverallGoalOrAnEmptySubGoalIsRefusedNamingTheField) {
  NationalPlan no_goal = seed_plan();
  no_goal.overall_goal = "  ";
  auto refused = service::save_national_plan(*db, no_goal, coordinator_user);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorKind::validation);
  EXPECT_EQ(refused.error().field, "overall_goal");

  NationalPlan empty_subgoal = seed_plan();
  empty_subgoal.subgoals[1].title = "";
  auto refused_subgoal = service::save_national_plan(*db, empty_subgoal, coordinator_user);
  ASSERT_FALSE(refused_subgoal.ok());
  EXPECT_EQ(refused_subgoal.error().field, "subgoals[1].title");
  EXPECT_EQ(refused_subgoal.error().message, "Delmål 2 får inte vara tomt");
}

TEST_F(NationalPlanTest, AStrategistCannotKeepTheNationalPlanOrTheResources) {
  auto plan = service::save_national_plan(*db, seed_plan(), kalmar);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.error().code, ErrorKind::forbidden);
  auto anonymous = service::save_national_plan(*db, seed_plan(), std::nullopt);
  ASSERT_FALSE(anonymous.ok());
  EXPECT_EQ(anonymous.error().code, ErrorKind::unauthorized);

  auto money = service::save_resources(
      *db, {.county_code = "08", .year = 2025, .granted = 476'000, .used = 400'000, .carried_over = 0}, kalmar);
  ASSERT_FALSE(money.ok());
  EXPECT_EQ(money.error().code, ErrorKind::forbidden);

  auto nothing = service::national_plan(*db, std::nullopt);
  ASSERT_TRUE(nothing.ok());
  EXPECT_FALSE(nothing->has_value());
  auto no_money = service::resources_of_year(*db, 2025, std::nullopt);
  ASSERT_TRUE(no_money.ok());
  EXPECT_TRUE(no_money->empty());
  EXPECT_TRUE(audit_of(*db, "national_plan", 0).empty());
}

TEST_F(NationalPlanTest, TheCoordinatorRecordsAYearsResourcesAndUnspentIsGrantedLessUsed) {
  // Seed 001: ten million kronor a year to the counties together; in 2014
  // several counties had funds left on 31 December.
  auto kalmar_2014 = service::save_resources(
      *db, {.county_code = "08", .year = 2014, .granted = 476'190, .used = 431'500, .carried_over = 40'000},
      coordinator_user);
  ASSERT_TRUE(kalmar_2014.ok()) << kalmar_2014.error().to_string();
  EXPECT_EQ(unspent(*kalmar_2014), 44'690);
  auto stockholm_2014 = service::save_resources(
      *db, {.county_code = "01", .year = 2014, .granted = 476'190, .used = 476'190, .carried_over = 0},
      coordinator_user);
  ASSERT_TRUE(stockholm_2014.ok()) << stockholm_2014.error().to_string();

  auto year = service::resources_of_year(*db, 2014, std::nullopt);
  ASSERT_TRUE(year.ok());
  ASSERT_EQ(year->size(), 2u);
  EXPECT_EQ((*year)[0].county_code, "01");
  EXPECT_EQ(unspent((*year)[0]), 0);
  EXPECT_EQ((*year)[1].county_code, "08");
  EXPECT_EQ((*year)[1].granted, 476'190);
  EXPECT_EQ((*year)[1].used, 431'500);
  EXPECT_EQ((*year)[1].carried_over, 40'000);
  EXPECT_EQ(unspent((*year)[1]), 44'690);
  EXPECT_EQ((*year)[1].updated_by, "samordnare@example.se");

  // Correcting the figures replaces them; the audit log has both.
  ASSERT_TRUE(service::save_resources(
                  *db, {.county_code = "08", .year = 2014, .granted = 476'190, .used = 456'190, .carried_over = 0},
                  coordinator_user)
                  .ok());
  auto audit = audit_of(*db, "national_resources", 201408);
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(json::parse(*audit[0].after_json)["unspent"], 44'690);
  EXPECT_EQ(json::parse(*audit[1].after_json)["unspent"], 20'000);

  // Bad figures are refused naming the field.
  auto carried_too_much = service::save_resources(
      *db, {.county_code = "08", .year = 2015, .granted = 100, .used = 90, .carried_over = 11}, coordinator_user);
  ASSERT_FALSE(carried_too_much.ok());
  EXPECT_EQ(carried_too_much.error().field, "carried_over");
  auto no_county = service::save_resources(
      *db, {.county_code = "02", .year = 2015, .granted = 100, .used = 0, .carried_over = 0}, coordinator_user);
  ASSERT_FALSE(no_county.ok());
  EXPECT_EQ(no_county.error().field, "county_code");
  auto negative = service::save_resources(
      *db, {.county_code = "08", .year = 2015, .granted = 100, .used = -1, .carried_over = 0}, coordinator_user);
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.error().field, "used");
}

TEST_F(NationalPlanTest, AStrategistFlagsTheirOwnCountysActivityAsAnExampleButNotAnotherCountys) {
  const auto kalmar_activity = activity("Våga prata om våld – personalutbildning", org_a, strategist_08());
  const auto stockholm_activity = activity("Samverkansdag mot våld i nära relationer", org_c, strategist_01());
  ASSERT_TRUE(kalmar_activity && stockholm_activity);

  auto flagged = service::flag_example(*db, kalmar_activity, "Särskilt utsatta grupper", kalmar);
  ASSERT_TRUE(flagged.ok()) << flagged.error().to_string();
  EXPECT_EQ(flagged->county_code, "08");
  EXPECT_EQ(flagged->title, "Våga prata om våld – personalutbildning");
  EXPECT_EQ(flagged->development_area, "Särskilt utsatta grupper");

  auto other_county = service::flag_example(*db, stockholm_activity, "Kompetensutveckling", kalmar);
  ASSERT_FALSE(other_county.ok());
  EXPECT_EQ(other_county.error().code, ErrorKind::forbidden);
  auto coordinator_flag = service::flag_example(*db, stockholm_activity, "Kompetensutveckling", coordinator_user);
  ASSERT_FALSE(coordinator_flag.ok());
  EXPECT_EQ(coordinator_flag.error().code, ErrorKind::forbidden);
  auto missing = service::flag_example(*db, stockholm_activity + 1000, "Kompetensutveckling", kalmar);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorKind::not_found);
  auto no_area = service::flag_example(*db, kalmar_activity, " ", kalmar);
  ASSERT_FALSE(no_area.ok());
  EXPECT_EQ(no_area.error().field, "development_area");

  // The coordinator sees Kalmar's example in the national list; Stockholm's
  // activity is not one.
  auto listed = service::examples(*db, coordinator_user);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].activity_id, kalmar_activity);
  EXPECT_EQ((*listed)[0].development_area, "Särskilt utsatta grupper");

  auto audit = audit_of(*db, "activity_example", kalmar_activity);
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].actor, "strateg@kalmar.example");
  EXPECT_TRUE(audit_of(*db, "activity_example", stockholm_activity).empty());

  // Stockholm's strategist cannot remove Kalmar's flag; Kalmar's can.
  auto foreign_unflag = service::unflag_example(*db, kalmar_activity, stockholm);
  ASSERT_FALSE(foreign_unflag.ok());
  EXPECT_EQ(foreign_unflag.error().code, ErrorKind::forbidden);
  ASSERT_TRUE(service::unflag_example(*db, kalmar_activity, kalmar).ok());
  auto after = service::examples(*db, coordinator_user);
  ASSERT_TRUE(after.ok());
  EXPECT_TRUE(after->empty());
  EXPECT_EQ(audit_of(*db, "activity_example", kalmar_activity).size(), 2u);
}
