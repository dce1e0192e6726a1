// Statistics pages in Swedish: the list of measures and one measure with its
// gender analysis, charts, tables and downloads.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "domain/regions.hpp"
#include "service/reporting/statistics_link.hpp"
#include "web/statistics/measure_intersection.hpp"
#include "web/statistics/statistics_handlers.hpp"
#include "web/statistics/value_flag_cells.hpp"
#include "web/http/file_download.hpp"
#include "web/http/http_types.hpp"
#include "report/csv_table.hpp"
#include "report/svg_chart.hpp"
#include "report/number_text.hpp"
#include "service/statistics/statistics_query.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using report::optional_number_text;

void error_page(Response& res, int status, const std::string& message) {
  send_html(res, render_error_page(status, message, message), status);
}

std::string region_name(const std::string& code) {
  const Region* r = RegionCatalogue::instance().find(code);
  return r ? r->name : code;
}

// The query string for links that keep the page's filters.
std::string query_string(const std::string& region, const service::DimensionFilter& filter) {
  std::string q = "region=" + encode_query_param(region);
  for (const auto& [k, v] : filter)
    q += "&" + encode_query_param(k) + "=" + encode_query_param(v);
  return q;
}

// The county whose municipalities the bar chart compares.
std::string county_of(const std::string& region) {
  const Region* r = RegionCatalogue::instance().find(region);
  if (!r || r->level == RegionLevel::nation) return "";
  return r->level == RegionLevel::county ? r->code : r->parent;
}

json region_options(const std::string& selected) {
  json out = json::array();
  for (const auto& r : RegionCatalogue::instance().all()) {
    if (r.level == RegionLevel::municipality && r.parent != county_of(selected)) continue;
    std::string label = r.level == RegionLevel::municipality ? "– " + r.name : r.name;
    out.push_back({{"code", r.code}, {"label", label}, {"selected", r.code == selected}});
  }
  return out;
}

// Whether a share of women and men is protected or missing by its counts'
// symbol: a share computed from a protected count is protected too.
bool share_withheld(const std::map<stats::Sex, std::string>& status) {
  return flag_of(status, stats::Sex::women) == ".." || flag_of(status, stats::Sex::men) == "..";
}

std::string share_text(const stats::GenderAnalysis& a, bool withheld = false) {
  return a.women_share ? optional_number_text(a.women_share, 1) + "\u00a0%" : withheld ? ".." : "–";
}

std::string ratio_text(const stats::GenderAnalysis& a, bool withheld) {
  return a.women_pct_of_men ? optional_number_text(a.women_pct_of_men, 1) + "\u00a0%" : withheld ? ".." : "–";
}

std::string balance_text(const stats::GenderAnalysis& a, bool withheld) {
  return a.balance ? i18n::tr(stats::swedish_name(*a.balance)) : withheld ? ".." : "–";
}

// A CSV cell: the number, or the symbol of a value that is missing or
// protected ("..").
std::string csv_cell(const std::optional<double>& value, const std::string& symbol, int decimals) {
  if (!value && !symbol.empty()) return symbol;
  return report::csv_number(value, decimals);
}

}  // namespace

Handler statistics_list_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto measures = service::list_measures(db);
    if (!measures) return send_service_error_page(req, res, measures.error());
    json list = json::array();
    for (const auto& m : *measures)
      list.push_back({{"url", "/statistik/" + std::to_string(m.id)}, {"title", m.title}, {"code", m.code},
                      {"unit", m.unit}, {"source", m.source}});
    json ctx = page_context(authenticate(req, db));
    ctx.update({{"measures", list}, {"has_measures", !list.empty()},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
    send_html(res, render_page("measures", i18n::tr("Statistik"), ctx));
  };
}

