#pragma once
// The three-year follow-up of joined organisations (issue 14, item 2; seed
// 002: "Följa upp arbetet vart tredje år"; docs/follow-up-round.md) as a
// report document: who in a county is due in a year and, per organisation,
// its commitments over time, checklists over the years, activities,
// reported periods and the survey answers that are not anonymous. The
// renderers in report/document/ show it as a page, print page, XLSX, JSON.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/account.hpp"
#include "domain/report/report_document.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// The round of `county_code` in `year`: a section "Att följa upp <year>"
// with the table of due_follow_ups (organisation, type, joined, last
// follow-up, due, held), then one section per due organisation as
// organisation_follow_up builds it. Who may: as due_follow_ups (the
// county's strategists, admins, coordinators); errors as due_follow_ups.
// generated_at is the database clock's now.
Result<report_doc::Document> follow_up_round(store::Database& db, const std::string& county_code, int year,
                                             const std::optional<User>& user);

// The follow-up of organisation `organisation_id` for `year`: one section
// (id "organisation-<id>") with its follow-up facts and the parts of
// service/follow_up_round/section_parts.hpp. Who may: those who may read
// the organisation's records (its contacts, its county's strategists,
// admins, coordinators). Errors: "unauthorized" for the public; "not_found"
// for an organisation that does not exist, that the user may not read, or
// that has no approved joining; "validation" (field year) outside
// 2000–2100.
Result<report_doc::Document> organisation_follow_up(store::Database& db, std::int64_t organisation_id, int year,
                                                    const std::optional<User>& user);

// The county of organisation `organisation_id`, or nullopt when there is
// none. For a page whose address names the county too.
std::optional<std::string> follow_up_county_of(store::Database& db, std::int64_t organisation_id);

}  // namespace jamt::service
