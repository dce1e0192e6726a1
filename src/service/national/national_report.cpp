#include "service/national/national_report.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "domain/disclosure/small_counts.hpp"
#include "domain/national/regional_sum.hpp"
#include "domain/national_goals.hpp"
#include "domain/regions.hpp"
#include "service/authorization.hpp"
#include "service/disclosure/audience.hpp"
#include "service/indicator_counts/register_counts.hpp"
#include "service/indicators/strategy_indicators.hpp"
#include "service/national/national_plan.hpp"
#include "service/strategy/strategy_service.hpp"
#include "service/surveys/survey_results_service.hpp"
#include "store/national/national_report_queries.hpp"
#include "store/surveys/survey_repository.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

using report_doc::Cell;
using report_doc::Section;
using report_doc::Table;

Section section(std::string id, std::string heading, int level = 2) {
  return Section::titled(std::move(id), std::move(heading), level);
}

Cell count(std::int64_t n) { return Cell::of_number(static_cast<double>(n)); }
Cell kronor(std::int64_t n) { return Cell::of_number(static_cast<double>(n), 0, "kr"); }
Cell percent(const std::optional<double>& p) { return Cell::of_optional(p, 1, "%"); }
Cell optional_number(const std::optional<double>& v) {
  if (!v) return Cell::missing();
  bool whole = *v == static_cast<double>(static_cast<long long>(*v));
  return Cell::of_number(*v, whole ? 0 : 1);
}

std::string county_name(const std::string& code) {
  const Region* r = RegionCatalogue::instance().find_county(code);
  return r ? r->name : code;
}

std::vector<Region> counties() { return RegionCatalogue::instance().at_level(RegionLevel::county); }

// --- per national sub-goal ---------------------------------------------

struct CountyStrategy {
  Strategy strategy{};
  std::map<std::int64_t, IndicatorSeries> values{};
};

void collect_nodes(const std::vector<GoalNode>& nodes, const std::string& reference,
                   std::vector<const GoalNode*>& out) {
  for (const auto& n : nodes) {
    if (std::find(n.national_goals.begin(), n.national_goals.end(), reference) != n.national_goals.end())
      out.push_back(&n);
    collect_nodes(n.children, reference, out);
  }
}

std::optional<stats::GenderAnalysis> value_in(const IndicatorSeries* series, int year) {
  if (!series) return std::nullopt;
  for (const auto& row : series->rows)
    if (period_year(row.period) == year) return row.analysis;
  return std::nullopt;
}

Section subgoal_sections(const std::vector<CountyStrategy>& strategies, int year) {
  Section top = section("delmal", i18n::tr("Per nationellt delmål"));
  top.paragraphs.push_back(i18n::trf("Länens mål som bidrar till varje jämställdhetspolitiskt delmål, med sina indikatorer och "
                                     "värdena för {1} sida vid sida. Indikatorerna skiljer sig mellan länen och summeras därför inte.",
                                     {std::to_string(year)}));
  if (strategies.empty()) top.paragraphs.push_back(i18n::trf("Inget län har en strategi som gäller {1}.", {std::to_string(year)}));
  for (const auto& catalogue : national_goal_catalogues()) {
    bool used = std::any_of(strategies.begin(), strategies.end(),
                            [&](const CountyStrategy& c) { return c.strategy.national_goal_version == catalogue.version; });
    if (!used) continue;
    for (const auto& goal : catalogue.subgoals) {
      const std::string reference = goal.reference(catalogue.version);
      Section s = section("delmal-" + catalogue.version + "-" + goal.code,
                          i18n::trf("Delmål {1} ({2}): {3}", {goal.code, catalogue.version, goal.title}), 3);
      s.paragraphs.push_back(goal.description);
      Table t{.caption = i18n::trf("Delmål {1}: länens mål och indikatorer {2}", {goal.code, std::to_string(year)}),
              .columns = {i18n::tr("Län"), i18n::tr("Mål"), i18n::tr("Indikator"), i18n::tr("Kvinnor"), i18n::tr("Män"), i18n::tr("Totalt"), i18n::tr("Kvinnors andel (%)")},
              .rows = {}};
      for (const auto& c : strategies) {
        if (c.strategy.national_goal_version != catalogue.version) continue;
        std::vector<const GoalNode*> nodes;
        collect_nodes(c.strategy.goals, reference, nodes);
        for (const GoalNode* n : nodes) {
          Cell county = Cell::of_text(county_name(c.strategy.county_code));
          Cell node = Cell::of_text(n->code + " " + n->title);
          if (n->indicators.empty()) t.rows.push_back({county, node, Cell::of_text(i18n::tr("(ingen indikator)"))});
          for (const auto& ind : n->indicators) {
            auto it = c.values.find(ind.id);
            auto v = value_in(it == c.values.end() ? nullptr : &it->second, year);
            t.rows.push_back({county, node, Cell::of_text(ind.code + " " + ind.name),
                              optional_number(v ? v->women : std::nullopt),
                              optional_number(v ? v->men : std::nullopt),
                              optional_number(v ? v->total : std::nullopt),
                              percent(v ? v->women_share : std::nullopt)});
          }
        }
      }
      if (t.rows.empty()) s.paragraphs.push_back(i18n::tr("Inget läns mål är kopplat till delmålet."));
      else s.tables.push_back(std::move(t));
      top.children.push_back(std::move(s));
    }
  }
  return top;
}

