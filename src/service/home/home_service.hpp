#pragma once
// What the home page (/hem, docs/anvandarguide.md "Att göra") shows each role: for an
// organisation's contact what is theirs to do, for a strategist (and, over
// every county, an admin or the coordinator) what waits for them. Built from
// the reporting, checklist, joining and group services; time is the
// database's clock.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/registers/field_spec.hpp"
#include "domain/result.hpp"
#include "service/joining/joining_reports.hpp"
#include "service/reporting/completeness.hpp"
#include "store/database.hpp"
#include "store/reporting/home_queries.hpp"

namespace jamt::service {

// A report an organisation has to send in: not submitted (none, a draft) or
// returned by the board.
struct ReportToDo {
  std::int64_t form_id = 0;
  std::string form_title{};
  std::int64_t organisation_id = 0;
  std::string period{};       // "2026Q1"
  std::string due_date{};     // "YYYY-MM-DD"
  std::string status{};       // "" (not begun), "draft", "returned"
  bool overdue = false;       // the due date has passed
  std::string comment{};      // the board's comment when returned
};

// A contact's home page.
struct ContactHome {
  std::int64_t organisation_id = 0;
  std::string organisation{};
  std::vector<ReportToDo> reports{};  // by due date
  int year = 0;                        // this year (the Swedish calendar's)
  std::optional<std::int64_t> checklist_id{};  // this year's checklist, when begun
  std::optional<std::int64_t> joining_id{};    // the organisation's joining (approved), if any
  std::string next_follow_up{};                // its next follow-up, "YYYY-MM-DD" or ""
  bool follow_up_overdue = false;              // the next follow-up's date has passed
  std::vector<registers::Record> representative_changes{};  // filed, waiting for the board
};

// The home page of an organisation contact (Role::org_contact). Reports are
// those of every form assigned to the organisation, for periods that have
// begun, due within the last 365 days or later, and not before the form was
// made. Errors: "unauthorized" for the public, "forbidden" for other roles.
Result<ContactHome> contact_home(store::Database& db, const std::optional<User>& user);

// A strategist's home page (admins and the coordinator: every county).
struct StrategistHome {
  std::string county_code{};  // "" for every county
  std::vector<store::WaitingSubmission> to_approve{};         // the longest waiting first
  std::vector<registers::Record> applications{};              // joinings applied for, not decided
  std::vector<OverdueFollowUp> overdue_follow_ups{};          // the longest overdue first
  std::vector<registers::Record> changes_to_confirm{};        // representative changes waiting
  // For each form of the county, the completeness of its latest period that
  // has ended (the one being reported in now), by form title.
  struct FormPeriod {
    std::int64_t form_id = 0;
    std::string form_title{};
    Completeness completeness{};
  };
  std::vector<FormPeriod> completeness{};
};

// The home page of a strategist, an admin or the coordinator. Errors:
// "unauthorized" for the public, "forbidden" for contacts.
Result<StrategistHome> strategist_home(store::Database& db, const std::optional<User>& user);

}  // namespace jamt::service
