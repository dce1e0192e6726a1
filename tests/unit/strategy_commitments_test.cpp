// Commitments as items (issue 12, item 3): the strategy JSON reads a plain
// string as one of the county board's and an object with owner and targets,
// writes strings back where nothing more is known (so the demo files stay
// as they are) and objects with ids for the API; the diff names
// commitments added, removed and changed in words.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "domain/strategy.hpp"
#include "domain/strategy/commitment_status.hpp"
#include "domain/strategy/strategy_diff.hpp"
#include "strategy_change_texts.hpp"
#include "formats/strategy_json/strategy_json.hpp"

using namespace jamt;
using nlohmann::json;

namespace {

const char* const kDocument = R"({"format": "jamt-strategy/1", "county_code": "08", "title": "Test",
  "start_year": 2024, "end_year": 2027,
  "goals": [{"code": "1", "kind": "subgoal", "title": "Makt",
             "board_commitments": ["Samla statistik",
                                   {"text": "Utbilda politiker", "owner": "Region Kalmar län", "targets": ["1.1"]}]}],
  "action_plan": {"title": "Plan", "start_year": 2024, "end_year": 2027,
                  "objectives": [{"code": "1", "title": "O", "targets": [{"code": "1.1", "title": "T"}]}]}})";

}  // namespace

TEST(StrategyCommitments, AStringIsTheBoardsAndAnObjectNamesItsOwnerAndTargets) {
  auto s = formats::read_strategy_json(kDocument);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  ASSERT_TRUE(validate(*s).ok());
  const auto& c = s->goals[0].board_commitments;
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0], (Commitment{.text = "Samla statistik"}));
  EXPECT_EQ(c[1].text, "Utbilda politiker");
  EXPECT_EQ(c[1].owner, "Region Kalmar län");
  EXPECT_EQ(c[1].targets, std::vector<std::string>{"1.1"});

  json written = json::parse(formats::write_strategy_json(*s));
  EXPECT_EQ(written["goals"][0]["board_commitments"][0], "Samla statistik");
  EXPECT_EQ(written["goals"][0]["board_commitments"][1],
            json::parse(R"({"text": "Utbilda politiker", "owner": "Region Kalmar län", "targets": ["1.1"]})"));
  auto again = formats::read_strategy_json(written.dump());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->goals[0].board_commitments, c);
}

TEST(StrategyCommitments, WithIdsEveryCommitmentIsAnObjectCarryingItsId) {
  auto s = formats::read_strategy_json(kDocument);
  ASSERT_TRUE(s.ok());
  s->id = 3;  // as stored: every id set
  s->goals[0].id = 30;
  s->goals[0].board_commitments[0].id = 41;
  s->goals[0].board_commitments[1].id = 42;
  s->goals[0].board_commitments[1].owner_organisation_id = 7;
  json written = json::parse(formats::write_strategy_json(*s, formats::StrategyJsonOptions{.with_ids = true}));
  EXPECT_EQ(written["goals"][0]["board_commitments"][0],
            json::parse(R"({"id": 41, "text": "Samla statistik", "owner": "", "targets": []})"));
  EXPECT_EQ(written["goals"][0]["board_commitments"][1]["owner_organisation_id"], 7);
  auto again = formats::read_strategy_json(written.dump());
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_EQ(again->goals[0].board_commitments, s->goals[0].board_commitments);
}

TEST(StrategyCommitments, TheDiffNamesCommitmentsAddedRemovedAndChangedInWords) {
  auto before = formats::read_strategy_json(kDocument);
  ASSERT_TRUE(before.ok());
  before->goals[0].board_commitments[0].id = 41;
  before->goals[0].board_commitments[1].id = 42;
  Strategy after = *before;
  auto& c = after.goals[0].board_commitments;
  c[0].text = "Samla och publicera statistik";  // same id: changed, not removed and added
  c[1].owner = "Polisen";
  c[1].targets = {};
  c.push_back(Commitment{.id = 0, .text = "Stödja kommunerna"});
  after.goals[0].board_commitments.erase(after.goals[0].board_commitments.begin() + 1);
  EXPECT_EQ(jamt::testing::change_texts(diff_strategies(*before, after)),
            (std::vector<std::string>{
                "Åtagande under mål 1 har ändrats: Samla statistik → Samla och publicera statistik",
                "Åtagande under mål 1 har lagts till: Stödja kommunerna",
                "Åtagande under mål 1 har tagits bort: Utbilda politiker"}));

  Strategy owner_changed = *before;
  owner_changed.goals[0].board_commitments[1].owner = "Polisen";
  owner_changed.goals[0].board_commitments[1].targets = {};
  auto changes = diff_strategies(*before, owner_changed);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].change, "owner");
  EXPECT_EQ(changes[0].text, "Åtagande under mål 1 har fått ny ansvarig: Region Kalmar län → Polisen (Utbilda politiker)");
  EXPECT_EQ(changes[1].change, "targets");
  EXPECT_EQ(changes[1].before, "1.1");
  EXPECT_EQ(changes[1].after, "inga");
}

TEST(StrategyCommitments, StatusCodesReadAndNameInSwedish) {
  EXPECT_EQ(parse_commitment_status("not_done"), CommitmentStatus::not_done);
  EXPECT_FALSE(parse_commitment_status("klar"));
  EXPECT_EQ(swedish_name(CommitmentStatus::ongoing), "Pågår");
  EXPECT_EQ(commitment_statuses().size(), 4u);
}