// --- per county --------------------------------------------------------

struct CountyFigures {
  std::string code{};
  std::int64_t joined = 0;
  std::int64_t with_plan = 0;
  std::int64_t activities = 0;
  std::int64_t women = 0;
  std::int64_t men = 0;
  std::int64_t checklists = 0;
  store::ReportingTally reporting{};
  // Participants shown as ".." (docs/small-numbers.md).
  jamt::disclosure::SexProtection hidden{};
};

std::int64_t as_count(const std::optional<double>& v) { return v ? static_cast<std::int64_t>(*v) : 0; }

Result<indicator_counts::CountValue> count_of(store::Database& db, const std::string& county, const std::string& name,
                                              int year) {
  auto years = indicator_counts::count_years(db, county, {.count = name, .params = {}}, year, year);
  if (!years) return years.error();
  if (years->empty()) return indicator_counts::CountValue{};
  return years->front().value;
}

Result<std::vector<CountyFigures>> county_figures(store::Database& db, int year) {
  std::map<std::string, int> checklists;
  std::map<std::string, store::ReportingTally> reporting;
  Status read = db.read([&](soci::session& s) -> Status {
    checklists = store::checklists_per_county(s, year);
    reporting = store::reporting_per_county(s, year);
    return {};
  });
  if (!read) return read.error();
  std::vector<CountyFigures> out;
  for (const auto& county : counties()) {
    CountyFigures f{.code = county.code};
    auto joined = count_of(db, county.code, "joined_organisations", year);
    auto plans = count_of(db, county.code, "organisations_with_action_plan", year);
    auto activities = count_of(db, county.code, "activities_completed", year);
    auto participants = count_of(db, county.code, "activity_participants", year);
    for (const auto* r : {&joined, &plans, &activities, &participants})
      if (!*r) return r->error();
    f.joined = as_count(joined->total);
    f.with_plan = as_count(plans->total);
    f.activities = as_count(activities->total);
    f.women = as_count(participants->women);
    f.men = as_count(participants->men);
    if (auto it = checklists.find(county.code); it != checklists.end()) f.checklists = it->second;
    if (auto it = reporting.find(county.code); it != reporting.end()) f.reporting = it->second;
    out.push_back(f);
  }
  // Participants are persons: small counts are protected county by county,
  // and a second county's beside a protected one, so that Riket's sum does
  // not give it back. Only admins own every county's figures.
  const int threshold = service::disclosure::threshold_for("");
  std::vector<stats::SexValues> people;
  for (const auto& f : out)
    people.push_back({.women = double(f.women), .men = double(f.men), .total = double(f.women + f.men)});
  auto hidden = jamt::disclosure::protect_table(people, threshold);
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].hidden = hidden[i];
    if (hidden[i].any()) service::disclosure::note_protected();
  }
  return out;
}

