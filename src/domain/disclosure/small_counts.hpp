#pragma once
// Small counts of persons protected in public (issue 15, item 2): the rule,
// pure. A count of persons from 1 up to one below the threshold is shown as
// ".." — and so is any cell from which it could be computed back (the other
// sex when the total is shown, the total when there is no other sex to hide)
// and any share computed from it. Zero is shown (docs/small-numbers.md says
// why). No I/O; the threshold in force and who sees what are the service's
// (service/disclosure/audience.hpp).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/statistics/gender_analysis.hpp"

namespace jamt::disclosure {

// The threshold when nothing else is configured: counts 1–4 are protected.
inline constexpr int kDefaultThreshold = 5;
// The symbol a protected cell shows, as statistics offices write it.
inline constexpr std::string_view kProtectedSymbol = "..";

// Whether `count` is a small count under `threshold`: 1 ≤ count < threshold.
// Zero, an absent value and any threshold ≤ 1 (nothing protected) give false.
bool is_small(std::optional<double> count, int threshold);

// Which cells of a women / men / total row are shown as "..".
struct SexProtection {
  bool women = false;
  bool men = false;
  bool total = false;
  // Whether any cell is protected.
  bool any() const { return women || men || total; }
  // Whether a share or ratio of women and men is protected: it is computed
  // from a protected count when either sex is.
  bool shares() const { return women || men; }
  // Whether the cell of `sex` is protected.
  bool of(stats::Sex sex) const;
};

// The cells of `values` (counts of persons) to protect under `threshold`:
// every small count (primary), then the complementary cells so that none
// can be computed back (secondary): when one sex is protected and the total
// shown, the other sex is protected too (the smaller of the two remaining
// cells); when there is no other sex to protect, the total is. A threshold
// ≤ 1 protects nothing.
SexProtection protect_sexes(const stats::SexValues& values, int threshold);

// The secondary rule alone: protects in `hidden` the cells of `values` from
// which a cell already protected could be computed back (see
// protect_sexes). Used when a cell is protected for another reason (its
// column).
void complete_row(const stats::SexValues& values, SexProtection& hidden);

// Rows of counts of persons that add up to a figure shown elsewhere (the
// municipalities of a county whose own figure is shown): protect_sexes per
// row, then protect_column per sex and complete_row again, until nothing
// changes. One protection per row, in order.
std::vector<SexProtection> protect_table(const std::vector<stats::SexValues>& rows, int threshold);

// The column and row rules of protect_table for a table whose protected
// cells are known already (`hidden`, one per row, updated): the values of
// protected cells are not read, so they may be emptied already. Sizes must
// match.
void complete_table(const std::vector<stats::SexValues>& rows, std::vector<SexProtection>& hidden);

// The cells protected in either `a` or `b`.
SexProtection either(const SexProtection& a, const SexProtection& b);

// Participants and the like: women, men, other or unknown sex, and their
// sum (shown beside them, total = women + men + other).
struct SexOtherProtection {
  SexProtection sexes{};  // women, men and the sum (`total`)
  bool other = false;
  bool any() const { return sexes.any() || other; }
};

// protect_sexes over women, men and the sum, and a small `other` count
// protected too — with the sum, which would give it back otherwise. Absent
// parts count as not given (the sum adds the present ones).
SexOtherProtection protect_with_other(std::optional<double> women, std::optional<double> men,
                                      std::optional<double> other, int threshold);

// `values` with the protected cells emptied (nullopt).
stats::SexValues without(const stats::SexValues& values, const SexProtection& hidden);

// `analysis` with the protected counts emptied and, when shares() is set,
// every figure computed from both sexes (share, ratio, gap, balance) too.
stats::GenderAnalysis without(const stats::GenderAnalysis& analysis, const SexProtection& hidden);

// A column of counts of persons whose sum is shown elsewhere (the women of
// each municipality of a county whose own figure is shown): when exactly one
// cell is protected, the smallest other shown non-zero cell is protected
// too, so that the protected one cannot be had by subtracting. `hidden[i]`
// says whether cell i is protected already; it is updated. Sizes must match.
void protect_column(const std::vector<std::optional<double>>& cells, std::vector<bool>& hidden);

// The threshold read from text (the `--small-count-threshold` option or the
// JAMT_SMALL_COUNT_THRESHOLD variable): a whole number from 1 to 100 (1
// protects nothing). Error "validation" naming `field` otherwise.
Result<int> parse_threshold(std::string_view text, const std::string& field);

// The sentence a page shows once when it protects anything, in the current
// request's language: "Värden under 5 personer visas som .. för att skydda
// enskilda." / "Values below 5 persons are shown as .. to protect individuals."
std::string reason_sentence(int threshold);

}  // namespace jamt::disclosure
