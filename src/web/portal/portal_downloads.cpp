// The county portal's statistics as files: the latest value of each
// indicator by national sub-goal as CSV for Excel, an XLSX workbook and
// JSON-stat 2.0 — through the writers every other download uses
// (report::CsvTable, report::xlsx_table, formats::write_jsonstat).
#include <cmath>
#include <set>

#include "domain/statistics/dataset.hpp"
#include "formats/jsonstat/jsonstat.hpp"
#include "report/csv_table.hpp"
#include "report/xlsx_table.hpp"
#include "service/portal/county_portal.hpp"
#include "web/http/file_download.hpp"
#include "web/http/page_context.hpp"
#include "web/portal/portal_handlers.hpp"

namespace jamt::web {

namespace {

const std::vector<std::string> kHeader{"Delmål", "Indikator", "Namn", "Enhet", "År",
                                       "Kvinnor", "Män", "Totalt", "Kvinnors andel (%)",
                                       "Kvinnor i % av män"};

// A value for the CSV: whole numbers as they are, others with the two
// decimals the sources give ("31,28").
std::string csv_value(const std::optional<double>& v) {
  return report::csv_number(v, v && std::floor(*v) == *v ? 0 : 2);
}

std::string subgoal_text(const service::PortalSubgoal& g) {
  return g.code.empty() ? g.title : g.code + " " + g.title;
}

std::string csv_file(const service::PortalStatistics& st) {
  report::CsvTable table(kHeader);
  for (const auto& g : st.subgoals)
    for (const auto& i : g.indicators)
      table.add_row({subgoal_text(g), i.code, i.name, std::string(swedish_label(i.unit)), i.period,
                     csv_value(i.latest.women), csv_value(i.latest.men), csv_value(i.latest.total), report::csv_number(i.latest.women_share, 1),
                     report::csv_number(i.latest.women_pct_of_men, 1)});
  return table.str();
}

Result<std::string> xlsx_file(const service::PortalStatistics& st) {
  auto number = [](const std::optional<double>& v, const char* format) {
    return v ? report::XlsxCell::number(*v, format) : report::XlsxCell::empty();
  };
  std::vector<std::vector<report::XlsxCell>> rows;
  for (const auto& g : st.subgoals)
    for (const auto& i : g.indicators)
      rows.push_back({report::XlsxCell::text(subgoal_text(g)), report::XlsxCell::text(i.code),
                      report::XlsxCell::text(i.name), report::XlsxCell::text(std::string(swedish_label(i.unit))),
                      report::XlsxCell::text(i.period), number(i.latest.women, "#,##0.0#"),
                      number(i.latest.men, "#,##0.0#"), number(i.latest.total, "#,##0.0#"),
                      number(i.latest.women_share, "0.0"), number(i.latest.women_pct_of_men, "0.0")});
  return report::xlsx_table("Statistik", kHeader, rows);
}

// The cube indicator × sex: each indicator once (an indicator serving two
// sub-goals is one category), its unit and year as the metric's content.
std::string jsonstat_file(const service::CountyPortal& p) {
  stats::Dataset d;
  d.id = "jamt-lan-" + p.county.code;
  d.title = "Jämställdhetsindikatorer i " + p.county.name + ", senaste värden";
  d.source = p.contact.board_name;
  d.decimals = 2;  // Kolada gives two decimals (31,28 days)
  d.language = "sv";
  stats::Dimension indicator{.id = "indikator", .label = "indikator", .role = stats::DimensionRole::metric};
  std::vector<const service::PortalIndicator*> order;
  std::set<std::int64_t> seen;
  for (const auto& g : p.statistics.subgoals)
    for (const auto& i : g.indicators)
      if (seen.insert(i.id).second) {
        order.push_back(&i);
        indicator.categories.push_back({i.code, i.name});
        stats::ContentInfo& content = indicator.content[i.code];
        content.unit = std::string(swedish_label(i.unit));
        content.ref_period = i.period;
      }
  stats::Dimension sex{.id = "sex", .label = "kön", .role = stats::DimensionRole::other,
                       .categories = {{"women", "kvinnor"}, {"men", "män"}, {"total", "totalt"}}};
  d.dimensions = {indicator, sex};
  d.values.assign(d.cell_count(), std::nan(""));
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::optional<double>* parts[] = {&order[k]->latest.women, &order[k]->latest.men, &order[k]->latest.total};
    for (std::size_t s = 0; s < 3; ++s) {
      if (*parts[s]) d.values[k * 3 + s] = **parts[s];
      else d.status[k * 3 + s] = "..";
    }
  }
  return formats::write_jsonstat(d);
}

}  // namespace

Handler county_portal_statistics_file(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto portal = service::county_portal(db, req.matches[1], {});
    if (!portal) return send_service_error_page(req, res, portal.error());
    const std::string format = req.matches[2];
    const std::string name = "jamstalldhet-lan-" + portal->county.code;
    if (format == "csv") return send_file_download(res, name, "text/csv; charset=utf-8", csv_file(portal->statistics));
    if (format == "xlsx") {
      auto file = xlsx_file(portal->statistics);
      if (!file) return send_service_error_page(req, res, file.error());
      return send_file_download(res, name, report::kXlsxContentType, *file);
    }
    send_file_download(res, name, "application/json; charset=utf-8", jsonstat_file(*portal));
  };
}

}  // namespace jamt::web
