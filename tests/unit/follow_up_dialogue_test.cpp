// Two follow-ups of a joining compared side by side (issue 12, item 5): the
// five commitments in the document's order with changed statuses marked,
// and contributions matched by target or goal.
#include <gtest/gtest.h>

#include "domain/organisation_plan/follow_up_dialogue.hpp"

using namespace jamt;

TEST(FollowUpDialogue, StatusesReadInSwedishAndParseBack) {
  EXPECT_EQ(swedish_name(CommitmentAssessment::partly), "Delvis uppfyllt");
  EXPECT_EQ(parse_commitment_assessment("not_fulfilled"), CommitmentAssessment::not_fulfilled);
  EXPECT_FALSE(parse_commitment_assessment("Delvis uppfyllt").has_value());
  for (auto a : commitment_assessments()) EXPECT_EQ(parse_commitment_assessment(to_string(a)), a);
}

TEST(FollowUpDialogue, ComparisonMarksChangedStatusesAndOldFollowUpsWithoutDialogue) {
  FollowUp first{.id = 1, .held_on = "2024-05-20", .note = "", .commitments = {}, .contributions = {}};
  first.commitments = {{.commitment = "commitment_plan", .status = CommitmentAssessment::partly, .note = "Utkast"},
                       {.commitment = "commitment_decision", .status = CommitmentAssessment::fulfilled, .note = ""}};
  first.contributions = {{.target_code = "1.3", .node_id = 0, .label = "Mål 1.3", .note = "", .activity_count = 1}};
  FollowUp second{.id = 2, .held_on = "2027-05-18", .note = "", .commitments = {}, .contributions = {}};
  second.commitments = {{.commitment = "commitment_decision", .status = CommitmentAssessment::fulfilled, .note = ""},
                        {.commitment = "commitment_plan", .status = CommitmentAssessment::fulfilled, .note = ""}};
  second.contributions = {{.target_code = "1.3", .node_id = 0, .label = "Mål 1.3", .note = "", .activity_count = 1},
                          {.target_code = "", .node_id = 7, .label = "Delmål 6", .note = "", .activity_count = 0}};

  auto rows = compare_commitments(first, second);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].commitment, "commitment_decision");
  EXPECT_EQ(rows[0].title_sv, "Ledningsbeslut om jämställdhetsintegrering");
  EXPECT_FALSE(rows[0].changed);
  EXPECT_EQ(rows[1].commitment, "commitment_plan");
  EXPECT_TRUE(rows[1].changed);
  EXPECT_EQ(rows[1].first->note, "Utkast");
  EXPECT_FALSE(rows[2].first.has_value());
  EXPECT_FALSE(rows[2].changed) << "assessed in neither";

  FollowUp old_way{.id = 3, .held_on = "2021-01-10", .note = "Kort", .commitments = {}, .contributions = {}};
  auto against_old = compare_commitments(old_way, second);
  EXPECT_TRUE(against_old[0].changed) << "nothing recorded then, fulfilled now";

  auto contributions = compare_contributions(first, second);
  ASSERT_EQ(contributions.size(), 2u);
  EXPECT_FALSE(contributions[0].changed);
  EXPECT_EQ(contributions[1].label, "Delmål 6");
  EXPECT_FALSE(contributions[1].first.has_value());
  EXPECT_TRUE(contributions[1].changed);
}
