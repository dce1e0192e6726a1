#include "service/report_year/report_parts.hpp"

#include <cmath>

#include "domain/disclosure/small_counts.hpp"
#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "domain/registers/checklist_summary.hpp"
#include "domain/registers/organisation.hpp"
#include "domain/report/number_text.hpp"
#include "domain/strategy/commitment_status.hpp"
#include "service/checklists/checklist_register.hpp"
#include "service/disclosure/audience.hpp"
#include "service/checklists/steering_document_register.hpp"
#include "service/groups/group_register.hpp"
#include "service/groups/meeting_register.hpp"
#include "service/joining/joining_reports.hpp"
#include "service/reporting/reporting_overview.hpp"
#include "service/surveys/survey_results_service.hpp"
#include "store/surveys/survey_repository.hpp"

namespace jamt::service::report_year {

namespace {

using namespace jamt::report_doc;

Section part(const std::string& id, const std::string& heading) {
  return Section::titled(id, heading, 3);
}

std::string unavailable(const Error& e) {
  if (e.code == ErrorKind::unauthorized || e.code == ErrorKind::forbidden)
    return i18n::tr("Uppgifterna visas bara för länets strategiska funktion, samordnare och administratörer.");
  return i18n::trf("Uppgifterna kunde inte hämtas: {1}", {e.message});
}

std::string type_label(const std::string& code) {
  if (const auto* field = registers::organisation_spec().field("type"))
    for (const auto& c : field->choices)
      if (c.code == code) return c.label_sv;
  return code;
}

Section joined_part(store::Database& db, const std::string& county, const std::optional<User>& user) {
  Section s = part("lanet-anslutna", i18n::tr("Anslutna verksamheter"));
  auto summary = joining_summary(db, county, user);
  if (!summary) {
    s.paragraphs.push_back(unavailable(summary.error()));
    return s;
  }
  int municipalities = 0;
  for (const auto& r : RegionCatalogue::instance().at_level(RegionLevel::municipality))
    if (r.parent == county) ++municipalities;
  int joined_municipalities = 0;
  Table t{.caption = i18n::tr("Anslutna verksamheter per typ"),
          .columns = {i18n::tr("Typ"), i18n::tr("Anslutna")},
          .rows = {}};
  for (const auto& [type, n] : summary->joined_by_type) {
    if (type == "kommun") joined_municipalities = n;
    t.rows.push_back({Cell::of_text(type_label(type)), Cell::of_number(n)});
  }
  s.paragraphs.push_back(i18n::trf("{1} av länets {2} kommuner har anslutit sig (läget {3}).",
                                   {std::to_string(joined_municipalities), std::to_string(municipalities),
                                    summary->as_of}));
  s.paragraphs.push_back(i18n::trf("{1} av {2} anslutna verksamheter har en handlingsplan.",
                                   {std::to_string(summary->with_action_plan), std::to_string(summary->joined)}));
  t.rows.push_back({Cell::of_text(i18n::tr("Summa")), Cell::of_number(summary->joined)});
  t.rows.push_back({Cell::of_text(i18n::tr("varav med handlingsplan")), Cell::of_number(summary->with_action_plan)});
  s.tables.push_back(std::move(t));
  return s;
}

Section reporting_part(store::Database& db, const std::string& county, int year, const std::optional<User>& user) {
  Section s = part("lanet-rapportering", i18n::tr("Periodisk rapportering"));
  auto overview = board_overview(db, user);
  if (!overview) {
    s.paragraphs.push_back(unavailable(overview.error()));
    return s;
  }
  Table t{.caption = i18n::trf("Rapportering {1}", {std::to_string(year)}),
          .columns = {i18n::tr("Formulär"), i18n::tr("Period"), i18n::tr("Förväntade"), i18n::tr("Inlämnade"),
                      i18n::tr("I tid"), i18n::tr("Sent"), i18n::tr("Godkända"), i18n::tr("Andel inlämnade")},
          .rows = {}};
  for (const auto& f : *overview) {
    if (!f.form.county_code.empty() && f.form.county_code != county) continue;
    auto reports = form_reports(db, f.form.id, county, user);
    if (!reports) continue;
    for (auto it = reports->periods.rbegin(); it != reports->periods.rend(); ++it) {
      const auto& c = it->completeness;
      if (c.period.rfind(std::to_string(year), 0) != 0) continue;
      t.rows.push_back({Cell::of_text(f.form.title), Cell::of_text(c.period), Cell::of_number(c.expected),
                        Cell::of_number(c.submitted), Cell::of_number(c.on_time), Cell::of_number(c.late),
                        Cell::of_number(c.approved),
                        c.expected > 0 ? Cell::of_number(100.0 * c.submitted / c.expected, 1, "%") : Cell::missing()});
    }
  }
  if (t.rows.empty()) {
    s.paragraphs.push_back(i18n::trf("Ingen rapporteringsperiod under {1}.", {std::to_string(year)}));
    return s;
  }
  s.paragraphs.push_back(
      i18n::trf("Hur fullständig rapporteringen är per formulär och period under {1}.", {std::to_string(year)}));
  s.tables.push_back(std::move(t));
  return s;
}

Section checklist_part(store::Database& db, const std::string& county, int year, const std::optional<User>& user) {
  Section s = part("lanet-checklistor", i18n::tr("Checklistor"));
  auto records = checklists_of_county(db, county, user);
  if (!records) {
    s.paragraphs.push_back(unavailable(records.error()));
    return s;
  }
  auto summary = registers::county_summary(year, *records);
  if (summary.organisations == 0) {
    s.paragraphs.push_back(i18n::trf("Inga checklistor för {1}.", {std::to_string(year)}));
    return s;
  }
  s.paragraphs.push_back(summary.organisations == 1
                             ? i18n::trf("1 organisation har fyllt i checklistan för {1}.", {std::to_string(year)})
                             : i18n::trf("{1} organisationer har fyllt i checklistan för {2}.",
                                         {std::to_string(summary.organisations), std::to_string(year)}));
  Table t{.caption = i18n::trf("Checklistor {1}", {std::to_string(year)}),
          .columns = {i18n::tr("Punkt"), i18n::tr("Ja"), i18n::tr("Delvis"), i18n::tr("Nej"), i18n::tr("Andel ja")},
          .rows = {}};
  for (const auto& p : summary.points)
    t.rows.push_back({Cell::of_text(i18n::trf("Punkt {1}", {std::to_string(p.point)})), Cell::of_number(p.counts.ja),
                      Cell::of_number(p.counts.delvis), Cell::of_number(p.counts.nej),
                      Cell::of_optional(p.share_ja, 1, "%")});
  s.tables.push_back(std::move(t));
  return s;
}

Section steering_part(store::Database& db, const std::string& county, int year, const std::optional<User>& user) {
  Section s = part("lanet-styrdokument", i18n::tr("Styrdokument"));
  auto summary = steering_summary(db, county, std::nullopt, year, user);
  if (!summary) {
    s.paragraphs.push_back(unavailable(summary.error()));
    return s;
  }
  s.paragraphs.push_back(registers::steering_sentence(summary->total));
  if (summary->organisations.empty()) return s;
  Table t{.caption = i18n::trf("Styrdokument {1}", {std::to_string(year)}),
          .columns = {i18n::tr("Organisation"), i18n::tr("Bedömda"), i18n::tr("Relevanta"), i18n::tr("varav konkreta")},
          .rows = {}};
  for (const auto& o : summary->organisations)
    t.rows.push_back({Cell::of_text(o.organisation_name), Cell::of_number(o.counts.assessed),
                      Cell::of_number(o.counts.relevant), Cell::of_number(o.counts.concrete)});
  s.tables.push_back(std::move(t));
  return s;
}

Section attendance_part(store::Database& db, const std::string& county, int year, const std::optional<User>& user) {
  Section s = part("lanet-natverk", i18n::tr("Närvaro i länets nätverk"));
  auto groups = list_records(db, group_rules(), RecordQuery{.equals = {{"county_code", county}}, .search = {}, .order_by = {}},
                             user);
  if (!groups) {
    s.paragraphs.push_back(unavailable(groups.error()));
    return s;
  }
  Table t{.caption = i18n::trf("Närvaro {1}", {std::to_string(year)}),
          .columns = {i18n::tr("Nätverk"), i18n::tr("Medlemmar"), i18n::tr("Möten"), i18n::tr("Närvarande"),
                      i18n::tr("Närvarograd")},
          .rows = {}};
  for (const auto& g : *groups) {
    auto rows = group_attendance(db, std::stoll(registers::value_of(g, "id")), year, user);
    if (!rows || rows->empty()) continue;
    int held = 0, attended = 0;
    for (const auto& r : *rows) {
      held += r.meetings_held;
      attended += r.meetings_attended;
    }
    t.rows.push_back({Cell::of_text(registers::value_of(g, "name")), Cell::of_number(static_cast<double>(rows->size())),
                      Cell::of_number(held), Cell::of_number(attended),
                      held > 0 ? Cell::of_number(100.0 * attended / held, 1, "%") : Cell::missing()});
  }
  if (t.rows.empty()) {
    s.paragraphs.push_back(i18n::trf("Inga nätverk med medlemmar under {1}.", {std::to_string(year)}));
    return s;
  }
  s.paragraphs.push_back(i18n::tr("Närvarograden räknar möten: möten där organisationen var närvarande delat med möten "
                                  "som hölls medan den var medlem, summerat över nätverkets medlemmar."));
  s.tables.push_back(std::move(t));
  return s;
}

// The county's own surveys of the year (a round that starts with the year,
// e.g. "2025" or "2025 vår"): participation, and per question with a scale
// its number of answers and positive share, as the results page computes them.
Section survey_part(store::Database& db, const std::string& county, int year, const std::optional<User>& user) {
  Section s = part("lanet-enkater", i18n::tr("Enkäter"));
  std::vector<store::SurveySummary> surveys;
  Status read = db.read([&](soci::session& session) -> Status {
    for (auto& summary : store::list_surveys(session, county))
      if (summary.county_code == county && !summary.national && summary.status != "draft" &&
          summary.round.rfind(std::to_string(year), 0) == 0)
        surveys.push_back(std::move(summary));
    return {};
  });
  if (!read) {
    s.paragraphs.push_back(unavailable(read.error()));
    return s;
  }
  if (surveys.empty()) s.paragraphs.push_back(i18n::trf("Inga enkäter från länet under {1}.", {std::to_string(year)}));
  for (const auto& summary : surveys) {
    const std::string name = "«" + summary.title + "» (" + summary.round + ")";
    auto view = survey_results(db, summary.id, ResultsQuery{.by = {}, .compare = std::nullopt}, user);
    if (!view) {
      s.paragraphs.push_back(name + ": " + unavailable(view.error()));
      continue;
    }
    const auto& p = view->results.participants;
    // Respondents are persons: a small number reads ".." to whoever does
    // not own the county's figures (a published version: the public), and
    // so do the questions' numbers of answers and the shares of them.
    const int threshold = disclosure::threshold_for(county);
    const bool few = jamt::disclosure::is_small(double(p.respondents), threshold);
    if (few) disclosure::note_protected();
    const std::string respondents = few ? std::string("..") : std::to_string(p.respondents);
    s.paragraphs.push_back(
        p.response_rate && !few
            ? i18n::trf("{1}: {2} svar av {3} inbjudna (svarsfrekvens {4} %).",
                        {name, respondents, std::to_string(p.response_rate_denominator),
                         report_doc::number_text(*p.response_rate, 1)})
            : i18n::trf("{1}: {2} svar.", {name, respondents}));
    Table t{.caption = summary.title + " (" + summary.round + ")",
            .columns = {i18n::tr("Fråga"), i18n::tr("Antal svar"), i18n::tr("Andel positiva")},
            .rows = {}};
    for (const auto& q : view->results.questions) {
      if (q.hidden || !q.positive_percent) continue;
      if (jamt::disclosure::is_small(double(q.n), threshold)) {
        disclosure::note_protected();
        t.rows.push_back({Cell::of_text(q.text), Cell::missing(), Cell::missing()});
      } else {
        t.rows.push_back({Cell::of_text(q.text), Cell::of_number(q.n), Cell::of_optional(q.positive_percent, 1, "%")});
      }
    }
    if (!t.rows.empty()) s.tables.push_back(std::move(t));
  }
  return s;
}

}  // namespace

std::string number_text(double value) { return report_doc::number_text(value, std::floor(value) == value ? 0 : 1); }

std::string activity_status_label(const std::string& code) {
  if (code == "planerad") return i18n::tr("Planerad");
  if (code == "pagar") return i18n::tr("Pågår");
  if (code == "genomford") return i18n::tr("Genomförd");
  if (code == "installd") return i18n::tr("Inställd");
  return code;
}

std::string commitment_status_label(const std::string& code) {
  if (auto parsed = parse_commitment_status(code)) return std::string(swedish_name(*parsed));
  if (code == "planned") return i18n::tr("Planerat");
  if (code == "ongoing") return i18n::tr("Pågår");
  if (code == "done") return i18n::tr("Genomfört");
  if (code == "not_done") return i18n::tr("Inte genomfört");
  if (code.empty()) return i18n::tr("Ingen status");
  return code;
}

Section county_section(store::Database& db, const std::string& county_code, int year, const std::optional<User>& user) {
  const Region* county = RegionCatalogue::instance().find_county(county_code);
  Section s = Section::titled("lanet", i18n::trf("Länet: {1}", {county ? county->name : county_code}), 2);
  s.children.push_back(joined_part(db, county_code, user));
  s.children.push_back(reporting_part(db, county_code, year, user));
  s.children.push_back(survey_part(db, county_code, year, user));
  s.children.push_back(checklist_part(db, county_code, year, user));
  s.children.push_back(steering_part(db, county_code, year, user));
  s.children.push_back(attendance_part(db, county_code, year, user));
  return s;
}

}  // namespace jamt::service::report_year
