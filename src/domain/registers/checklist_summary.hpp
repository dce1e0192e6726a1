#pragma once
// Summaries of systematics checklists: per organisation over the years, and
// per point across a county's organisations in one year. Pure functions over
// stored checklist records (see checklist_spec).
#include <optional>
#include <vector>

#include "domain/registers/field_spec.hpp"

namespace jamt::registers {

// How many points (or organisations) were answered ja, delvis, nej, or not
// at all. As a difference between two years the numbers may be negative.
struct AnswerCounts {
  int ja = 0;
  int delvis = 0;
  int nej = 0;
  int unanswered = 0;
  int answered() const { return ja + delvis + nej; }
  bool operator==(const AnswerCounts&) const = default;
};

// `after` − `before`, field by field.
AnswerCounts difference(const AnswerCounts& after, const AnswerCounts& before);

// The ten answers of one checklist counted.
AnswerCounts count_answers(const Record& checklist);

// One organisation's year: its counts and, when it has an earlier
// checklist, the latest earlier year and the change since then.
struct OrganisationYear {
  int year = 0;
  AnswerCounts counts;
  std::optional<int> previous_year;
  std::optional<AnswerCounts> change;
};

// The checklists of one organisation (any order; records without a valid
// year are ignored) as one entry per year, oldest first.
std::vector<OrganisationYear> organisation_summary(const std::vector<Record>& checklists);

// One point across the organisations of a county in one year: how many
// answered ja, delvis and nej, and the share of ja among them in percent
// (nullopt when none answered).
struct PointSummary {
  int point = 0;  // 1–10
  AnswerCounts counts;
  std::optional<double> share_ja;
};

struct CountyYearSummary {
  int year = 0;
  int organisations = 0;             // checklists of that year
  std::vector<PointSummary> points;  // always ten, point 1 first
};

// The checklists of `year` among `checklists` (others are ignored),
// summarised per point.
CountyYearSummary county_summary(int year, const std::vector<Record>& checklists);

// The distinct years of `checklists`, newest first.
std::vector<int> checklist_years(const std::vector<Record>& checklists);

}  // namespace jamt::registers
