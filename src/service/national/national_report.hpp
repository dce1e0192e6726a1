#pragma once
// The national compilation of a year (issue 14, item 3; seed 001) as a
// report document: per national sub-goal every county's goals and
// indicators side by side; per county joined organisations, activities,
// checklists and reporting completeness with a national row (counts summed,
// shares recomputed from the sums — domain/national/regional_sum.hpp); the
// Ja/Delvis tables of national surveys; the national action plan; the
// national networks; resources per county with national totals; examples
// per county grouped by development area. The renderers in
// src/report/document/ show it; this builder never knows how.
#include <optional>

#include "domain/account.hpp"
#include "domain/report/report_document.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// The earliest and latest year a compilation may be asked for.
inline constexpr int kFirstNationalYear = 2000;
inline constexpr int kLastNationalYear = 2100;

// The compilation of `year` as `user` may see it: anyone, the public too,
// reads it; strategies the user may not read (drafts) are left out, survey
// tables are shown to those who may read the survey, examples as
// service::examples lets the user see them. `generated_at` comes from the
// database's clock. Errors: "validation" with field "year" outside
// kFirstNationalYear–kLastNationalYear, "database" when the store fails.
Result<report_doc::Document> national_report(store::Database& db, int year, const std::optional<User>& user);

}  // namespace jamt::service
