// "Åtaganden" of an organisation's follow-up section.
#include <algorithm>

#include "domain/i18n/translate.hpp"
#include "domain/organisation_plan/follow_up_dialogue.hpp"
#include "domain/registers/joining.hpp"
#include "domain/strategy/commitment_status.hpp"
#include "service/commitments/commitment_followup.hpp"
#include "service/follow_up_round/section_parts.hpp"
#include "service/joining/follow_up_history.hpp"
#include "service/joining/joining_register.hpp"
#include "service/strategy/strategy_service.hpp"

namespace jamt::service::follow_up_parts {

namespace {

using report_doc::Cell;

// The joining's five commitments: their status now and as assessed at each
// follow-up, oldest first.
Result<report_doc::Table> joining_commitments_table(store::Database& db, const DueFollowUp& facts,
                                                    const std::optional<User>& user) {
  auto joining = get_record(db, joining_rules(), facts.joining_id, user);
  if (!joining) return joining.error();
  auto history = follow_up_history(db, facts.joining_id, user);
  if (!history) return history.error();
  std::vector<FollowUp> held(history->rbegin(), history->rend());  // oldest first
  report_doc::Table table{.caption = i18n::tr("Anslutningens åtaganden vid uppföljningarna"),
                          .columns = {i18n::tr("Åtagande"), i18n::tr("Status nu")}, .rows = {}};
  for (const auto& f : held) table.columns.push_back(i18n::trf("Uppföljning {1}", {f.held_on}));
  for (const auto& c : registers::joining_commitments()) {
    std::vector<Cell> row{Cell::of_text(c.title_sv),
                          Cell::of_text(registers::display_value(*registers::joining_spec().field(c.field),
                                                                 registers::value_of(*joining, c.field)))};
    for (const auto& f : held) {
      auto it = std::find_if(f.commitments.begin(), f.commitments.end(),
                             [&](const CommitmentDialogue& d) { return d.commitment == c.field; });
      row.push_back(it == f.commitments.end() ? Cell::missing() : Cell::of_text(std::string(swedish_name(it->status))));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

Result<report_doc::Section> commitments_part(store::Database& db, const DueFollowUp& facts, const std::string& county,
                                             YearSpan span, const std::string& id_prefix,
                                             const std::optional<User>& user) {
  report_doc::Section out{.id = id_prefix + "-ataganden", .heading = i18n::tr("Åtaganden"), .level = 3};
  auto joining = joining_commitments_table(db, facts, user);
  if (!joining) return joining.error();
  out.tables.push_back(std::move(*joining));

  auto strategy = strategy_covering(db, county, span.last);
  if (!strategy) {
    out.paragraphs.push_back(i18n::trf("Länet har ingen strategi för {1}.", {std::to_string(span.last)}));
    return out;
  }
  auto overview = list_commitments(db, strategy->id, user);
  if (!overview) return overview.error();
  report_doc::Table table{.caption = i18n::tr("Åtaganden i strategin per år"),
                          .columns = {i18n::tr("Åtagande"), i18n::tr("Mål")},
                          .rows = {}};
  for (int y = span.first; y <= span.last; ++y) table.columns.push_back(std::to_string(y));
  for (const auto& c : overview->commitments) {
    if (c.commitment.owner_organisation_id != facts.organisation_id) continue;
    std::vector<Cell> row{Cell::of_text(c.commitment.text), Cell::of_text(c.node_code)};
    for (int y = span.first; y <= span.last; ++y) {
      auto it = std::find_if(c.statuses.begin(), c.statuses.end(), [&](const auto& r) { return r.year == y; });
      auto status = it == c.statuses.end() ? std::nullopt : parse_commitment_status(it->status);
      row.push_back(status ? Cell::of_text(std::string(swedish_name(*status))) : Cell::missing());
    }
    table.rows.push_back(std::move(row));
  }
  if (table.rows.empty())
    out.paragraphs.push_back(i18n::trf("Organisationen äger inga åtaganden i strategin «{1}».", {strategy->title}));
  else
    out.tables.push_back(std::move(table));
  return out;
}

}  // namespace jamt::service::follow_up_parts
