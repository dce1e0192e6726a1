// "Checklistor", "Insatser" and "Rapporterade perioder" of an organisation's
// follow-up section.
#include <algorithm>

#include "domain/i18n/translate.hpp"
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
  if (status == "draft") return i18n::tr("Utkast");
  if (status == "submitted") return i18n::tr("Inskickad");
  if (status == "returned") return i18n::tr("Returnerad");
  if (status == "approved") return i18n::tr("Godkänd");
  return i18n::tr("Ej inskickad");
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
  report_doc::Section out{.id = id_prefix + "-checklistor", .heading = i18n::tr("Checklistor"), .level = 3};
  auto found = checklists_of_organisation(db, facts.organisation_id, user);
  if (!found) return found.error();
  report_doc::Table table{.caption = i18n::tr("Checklistor per år"),
                          .columns = {i18n::tr("År"), i18n::tr("Ja"), i18n::tr("Delvis"), i18n::tr("Nej"),
                                      i18n::tr("Obesvarade"), i18n::tr("Förändring i ja")},
                          .rows = {}};
  for (const auto& y : registers::organisation_summary(found->checklists)) {
    if (y.year > span.last) continue;
    table.rows.push_back({Cell::of_text(std::to_string(y.year)), Cell::of_number(y.counts.ja),
                          Cell::of_number(y.counts.delvis), Cell::of_number(y.counts.nej),
                          Cell::of_number(y.counts.unanswered),
                          y.change ? Cell::of_number(y.change->ja) : Cell::missing()});
  }
  if (table.rows.empty())
    out.paragraphs.push_back(i18n::tr("Ingen checklista är ifylld."));
  else
    out.tables.push_back(std::move(table));
  return out;
}

Result<report_doc::Section> activities_part(store::Database& db, const DueFollowUp& facts, YearSpan span,
                                            const std::string& id_prefix, const std::optional<User>& user) {
  report_doc::Section out{.id = id_prefix + "-insatser", .heading = i18n::tr("Insatser"), .level = 3};
  ActivityFilter filter{.organiser_id = facts.organisation_id};
  auto found = list_activities(db, filter, user);
  if (!found) return found.error();
  const auto& spec = registers::activity_spec();
  const std::string first = std::to_string(span.first), last = std::to_string(span.last);
  report_doc::Table table{.caption = i18n::trf("Insatser {1}–{2}", {first, last}),
                          .columns = {i18n::tr("Insats"), i18n::tr("Typ"), i18n::tr("Status"), i18n::tr("Start"),
                                      i18n::tr("Slut")},
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
  out.paragraphs.push_back(i18n::trf("{1} insatser {2}–{3}.", {std::to_string(table.rows.size()), first, last}));
  if (!table.rows.empty()) out.tables.push_back(std::move(table));
  return out;
}

Result<report_doc::Section> reporting_part(store::Database& db, const DueFollowUp& facts, YearSpan span,
                                           const std::string& id_prefix, const std::optional<User>& user) {
  report_doc::Section out{.id = id_prefix + "-rapportering", .heading = i18n::tr("Rapporterade perioder"), .level = 3};
  auto history = organisation_history(db, facts.organisation_id, user);
  if (!history) return history.error();
  report_doc::Table table{.caption = i18n::tr("Rapporterade perioder"),
                          .columns = {i18n::tr("Blankett"), i18n::tr("Period"), i18n::tr("Status"), i18n::tr("Sista dag"),
                                      i18n::tr("Inskickad"), i18n::tr("I tid")},
                          .rows = {}};
  int submitted = 0, late = 0, missing = 0;
  for (const auto& item : history->items) {
    int y = period_year(item.period);
    if (y < span.first || y > span.last) continue;
    bool sent = item.status == "submitted" || item.status == "approved";
    if (sent) ++submitted;
    if (sent && item.late) ++late;
    if (!sent && item.late) ++missing;
    std::string on_time = sent ? (item.late ? i18n::tr("Nej, försenad") : i18n::tr("Ja")) : (item.late ? i18n::tr("Saknas") : "");
    table.rows.push_back({Cell::of_text(item.form_title), Cell::of_text(item.period),
                          Cell::of_text(status_sv(item.status)), Cell::of_text(item.due_date),
                          Cell::of_text(item.submitted_at.substr(0, 10)),
                          on_time.empty() ? Cell::missing() : Cell::of_text(on_time)});
  }
  out.paragraphs.push_back(i18n::trf("{1} perioder inskickade, varav {2} för sent; {3} saknas efter sista dag.",
                                     {std::to_string(submitted), std::to_string(late), std::to_string(missing)}));
  if (!table.rows.empty()) out.tables.push_back(std::move(table));
  return out;
}

}  // namespace jamt::service::follow_up_parts
