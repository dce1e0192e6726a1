// The demo follow-up of commitments (issue 12, item 3): Kalmar's demo
// strategy gets statuses for 2024 and 2025, set on 15 December of each year
// by the demo strategist, and a second load adds nothing; the fixture's
// clock (2026-03-31) is back afterwards.
#include <gtest/gtest.h>

#include "register_fixture.hpp"
#include "service/demo/demo_commitments.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

class DemoCommitments : public RegisterFixture {};

TEST_F(DemoCommitments, KalmarsCommitmentsGetStatusesFor2024And2025) {
  auto set = service::load_demo_commitments(*db);
  ASSERT_TRUE(set.ok()) << set.error().to_string();
  EXPECT_EQ(db->clock().now_text(), kFixtureTime);

  std::int64_t kalmar = 0;
  for (const auto& s : get(*client, "/api/v1/strategies", nullptr).json)
    if (s["county_code"] == "08") kalmar = s["id"].get<std::int64_t>();
  auto list = get(*client, "/api/v1/strategies/" + std::to_string(kalmar) + "/commitments", nullptr);
  ASSERT_EQ(list.status, 200);
  ASSERT_FALSE(list.json.empty());
  EXPECT_EQ(*set, static_cast<int>(2 * list.json.size()));
  const json& first = list.json[0];
  ASSERT_EQ(first["statuses"].size(), 2u);
  EXPECT_EQ(first["statuses"][0]["year"], 2024);
  EXPECT_EQ(first["statuses"][0]["status"], "ongoing");
  EXPECT_EQ(first["statuses"][0]["set_at"], "2024-12-15T09:00:00Z");
  EXPECT_EQ(first["statuses"][0]["set_by"], "strateg.kalmar@jamt.local");
  EXPECT_EQ(first["statuses"][1]["year"], 2025);
  EXPECT_EQ(first["statuses"][1]["status"], "done");
  EXPECT_EQ(list.json[3]["statuses"][1]["status"], "not_done");

  auto again = service::load_demo_commitments(*db);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
}
