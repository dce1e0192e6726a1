#include "service/report_year/yearly_report.hpp"

#include "service/disclosure/audience.hpp"

#include <cmath>
#include <map>
#include <set>

#include "domain/i18n/language.hpp"
#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "domain/report/number_text.hpp"
#include "service/indicators/indicator_values.hpp"
#include "service/report_year/report_parts.hpp"
#include "service/strategy_year/strategy_year.hpp"
#include "store/report_year/report_year_repository.hpp"

namespace jamt::service {

namespace {

using namespace jamt::report_doc;
using report_year::number_text;

std::string year_text(int year) { return std::to_string(year); }

// Decimals for a column of values: none when every value is whole.
int decimals_of(const std::vector<IndicatorRow>& rows, std::optional<double> stats::GenderAnalysis::*field) {
  for (const auto& r : rows)
    if (const auto& v = r.analysis.*field; v && std::floor(*v) != *v) return 1;
  return 0;
}

std::string subject_phrase(const std::string& subject) {
  if (subject == "women") return i18n::tr("kvinnor");
  if (subject == "men") return i18n::tr("män");
  if (subject == "women_share") return i18n::tr("kvinnors andel");
  return i18n::tr("totalt");
}

// The latest year's values as one sentence.
std::string latest_sentence(const IndicatorRow& row) {
  const auto& a = row.analysis;
  std::vector<std::string> parts;
  // A protected count of persons reads "..", as in the table.
  if (a.women || row.hidden.women) parts.push_back(i18n::trf("kvinnor {1}", {a.women ? number_text(*a.women) : ".."}));
  if (a.men || row.hidden.men) parts.push_back(i18n::trf("män {1}", {a.men ? number_text(*a.men) : ".."}));
  if (a.total || row.hidden.total) parts.push_back(i18n::trf("totalt {1}", {a.total ? number_text(*a.total) : ".."}));
  std::string values;
  for (std::size_t i = 0; i < parts.size(); ++i) values += (i ? ", " : "") + parts[i];
  if (parts.empty()) values = i18n::tr("inga värden");
  std::string s = i18n::trf("Senaste värde ({1}): {2}.", {row.period, values});
  if (a.women_share) {
    const std::string share = report_doc::number_text(*a.women_share, 1);
    s += " " + (a.balance ? i18n::trf("Kvinnors andel {1} % ({2}).", {share, i18n::tr(stats::swedish_name(*a.balance))})
                          : i18n::trf("Kvinnors andel {1} %.", {share}));
  }
  if (a.women_pct_of_men)
    s += " " + i18n::trf("Kvinnor i procent av män: {1} %.", {report_doc::number_text(*a.women_pct_of_men, 1)});
  return s;
}

// The change since the baseline of the progress assessment, or "".
std::string change_sentence(const indicators::Progress& p) {
  if (!p.from || !p.to || p.from->year == p.to->year) return "";
  const double change = p.to->value - p.from->value;
  const bool share = p.subject == "women_share";
  std::string amount = (change > 0 ? "+" : "") + report_doc::number_text(change, share || std::floor(change) != change ? 1 : 0);
  const std::string unit = share ? " %" : "";
  const std::string from = year_text(p.from->year), what = subject_phrase(p.subject),
                    before = number_text(p.from->value) + unit, after = number_text(p.to->value) + unit,
                    to = year_text(p.to->year);
  return share ? i18n::trf("Förändring sedan basåret {1} ({2}): från {3} till {4} ({5}), {6} procentenheter.",
                           {from, what, before, after, to, amount})
               : i18n::trf("Förändring sedan basåret {1} ({2}): från {3} till {4} ({5}), {6}.",
                           {from, what, before, after, to, amount});
}

Section indicator_section(store::Database& db, const Strategy& strategy, const GoalNode& node,
                          const Indicator& indicator, const std::string& id, int level, int year,
                          std::map<std::string, int>& statuses) {
  Section s = Section::titled(id, i18n::trf("Indikator {1}: {2}", {indicator.code, indicator.name}), level);
  IndicatorInStrategy item{.strategy = strategy,
                           .indicator = indicator,
                           .node_id = node.id,
                           .node_code = node.code,
                           .node_title = node.title};
  auto series = indicator_values(db, item, YearRange{.from = std::nullopt, .to = year});
  if (!series) {
    s.paragraphs.push_back(series.error().code == ErrorKind::validation
                               ? i18n::trf("Indikatorns basår ligger efter {1}; inga värden att redovisa.",
                                           {year_text(year)})
                               : i18n::trf("Värdena kunde inte hämtas: {1}", {series.error().message}));
    ++statuses[std::string(indicators::swedish_name(indicators::ProgressStatus::not_enough_data))];
    return s;
  }
  const auto& rows = series->rows;
  if (!series->problem.empty()) s.paragraphs.push_back(series->problem);
  if (rows.empty() && series->problem.empty()) s.paragraphs.push_back(i18n::trf("Inga värden till och med {1}.", {year_text(year)}));
  if (!rows.empty()) s.paragraphs.push_back(latest_sentence(rows.back()));
  if (auto change = change_sentence(series->progress); !change.empty()) s.paragraphs.push_back(change);
  const auto& p = series->progress;
  const std::string label(indicators::swedish_name(p.status));
  ++statuses[label];
  s.paragraphs.push_back(i18n::trf("Status: {1}.", {i18n::tr(label)}) + " " + indicators::explain(p, [](double v) { return number_text(v); }));
  if (rows.empty()) return s;

  const int count_decimals =
      std::max({decimals_of(rows, &stats::GenderAnalysis::women), decimals_of(rows, &stats::GenderAnalysis::men),
                decimals_of(rows, &stats::GenderAnalysis::total)});
  Chart chart{.title = indicator.name,
              .kind = ChartKind::line,
              .description = i18n::trf("Linjediagram över {1} för kvinnor och män {2}–{3}; värdena finns i tabellen "
                                       "under diagrammet.",
                                       {indicator.name, rows.front().period, rows.back().period}),
              .labels = {},
              .series = {},
              .decimals = count_decimals,
              .band = std::nullopt,
              .band_label = {}};
  ChartSeries women{.name = i18n::tr("Kvinnor"), .sex = SeriesSex::women, .values = {}, .labels = {}};
  ChartSeries men{.name = i18n::tr("Män"), .sex = SeriesSex::men, .values = {}, .labels = {}};
  Table table{.caption = indicator.code + " " + indicator.name,
              .columns = {i18n::tr("År"), i18n::tr("Kvinnor"), i18n::tr("Män"), i18n::tr("Totalt"),
                          i18n::tr("Kvinnors andel"), i18n::tr("Kvinnor i % av män"), i18n::tr("Könsfördelning")},
              .rows = {}};
  for (const auto& r : rows) {
    const auto& a = r.analysis;
    chart.labels.push_back(r.period);
    women.values.push_back(a.women);
    men.values.push_back(a.men);
    table.rows.push_back({Cell::of_text(r.period), Cell::of_optional(a.women, count_decimals),
                          Cell::of_optional(a.men, count_decimals), Cell::of_optional(a.total, count_decimals),
                          Cell::of_optional(a.women_share, 1, "%"), Cell::of_optional(a.women_pct_of_men, 1, "%"),
                          a.balance ? Cell::of_text(i18n::tr(stats::swedish_name(*a.balance))) : Cell::missing()});
  }
  // A count with totals only (a register count, a typed-in total) is drawn
  // as its total: two empty lines would be a chart without data.
  bool any_sex = false;
  for (const auto& r : rows) any_sex = any_sex || r.analysis.women || r.analysis.men || r.hidden.women || r.hidden.men;
  if (any_sex) {
    chart.series = {std::move(women), std::move(men)};
  } else {
    ChartSeries total{.name = i18n::tr("Totalt"), .sex = SeriesSex::total, .values = {}, .labels = {}};
    for (const auto& r : rows) total.values.push_back(r.analysis.total);
    chart.series = {std::move(total)};
    chart.description = i18n::trf("Linjediagram över {1} totalt {2}–{3}; värdena finns i tabellen under diagrammet.",
                                  {indicator.name, rows.front().period, rows.back().period});
  }
  s.charts.push_back(std::move(chart));
  s.tables.push_back(std::move(table));
  return s;
}

std::string dates_of(const store::NodeYearActivity& a) {
  return a.end_date.empty() || a.end_date == a.start_date ? a.start_date : a.start_date + " – " + a.end_date;
}

void add_activities(Section& s, const GoalNode& node, const YearNode& yn, int year) {
  const int n = static_cast<int>(yn.activities.size());
  if (n == 0) {
    s.paragraphs.push_back(i18n::trf("Inga aktiviteter under {1}.", {year_text(year)}));
    return;
  }
  const std::string count = std::to_string(n), y = year_text(year), joint = std::to_string(yn.joint_activities);
  s.paragraphs.push_back(n == 1                       ? i18n::trf("1 aktivitet under {1}, varav {2} gemensam.", {y, joint})
                         : yn.joint_activities == 1 ? i18n::trf("{1} aktiviteter under {2}, varav 1 gemensam.", {count, y})
                                                    : i18n::trf("{1} aktiviteter under {2}, varav {3} gemensamma.",
                                                                {count, y, joint}));
  Table t{.caption = i18n::trf("Aktiviteter {1} {2}", {year_text(year), node.code}),
          .columns = {i18n::tr("Aktivitet"), i18n::tr("Datum"), i18n::tr("Arrangör"), i18n::tr("Medarrangörer"),
                      i18n::tr("Gemensam"), i18n::tr("Status")},
          .rows = {}};
  for (const auto& a : yn.activities) {
    std::string co;
    for (const auto& [id, name] : a.co_organisers) co += (co.empty() ? "" : ", ") + name;
    t.rows.push_back({Cell::of_text(a.title), Cell::of_text(dates_of(a)), Cell::of_text(a.organiser_name),
                      Cell::of_text(co), Cell::of_text(a.joint ? i18n::tr("Gemensam") : ""),
                      Cell::of_text(report_year::activity_status_label(a.status))});
  }
  s.tables.push_back(std::move(t));
}

void add_commitments(Section& s, const GoalNode& node, const YearNode& yn, int year) {
  if (yn.commitments.empty()) return;
  int done = 0, without = 0;
  Table t{.caption = i18n::trf("Åtaganden {1} {2}", {year_text(year), node.code}),
          .columns = {i18n::tr("Åtagande"), i18n::tr("Ansvarig"), i18n::trf("Status {1}", {year_text(year)}),
                      i18n::tr("Kommentar"), i18n::tr("Aktiviteter under året")},
          .rows = {}};
  for (const auto& c : yn.commitments) {
    const std::string status = c.status ? c.status->status : "";
    if (status == "done") ++done;
    if (status.empty()) ++without;
    t.rows.push_back({Cell::of_text(c.commitment.text), Cell::of_text(c.owner_name),
                      Cell::of_text(report_year::commitment_status_label(status)),
                      Cell::of_text(c.status ? c.status->comment : ""), Cell::of_number(c.activities_in_year)});
  }
  const int n = static_cast<int>(yn.commitments.size());
  const std::string count = std::to_string(n), done_text = std::to_string(done),
                    without_text = std::to_string(without), y = year_text(year);
  s.paragraphs.push_back(n == 1 ? i18n::trf("1 åtagande: {1} genomförda, {2} utan status för {3}.",
                                            {done_text, without_text, y})
                                : i18n::trf("{1} åtaganden: {2} genomförda, {3} utan status för {4}.",
                                            {count, done_text, without_text, y}));
  s.tables.push_back(std::move(t));
}

struct Builder {
  store::Database& db;
  const Strategy& strategy;
  const StrategyYear& view;
  int year;
  std::map<std::int64_t, const YearNode*> nodes{};
  std::set<std::string> ids{};
  std::map<std::string, int> statuses{};

