// The demo's reporting content: at a fixed date (31 March 2026, so the four
// quarters before the current one are 2025Q1–2025Q4) the quarterly form's
// completeness shows what the demo promises — late, returned and missing
// reports in the last quarter.
#include <gtest/gtest.h>

#include <set>

#include "domain/utc_time.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/demo/demo_reporting.hpp"
#include "service/reporting/completeness.hpp"
#include "service/reporting/form_service.hpp"
#include "service/reporting/submission_service.hpp"
#include "test_database.hpp"

using namespace jamt;

namespace {

std::int64_t form_id(store::Database& db, const User& who, const std::string& code) {
  auto forms = service::list_reporting_forms(db, who);
  EXPECT_TRUE(forms.ok());
  if (forms.ok())
    for (const auto& f : *forms)
      if (f.code == code) return f.id;
  return 0;
}

}  // namespace

TEST(DemoReporting, TheLastQuarterHasLateReturnedAndMissingReports) {
  FixedClock clock{*parse_utc_text("2026-03-31T10:00:00Z")};
  auto db = jamt::testing::fresh_database();
  ASSERT_NE(db, nullptr);
  db->use_clock(clock);
  ASSERT_TRUE(service::load_demo_registers(*db, false).ok());
  auto made = service::load_demo_reporting(*db);
  ASSERT_TRUE(made.ok()) << made.error().to_string();
  EXPECT_EQ(*made, 4 * 12 - 3 + 2);  // three quarters' reports missing, two yearly reports
  EXPECT_EQ(&db->clock(), &clock);   // the clock is put back
  EXPECT_EQ(clock.now_text(), "2026-03-31T10:00:00Z");

  User strategist{.id = 0, .email = "strateg@kalmar.example", .role = Role::strategist, .county_code = "08",
                  .organisation_id = std::nullopt, .disabled = false};
  const auto quarterly = form_id(*db, strategist, service::kDemoQuarterlyForm);
  ASSERT_NE(quarterly, 0);
  auto q4 = service::form_completeness(*db, quarterly, "2025Q4", "08", strategist);
  ASSERT_TRUE(q4.ok()) << q4.error().to_string();
  EXPECT_EQ(q4->expected, 12);
  EXPECT_EQ(q4->submitted, 8);
  EXPECT_EQ(q4->on_time, 7);
  EXPECT_EQ(q4->late, 1);
  EXPECT_EQ(q4->approved, 7);  // the late one waits for the board
  EXPECT_EQ(q4->returned, 1);
  std::set<std::string> missing;
  for (const auto& o : q4->missing) missing.insert(o.name);
  EXPECT_EQ(missing, (std::set<std::string>{"Exempelkommunen Kalmar (demo)", "Exempelkommunen Västervik (demo)",
                                            "Exempelkommunen Vimmerby (demo)", "Exempelkommunen Borgholm (demo)"}));

  // The late one is what the strategist has to review.
  auto waiting = service::form_completeness(*db, quarterly, "2025Q4", "08", strategist);
  ASSERT_TRUE(waiting.ok());
  EXPECT_EQ(waiting->submitted - waiting->approved, 1);

  // The quarter before: everything approved, one of it late.
  auto q3 = service::form_completeness(*db, quarterly, "2025Q3", "08", strategist);
  ASSERT_TRUE(q3.ok());
  EXPECT_EQ(q3->approved, 12);
  EXPECT_EQ(q3->late, 1);

  // Kalmar's returned report carries the board's comment in its history,
  // and Västervik's is a draft.
  std::int64_t kalmar = 0, vastervik = 0;
  for (const auto& o : q4->missing) {
    if (o.name == "Exempelkommunen Kalmar (demo)") kalmar = o.id;
    if (o.name == "Exempelkommunen Västervik (demo)") vastervik = o.id;
  }
  auto returned = service::get_submission(*db, {.form_id = quarterly, .organisation_id = kalmar, .period = "2025Q4"},
                                          strategist);
  ASSERT_TRUE(returned.ok());
  EXPECT_EQ(returned->submission.status, "returned");
  ASSERT_FALSE(returned->history.empty());
  EXPECT_EQ(returned->history.back().action, "return");
  EXPECT_NE(returned->history.back().comment.find("Antalet stödsamtal"), std::string::npos);
  EXPECT_EQ(returned->history.front().actor, "kontakt.kalmar@jamt.local");
  auto draft = service::get_submission(*db, {.form_id = quarterly, .organisation_id = vastervik, .period = "2025Q4"},
                                       strategist);
  ASSERT_TRUE(draft.ok());
  EXPECT_EQ(draft->submission.status, "draft");

  // The yearly form: the region and the police for 2025.
  const auto yearly = form_id(*db, strategist, service::kDemoYearlyForm);
  auto y2025 = service::form_completeness(*db, yearly, "2025", "08", strategist);
  ASSERT_TRUE(y2025.ok());
  EXPECT_EQ(y2025->expected, 2);
  EXPECT_EQ(y2025->submitted, 2);

  // Loading again adds nothing.
  auto again = service::load_demo_reporting(*db);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
}