Section county_section(const std::vector<CountyFigures>& figures, int year) {
  Section s = section("lan", i18n::tr("Per län"));
  s.paragraphs.push_back(i18n::trf("Anslutna organisationer och handlingsplaner den 31 december {1}; genomförda aktiviteter, "
                                   "deltagare och checklistor under året; periodisk rapportering: inlämnade rapporter av de "
                                   "väntade för årets perioder.",
                                   {std::to_string(year)}));
  s.paragraphs.push_back(i18n::tr(national::aggregation_method_text()));
  Table t{.caption = i18n::trf("Per län {1}", {std::to_string(year)}),
          .columns = {i18n::tr("Län"), i18n::tr("Anslutna organisationer"), i18n::tr("Med handlingsplan"), i18n::tr("Andel med handlingsplan (%)"),
                      i18n::tr("Genomförda aktiviteter"), i18n::tr("Deltagare kvinnor"), i18n::tr("Deltagare män"), i18n::tr("Kvinnors andel av deltagarna (%)"),
                      i18n::tr("Checklistor"), i18n::tr("Väntade rapporter"), i18n::tr("Inlämnade rapporter"), i18n::tr("Andel inlämnade (%)")},
          .rows = {}};
  std::vector<national::PartOfWhole> plans, participants, reports;
  std::int64_t joined = 0, activities = 0, checklists = 0;
  for (const auto& f : figures) {
    national::PartOfWhole plan{.part = f.with_plan, .whole = f.joined};
    national::PartOfWhole people{.part = f.women, .whole = f.women + f.men};
    national::PartOfWhole report{.part = f.reporting.submitted, .whole = f.reporting.expected};
    plans.push_back(plan);
    participants.push_back(people);
    reports.push_back(report);
    joined += f.joined;
    activities += f.activities;
    checklists += f.checklists;
    t.rows.push_back({Cell::of_text(county_name(f.code)), count(f.joined), count(f.with_plan),
                      percent(national::share_percent(plan)), count(f.activities),
                      f.hidden.women ? Cell::missing() : count(f.women), f.hidden.men ? Cell::missing() : count(f.men),
                      f.hidden.shares() ? Cell::missing() : percent(national::share_percent(people)),
                      count(f.checklists), count(f.reporting.expected),
                      count(f.reporting.submitted), percent(national::share_percent(report))});
  }
  auto plan_sum = national::sum_over_regions(plans);
  auto people_sum = national::sum_over_regions(participants);
  auto report_sum = national::sum_over_regions(reports);
  const auto riket = jamt::disclosure::protect_sexes(
      {.women = double(people_sum.part), .men = double(people_sum.whole - people_sum.part),
       .total = double(people_sum.whole)},
      service::disclosure::threshold_for(""));
  if (riket.any()) service::disclosure::note_protected();
  t.rows.push_back({Cell::of_text(i18n::tr("Riket")), count(joined), count(plan_sum.part), percent(plan_sum.share_percent),
                    count(activities), riket.women ? Cell::missing() : count(people_sum.part),
                    riket.men ? Cell::missing() : count(people_sum.whole - people_sum.part),
                    riket.shares() ? Cell::missing() : percent(people_sum.share_percent), count(checklists),
                    count(report_sum.whole),
                    count(report_sum.part), percent(report_sum.share_percent)});
  s.tables.push_back(std::move(t));
  return s;
}

// --- national surveys ----------------------------------------------------

Result<Section> survey_section(store::Database& db, int year, const std::optional<User>& user) {
  Section s = section("enkater", i18n::tr("Nationella enkäter"));
  std::vector<store::SurveySummary> surveys;
  Status read = db.read([&](soci::session& session) -> Status {
    surveys = store::list_surveys(session, "*");
    return {};
  });
  if (!read) return read.error();
  const std::string round = std::to_string(year);
  int shown = 0, hidden = 0;
  for (const auto& summary : surveys) {
    if (!summary.national || summary.status == "draft" || summary.round.rfind(round, 0) != 0) continue;
    auto view = survey_results(db, summary.id, ResultsQuery{.by = {}, .compare = std::nullopt}, user);
    if (!view) {
      if (view.error().code == ErrorKind::database) return view.error();
      ++hidden;
      continue;
    }
    Table t{.caption = i18n::trf("{1} ({2}): antal län som svarat Ja, Delvis och Nej", {summary.title, summary.round}),
            .columns = {i18n::tr("Påstående"), i18n::tr("Ja"), i18n::tr("Delvis"), i18n::tr("Nej"), i18n::tr("Ej svar")},
            .rows = {}};
    for (const auto& row : view->national_table)
      t.rows.push_back({Cell::of_text(row.text), count(row.ja), count(row.delvis), count(row.nej),
                        count(row.not_answered)});
    s.tables.push_back(std::move(t));
    ++shown;
  }
  if (shown == 0 && hidden == 0) s.paragraphs.push_back(i18n::trf("Ingen nationell enkät för {1}.", {round}));
  if (hidden > 0) s.paragraphs.push_back(i18n::tr("Resultaten av nationella enkäter visas för inloggade som får läsa dem."));
  return s;
}

