#pragma once
// The parts of one organisation's section in the three-year follow-up
// (docs/follow-up-round.md): each reads through the service that owns its
// register, as `user`, and returns a sub-section (level 3) whose id starts
// with `id_prefix`. Errors are those of the service read.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/account.hpp"
#include "domain/report/report_document.hpp"
#include "domain/result.hpp"
#include "service/follow_up_round/due_follow_ups.hpp"
#include "store/database.hpp"

namespace jamt::service::follow_up_parts {

// The years a follow-up for `year` looks back over: from the year the
// organisation joined or three years before `year`, whichever is later, to
// `year`.
struct YearSpan {
  int first = 0;
  int last = 0;
};
YearSpan span_of(const DueFollowUp& facts, int year);

// "Åtaganden": the joining's five commitments as assessed at each follow-up
// (follow_up_history) and the strategy commitments the organisation owns
// with their status per year of `span` (list_commitments on the county's
// strategy covering `span.last`).
Result<report_doc::Section> commitments_part(store::Database& db, const DueFollowUp& facts, const std::string& county,
                                             YearSpan span, const std::string& id_prefix,
                                             const std::optional<User>& user);

// "Checklistor": the organisation's checklists per year up to `span.last`,
// counted (registers::organisation_summary).
Result<report_doc::Section> checklists_part(store::Database& db, const DueFollowUp& facts, YearSpan span,
                                            const std::string& id_prefix, const std::optional<User>& user);

// "Insatser": the activities the organisation organises or co-organises
// that were under way in `span`, as `user` may read them.
Result<report_doc::Section> activities_part(store::Database& db, const DueFollowUp& facts, YearSpan span,
                                            const std::string& id_prefix, const std::optional<User>& user);

// "Rapporterade perioder": every period of `span` of the forms assigned to
// the organisation (organisation_history): submitted on time, late, or
// missing.
Result<report_doc::Section> reporting_part(store::Database& db, const DueFollowUp& facts, YearSpan span,
                                           const std::string& id_prefix, const std::optional<User>& user);

// "Enkätsvar": the answers the organisation's people gave to the county's
// surveys that are not anonymous, exactly where the survey results page
// gives answers one by one (authorize_survey_change: the survey's owner);
// an anonymous survey is named with the sentence that its answers are not
// shown per organisation. Hidden open answers are left out.
Result<report_doc::Section> surveys_part(store::Database& db, const DueFollowUp& facts, const std::string& county,
                                         const std::string& id_prefix, const std::optional<User>& user);

}  // namespace jamt::service::follow_up_parts
