#include "domain/disclosure/small_counts.hpp"

#include <charconv>

#include "domain/i18n/translate.hpp"

namespace jamt::disclosure {

bool is_small(std::optional<double> count, int threshold) {
  return count && *count >= 1 && *count < threshold;
}

bool SexProtection::of(stats::Sex sex) const {
  switch (sex) {
    case stats::Sex::women:
      return women;
    case stats::Sex::men:
      return men;
    case stats::Sex::total:
      return total;
  }
  return false;
}

void complete_row(const stats::SexValues& values, SexProtection& p) {
  // One sex protected, the total shown: the other sex (never larger than the
  // total) goes too, or the total when there is no other sex.
  if (p.women != p.men && values.total && !p.total) {
    const bool other_present = p.women ? values.men.has_value() : values.women.has_value();
    if (other_present) {
      p.women = p.men = true;
    } else {
      p.total = true;
    }
  }
  // A protected total with one sex shown and the other absent would give the
  // total back: the shown sex goes too.
  if (p.total && !p.women && !p.men && values.women.has_value() != values.men.has_value()) {
    p.women = values.women.has_value();
    p.men = values.men.has_value();
  }
  // Both sexes shown beside a protected total give it back by adding up.
  if (p.total && !p.women && !p.men && values.women && values.men) {
    p.women = p.men = true;
  }
}

SexProtection protect_sexes(const stats::SexValues& values, int threshold) {
  SexProtection p{.women = is_small(values.women, threshold),
                  .men = is_small(values.men, threshold),
                  .total = is_small(values.total, threshold)};
  if (p.any()) complete_row(values, p);
  return p;
}

std::vector<SexProtection> protect_table(const std::vector<stats::SexValues>& rows, int threshold) {
  std::vector<SexProtection> hidden;
  hidden.reserve(rows.size());
  for (const auto& r : rows) hidden.push_back(protect_sexes(r, threshold));
  complete_table(rows, hidden);
  return hidden;
}

void complete_table(const std::vector<stats::SexValues>& rows, std::vector<SexProtection>& hidden) {
  if (rows.size() != hidden.size()) return;
  // Each round protects at least one more cell or ends: at most 3 per row.
  for (std::size_t round = 0; round <= rows.size() * 3; ++round) {
    bool changed = false;
    for (auto sex : {stats::Sex::women, stats::Sex::men, stats::Sex::total}) {
      std::vector<std::optional<double>> cells;
      std::vector<bool> column;
      for (std::size_t i = 0; i < rows.size(); ++i) {
        cells.push_back(sex == stats::Sex::women ? rows[i].women : sex == stats::Sex::men ? rows[i].men : rows[i].total);
        column.push_back(hidden[i].of(sex));
      }
      protect_column(cells, column);
      for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!column[i] || hidden[i].of(sex)) continue;
        (sex == stats::Sex::women ? hidden[i].women : sex == stats::Sex::men ? hidden[i].men : hidden[i].total) = true;
        changed = true;
      }
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
      SexProtection before = hidden[i];
      complete_row(rows[i], hidden[i]);
      if (before.women != hidden[i].women || before.men != hidden[i].men || before.total != hidden[i].total)
        changed = true;
    }
    if (!changed) break;
  }
}

SexProtection either(const SexProtection& a, const SexProtection& b) {
  return {.women = a.women || b.women, .men = a.men || b.men, .total = a.total || b.total};
}

SexOtherProtection protect_with_other(std::optional<double> women, std::optional<double> men,
                                      std::optional<double> other, int threshold) {
  std::optional<double> total;
  for (const auto& part : {women, men, other})
    if (part) total = total.value_or(0) + *part;
  SexOtherProtection p{.sexes = protect_sexes({.women = women, .men = men, .total = total}, threshold),
                       .other = is_small(other, threshold)};
  // With the sum hidden too, women + men + other = sum has two unknowns.
  if (p.other) p.sexes.total = true;
  return p;
}

stats::SexValues without(const stats::SexValues& values, const SexProtection& hidden) {
  return {.women = hidden.women ? std::nullopt : values.women,
          .men = hidden.men ? std::nullopt : values.men,
          .total = hidden.total ? std::nullopt : values.total};
}

stats::GenderAnalysis without(const stats::GenderAnalysis& analysis, const SexProtection& hidden) {
  stats::GenderAnalysis out = analysis;
  if (hidden.women) out.women.reset();
  if (hidden.men) out.men.reset();
  if (hidden.total) out.total.reset();
  if (hidden.shares()) {
    out.women_share.reset();
    out.women_pct_of_men.reset();
    out.gap.reset();
    out.balance.reset();
  }
  return out;
}

void protect_column(const std::vector<std::optional<double>>& cells, std::vector<bool>& hidden) {
  if (cells.size() != hidden.size()) return;
  std::size_t protected_cells = 0;
  for (bool h : hidden) protected_cells += h ? 1 : 0;
  if (protected_cells != 1) return;
  std::optional<std::size_t> smallest;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (hidden[i] || !cells[i] || *cells[i] == 0) continue;
    if (!smallest || *cells[i] < *cells[*smallest]) smallest = i;
  }
  if (smallest) hidden[*smallest] = true;
}

Result<int> parse_threshold(std::string_view text, const std::string& field) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || value < 1 || value > 100)
    return validation_error(i18n::trf("Gränsen för små tal ska vara ett heltal från 1 till 100, inte ”{1}”.", {text}),
                            field, field);
  return value;
}

std::string reason_sentence(int threshold) {
  return i18n::trf("Värden under {1} personer visas som .. för att skydda enskilda.", {std::to_string(threshold)});
}

}  // namespace jamt::disclosure
