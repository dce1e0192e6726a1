// Intersectional analysis (sex × one further dimension) and value flags:
// the figures and sentences a reader of the measure page sees.
#include <gtest/gtest.h>

#include "domain/statistics/intersection.hpp"
#include "domain/statistics/value_flags.hpp"

using namespace jamt::stats;

namespace {
CategoryValues category(const std::string& code, std::optional<double> women, std::optional<double> men) {
  return CategoryValues{.code = code, .label = "", .values = {.women = women, .men = men, .total = std::nullopt}, .status = {}};
}
}  // namespace

TEST(Intersection, AnalysesEachCategoryWithTheGenderAnalysis) {
  auto in = analyse_intersection("Fodelseregion",
                                 {category("Född i Sverige", 234, 254), category("Utrikes född", 39, 50)}, true);
  EXPECT_EQ(in.dimension, "Fodelseregion");
  ASSERT_EQ(in.categories.size(), 2u);
  EXPECT_EQ(in.categories[0].label, "Född i Sverige");  // the code when no label is given
  EXPECT_EQ(*in.categories[0].analysis.total, 488);
  EXPECT_NEAR(*in.categories[0].analysis.women_share, 234.0 / 488 * 100, 1e-9);
  EXPECT_NEAR(*in.categories[1].analysis.women_pct_of_men, 39.0 / 50 * 100, 1e-9);
  EXPECT_EQ(*in.categories[1].analysis.balance, Balance::even);  // 43,8 %
  EXPECT_EQ(in.even, 2);
  EXPECT_EQ(in.with_share, 2);
  EXPECT_EQ(balance_summary(in), "2 av 2 kategorier har jämn könsfördelning (40–60\u00a0%).");
}

TEST(Intersection, CategoriesWithoutAShareAreNotCountedAndTheSentenceSaysSo) {
  auto in = analyse_intersection("Program",
                                 {category("El", 3, 97), category("Vård", 80, 20), category("Ekonomi", 52, 48),
                                  category("Bygg", std::nullopt, 40), category("Naturbruk", 12, std::nullopt)},
                                 true);
  EXPECT_EQ(*in.categories[0].analysis.balance, Balance::men_dominated);
  EXPECT_EQ(*in.categories[1].analysis.balance, Balance::women_dominated);
  EXPECT_FALSE(in.categories[3].analysis.women_share);
  EXPECT_EQ(in.even, 1);
  EXPECT_EQ(in.with_share, 3);
  EXPECT_EQ(in.without_share, 2);
  EXPECT_EQ(balance_summary(in),
            "1 av 3 kategorier har jämn könsfördelning (40–60\u00a0%). 2 kategorier saknar kvinnors andel och räknas inte.");
}

TEST(Intersection, SingularFormsAndANonAdditiveMeasure) {
  auto one = analyse_intersection("Alder", {category("20-24", 50, 50), category("25-29", std::nullopt, 1)}, true);
  EXPECT_EQ(balance_summary(one),
            "1 av 1 kategori har jämn könsfördelning (40–60\u00a0%). 1 kategori saknar kvinnors andel och räknas inte.");
  // Median incomes: no share, but women's income as % of men's.
  auto income = analyse_intersection("Alder", {category("20-24", 180, 200)}, false);
  EXPECT_NEAR(*income.categories[0].analysis.women_pct_of_men, 90, 1e-9);
  EXPECT_EQ(income.with_share, 0);
  EXPECT_EQ(balance_summary(income), "Ingen kategori har en kvinnors andel att bedöma efter 40/60-regeln.");
}

TEST(Intersection, TotalCategoriesAreRecognised) {
  EXPECT_TRUE(is_total_category("tot"));
  EXPECT_TRUE(is_total_category("Samtliga"));
  EXPECT_FALSE(is_total_category("Utrikes född"));
}

TEST(ValueFlags, SymbolsAreExplainedOnceInAFixedOrder) {
  EXPECT_EQ(describe_flag("..").kind, FlagKind::not_available);
  EXPECT_EQ(describe_flag("....").kind, FlagKind::not_available);
  EXPECT_EQ(describe_flag(".").text, "Uppgift kan inte förekomma");
  EXPECT_EQ(describe_flag("p").text, "Preliminär uppgift");
  EXPECT_EQ(describe_flag("b").text, "Brott i tidsserien");
  EXPECT_EQ(describe_flag("#").kind, FlagKind::other);
  auto legend = flag_legend({"p", "..", "", ".", "b"});
  ASSERT_EQ(legend.size(), 4u);
  EXPECT_EQ(legend[0].symbol, "..");
  EXPECT_EQ(legend[1].symbol, ".");
  EXPECT_EQ(legend[2].symbol, "p");
  EXPECT_EQ(legend[3].symbol, "b");
}