Handler statistics_measure_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = parse_id(req.matches[1]);
    bool csv = !req.matches[2].empty();
    auto measure = id ? service::get_measure(db, *id) : Result<stats::Measure>(not_found_error("bad id"));
    if (!measure) return error_page(res, 404, i18n::tr("Det finns inget mått med det numret."));
    auto params = statistics_params(req);
    if (!params) return error_page(res, 400, params.error().message);
    std::string region = params->regions.empty() ? "00" : params->regions[0];
    if (params->regions.empty() && !csv) {
      auto opening = service::default_region(db, *id);
      if (!opening) return send_service_error_page(req, res, opening.error());
      region = *opening;
    }
    auto dims = service::measure_dimensions(db, *id);
    if (!dims) return send_service_error_page(req, res, dims.error());
    // Non-additive measures need every further dimension named: default to
    // the first category so the page always shows something.
    service::DimensionFilter filter = params->filter;
    if (!measure->additive)
      for (const auto& [dim, codes] : *dims)
        if (!filter.count(dim) && !codes.empty()) {
          auto total = std::find_if(codes.begin(), codes.end(), [](const std::string& c) {
            return c == "tot" || c == "totalt" || c == "TOT" || c == "T" || c == "total";
          });
          filter[dim] = total != codes.end() ? *total : codes.front();
        }
    auto series = service::measure_values(db, *id, {region}, params->from, params->to, filter);
    if (!series) {
      if (series.error().code == ErrorKind::validation) return error_page(res, 400, series.error().message);
      return send_service_error_page(req, res, series.error());
    }
    const int decimals = measure->decimals;

    if (csv && !params->by.empty()) {
      std::string period = !params->period.empty() ? params->period : series->empty() ? "" : series->back().period;
      auto in = service::intersect_measure(
          db, {.measure_id = *id, .region = region, .period = period, .by = params->by, .filter = filter});
      if (!in) return error_page(res, in.error().code == ErrorKind::not_found ? 404 : 400, in.error().message);
      return send_file_download(res, measure->code + "-" + region + "-" + period + "-efter-" + params->by,
                                "text/csv; charset=utf-8", intersection_csv(*in, region_name(region)));
    }
    if (csv) {
      report::CsvTable table({"Regionkod", "Region", "Period", "Kvinnor", "Män", "Totalt", "Kvinnors andel (%)",
                              "Kvinnors värde i % av mäns"});
      for (const auto& c : *series) {
        auto a = stats::analyse(c.values, measure->additive);
        const std::string share_symbol = share_withheld(c.status) ? ".." : "";
        table.add_row({c.region_code, region_name(c.region_code), c.period,
                       csv_cell(c.values.women, flag_of(c.status, stats::Sex::women), decimals),
                       csv_cell(c.values.men, flag_of(c.status, stats::Sex::men), decimals),
                       csv_cell(a.total, flag_of(c.status, stats::Sex::total), decimals),
                       csv_cell(a.women_share, share_symbol, 1), csv_cell(a.women_pct_of_men, share_symbol, 1)});
      }
      return send_file_download(res, measure->code + "-" + region, "text/csv; charset=utf-8", table.str());
    }

    // Line chart and table over time.
    report::LineChart line{"tidsserie", measure->title + " – " + region_name(region),
                           i18n::trf("Kvinnor och män i {1} per period. Samma siffror finns i tabellen under diagrammet.",
                                     {region_name(region)}),
                           {}, {{i18n::tr("Kvinnor"), report::SeriesKind::women, {}}, {i18n::tr("Män"), report::SeriesKind::men, {}}},
                           decimals};
    json rows = json::array();
    std::set<std::string> symbols;
    for (const auto& c : *series) {
      auto a = stats::analyse(c.values, measure->additive);
      line.x_labels.push_back(c.period);
      line.series[0].values.push_back(c.values.women);
      line.series[1].values.push_back(c.values.men);
      for (const auto& [sex, symbol] : c.status) symbols.insert(symbol);
      rows.push_back({{"period", c.period},
                      {"women", flagged_number(c.values.women, flag_of(c.status, stats::Sex::women), decimals)},
                      {"men", flagged_number(c.values.men, flag_of(c.status, stats::Sex::men), decimals)},
                      {"total", flagged_number(a.total, flag_of(c.status, stats::Sex::total), decimals)},
                      {"share", share_text(a, share_withheld(c.status))},
                      {"ratio", ratio_text(a, share_withheld(c.status))},
                      {"balance", balance_text(a, share_withheld(c.status))}});
    }
    std::string latest = series->empty() ? "" : series->back().period;

    // Comparison of the county's municipalities (or of the counties) in the latest period.
    json comparison = json::array();
    std::string bar_svg;
    std::string county = county_of(region);
    if (!latest.empty()) {
      // The nation and the county's municipalities (or the counties), with
      // each value's symbol (a protected count shows "..").
      std::vector<stats::RegionAnalysis> regions;
      std::vector<std::map<stats::Sex, std::string>> symbols_of;
      std::vector<std::string> codes{"00"};
      if (!county.empty()) {
        codes.push_back(county);
        for (const auto& r : RegionCatalogue::instance().at_level(RegionLevel::municipality))
          if (r.parent == county) codes.push_back(r.code);
      } else {
        for (const auto& c : RegionCatalogue::instance().at_level(RegionLevel::county)) codes.push_back(c.code);
      }
      auto cells = service::measure_values(db, *id, codes, latest, latest, filter);
      if (cells)
        for (const auto& code : codes)
          for (const auto& c : *cells)
            if (c.region_code == code && c.period == latest) {
              regions.push_back({c.region_code, region_name(c.region_code), stats::analyse(c.values, measure->additive)});
              symbols_of.push_back(c.status);
            }
      if (regions.size() > 1) {
        report::BarChart bar;
        bar.id = "jamforelse";
        bar.decimals = measure->additive ? 1 : decimals;
        if (measure->additive) {
          bar.title = county.empty() ? i18n::trf("Kvinnors andel {1} per län", {latest})
                                    : i18n::trf("Kvinnors andel {1} i {2}s kommuner", {latest, region_name(county)});
          bar.description = i18n::tr("Kvinnors andel i procent per region. Det skuggade fältet visar 40–60 procent, jämn könsfördelning.");
          bar.series = {{i18n::tr("Kvinnors andel (%)"), report::SeriesKind::women, {}}};
          bar.band = std::make_pair(40.0, 60.0);
          bar.band_label = i18n::tr("Jämn könsfördelning 40–60 %");
        } else {
          bar.title = county.empty() ? i18n::trf("{1} {2} per län", {measure->title, latest})
                                    : i18n::trf("{1} {2} i {3}s kommuner", {measure->title, latest, region_name(county)});
          bar.description = i18n::tr("Kvinnors och mäns värden per region.");
          bar.series = {{i18n::tr("Kvinnor"), report::SeriesKind::women, {}}, {i18n::tr("Män"), report::SeriesKind::men, {}}};
        }
        for (std::size_t i = 0; i < regions.size(); ++i) {
          const auto& r = regions[i];
          const auto& status = symbols_of[i];
          const bool withheld = share_withheld(status);
          bar.categories.push_back(r.region_name);
          if (measure->additive) {
            bar.series[0].values.push_back(r.analysis.women_share);
          } else {
            bar.series[0].values.push_back(r.analysis.women);
            bar.series[1].values.push_back(r.analysis.men);
          }
          comparison.push_back({{"code", r.region_code},
                                {"name", r.region_name},
                                {"women", flagged_number(r.analysis.women, flag_of(status, stats::Sex::women), decimals)},
                                {"men", flagged_number(r.analysis.men, flag_of(status, stats::Sex::men), decimals)},
                                {"share", share_text(r.analysis, withheld)},
                                {"ratio", ratio_text(r.analysis, withheld)},
                                {"balance", balance_text(r.analysis, withheld)},
                                {"url", "/statistik/" + std::to_string(*id) + "?" + query_string(r.region_code, filter) +
                                            (params->by.empty() ? "" : "&by=" + encode_query_param(params->by))}});
        }
        bar_svg = report::render_bar_chart(bar);
      }
    }

    json dim_controls = json::array();
    for (const auto& [dim, codes] : *dims) {
      // Reported figures carry the reporting organisation as a dimension;
      // the page sums them (one organisation: the API's &organisation=).
      if (dim == service::kOrganisationDimension && !filter.count(dim)) continue;
      json options = json::array();
      if (measure->additive) options.push_back({{"code", ""}, {"label", i18n::tr("Alla (summerat)")}, {"selected", !filter.count(dim)}});
      for (const auto& c : codes) options.push_back({{"code", c}, {"label", c}, {"selected", filter.count(dim) && filter.at(dim) == c}});
      dim_controls.push_back({{"id", dim}, {"field", "dim-" + dim}, {"options", options}});
    }
    std::string qs = query_string(region, filter);
    // "Jämför kön efter": every further dimension but the reporting organisation.
    json by_options = json::array({{{"code", ""}, {"label", i18n::tr("Ingen (bara kön)")}, {"selected", params->by.empty()}}});
    for (const auto& [dim, codes] : *dims)
      if (dim != service::kOrganisationDimension)
        by_options.push_back({{"code", dim}, {"label", dim}, {"selected", dim == params->by}});
    json section = intersection_section(db, *measure, region, region_name(region),
                                        params->period.empty() ? latest : params->period, params->by, filter, qs);
    json ctx = {{"measure", {{"title", measure->title}, {"code", measure->code}, {"unit", measure->unit},
                             {"source", measure->source}, {"additive", measure->additive}}},
                {"region_name", region_name(region)},
                {"regions", region_options(region)},
                {"dimensions", dim_controls},
                {"has_dimensions", !dim_controls.empty()},
                {"by_options", by_options},
                {"has_by_options", by_options.size() > 1},
                {"line_svg", line.x_labels.empty() ? "" : report::render_line_chart(line)},
                {"rows", rows},
                {"has_rows", !rows.empty()},
                {"series_legend", flag_legend_json(symbols)},
                {"has_series_legend", !symbols.empty()},
                {"latest", latest},
                {"first", series->empty() ? "" : series->front().period},  // for the sentence of what shows
                {"bar_svg", bar_svg},
                {"comparison", comparison},
                {"has_comparison", !comparison.empty()},
                {"comparison_scope", county.empty() ? i18n::tr("länen") : i18n::trf("{1}s kommuner", {region_name(county)})},
                {"csv_url", "/statistik/" + std::to_string(*id) + "/data.csv?" + qs},
                {"jsonstat_url", "/api/v1/measures/" + std::to_string(*id) + "/data?" + qs + "&format=jsonstat"},
                {"json_url", "/api/v1/measures/" + std::to_string(*id) + "/data?" + qs},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", "/statistik"}, {"label", i18n::tr("Statistik")}}})}};
    ctx.update(section);
    ctx.update(page_context(authenticate(req, db)));
    send_html(res, render_page("measure", measure->title, ctx));
  };
}

}  // namespace jamt::web
