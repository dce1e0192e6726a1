// The Kolada reader, data-driven over the hand-written fixtures in
// tests/data/kolada (see its README.txt), and merging pages.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "dataset_testing.hpp"
#include "formats/kolada/kolada.hpp"

using namespace jamt;
namespace fs = std::filesystem;

namespace {

const fs::path kKolada = fs::path(JAMT_TEST_DATA) / "kolada";

std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kKolada))
    if (e.path().extension() == ".json") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

Result<formats::KoladaPage> read_fixture(const std::string& name) {
  return formats::read_kolada(test_support::slurp((kKolada / (name + ".json")).string()), name + ".json");
}

double value_at(const stats::Dataset& d, std::vector<std::pair<std::string, std::string>> at) {
  auto cell = test_support::cell_at(d, at);
  EXPECT_TRUE(cell.ok()) << (cell.ok() ? "" : cell.error().message);
  return cell.ok() ? d.values[*cell] : -1;
}

}  // namespace

class KoladaFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(KoladaFixture, MatchesItsExpectedOutcome) {
  fs::path expected = kKolada / (GetParam() + ".json.expected");
  ASSERT_TRUE(fs::exists(expected)) << "no expected-outcome file for " << GetParam();
  std::string want_text = test_support::slurp(expected.string());
  auto page = read_fixture(GetParam());
  Result<std::vector<stats::Dataset>> outcome =
      page.ok() ? Result<std::vector<stats::Dataset>>(std::vector<stats::Dataset>{page->dataset})
                : Result<std::vector<stats::Dataset>>(page.error());
  for (const auto& problem : test_support::check_expected(outcome, want_text)) ADD_FAILURE() << problem;
  if (!page) return;
  auto want = nlohmann::json::parse(want_text);
  EXPECT_EQ(page->next_page, want.at("next_page").get<std::string>());
  EXPECT_EQ(page->previous_page, want.at("previous_page").get<std::string>());
  ASSERT_TRUE(page->count.has_value());
  EXPECT_EQ(*page->count, want.at("count").get<std::int64_t>());
}

INSTANTIATE_TEST_SUITE_P(Files, KoladaFixture, ::testing::ValuesIn(fixture_names()),
                         [](const auto& info) { return info.param; });

TEST(KoladaFixtures, ArePresent) { EXPECT_EQ(fixture_names().size(), 18u); }

TEST(Kolada, KeepsTheObservationsInResponseOrder) {
  auto page = read_fixture("v3_null_status_next_url");
  ASSERT_TRUE(page.ok()) << page.error().to_string();
  ASSERT_EQ(page->observations.size(), 3u);
  EXPECT_EQ(page->observations[0].unit, "G00032");
  EXPECT_EQ(page->observations[0].period, "2022");
  EXPECT_EQ(page->observations[1].status, "Missing");
  EXPECT_FALSE(page->observations[1].value.has_value());
  EXPECT_EQ(page->observations[2].value, 47.5);
  EXPECT_EQ(page->observations[2].where, "$.values[2].values[0]");
  EXPECT_EQ(page->unit_kind, formats::KoladaUnitKind::municipality);
}

TEST(Kolada, MergesTheTwoPagesOfAV2Response) {
  auto p1 = read_fixture("v2_page1");
  auto p2 = read_fixture("v2_page2");
  ASSERT_TRUE(p1.ok() && p2.ok());
  // Follow the link as a caller would: page 1 points at page 2 and back.
  EXPECT_NE(p1->next_page.find("page=2"), std::string::npos);
  EXPECT_TRUE(p2->next_page.empty());
  // Pages may come in any order; the result is the same.
  for (const auto& pages : {std::vector<formats::KoladaPage>{*p1, *p2}, std::vector<formats::KoladaPage>{*p2, *p1}}) {
    auto merged = formats::merge_kolada_pages(pages);
    ASSERT_TRUE(merged.ok()) << merged.error().to_string();
    const auto& d = *merged;
    EXPECT_EQ(d.id, pages[0].dataset.id);
    ASSERT_EQ(d.dimensions.size(), 4u);
    EXPECT_EQ(d.dimensions[1].id, "municipality");
    ASSERT_EQ(d.dimensions[2].categories.size(), 2u);
    EXPECT_EQ(d.dimensions[2].categories[0].code, "2019");  // periods sorted whatever the page order
    EXPECT_EQ(d.cell_count(), 2u * 2u * 2u * 3u);
    EXPECT_EQ(value_at(d, {{"kpi", "N00945"}, {"municipality", "0880"}, {"period", "2019"}, {"gender", "K"}}), 81.3);
    EXPECT_EQ(value_at(d, {{"kpi", "N00945"}, {"municipality", "0880"}, {"period", "2020"}, {"gender", "T"}}), 81.05);
    EXPECT_EQ(value_at(d, {{"kpi", "N00946"}, {"municipality", "0861"}, {"period", "2019"}, {"gender", "T"}}), 12);
    EXPECT_TRUE(std::isnan(value_at(d, {{"kpi", "N00945"}, {"municipality", "0861"}, {"period", "2019"}, {"gender", "M"}})));
    // 6 + 4 observations (one of them null) in 24 cells: 14 combinations
    // without a value, 15 cells with status "..".
    EXPECT_EQ(d.status.size(), 15u);
    ASSERT_EQ(d.warnings.size(), 1u);
    EXPECT_EQ(d.warnings[0].message, "14 of 24 combinations have no value; marked \"..\"");
  }
}

TEST(Kolada, MergingTheSamePageTwiceNamesBothPlaces) {
  auto p1 = read_fixture("v2_page1");
  ASSERT_TRUE(p1.ok());
  formats::KoladaPage again = *p1;
  again.file_name = "v2_page1_again.json";
  auto merged = formats::merge_kolada_pages({*p1, again});
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.error().to_string(),
            "v2_page1_again.json $.values[0].values[0]: kpi \"N00945\", municipality \"0880\", period \"2019\", "
            "gender \"K\" has a value already at v2_page1.json $.values[0].values[0]");
}

TEST(Kolada, RefusesToMergeMunicipalityAndOuPages) {
  auto municipal = read_fixture("v3_page");
  auto ou = read_fixture("v3_ou");
  ASSERT_TRUE(municipal.ok() && ou.ok());
  auto merged = formats::merge_kolada_pages({*municipal, *ou});
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.error().to_string(), "v3_ou.json: holds data on organisational units, v3_page.json on municipalities");
  EXPECT_FALSE(formats::merge_kolada_pages({}).ok());
}