// --- the national level ---------------------------------------------------

Result<Section> plan_section(store::Database& db, const std::optional<User>& user) {
  Section s = section("handlingsplan", i18n::tr("Nationell handlingsplan"));
  auto plan = national_plan(db, user);
  if (!plan) return plan.error();
  if (!*plan) {
    s.paragraphs.push_back(i18n::tr("Ingen nationell handlingsplan är sparad."));
    return s;
  }
  const NationalPlan& p = **plan;
  s.paragraphs.push_back(p.title);
  s.paragraphs.push_back(i18n::trf("Övergripande mål: {1}", {p.overall_goal}));
  Table t{.caption = i18n::tr("Operativa delmål med insatser och förväntad effekt"),
          .columns = {i18n::tr("Delmål"), i18n::tr("Insatser"), i18n::tr("Förväntad effekt")},
          .rows = {}};
  auto lines = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& line : v) out += (out.empty() ? "" : "; ") + line;
    return out;
  };
  for (std::size_t i = 0; i < p.subgoals.size(); ++i)
    t.rows.push_back({Cell::of_text(std::to_string(i + 1) + ". " + p.subgoals[i].title),
                      Cell::of_text(lines(p.subgoals[i].insatser)),
                      Cell::of_text(lines(p.subgoals[i].expected_effects))});
  s.tables.push_back(std::move(t));
  return s;
}

Result<Section> network_section(store::Database& db, int year) {
  Section s = section("natverk", i18n::tr("Nationella nätverk"));
  std::vector<store::NationalNetwork> networks;
  Status read = db.read([&](soci::session& session) -> Status {
    networks = store::national_networks(session, year);
    return {};
  });
  if (!read) return read.error();
  if (networks.empty()) s.paragraphs.push_back(i18n::trf("Inget nationellt nätverk under {1}.", {std::to_string(year)}));
  for (const auto& n : networks) {
    std::map<std::string, int> per_county;
    for (const auto& m : n.members) per_county[m.county_code] += 1;
    Table t{.caption = i18n::trf("{1}: medlemmar {2} från {3} län",
                                 {n.name, std::to_string(year), std::to_string(per_county.size())}),
            .columns = {i18n::tr("Län"), i18n::tr("Organisation")},
            .rows = {}};
    for (const auto& m : n.members) t.rows.push_back({Cell::of_text(county_name(m.county_code)), Cell::of_text(m.organisation)});
    if (!n.description.empty()) s.paragraphs.push_back(n.name + ": " + n.description);
    s.tables.push_back(std::move(t));
  }
  return s;
}

Result<Section> resource_section(store::Database& db, int year, const std::optional<User>& user) {
  Section s = section("resurser", i18n::tr("Resurser per län"));
  auto rows = resources_of_year(db, year, user);
  if (!rows) return rows.error();
  s.paragraphs.push_back(i18n::tr("Medel i kronor. Oförbrukade = anslagna − förbrukade; överförda är den del av de "
                         "oförbrukade som förs över till nästa år. Riket är summan av länen."));
  if (rows->empty()) {
    s.paragraphs.push_back(i18n::trf("Inga resurser är registrerade för {1}.", {std::to_string(year)}));
    return s;
  }
  Table t{.caption = i18n::trf("Resurser per län {1}", {std::to_string(year)}),
          .columns = {i18n::tr("Län"), i18n::tr("Anslagna"), i18n::tr("Förbrukade"), i18n::tr("Oförbrukade"), i18n::tr("Överförda")},
          .rows = {}};
  for (const auto& r : *rows)
    t.rows.push_back({Cell::of_text(county_name(r.county_code)), kronor(r.granted), kronor(r.used), kronor(unspent(r)),
                      kronor(r.carried_over)});
  const CountyResources total = resources_total(*rows);
  t.rows.push_back({Cell::of_text(i18n::tr("Riket")), kronor(total.granted), kronor(total.used), kronor(unspent(total)),
                    kronor(total.carried_over)});
  s.tables.push_back(std::move(t));
  return s;
}

