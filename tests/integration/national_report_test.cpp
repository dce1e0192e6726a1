// The national compilation (issue 14, item 3) built from live data on a real
// database (SQLite, or PostgreSQL via $JAMT_TEST_DB), at the fixture's fixed
// date (2026-03-31) for the year 2025: two counties' figures are summed and
// women's share of the participants is recomputed from the sums (20 %), not
// averaged over the counties (40,6 %); each county's goal serving national
// sub-goal 1 stands beside the other's with its indicator's values; the
// resources have a national total; an example flagged in Kalmar is listed
// under Kalmar by its development area.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "service/national/national_plan.hpp"
#include "service/national/national_report.hpp"
#include "service/strategy/strategy_service.hpp"
#include "register_fixture.hpp"

using namespace jamt;
using namespace jamt::testing;
using json = nlohmann::json;
using report_doc::Section;
using report_doc::Table;

namespace {

// An adopted strategy for 2025–2029 (later than the fixture's Kalmar strategy) of `county` whose sub-goal serves
// national sub-goal 2017:1 with an indicator counting activity participants
// by sex from the register.
std::string strategy_of(const std::string& county, const std::string& title) {
  return R"({ "format": "jamt-strategy/1", "county_code": ")" + county + R"(", "title": ")" + title + R"(",
    "start_year": 2025, "end_year": 2029, "status": "adopted", "adopted_on": "2025-02-01",
    "goals": [ { "code": "1", "kind": "subgoal", "title": "Makt och inflytande i )" + title + R"(",
      "national_goals": ["2017:1"], "indicators": [
        { "code": "1a", "name": "Deltagare i insatser", "direction": "increase",
          "register": { "count": "activity_participants" } } ] } ] })";
}

const Section* find_section(const std::vector<Section>& sections, const std::string& id) {
  for (const auto& s : sections) {
    if (s.id == id) return &s;
    if (const Section* inner = find_section(s.children, id)) return inner;
  }
  return nullptr;
}

// The row of `table` whose first cell reads `name`, or nullptr.
const std::vector<report_doc::Cell>* row_named(const Table& table, const std::string& name) {
  for (const auto& row : table.rows)
    if (!row.empty() && row[0].text == name) return &row;
  return nullptr;
}

double number_at(const std::vector<report_doc::Cell>& row, std::size_t column) {
  EXPECT_LT(column, row.size());
  if (column >= row.size() || !row[column].number) return -1;
  return *row[column].number;
}

User account(const std::string& email, Role role, const std::string& county = "") {
  User u;
  u.email = email;
  u.role = role;
  u.county_code = county;
  return u;
}

}  // namespace

class NationalReportTest : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    for (const auto& [county, title] : {std::pair{"08", "Kalmar"}, std::pair{"01", "Stockholm"}}) {
      auto imported = service::import_strategy(*db, strategy_of(county, title), false, service::Actor{"test"});
      ASSERT_TRUE(imported.ok()) << imported.error().to_string();
    }
    // Kalmar: 30 women and 10 men (75 %); Stockholm: 10 women and 150 men (6,25 %).
    kalmar_activity = activity("Utbildning i Kalmar", org_a, 30, 10, strategist_08());
    activity("Utbildning i Stockholm", org_c, 10, 150, strategist_01());
  }

  // A completed activity of 2025 organised by `organiser`, created over HTTP.
  std::int64_t activity(const std::string& title, std::int64_t organiser, int women, int men, const TestLogin& who) {
    auto made = post_json(*client, "/api/v1/activities",
                          {{"title", title},
                           {"type", "utbildning"},
                           {"status", "genomford"},
                           {"start_date", "2025-10-07"},
                           {"organiser_id", organiser},
                           {"participants_women", women},
                           {"participants_men", men}},
                          who.headers());
    EXPECT_EQ(made.status, 201) << made.body;
    return made.status == 201 ? made.json["id"].get<std::int64_t>() : 0;
  }

  report_doc::Document compile(const std::optional<User>& user) {
    auto doc = service::national_report(*db, 2025, user);
    EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().to_string());
    return doc.ok() ? *doc : report_doc::Document{};
  }

  const std::optional<User> coordinator_user = account("samordnare@example.se", Role::coordinator);
  std::int64_t kalmar_activity = 0;
};

