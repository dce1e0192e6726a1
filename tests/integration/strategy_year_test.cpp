// A strategist's view of a strategy's year (issue 12, item 6): per goal node
// the activities that ran that year (joint ones marked), the commitments
// with the year's status, and the organisations that contribute — declared
// in their own plan or by activities. Only the board's staff read it.
#include <gtest/gtest.h>

#include "register_fixture.hpp"
#include "service/strategy/strategy_service.hpp"

using namespace jamt;
using namespace jamt::testing;
using json = nlohmann::json;

class StrategyYear : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    if (HasFatalFailure()) return;
    auto kalmar = service::strategy_covering(*db, "08", 2025);
    ASSERT_TRUE(kalmar.has_value());
    strategy_id = kalmar->id;
    // The first node that has a commitment: its id, code and first commitment.
    std::function<bool(const std::vector<GoalNode>&)> find = [&](const std::vector<GoalNode>& nodes) {
      for (const auto& n : nodes) {
        if (!n.board_commitments.empty()) {
          node_id = n.id;
          node_code = n.code;
          commitment_id = n.board_commitments.front().id;
          commitment_text = n.board_commitments.front().text;
          return true;
        }
        if (find(n.children)) return true;
      }
      return false;
    };
    ASSERT_TRUE(find(kalmar->goals));
  }

  std::string year_path(int year) {
    return "/api/v1/strategies/" + std::to_string(strategy_id) + "/years/" + std::to_string(year);
  }

  std::int64_t activity(const std::string& title, const std::string& start, const json& co_organisers) {
    auto made = post_json(*client, "/api/v1/activities",
                          {{"title", title}, {"type", "utbildning"}, {"status", "genomford"}, {"start_date", start},
                           {"organiser_id", org_a}, {"co_organiser_ids", co_organisers},
                           {"goal_nodes", {node_code}}},
                          strategist_08().headers());
    EXPECT_EQ(made.status, 201) << made.body;
    return made.json.value("id", std::int64_t{0});
  }

  // The node of the year view with `id`.
  static json node_of(const json& view, std::int64_t id) {
    for (const auto& n : view["nodes"])
      if (n["id"] == id) return n;
    return json();
  }

  std::int64_t strategy_id = 0, node_id = 0, commitment_id = 0;
  std::string node_code, commitment_text;
};

TEST_F(StrategyYear, ShowsPerNodeTheYearsActivitiesCommitmentStatusAndContributors) {
  const std::int64_t joint = activity("Gemensam utbildning om våld i nära relationer", "2025-05-20", {org_b});
  const std::int64_t earlier = activity("Utbildning för chefer", "2024-03-12", json::array());
  auto status = answer_of(client->Put("/api/v1/strategies/" + std::to_string(strategy_id) + "/commitments/" +
                                          std::to_string(commitment_id) + "/status/2025",
                                      headers_of(&strategist_08()),
                                      json{{"status", "done"}, {"comment", "Genomfört i alla kommuner"}}.dump(),
                                      "application/json"));
  ASSERT_EQ(status.status, 200) << status.body;
  auto declared = answer_of(client->Put("/api/v1/organisations/" + std::to_string(org_b) + "/plan-links",
                                        headers_of(&strategist_08()),
                                        json{{"links", {{{"node_id", node_id}, {"note", "Vår plan, avsnitt 3"}}}}}.dump(),
                                        "application/json"));
  ASSERT_EQ(declared.status, 200) << declared.body;

  auto view = get(*client, year_path(2025), &strategist_08());
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_EQ(view.json["year"], 2025);
  json node = node_of(view.json, node_id);
  ASSERT_TRUE(node.is_object()) << view.body;
  ASSERT_EQ(node["activities"].size(), 1u) << node.dump();
  EXPECT_EQ(node["activities"][0]["id"], joint);
  EXPECT_EQ(node["activities"][0]["joint"], true);
  EXPECT_EQ(node["joint_activities"], 1);
  json commitment;
  for (const auto& c : node["commitments"])
    if (c["id"] == commitment_id) commitment = c;
  ASSERT_TRUE(commitment.is_object()) << node.dump();
  EXPECT_EQ(commitment["text"], commitment_text);
  EXPECT_EQ(commitment["status"], "done");
  EXPECT_EQ(commitment["comment"], "Genomfört i alla kommuner");
  // A organises the activity; B co-organises it and declared the node in its plan.
  json a, b;
  for (const auto& c : node["contributors"]) {
    if (c["organisation_id"] == org_a) a = c;
    if (c["organisation_id"] == org_b) b = c;
  }
  ASSERT_TRUE(a.is_object() && b.is_object()) << node.dump();
  EXPECT_EQ(a["activities"], 1);
  EXPECT_EQ(a["declared"], false);
  EXPECT_EQ(b["declared"], true);
  EXPECT_EQ(b["activities"], 1);
  EXPECT_EQ(b["note"], "Vår plan, avsnitt 3");
  EXPECT_EQ(view.json["totals"]["activities"], 1);
  EXPECT_EQ(view.json["totals"]["joint_activities"], 1);

  // 2024: the earlier activity, and the commitment has no status that year.
  auto before = get(*client, year_path(2024), &strategist_08());
  ASSERT_EQ(before.status, 200);
  json node_2024 = node_of(before.json, node_id);
  ASSERT_EQ(node_2024["activities"].size(), 1u);
  EXPECT_EQ(node_2024["activities"][0]["id"], earlier);
  for (const auto& c : node_2024["commitments"]) {
    if (c["id"] == commitment_id) {
      EXPECT_TRUE(c["status"].is_null());
    }
  }

  // The page says the same in Swedish.
  auto page = get(*client, "/strategier/" + std::to_string(strategy_id) + "/ar/2025", &strategist_08());
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Gemensam utbildning om våld i nära relationer"), std::string::npos);
  EXPECT_NE(page.body.find("<span class=\"tag\">Gemensam</span>"), std::string::npos);
  EXPECT_NE(page.body.find("<strong>Genomfört</strong> – Genomfört i alla kommuner"), std::string::npos);
  EXPECT_NE(page.body.find("Kommun B – i egen plan: Vår plan, avsnitt 3 (1 insats under året)"), std::string::npos);
}

TEST_F(StrategyYear, OnlyTheBoardsStaffReadItAndTheYearMustBeInThePeriod) {
  EXPECT_EQ(get(*client, year_path(2025), nullptr).status, 401);
  EXPECT_EQ(get(*client, year_path(2025), &contact_a()).status, 403);
  EXPECT_EQ(get(*client, year_path(2025), &strategist_01()).status, 403);
  EXPECT_EQ(get(*client, year_path(2025), &coordinator()).status, 200);
  EXPECT_EQ(get(*client, year_path(2025), &admin()).status, 200);
  auto outside = get(*client, year_path(2035), &strategist_08());
  EXPECT_EQ(outside.status, 400);
  EXPECT_EQ(error_field(outside), "year");
}
