#include "domain/registers/checklist_summary.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "domain/registers/checklist.hpp"

namespace jamt::registers {

namespace {

void add(AnswerCounts& counts, const std::string& answer) {
  if (answer == "ja") ++counts.ja;
  else if (answer == "delvis") ++counts.delvis;
  else if (answer == "nej") ++counts.nej;
  else ++counts.unanswered;
}

// The record's year, or nullopt when it is not a plausible year.
std::optional<int> year_of(const Record& r) {
  const auto& text = value_of(r, "year");
  if (text.empty() || text.size() > 4 || !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); })) return std::nullopt;
  return std::stoi(text);
}

}  // namespace

AnswerCounts difference(const AnswerCounts& after, const AnswerCounts& before) {
  return {after.ja - before.ja, after.delvis - before.delvis, after.nej - before.nej,
          after.unanswered - before.unanswered};
}

AnswerCounts count_answers(const Record& checklist) {
  AnswerCounts counts;
  for (int n = 1; n <= kChecklistPoints; ++n) add(counts, value_of(checklist, answer_field(n)));
  return counts;
}

std::vector<OrganisationYear> organisation_summary(const std::vector<Record>& checklists) {
  std::map<int, AnswerCounts> by_year;
  for (const auto& r : checklists)
    if (auto year = year_of(r)) by_year[*year] = count_answers(r);
  std::vector<OrganisationYear> out;
  for (const auto& [year, counts] : by_year) {
    OrganisationYear entry{year, counts, std::nullopt, std::nullopt};
    if (!out.empty()) {
      entry.previous_year = out.back().year;
      entry.change = difference(counts, out.back().counts);
    }
    out.push_back(entry);
  }
  return out;
}

CountyYearSummary county_summary(int year, const std::vector<Record>& checklists) {
  CountyYearSummary out;
  out.year = year;
  for (int n = 1; n <= kChecklistPoints; ++n) out.points.push_back({n, {}, std::nullopt});
  for (const auto& r : checklists) {
    if (year_of(r) != year) continue;
    ++out.organisations;
    for (int n = 1; n <= kChecklistPoints; ++n) add(out.points[n - 1].counts, value_of(r, answer_field(n)));
  }
  for (auto& p : out.points)
    if (p.counts.answered() > 0) p.share_ja = 100.0 * p.counts.ja / p.counts.answered();
  return out;
}

std::vector<int> checklist_years(const std::vector<Record>& checklists) {
  std::vector<int> years;
  for (const auto& r : checklists)
    if (auto y = year_of(r); y && std::find(years.begin(), years.end(), *y) == years.end()) years.push_back(*y);
  std::sort(years.rbegin(), years.rend());
  return years;
}

}  // namespace jamt::registers
