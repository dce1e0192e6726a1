#pragma once
// The yearly follow-up of a strategy (issue 14, item 1) as a report
// document: a summary, every goal node of the strategy in force in tree
// order with its indicators (values by sex, women's share, the 40/60 class,
// women as % of men, the change since the baseline, the comparison years,
// the progress status, a line chart and its table), the node's activities
// and commitments that year, and a section about the county (joined
// organisations, periodic reporting, checklists, steering documents,
// attendance in the county's groups). The strategist's text and sign-off per
// section come from migration 27 (section_texts.hpp). docs/report-year.md.
#include <cstdint>
#include <optional>

#include "domain/account.hpp"
#include "domain/report/report_document.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// The live yearly report of strategy `strategy_id` for `year`, as `user`
// may read it. Who may: as the year view (strategy_year.hpp) — the
// strategists of the strategy's county, coordinators and admins. Errors
// as strategy_year: "unauthorized", "forbidden", "not_found", "validation"
// (field "year"). `generated_at` is the database clock's now. A part of the
// county section the user may not read says so in a paragraph instead of
// failing the report.
Result<report_doc::Document> yearly_report(store::Database& db, std::int64_t strategy_id, int year,
                                           const std::optional<User>& user);

// The section id of a goal node's code: "mal-" followed by the code with
// every character other than a letter, digit, '-' or '_' as '-' ("1.2" →
// "mal-1-2"). Stable as long as the code is.
std::string goal_section_id(const std::string& code);

}  // namespace jamt::service
