#include "report/document/document_chart.hpp"

#include "report/svg_chart.hpp"

namespace jamt::report {

namespace {

SeriesKind kind_of(report_doc::SeriesSex sex) {
  switch (sex) {
    case report_doc::SeriesSex::women: return SeriesKind::women;
    case report_doc::SeriesSex::men: return SeriesKind::men;
    case report_doc::SeriesSex::total: break;
  }
  return SeriesKind::total;
}

std::vector<Series> series_of(const report_doc::Chart& chart) {
  std::vector<Series> out;
  for (const auto& s : chart.series)
    out.push_back(Series{.name = s.name, .kind = kind_of(s.sex), .values = s.values, .labels = s.labels});
  return out;
}

}  // namespace

std::string render_document_chart(const report_doc::Chart& chart, const std::string& id) {
  if (chart.kind == report_doc::ChartKind::line)
    return render_line_chart(LineChart{.id = id,
                                       .title = chart.title,
                                       .description = chart.description,
                                       .x_labels = chart.labels,
                                       .series = series_of(chart),
                                       .decimals = chart.decimals});
  return render_bar_chart(BarChart{.id = id,
                                   .title = chart.title,
                                   .description = chart.description,
                                   .categories = chart.labels,
                                   .series = series_of(chart),
                                   .decimals = chart.decimals,
                                   .band = chart.band,
                                   .band_label = chart.band_label});
}

}  // namespace jamt::report
