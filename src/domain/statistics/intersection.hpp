#pragma once
// Intersectional analysis (sex × one further dimension) of one measure for
// one region and period: per category of the further dimension (birth
// country, age group, education level, programme …) the gender analysis of
// gender_analysis.hpp, and how many categories have an even distribution by
// sex. Pure arithmetic, no I/O.
#include <map>
#include <string>
#include <vector>

#include "domain/statistics/gender_analysis.hpp"

namespace jamt::stats {

// The values of one category for women, men and total, with the status
// symbol of each value that has one (".." not available, "p" provisional …,
// see value_flags.hpp); a value may be absent and still carry a symbol.
struct CategoryValues {
  std::string code;   // the category's code as stored, e.g. "Utrikes född"
  std::string label;  // shown to people; the code when empty
  SexValues values{};
  std::map<Sex, std::string> status{};
};

// One category analysed.
struct CategoryAnalysis {
  std::string code;
  std::string label;
  GenderAnalysis analysis;
  std::map<Sex, std::string> status;
};

struct Intersection {
  std::string dimension;  // the further dimension's id
  std::vector<CategoryAnalysis> categories;  // in the order given
  int even = 0;           // categories whose women's share is within 40–60 %
  int with_share = 0;     // categories with a women's share (the "Y" of the summary)
  int without_share = 0;  // categories without one (a value missing, a non-additive measure)
};

// Analyses every category with stats::analyse(values, additive) and counts
// the categories with an even distribution among those that have a women's
// share. Categories keep their order; none is dropped. Never fails.
Intersection analyse_intersection(const std::string& dimension, const std::vector<CategoryValues>& categories,
                                  bool additive);

// The summary sentence in Swedish, e.g. "4 av 14 kategorier har jämn
// könsfördelning (40–60 %)." followed, when some categories lack a women's
// share, by "2 kategorier saknar kvinnors andel och räknas inte." (singular
// forms for 1). For an intersection where no category has a share: "Ingen
// kategori har en kvinnors andel att bedöma efter 40/60-regeln."
std::string balance_summary(const Intersection& intersection);

// True for a category code that stands for the whole dimension ("tot",
// "totalt", "total", "T", "samtliga", "alla", "tot1", "totsa", compared
// without case): such a category is not one of the categories compared.
bool is_total_category(std::string code);

}  // namespace jamt::stats
