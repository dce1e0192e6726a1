#include "service/follow_up_round/follow_up_round.hpp"

#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "service/authorization.hpp"
#include "service/follow_up_round/due_follow_ups.hpp"
#include "service/follow_up_round/section_parts.hpp"
#include "service/organisations/organisation_lookup.hpp"

namespace jamt::service {

namespace {

using report_doc::Cell;

std::string county_name(const std::string& code) {
  const Region* county = RegionCatalogue::instance().find_county(code);
  return county ? county->name : code;
}

// The sentences that open an organisation's section.
std::vector<std::string> facts_paragraphs(const DueFollowUp& f, int year) {
  std::vector<std::string> out;
  const std::string y = std::to_string(year);
  out.push_back(i18n::trf("{1}, ansluten {2}.", {f.type_label, f.joined_on}));
  out.push_back(f.last_follow_up.empty() ? i18n::trf("Ingen uppföljning före {1}.", {y})
                                         : i18n::trf("Senaste uppföljning före {1}: {2}.", {y, f.last_follow_up}));
  if (f.due > y + "-12-31")
    out.push_back(i18n::trf("Nästa uppföljning {1}, inte {2}.", {f.due, y}));
  else
    out.push_back(f.overdue ? i18n::trf("Uppföljning senast {1} (försenad).", {f.due})
                            : i18n::trf("Uppföljning senast {1}.", {f.due}));
  if (!f.held_on.empty()) out.push_back(i18n::trf("Uppföljningen hölls {1}.", {f.held_on}));
  return out;
}

// One organisation's section (level 2) with its parts.
Result<report_doc::Section> organisation_section(store::Database& db, const DueFollowUp& facts,
                                                 const std::string& county, int year,
                                                 const std::optional<User>& user) {
  namespace parts = follow_up_parts;
  const std::string prefix = "organisation-" + std::to_string(facts.organisation_id);
  report_doc::Section out{.id = prefix, .heading = facts.organisation_name, .level = 2,
                          .paragraphs = facts_paragraphs(facts, year)};
  auto span = parts::span_of(facts, year);
  for (auto part : {parts::commitments_part(db, facts, county, span, prefix, user),
                    parts::checklists_part(db, facts, span, prefix, user),
                    parts::activities_part(db, facts, span, prefix, user),
                    parts::reporting_part(db, facts, span, prefix, user),
                    parts::surveys_part(db, facts, county, prefix, user)}) {
    if (!part) return part.error();
    out.children.push_back(std::move(*part));
  }
  return out;
}

// The table of who is due.
report_doc::Table due_table(const std::vector<DueFollowUp>& due) {
  report_doc::Table table{.caption = i18n::tr("Att följa upp"),
                          .columns = {i18n::tr("Organisation"), i18n::tr("Typ"), i18n::tr("Ansluten"),
                                      i18n::tr("Senaste uppföljning"), i18n::tr("Uppföljning senast"),
                                      i18n::tr("Hållen")},
                          .rows = {}};
  auto text_or_missing = [](const std::string& t) { return t.empty() ? Cell::missing() : Cell::of_text(t); };
  for (const auto& d : due)
    table.rows.push_back({Cell::of_text(d.organisation_name), Cell::of_text(d.type_label), Cell::of_text(d.joined_on),
                          text_or_missing(d.last_follow_up),
                          Cell::of_text(d.overdue ? i18n::trf("{1} (försenad)", {d.due}) : d.due), text_or_missing(d.held_on)});
  return table;
}

}  // namespace

Result<report_doc::Document> follow_up_round(store::Database& db, const std::string& county_code, int year,
                                             const std::optional<User>& user) {
  auto due = due_follow_ups(db, county_code, year, user);
  if (!due) return due.error();
  report_doc::Document doc{.title = i18n::trf("Treårsuppföljning {1}", {std::to_string(year)}),
                           .subtitle = i18n::trf("{1}: anslutna verksamheter som följs upp", {county_name(county_code)}),
                           .language = std::string(i18n::code(i18n::current_language())), .generated_at = db.clock().now_text(), .sections = {}};
  report_doc::Section overview{.id = "att-folja-upp", .heading = i18n::trf("Att följa upp {1}", {std::to_string(year)}), .level = 2};
  overview.paragraphs.push_back(
      i18n::trf("{1} anslutna verksamheter ska följas upp. Varje ansluten verksamhet följs upp vart tredje år: tre år "
                "efter anslutningen, sedan tre år efter varje uppföljning.",
                {std::to_string(due->size())}));
  if (!due->empty()) overview.tables.push_back(due_table(*due));
  doc.sections.push_back(std::move(overview));
  for (const auto& d : *due) {
    auto section = organisation_section(db, d, county_code, year, user);
    if (!section) return section.error();
    doc.sections.push_back(std::move(*section));
  }
  return doc;
}

Result<report_doc::Document> organisation_follow_up(store::Database& db, std::int64_t organisation_id, int year,
                                                    const std::optional<User>& user) {
  auto county = organisation_county(db, organisation_id);
  if (!county) return missing_record_error(user, "organisation");
  Scope scope{.county_code = *county, .organisation_id = organisation_id};
  if (auto a = authorize_stored(user, Action::read, scope, "organisation"); !a) return a.error();
  if (year < 2000 || year > 2100) return validation_error("year: året ska vara 2000–2100", {}, "year");
  auto facts = joining_follow_up_facts(db, organisation_id, year);
  if (!facts) return facts.error();
  if (!*facts) return not_found_error("no joined organisation with that id");
  report_doc::Document doc{.title = i18n::trf("Treårsuppföljning {1}: {2}",
                                              {std::to_string(year), (*facts)->organisation_name}),
                           .subtitle = county_name(*county),
                           .language = std::string(i18n::code(i18n::current_language())),
                           .generated_at = db.clock().now_text(), .sections = {}};
  auto section = organisation_section(db, **facts, *county, year, user);
  if (!section) return section.error();
  doc.sections.push_back(std::move(*section));
  return doc;
}

std::optional<std::string> follow_up_county_of(store::Database& db, std::int64_t organisation_id) {
  return organisation_county(db, organisation_id);
}

}  // namespace jamt::service