TEST_F(NationalReportTest, TwoCountiesAreSummedAndTheShareIsRecomputedFromTheSums) {
  auto doc = compile(coordinator_user);
  EXPECT_EQ(doc.title, "Nationell sammanställning 2025");
  EXPECT_EQ(doc.generated_at, "2026-03-31T10:00:00Z");
  const Section* counties = find_section(doc.sections, "lan");
  ASSERT_NE(counties, nullptr);
  ASSERT_EQ(counties->tables.size(), 1u);
  const Table& t = counties->tables[0];
  ASSERT_EQ(t.columns[5], "Deltagare kvinnor");
  ASSERT_EQ(t.columns[7], "Kvinnors andel av deltagarna (%)");
  EXPECT_EQ(t.rows.size(), 22u);  // 21 counties and Riket

  const auto* kalmar = row_named(t, "Kalmar län");
  const auto* stockholm = row_named(t, "Stockholms län");
  const auto* nation = row_named(t, "Riket");
  ASSERT_TRUE(kalmar && stockholm && nation);
  EXPECT_EQ(number_at(*kalmar, 4), 1);  // one completed activity
  EXPECT_DOUBLE_EQ(number_at(*kalmar, 7), 75.0);
  EXPECT_DOUBLE_EQ(number_at(*stockholm, 7), 6.25);
  EXPECT_EQ(number_at(*nation, 4), 2);
  EXPECT_EQ(number_at(*nation, 5), 40);
  EXPECT_EQ(number_at(*nation, 6), 160);
  // 40 of 200: 20 %. The average of the two counties' shares would be 40,625 %.
  EXPECT_DOUBLE_EQ(number_at(*nation, 7), 20.0);
  EXPECT_EQ((*nation)[7].unit, "%");
  // The method is stated in the document.
  bool stated = false;
  for (const auto& p : counties->paragraphs) stated = stated || p.find("aldrig som ett medelvärde") != std::string::npos;
  EXPECT_TRUE(stated);
}

TEST_F(NationalReportTest, EachCountysGoalForANationalSubGoalStandsBesideTheOthers) {
  auto doc = compile(std::nullopt);  // the public reads adopted strategies
  const Section* goal = find_section(doc.sections, "delmal-2017-1");
  ASSERT_NE(goal, nullptr);
  ASSERT_EQ(goal->tables.size(), 1u);
  const Table& t = goal->tables[0];
  ASSERT_EQ(t.rows.size(), 2u);
  // Counties in code order: Stockholms län (01) before Kalmar län (08).
  EXPECT_EQ(t.rows[0][0].text, "Stockholms län");
  EXPECT_EQ(t.rows[0][1].text, "1 Makt och inflytande i Stockholm");
  EXPECT_EQ(t.rows[0][2].text, "1a Deltagare i insatser");
  EXPECT_EQ(number_at(t.rows[0], 3), 10);
  EXPECT_EQ(number_at(t.rows[0], 4), 150);
  EXPECT_EQ(t.rows[1][0].text, "Kalmar län");
  EXPECT_EQ(number_at(t.rows[1], 3), 30);
  EXPECT_EQ(number_at(t.rows[1], 5), 40);
  EXPECT_DOUBLE_EQ(number_at(t.rows[1], 6), 75.0);
  // A sub-goal no county serves says so.
  const Section* other = find_section(doc.sections, "delmal-2017-2");
  ASSERT_NE(other, nullptr);
  EXPECT_TRUE(other->tables.empty());
}

