// The split of an SCB selection into calls under the cell limit, and the
// reading of pasted addresses (service/statistics_fetch/, pure functions).
#include <gtest/gtest.h>

#include <set>

#include "service/statistics_fetch/scb_table.hpp"
#include "service/statistics_fetch/source_address.hpp"

namespace jamt::service {
namespace {

std::vector<std::string> codes(const std::string& prefix, int n) {
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.push_back(prefix + std::to_string(1000 + i));
  return out;
}

// 290 municipalities × 2 sexes × 101 ages × 30 years = 1 757 400 cells.
TableShape municipality_table() {
  TableShape shape;
  shape.variables = {"Region", "Kon", "Alder", "Tid"};
  shape.codes = {codes("R", 290), {"1", "2"}, codes("A", 101), codes("Y", 30)};
  shape.region = 0;
  shape.time = 3;
  return shape;
}

TEST(ScbChunks, EveryCallStaysUnderTheLimitAndEveryCellComesOnce) {
  TableShape shape = municipality_table();
  auto plan = plan_chunks(shape, shape.codes, 150000);
  std::set<std::string> cells;
  for (const auto& call : plan) {
    EXPECT_LE(cell_count(call), 150000u);
    for (const auto& r : call[0])
      for (const auto& k : call[1])
        for (const auto& a : call[2])
          for (const auto& t : call[3]) EXPECT_TRUE(cells.insert(r + k + a + t).second);
  }
  EXPECT_EQ(cells.size(), 1757400u);
  // Split along time: 290 × 2 × 101 = 58 580 cells a year, two years a call.
  EXPECT_EQ(plan.size(), 15u);
  EXPECT_EQ(plan.front()[3], (std::vector<std::string>{"Y1000", "Y1001"}));
}

TEST(ScbChunks, OneYearTooLargeIsSplitByRegionToo) {
  TableShape shape = municipality_table();
  auto plan = plan_chunks(shape, shape.codes, 10000);  // 58 580 cells a year
  for (const auto& call : plan) {
    EXPECT_LE(cell_count(call), 10000u);
    EXPECT_EQ(call[3].size(), 1u);
  }
  // 10 000 / 202 = 49 municipalities a call: 6 calls a year.
  EXPECT_EQ(plan.size(), 30u * 6u);
}

TEST(ScbChunks, ASelectionUnderTheLimitIsOneCall) {
  TableShape shape = municipality_table();
  auto chosen = select_codes(shape, {{"Region", {"R1010", "R1011"}}, {"Tid", {"Y1029"}}}, "TAB1");
  ASSERT_TRUE(chosen.ok());
  EXPECT_EQ(cell_count(*chosen), 2u * 2u * 101u);
  EXPECT_EQ(plan_chunks(shape, *chosen, 150000).size(), 1u);
}

TEST(ScbChunks, AnUnknownVariableOrCodeIsNamed) {
  TableShape shape = municipality_table();
  auto variable = select_codes(shape, {{"Lan", {"08"}}}, "TAB1");
  ASSERT_FALSE(variable.ok());
  EXPECT_EQ(variable.error().message, "tabellen TAB1 har ingen variabel Lan (den har Region, Kon, Alder, Tid)");
  EXPECT_EQ(variable.error().field, "selection");
  auto code = select_codes(shape, {{"Kon", {"3"}}}, "TAB1");
  ASSERT_FALSE(code.ok());
  EXPECT_EQ(code.error().message, "variabeln Kon i tabellen TAB1 har ingen kod 3");
}

TEST(SourceAddress, ScbDataAddressWithValueCodes) {
  FetchEndpoints endpoints;
  auto a = parse_source_address(
      "https://api.scb.se/ov0104/v2beta/api/v2/tables/TAB638/data?lang=sv&valueCodes[Region]=0880,0881&valueCodes%5BTid%5D=2024",
      endpoints);
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  EXPECT_EQ(a->kind, "scb");
  EXPECT_EQ(a->table_id, "TAB638");
  EXPECT_EQ(selection_text(a->selection), "Region=0880,0881;Tid=2024");
}

TEST(SourceAddress, KoladaAddressAndBareKpi) {
  FetchEndpoints endpoints;
  auto a = parse_source_address("https://api.kolada.se/v3/data/kpi/N00945/municipality/0880/year/2022,2023", endpoints);
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  EXPECT_EQ(a->kind, "kolada");
  EXPECT_EQ(selection_text(a->selection), "municipality=0880;year=2022,2023");
  auto bare = parse_source_address("N00945", endpoints);
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->base_url, "https://api.kolada.se/v3");
}

TEST(SourceAddress, OtherHostsAreRefusedBesideTheField) {
  auto a = parse_source_address("https://api.scb.se.example.org/tables/TAB1", FetchEndpoints{});
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().field, "address");
  auto selection = parse_selection("Region=08\nTid");
  ASSERT_FALSE(selection.ok());
  EXPECT_EQ(selection.error().message, "\"Tid\" saknar \"=\": skriv variabel=kod1,kod2, t.ex. Region=0880,0881");
}

}  // namespace
}  // namespace jamt::service
