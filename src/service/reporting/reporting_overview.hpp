#pragma once
// What the reporting pages list (docs/reporting.md, "Pages"): an
// organisation's open reports ("Att rapportera"), the board's overview of
// its forms, an organisation's reporting history, the completeness of every
// listed period of a form, and the completeness of a period county by
// county. Each function reads in one transaction with few queries (the
// national one: three, whatever the number of organisations).
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/reporting/form.hpp"
#include "service/reporting/completeness.hpp"
#include "store/database.hpp"
#include "store/reporting/form_repository.hpp"
#include "store/reporting/overview_repository.hpp"

namespace jamt::service {

// One form × organisation × period as the pages list it.
struct ReportingItem {
  std::int64_t form_id = 0;
  std::string form_code{};
  std::string form_title{};
  ReportingOrganisation organisation{};
  std::string period{};           // "2025Q2"
  std::string status{};           // "" (nothing yet), "draft", "submitted", "returned", "approved"
  std::string due_date{};         // "YYYY-MM-DD"
  bool late = false;              // submitted after the due date, or not submitted and past it
  std::string return_comment{};   // the board's comment when returned, else ""
  std::string submitted_at{}, submitted_by{};  // UTC text and e-mail, "" until submitted
  std::string approved_at{}, approved_by{};    // "" unless approved
};

// At most this many periods of a form are listed, the latest first.
inline constexpr int kMaxListedPeriods = 12;

// The period of `periodicity` that holds the Swedish date `day`.
reporting::Period period_containing(reporting::Periodicity periodicity, std::chrono::year_month_day day);

// The periods of `form` the pages list, latest first: from the period before
// the one the form was defined in (`created_on`, "YYYY-MM-DD"), or the
// earliest of `reported` if that is earlier, to the one holding `today`;
// at most kMaxListedPeriods.
std::vector<reporting::Period> listed_periods(const reporting::FormDefinition& form, const std::string& created_on,
                                              const std::vector<std::string>& reported,
                                              std::chrono::year_month_day today);

// "Att rapportera" for an organisation contact: every form assigned to their
// organisation × every listed period that has started and is not approved;
// returned reports first, then overdue ones, then by due date. Empty for a
// contact without an organisation. Error "unauthorized" for the public,
// "forbidden" for anyone but an organisation contact.
Result<std::vector<ReportingItem>> items_to_report(store::Database& db, const std::optional<User>& user);

// One form in the board's overview: the completeness of its latest ended
// period (the current one while none has ended) in the viewer's county
// (every county for admins and coordinators), and the reports of any
// period waiting for approval.
struct FormOverview {
  store::FormSummary form{};
  Completeness completeness{};
  std::vector<ReportingItem> waiting{};
};

// The board's overview: strategists their county's and the national forms,
// admins and coordinators every form, by title. Error "unauthorized" for
// the public, "forbidden" for organisation contacts.
Result<std::vector<FormOverview>> board_overview(store::Database& db, const std::optional<User>& user);

// An organisation's reporting history: every form assigned to it × every
// listed period, latest period first per form (forms by title).
struct OrganisationHistory {
  ReportingOrganisation organisation{};
  std::vector<ReportingItem> items{};
};

// The history of organisation `organisation_id`: contacts their own only,
// strategists their county's, admins and coordinators any. Error
// "not_found" for an organisation the user may not read (as for a missing
// one), "unauthorized" for the public.
Result<OrganisationHistory> organisation_history(store::Database& db, std::int64_t organisation_id,
                                                 const std::optional<User>& user);

// The completeness of one period with every expected organisation's report
// (by name) — what a form's page shows per period.
struct PeriodReport {
  Completeness completeness{};
  std::vector<ReportingItem> items{};
};

// A form's page: its versions and, latest first, every listed period's
// report in `county` (completeness_county decides what "" means).
struct FormReports {
  store::StoredForm form{};
  std::vector<store::FormVersionInfo> versions{};
  std::vector<PeriodReport> periods{};
};

// Errors as for form_completeness ("forbidden" for contacts, "not_found"
// for a form the user may not read, "validation" field county).
Result<FormReports> form_reports(store::Database& db, std::int64_t form_id, const std::string& county,
                                 const std::optional<User>& user);

// The completeness of `period` in each of the 21 counties, by county code
// (`county_code` set, `missing` left empty). For admins and coordinators;
// "forbidden" for strategists and contacts, "not_found" for a form the user
// may not read, "validation" (field period) for a period not of the form.
Result<std::vector<Completeness>> county_completeness(store::Database& db, std::int64_t form_id,
                                                      const std::string& period, const std::optional<User>& user);

}  // namespace jamt::service
