#pragma once
// Who may do what: the one place where roles meet records. Every service
// function that reads or changes a register asks `authorize` first.
//
//   role          read                          change                  decide
//   public        published records only        –                       –
//   admin         everything                    everything              everything
//   coordinator   every county                  the national plan and   –
//                                                 resources, records of
//                                                 region 00 (national
//                                                 networks: groups)
//   strategist    their county                  their county            their county
//   org_contact   their organisation's records  their organisation's    –
//                 and published records         records and submissions
//                 (and records that name their
//                 organisation as a reader, e.g.
//                 a group it is a member of)
//
// "decide" is the board's part: approving or rejecting a joining,
// confirming a change of representative, assessing a steering document.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"

namespace jamt::service {

enum class Action { read, create, update, remove, decide };

// What a record belongs to. `county_code` is the county whose strategy it
// serves ("" for none); `organisation_id` the organisation it is about or was
// submitted by; `published` whether the public may read it;
// `reader_organisations` organisations whose contacts may read it but not
// change it (the members of a group).
struct Scope {
  std::string county_code{};
  std::optional<std::int64_t> organisation_id{};
  bool published = false;
  std::vector<std::int64_t> reader_organisations{};
};

// Ok, or Error "unauthorized" (no user: log in first) or "forbidden" (logged
// in but not allowed). The messages name neither the record nor whether it
// exists.
Status authorize(const std::optional<User>& user, Action action, const Scope& scope);

// The answer to give when a record the user asked for does not exist:
// "unauthorized" for the public, "not_found" ("no <what> with that id") for
// anyone signed in. A record the user may not read gets the same answer
// (authorize_stored), so an id reveals nothing (issue 9, item 14).
Error missing_record_error(const std::optional<User>& user, const std::string& what);

// `authorize` for a stored record the user named by id: a signed-in user who
// may not even read it gets missing_record_error(user, what), exactly as for
// a record that does not exist; one who may read it but not do `action` gets
// "forbidden". Ok when allowed.
Status authorize_stored(const std::optional<User>& user, Action action, const Scope& scope, const std::string& what);

// Whether `user` may name a record in `scope` in a reference (a group
// member's organisation, an activity's organiser): the user may read it.
// A reference that fails this is answered like one to a missing record.
bool may_reference(const std::optional<User>& user, const Scope& scope);

// Whether `user` may file or keep a record for an organisation in a county
// other than the organisation's own (a joining to a neighbouring county's
// strategy): admins only.
bool may_act_across_counties(const std::optional<User>& user);

// Role questions for what `authorize` does not decide (which buttons and
// filters a page offers, whose organisation a form is for). With `authorize`
// these are the only places that compare roles. Each is false for the
// public; none looks at `disabled` unless it says so.
bool is_admin(const std::optional<User>& user);
bool is_strategist(const std::optional<User>& user);
bool is_coordinator(const std::optional<User>& user);
// An organisation contact: acts for their own organisation only.
bool is_org_contact(const std::optional<User>& user);
// An admin or a strategist: the board's staff, who decide.
bool works_for_board(const std::optional<User>& user);
// Signed in, not disabled, and not a coordinator (coordinators only read).
bool may_create_records(const std::optional<User>& user);
// Whether `user` may delete a record in `scope`: authorize(remove), and
// organisation contacts only where the register lets them
// (`contacts_may_delete`). Errors as for authorize.
Status authorize_removal(const std::optional<User>& user, const Scope& scope, bool contacts_may_delete);

// Whether `user` may create records in a register at all, for showing a
// "Ny …" button: admins and strategists; organisation contacts where the
// register lets them (`contacts_may_create`, e.g. people of their own
// organisation, not organisations); never coordinators or the public. The
// create itself is still checked against the record's scope.
bool may_create_in_register(const std::optional<User>& user, bool contacts_may_create);

// Whether `user` may read a strategy of `county_code` with `status`: anyone,
// the public included, an adopted or archived strategy; a draft only admins,
// coordinators and the strategists of its county.
bool may_read_strategy(const std::optional<User>& user, const std::string& county_code, StrategyStatus status);

// Statistics. Figures belong to a county (a strategist's own imports) or
// are national ("": imported by an admin or from the command line). See
// docs/statistics-import.md, "Who imports what".
//
// Whether `user` may import statistics at all: admins and strategists.
bool may_import_statistics(const User& user);

// The county whose figures a new measure imported by `user` becomes: the
// strategist's county, "" (national) for everyone else.
std::string statistics_county_of(const User& user);

// Whether `user` may import into, replace or roll back figures owned by
// `county_code` ("" = national): admins all, strategists their own county's
// only. Error "unauthorized" without a user, "forbidden" otherwise.
Status authorize_statistics_change(const std::optional<User>& user, const std::string& county_code);

// The county every region of a file imported by `user` must lie in (the
// strategist's), or nullopt when the file may hold any region (admins).
std::optional<std::string> statistics_region_limit(const User& user);

// The owners ("" = national) of the import batches `user` may list: empty for
// all (admins, coordinators), the strategist's county and the national ones
// for a strategist. Error "unauthorized"/"forbidden" for anyone else.
Result<std::vector<std::string>> statistics_batch_readers(const std::optional<User>& user);

// Statistics sources fetched from SCB and Kolada (docs/statistics-fetch.md).
// Registering one: as importing (may_import_statistics; the source belongs to
// statistics_county_of). Listing and reading: as import batches
// (statistics_batch_readers). Fetching now ("Hämta nu"): admins any source,
// a strategist their county's and the national ones — a national source's
// values come from SCB or Kolada, not from the user, so refreshing it
// changes no one's figures by hand. "unauthorized"/"forbidden" otherwise.
Status authorize_statistics_source_fetch(const std::optional<User>& user, const std::string& county_code);

// Reporting forms (docs/reporting.md). A form belongs to a county ("" for a
// national form an admin made); its submissions are authorised with
// `authorize` on the reporting organisation's scope (contacts change their
// own organisation's, strategists and admins decide).
//
// Whether `user` may read the definition of a form of `county_code`:
// admins and coordinators every form, strategists their county's and the
// national ones, organisation contacts those assigned to their organisation
// (`assigned_to_own_organisation`). Error "unauthorized" for the public,
// "not_found" ("no form with that id") for anyone else, so an id reveals
// nothing.
Status authorize_form_read(const std::optional<User>& user, const std::string& county_code,
                           bool assigned_to_own_organisation);

// Whether `user` may define, change and assign a form of `county_code`:
// admins any, strategists their own county's. Error "unauthorized" or
// "forbidden".
Status authorize_form_change(const std::optional<User>& user, const std::string& county_code);

// The county a new form of `user` belongs to when the request names
// `requested` ("" for none): an admin's choice ("" national), a
// strategist's own county. Error "forbidden" for a strategist naming
// another county, and as authorize_form_change for everyone else.
Result<std::string> form_county_for(const std::optional<User>& user, const std::string& requested);

// The county whose completeness `user` may read when asking for
// `requested` ("" for every county): admins and coordinators any;
// strategists their own (also when they ask for none). Error "forbidden"
// for another county or an organisation contact, "unauthorized" for the
// public.
Result<std::string> completeness_county(const std::optional<User>& user, const std::string& requested);

// Accounts (docs/authorization.md, "Accounts"). Whether `user` may invite
// an account with role `role` (its text as sent: "org_contact", …), county
// `county_code` ("" when not given) and an organisation in
// `organisation_county` (nullopt: none named, or no such organisation):
// admins any account; strategists only an organisation contact of an
// organisation of their own county. Asked before the invitation is
// validated, so a strategist's refusal ("forbidden") says nothing about the
// organisation. "unauthorized" without a user.
Status authorize_invitation(const std::optional<User>& user, const std::string& role, const std::string& county_code,
                            const std::optional<std::string>& organisation_county);

// Whether `user` may invite anyone at all (for showing the page and the
// buttons): admins and strategists.
bool may_invite(const std::optional<User>& user);

// Whether accounts `a` and `b` have the same role, county and organisation
// (inviting again is allowed only for the same account).
bool same_role_and_scope(const User& a, const User& b);

// Whether `user` may list every account, change roles and disable or enable
// accounts: admins. "unauthorized" without a user, "forbidden" otherwise.
Status authorize_account_management(const std::optional<User>& user);

// Which accounts `user` may list: every one for admins (nullopt); for a
// strategist the county whose organisations' contacts they invite (to see
// who has not yet chosen a password and invite them again). "unauthorized"
// without a user, "forbidden" for everyone else.
Result<std::optional<std::string>> account_list_county(const std::optional<User>& user);

// Whether `viewer`, who may list accounts (account_list_county), sees
// `account`, whose organisation lies in `organisation_county` ("" without
// one): admins every account, a strategist their county's contacts.
bool lists_account(const std::optional<User>& viewer, const User& account, const std::string& organisation_county);

// Surveys (docs/surveys.md, docs/authorization.md "Surveys"). A survey
// belongs to a county, or is national (county "", sent to the counties).
// The national coordinator, who otherwise only reads, may create, change,
// open, close and send national surveys: the national Ja/Delvis compilation
// of issue 11 is the coordinator's own work, and nobody else's.
//
// The county a new survey of `user` belongs to when the request asks for
// `requested` and `national`: admins any (national → ""); strategists their
// own county, never national; coordinators national only (→ ""). Error
// "unauthorized" without a user, "forbidden" otherwise.
Result<std::string> survey_county_for(const std::optional<User>& user, const std::string& requested, bool national);

// Whether `user` may read a survey of `county_code` (`national`) with its
// respondents and results: admins and coordinators every survey,
// strategists their county's. Error "unauthorized" for the public,
// "not_found" ("no survey with that id") for anyone else, so an id reveals
// nothing.
Status authorize_survey_read(const std::optional<User>& user, const std::string& county_code, bool national);

// Whether `user` may change, open, close and send a survey of `county_code`
// (`national`): admins any; strategists their own county's; coordinators the
// national ones. Error "unauthorized" or "forbidden".
Status authorize_survey_change(const std::optional<User>& user, const std::string& county_code, bool national);

// The national level (issue 14, item 3; docs/authorization.md "National
// plan"). Whether `user` may keep the national action plan (region 00) and
// the resources per county and year: the national coordinator and admins.
// Everyone, the public included, reads both. Error "unauthorized" without a
// user, "forbidden" otherwise.
Status authorize_national_change(const std::optional<User>& user);

// Whether `user` may flag an activity of `county_code` as an example or
// remove the flag: admins any; strategists their own county's. Error
// "unauthorized" without a user, "forbidden" otherwise.
Status authorize_example_flag(const std::optional<User>& user, const std::string& county_code);

// The counties whose records the user may read in full: "*" for admins and
// coordinators, the strategist's county, "" for others.
std::string readable_county(const std::optional<User>& user);

}  // namespace jamt::service
