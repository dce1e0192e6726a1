#include "service/follow_up_round/follow_up_round.hpp"

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
  out.push_back(f.type_label + ", ansluten " + f.joined_on + ".");
  out.push_back(f.last_follow_up.empty() ? "Ingen uppföljning före " + std::to_string(year) + "."
                                         : "Senaste uppföljning före " + std::to_string(year) + ": " +
                                               f.last_follow_up + ".");
  if (f.due > std::to_string(year) + "-12-31")
    out.push_back("Nästa uppföljning " + f.due + ", inte " + std::to_string(year) + ".");
  else
    out.push_back("Uppföljning senast " + f.due + (f.overdue ? " (försenad)." : "."));
  if (!f.held_on.empty()) out.push_back("Uppföljningen hölls " + f.held_on + ".");
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
  report_doc::Table table{.caption = "Att följa upp",
                          .columns = {"Organisation", "Typ", "Ansluten", "Senaste uppföljning", "Uppföljning senast",
                                      "Hållen"},
                          .rows = {}};
  auto text_or_missing = [](const std::string& t) { return t.empty() ? Cell::missing() : Cell::of_text(t); };
  for (const auto& d : due)
    table.rows.push_back({Cell::of_text(d.organisation_name), Cell::of_text(d.type_label), Cell::of_text(d.joined_on),
                          text_or_missing(d.last_follow_up),
                          Cell::of_text(d.due + (d.overdue ? " (försenad)" : "")), text_or_missing(d.held_on)});
  return table;
}

}  // namespace

Result<report_doc::Document> follow_up_round(store::Database& db, const std::string& county_code, int year,
                                             const std::optional<User>& user) {
  auto due = due_follow_ups(db, county_code, year, user);
  if (!due) return due.error();
  report_doc::Document doc{.title = "Treårsuppföljning " + std::to_string(year),
                           .subtitle = county_name(county_code) + ": anslutna verksamheter som följs upp",
                           .language = "sv", .generated_at = db.clock().now_text(), .sections = {}};
  report_doc::Section overview{.id = "att-folja-upp", .heading = "Att följa upp " + std::to_string(year), .level = 2};
  overview.paragraphs.push_back(
      std::to_string(due->size()) +
      " anslutna verksamheter ska följas upp. Varje ansluten verksamhet följs upp vart tredje år: tre år efter "
      "anslutningen, sedan tre år efter varje uppföljning.");
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
  report_doc::Document doc{.title = "Treårsuppföljning " + std::to_string(year) + ": " + (*facts)->organisation_name,
                           .subtitle = county_name(*county), .language = "sv",
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