TEST_F(NationalReportTest, ResourcesHaveANationalTotalAndExamplesAreListedPerCountyByArea) {
  for (const auto& [county, granted, used] : {std::tuple{"08", 500000, 420000}, std::tuple{"01", 700000, 700000}}) {
    CountyResources r{.county_code = county, .year = 2025, .granted = granted, .used = used, .carried_over = 0};
    auto saved = service::save_resources(*db, r, coordinator_user);
    ASSERT_TRUE(saved.ok()) << saved.error().to_string();
  }
  auto flagged = service::flag_example(*db, kalmar_activity, "Våld i nära relationer",
                                       account("strateg@kalmar.example", Role::strategist, "08"));
  ASSERT_TRUE(flagged.ok()) << flagged.error().to_string();

  auto doc = compile(coordinator_user);
  const Section* resources = find_section(doc.sections, "resurser");
  ASSERT_NE(resources, nullptr);
  ASSERT_EQ(resources->tables.size(), 1u);
  const auto* nation = row_named(resources->tables[0], "Riket");
  ASSERT_NE(nation, nullptr);
  EXPECT_EQ(number_at(*nation, 1), 1200000);
  EXPECT_EQ(number_at(*nation, 2), 1120000);
  EXPECT_EQ(number_at(*nation, 3), 80000);  // unspent: granted − used
  EXPECT_EQ((*nation)[1].unit, "kr");

  const Section* kalmar = find_section(doc.sections, "exempel-08");
  ASSERT_NE(kalmar, nullptr);
  EXPECT_EQ(kalmar->heading, "Kalmar län");
  ASSERT_EQ(kalmar->tables.size(), 1u);
  ASSERT_EQ(kalmar->tables[0].rows.size(), 1u);
  EXPECT_EQ(kalmar->tables[0].rows[0][0].text, "Våld i nära relationer");
  EXPECT_EQ(kalmar->tables[0].rows[0][1].text, "Utbildning i Kalmar");
  EXPECT_EQ(find_section(doc.sections, "exempel-01"), nullptr);
}

TEST_F(NationalReportTest, AYearOutsideTheRangeIsRefusedNamingTheField) {
  auto refused = service::national_report(*db, 1999, std::nullopt);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorKind::validation);
  EXPECT_EQ(refused.error().field, "year");
}

TEST_F(NationalReportTest, TheCoordinatorKeepsANationalNetworkWithMembersFromSeveralCountiesAndItIsListed) {
  // A strategist may not make a group at the national level (region 00).
  json network{{"name", "Nationellt nätverk för jämställdhetsintegrering"},
               {"type", "natverk"},
               {"county_code", "00"},
               {"active_from", "2024-01-01"}};
  EXPECT_EQ(post_json(*client, "/api/v1/groups", network, strategist_08().headers()).status, 403);
  auto made = post_json(*client, "/api/v1/groups", network, coordinator().headers());
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json["county_code"], "00");
  const auto group = made.json["id"].get<std::int64_t>();
  for (auto organisation : {org_a, org_c}) {
    auto member = post_json(*client, "/api/v1/group-members",
                            {{"group_id", group}, {"organisation_id", organisation}, {"member_from", "2024-02-01"}},
                            coordinator().headers());
    ASSERT_EQ(member.status, 201) << member.body;
  }
  // A county code that is neither a county nor 00 is refused naming the field.
  json nowhere = network;
  nowhere["county_code"] = "99";
  auto refused = post_json(*client, "/api/v1/groups", nowhere, admin().headers());
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.json["error"]["field"], "county_code");

  auto doc = compile(std::nullopt);
  const Section* networks = find_section(doc.sections, "natverk");
  ASSERT_NE(networks, nullptr);
  ASSERT_EQ(networks->tables.size(), 1u);
  const Table& t = networks->tables[0];
  EXPECT_EQ(t.caption, "Nationellt nätverk för jämställdhetsintegrering: medlemmar 2025 från 2 län");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0][0].text, "Stockholms län");
  EXPECT_EQ(t.rows[0][1].text, "Kommun C");
  EXPECT_EQ(t.rows[1][0].text, "Kalmar län");
  EXPECT_EQ(t.rows[1][1].text, "Kommun A");
}
