// The demo's surveys at a fixed date (30 November 2026): the key-person
// survey's 2025 round gives seed 001's figures and compares with 2024, the
// breakdown by sex shows 38 women and 5 men, and the coordinator's national
// survey has 19 of 21 counties' answers in its Ja/Delvis/Nej table.
#include <gtest/gtest.h>

#include "domain/utc_time.hpp"
#include "service/demo/demo_surveys.hpp"
#include "service/surveys/survey_results_service.hpp"
#include "service/surveys/survey_service.hpp"
#include "test_database.hpp"

using namespace jamt;

namespace {

std::int64_t survey_id(store::Database& db, const User& who, const std::string& title_start) {
  auto list = service::list_surveys(db, who);
  EXPECT_TRUE(list.ok());
  if (list.ok())
    for (const auto& s : *list)
      if (s.title.rfind(title_start, 0) == 0) return s.id;
  return 0;
}

const surveys::QuestionResult* question(const surveys::SurveyResults& r, const std::string& code) {
  for (const auto& q : r.questions)
    if (q.code == code) return &q;
  return nullptr;
}

}  // namespace

TEST(DemoSurveys, TheSeedsNumbersComeOutOfTheDemoRounds) {
  FixedClock clock{*parse_utc_text("2026-11-30T10:00:00Z")};
  auto db = jamt::testing::fresh_database();
  ASSERT_NE(db, nullptr);
  db->use_clock(clock);
  auto made = service::load_demo_surveys(*db);
  ASSERT_TRUE(made.ok()) << made.error().to_string();
  EXPECT_EQ(*made, 30 + 43 + 7 + 19);
  EXPECT_EQ(&db->clock(), &clock);
  EXPECT_EQ(clock.now_text(), "2026-11-30T10:00:00Z");
  auto again = service::load_demo_surveys(*db);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0) << "a second start adds nothing";

  const User strategist{.id = 0, .email = "strateg@kalmar.example", .role = Role::strategist, .county_code = "08",
                        .organisation_id = std::nullopt, .disabled = false};
  const auto key2025 = survey_id(*db, strategist, "Nyckelpersoners bedömning av länsstyrelsens samordning 2025");
  ASSERT_NE(key2025, 0);
  auto view = service::survey_results(*db, key2025, {.by = "kon", .compare = std::nullopt}, strategist);
  ASSERT_TRUE(view.ok()) << view.error().to_string();
  EXPECT_EQ(view->results.participants.counts.invited, 43);
  EXPECT_EQ(view->results.participants.counts.completed, 43);
  const auto* p1 = question(view->results, "P1");
  ASSERT_NE(p1, nullptr);
  EXPECT_EQ(p1->n, 43);
  ASSERT_GE(p1->options.size(), 3u);
  EXPECT_DOUBLE_EQ(p1->options[0].percent, 72.1);
  EXPECT_DOUBLE_EQ(p1->options[1].percent, 16.3);
  EXPECT_DOUBLE_EQ(p1->options[2].percent, 11.6);
  // By sex: 38 women and 5 men, both shown.
  ASSERT_TRUE(view->breakdown.has_value());
  std::map<std::string, int> groups;
  for (const auto& g : view->breakdown->groups) groups[g.value] = g.respondents;
  EXPECT_EQ(groups, (std::map<std::string, int>{{"kvinna", 38}, {"man", 5}}));
  // Compared with 2024 (30 of 40 answered).
  ASSERT_TRUE(view->compared_with.has_value());
  EXPECT_EQ(view->compared_with->round, "2024");
  EXPECT_FALSE(view->comparison.empty());

  const User coordinator{.id = 0, .email = "samordnare@example.se", .role = Role::coordinator, .county_code = "",
                         .organisation_id = std::nullopt, .disabled = false};
  const auto national = survey_id(*db, coordinator, "Länsstyrelsernas arbete mot mäns våld mot kvinnor");
  ASSERT_NE(national, 0);
  auto counties = service::survey_results(*db, national, {}, coordinator);
  ASSERT_TRUE(counties.ok()) << counties.error().to_string();
  EXPECT_EQ(counties->results.participants.counts.invited, 21);
  EXPECT_EQ(counties->results.participants.counts.completed, 19);
  ASSERT_EQ(counties->national_table.size(), 11u);
  for (const auto& row : counties->national_table) EXPECT_EQ(row.ja + row.delvis + row.nej, 19) << row.code;
  EXPECT_EQ(counties->national_table[0].ja, 19);
  EXPECT_EQ(counties->national_table[2].ja, 12);
  EXPECT_EQ(counties->national_table[2].delvis, 5);
  EXPECT_EQ(counties->national_table[2].nej, 2);
  // Gotland and Norrbotten have not answered: the coordinator sees which.
  EXPECT_EQ(counties->counties_not_answered, (std::vector<std::string>{"09", "25"}));
}