  // `wanted`, or `wanted` with "-2", "-3" … when it is taken.
  std::string unique(const std::string& wanted) {
    std::string id = wanted;
    for (int n = 2; ids.count(id); ++n) id = wanted + "-" + std::to_string(n);
    ids.insert(id);
    return id;
  }

  Section node_section(const GoalNode& node, int level) {
    const std::string id = unique(goal_section_id(node.code));
    Section s = Section::titled(id, node.code + " " + node.title, std::min(level, 6));
    if (!node.description.empty()) s.paragraphs.push_back(node.description);
    if (auto it = nodes.find(node.id); it != nodes.end()) {
      add_activities(s, node, *it->second, year);
      add_commitments(s, node, *it->second, year);
    }
    for (const auto& indicator : node.indicators)
      s.children.push_back(indicator_section(db, strategy, node, indicator, unique(id + "-ind-" + goal_section_id(indicator.code).substr(4)),
                                             std::min(level + 1, 6), year, statuses));
    for (const auto& child : node.children) s.children.push_back(node_section(child, level + 1));
    return s;
  }
};

Section summary_section(const StrategyYear& view, const std::map<std::string, int>& statuses, int indicators) {
  const std::string y = year_text(view.year);
  Section s = Section::titled("sammanfattning", i18n::tr("Sammanfattning"), 2);
  s.paragraphs.push_back(i18n::trf("Under {1} genomfördes {2} aktiviteter kopplade till strategins mål, varav {3} "
                                   "gemensamma med flera arrangörer. {4} organisationer bidrog.",
                                   {y, std::to_string(view.activities), std::to_string(view.joint_activities),
                                    std::to_string(view.contributors)}));
  s.paragraphs.push_back(i18n::trf("Av strategins {1} åtaganden är {2} genomförda och {3} saknar status för {4}.",
                                   {std::to_string(view.commitments), std::to_string(view.commitments_done),
                                    std::to_string(view.commitments_without_status), y}));
  s.paragraphs.push_back(i18n::trf("Strategin har {1} indikatorer.", {std::to_string(indicators)}));
  Table t{.caption = i18n::tr("Indikatorernas status"),
          .columns = {i18n::tr("Status"), i18n::tr("Antal indikatorer")},
          .rows = {}};
  for (const auto& [label, n] : statuses) t.rows.push_back({Cell::of_text(i18n::tr(label)), Cell::of_number(n)});
  s.tables.push_back(std::move(t));
  return s;
}

void apply_texts(std::vector<Section>& sections, const std::map<std::string, store::SectionText>& texts) {
  for (auto& s : sections) {
    if (auto it = texts.find(s.id); it != texts.end()) {
      s.text = it->second.text;
      s.done = it->second.done;
    }
    apply_texts(s.children, texts);
  }
}

}  // namespace

std::string goal_section_id(const std::string& code) {
  std::string out = "mal-";
  for (char c : code) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    out += safe ? c : '-';
  }
  return out;
}