Result<Section> example_section(store::Database& db, const std::optional<User>& user) {
  Section s = section("exempel", i18n::tr("Lärande exempel per län"));
  auto all = examples(db, user);
  if (!all) return all.error();
  if (all->empty()) s.paragraphs.push_back(i18n::tr("Inga aktiviteter är markerade som exempel."));
  std::map<std::string, std::vector<ActivityExample>> by_county;
  for (const auto& e : *all) by_county[e.county_code].push_back(e);
  for (auto& [code, list] : by_county) {
    std::stable_sort(list.begin(), list.end(), [](const ActivityExample& a, const ActivityExample& b) {
      return a.development_area < b.development_area;
    });
    Section c = section("exempel-" + code, county_name(code), 3);
    Table t{.caption = i18n::trf("Exempel i {1} per utvecklingsområde", {county_name(code)}),
            .columns = {i18n::tr("Utvecklingsområde"), i18n::tr("Aktivitet"), i18n::tr("Startdatum")},
            .rows = {}};
    for (const auto& e : list)
      t.rows.push_back({Cell::of_text(e.development_area), Cell::of_text(e.title), Cell::of_text(e.start_date)});
    c.tables.push_back(std::move(t));
    s.children.push_back(std::move(c));
  }
  return s;
}

}  // namespace

Result<report_doc::Document> national_report(store::Database& db, int year, const std::optional<User>& user) {
  if (year < kFirstNationalYear || year > kLastNationalYear)
    return validation_error(i18n::trf("Året ska ligga mellan {1} och {2}",
                                      {std::to_string(kFirstNationalYear), std::to_string(kLastNationalYear)}),
                            {}, "year");
  report_doc::Document doc{.title = i18n::trf("Nationell sammanställning {1}", {std::to_string(year)}),
                           .subtitle = i18n::tr("Länsstyrelsernas arbete med jämställdhetsintegrering, alla län"),
                           .language = "sv",
                           .generated_at = db.clock().now_text(),
                           .sections = {}};

  std::vector<CountyStrategy> strategies;
  for (const auto& county : counties()) {
    auto strategy = strategy_covering(db, county.code, year);
    if (!strategy || !may_read_strategy(user, strategy->county_code, strategy->status)) continue;
    auto values = strategy_indicator_values(db, *strategy);
    if (!values) return values.error();
    strategies.push_back(CountyStrategy{.strategy = std::move(*strategy), .values = std::move(*values)});
  }
  Section about = section("om", i18n::tr("Om sammanställningen"));
  about.paragraphs.push_back(
      i18n::trf("{1} av 21 län har en strategi som gäller {2}.", {std::to_string(strategies.size()), std::to_string(year)}));
  about.paragraphs.push_back(i18n::tr(national::aggregation_method_text()));
  doc.sections.push_back(std::move(about));
  doc.sections.push_back(subgoal_sections(strategies, year));

  auto figures = county_figures(db, year);
  if (!figures) return figures.error();
  doc.sections.push_back(county_section(*figures, year));

  auto surveys = survey_section(db, year, user);
  if (!surveys) return surveys.error();
  doc.sections.push_back(std::move(*surveys));
  auto plan = plan_section(db, user);
  if (!plan) return plan.error();
  doc.sections.push_back(std::move(*plan));
  auto networks = network_section(db, year);
  if (!networks) return networks.error();
  doc.sections.push_back(std::move(*networks));
  auto resources = resource_section(db, year, user);
  if (!resources) return resources.error();
  doc.sections.push_back(std::move(*resources));
  auto examples_of = example_section(db, user);
  if (!examples_of) return examples_of.error();
  doc.sections.push_back(std::move(*examples_of));
  return doc;
}

}  // namespace jamt::service
