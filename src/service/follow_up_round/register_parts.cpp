// "Checklistor", "Insatser" and "Rapporterade perioder" of an organisation's
// follow-up section.
#include <algorithm>

#include "domain/registers/activity.hpp"
#include "domain/registers/checklist_summary.hpp"
#include "service/activities/activity_register.hpp"
#include "service/checklists/checklist_register.hpp"
#include "service/follow_up_round/section_parts.hpp"
#include "service/reporting/reporting_overview.hpp"

namespace jamt::service::follow_up_parts {

namespace {

using report_doc::Cell;
using registers::value_of;

// A reporting status in Swedish, as the reporting pages say it.
std::string status_sv(const std::string& status) {
  if (status == "draft") return "Utkast";
  if (status == "submitted") return "Inskickad";
  if (status == "returned") return "Returnerad";
  if (status == "approved") return "Godkänd";
  return "Ej inskickad";
}

// The year a reporting period ("2025Q2", "2025") lies in; 0 when it names none.
int period_year(const std::string& period) {
  if (period.size() < 4 || !std::all_of(period.begin(), period.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    return 0;
  return std::stoi(period.substr(0, 4));
}

}  // namespace

YearSpan span_of(const DueFollowUp& facts, int year) {
  int joined = period_year(facts.joined_on);
  return YearSpan{.first = std::clamp(joined, year - 3, year), .last = year};
}

Result<report_doc::Section> checklists_part(store::Database& db, const DueFollowUp& facts, YearSpan span,
                                            const std::string& id_prefix, const std::optional<User>& user) {
  report_doc::Section out{.id = id_prefix + "-checklistor", .heading = "Checklistor", .level = 3};
  auto found = checklists_of_organisation(db, facts.organisation_id, user);
  if (!found) return found.error();
  report_doc::Table table{.caption = "Checklistor per år",
                          .columns = {"År", "Ja", "Delvis", "Nej", "Obesvarade", "Förändring i ja"},
                          .rows = {}};
  for (const auto& y : registers::organisation_summary(found->checklists)) {
    if (y.year > span.last) continue;
    table.rows.push_back({Cell::of_text(std::to_string(y.year)), Cell::of_number(y.counts.ja),
                          Cell::of_number(y.counts.delvis), Cell::of_number(y.counts.nej),
                          Cell::of_number(y.counts.unanswered),
                          y.change ? Cell::of_number(y.change->ja) : Cell::missing()});
  }
  if (table.rows.empty())
    out.paragraphs.push_back("Ingen checklista är ifylld.");
  else
    out.tables.push_back(std::move(table));
  return out;
}

Result<report_doc::Section> activities_part(store::Database& db, const DueFollowUp& facts, YearSpan span,
                                            const std::string& id_prefix, const std::optional<User>& user) {
  report_doc::Section out{.id = id_prefix + "-insatser", .heading = "Insatser", .level = 3};
  ActivityFilter filter{.organiser_id = facts.organisation_id};
  auto found = list_activities(db, filter, user);
  if (!found) return found.error();
  const auto& spec = registers::activity_spec();
  report_doc::Table table{.caption = "Insatser " + std::to_string(span.first) + "–" + std::to_string(span.last),
                          .columns = {"Insats", "Typ", "Status", "Start", "Slut"},
                          .rows = {}};
  for (auto it = found->rbegin(); it != found->rend(); ++it) {  // earliest start first
    const auto& r = it->record;
    bool in_span = false;
    for (int y = span.first; y <= span.last; ++y) in_span = in_span || registers::in_year(r, y);
    if (!in_span) continue;
    table.rows.push_back({Cell::of_text(value_of(r, "title")),
                          Cell::of_text(registers::display_value(*spec.field("type"), value_of(r, "type"))),
                          Cell::of_text(registers::display_value(*spec.field("status"), value_of(r, "status"))),
                          Cell::of_text(value_of(r, "start_date")), Cell::of_text(value_of(r, "end_date"))});
  }
  out.paragraphs.push_back(std::to_string(table.rows.size()) + " insatser " + std::to_string(span.first) + "–" +
                           std::to_string(span.last) + ".");
  if (!table.rows.empty()) out.tables.push_back(std::move(table));
  return out;
}

Result<report_doc::Section> reporting_part(store::Database& db, const DueFollowUp& facts, YearSpan span,
                                           const std::string& id_prefix, const std::optional<User>& user) {
  report_doc::Section out{.id = id_prefix + "-rapportering", .heading = "Rapporterade perioder", .level = 3};
  auto history = organisation_history(db, facts.organisation_id, user);
  if (!history) return history.error();
  report_doc::Table table{.caption = "Rapporterade perioder",
                          .columns = {"Blankett", "Period", "Status", "Sista dag", "Inskickad", "I tid"},
                          .rows = {}};
  int submitted = 0, late = 0, missing = 0;
  for (const auto& item : history->items) {
    int y = period_year(item.period);
    if (y < span.first || y > span.last) continue;
    bool sent = item.status == "submitted" || item.status == "approved";
    if (sent) ++submitted;
    if (sent && item.late) ++late;
    if (!sent && item.late) ++missing;
    std::string on_time = sent ? (item.late ? "Nej, försenad" : "Ja") : (item.late ? "Saknas" : "");
    table.rows.push_back({Cell::of_text(item.form_title), Cell::of_text(item.period),
                          Cell::of_text(status_sv(item.status)), Cell::of_text(item.due_date),
                          Cell::of_text(item.submitted_at.substr(0, 10)),
                          on_time.empty() ? Cell::missing() : Cell::of_text(on_time)});
  }
  out.paragraphs.push_back(std::to_string(submitted) + " perioder inskickade, varav " + std::to_string(late) +
                           " för sent; " + std::to_string(missing) + " saknas efter sista dag.");
  if (!table.rows.empty()) out.tables.push_back(std::move(table));
  return out;
}

}  // namespace jamt::service::follow_up_parts