Result<Document> yearly_report(store::Database& db, std::int64_t strategy_id, int year, const std::optional<User>& user) {
  auto view = strategy_year(db, strategy_id, year, user);
  if (!view) return view.error();
  const Strategy& strategy = view->strategy;
  Builder builder{.db = db, .strategy = strategy, .view = *view, .year = year};
  for (const auto& n : view->nodes) builder.nodes[n.id] = &n;
  builder.ids = {"sammanfattning", "lanet"};

  std::vector<Section> goals;
  for (const auto& node : strategy.goals) goals.push_back(builder.node_section(node, 2));
  int indicators = 0;
  for (const auto& [label, n] : builder.statuses) indicators += n;

  const Region* county = RegionCatalogue::instance().find_county(strategy.county_code);
  Document doc{.title = i18n::trf("Uppföljning {1}: {2}", {year_text(year), strategy.title}),
               .subtitle = i18n::trf("{1} · strategiperioden {2}–{3}",
                                     {county ? county->name : strategy.county_code, year_text(strategy.start_year),
                                      year_text(strategy.end_year)}),
               .language = std::string(i18n::code(i18n::current_language())),
               .generated_at = db.clock().now_text(),
               .sections = {}};
  doc.sections.push_back(summary_section(*view, builder.statuses, indicators));
  // Counts of persons shown as "..": the document says why, once (it is
  // also what a published version carries, docs/small-numbers.md).
  if (auto note = service::disclosure::protected_note(); !note.empty()) doc.sections.back().paragraphs.push_back(note);
  for (auto& g : goals) doc.sections.push_back(std::move(g));
  doc.sections.push_back(report_year::county_section(db, strategy.county_code, year, user));

  std::map<std::string, store::SectionText> texts;
  Status st = db.read([&](soci::session& s) -> Status {
    texts = store::section_texts(s, strategy_id, year);
    return {};
  });
  if (!st) return st.error();
  apply_texts(doc.sections, texts);
  return doc;
}

}  // namespace jamt::service
