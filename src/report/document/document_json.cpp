#include "report/document/document_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace jamt::report {

namespace {

using nlohmann::ordered_json;
using namespace jamt::report_doc;

ordered_json number_or_null(const std::optional<double>& n) {
  if (!n || !std::isfinite(*n)) return nullptr;
  return *n;
}

ordered_json cell_json(const Cell& cell) {
  if (cell.number) {
    ordered_json j = ordered_json::object();
    j["number"] = number_or_null(cell.number);
    j["decimals"] = cell.decimals;
    j["unit"] = cell.unit;
    return j;
  }
  if (cell.text.empty()) return nullptr;
  return cell.text;
}

ordered_json table_json(const Table& table) {
  ordered_json j = ordered_json::object();
  j["caption"] = table.caption;
  j["columns"] = table.columns;
  ordered_json rows = ordered_json::array();
  for (const auto& row : table.rows) {
    ordered_json cells = ordered_json::array();
    for (const auto& cell : row) cells.push_back(cell_json(cell));
    rows.push_back(std::move(cells));
  }
  j["rows"] = std::move(rows);
  return j;
}

const char* sex_name(SeriesSex sex) {
  switch (sex) {
    case SeriesSex::women: return "women";
    case SeriesSex::men: return "men";
    case SeriesSex::total: break;
  }
  return "total";
}

ordered_json chart_json(const Chart& chart) {
  ordered_json j = ordered_json::object();
  j["title"] = chart.title;
  j["kind"] = chart.kind == ChartKind::bars ? "bars" : "line";
  j["description"] = chart.description;
  j["labels"] = chart.labels;
  ordered_json series = ordered_json::array();
  for (const auto& s : chart.series) {
    ordered_json values = ordered_json::array();
    for (const auto& v : s.values) values.push_back(number_or_null(v));
    series.push_back(ordered_json{{"name", s.name}, {"sex", sex_name(s.sex)}, {"values", std::move(values)},
                                  {"labels", s.labels}});
  }
  j["series"] = std::move(series);
  j["decimals"] = chart.decimals;
  j["band"] = chart.band ? ordered_json::array({chart.band->first, chart.band->second}) : ordered_json(nullptr);
  j["band_label"] = chart.band_label;
  return j;
}

ordered_json section_json(const Section& section) {
  ordered_json j = ordered_json::object();
  j["id"] = section.id;
  j["heading"] = section.heading;
  j["level"] = section.level;
  j["paragraphs"] = section.paragraphs;
  j["tables"] = ordered_json::array();
  for (const auto& t : section.tables) j["tables"].push_back(table_json(t));
  j["charts"] = ordered_json::array();
  for (const auto& c : section.charts) j["charts"].push_back(chart_json(c));
  j["children"] = ordered_json::array();
  for (const auto& child : section.children) j["children"].push_back(section_json(child));
  j["text"] = section.text;
  j["done"] = section.done;
  return j;
}

}  // namespace

std::string to_json(const Document& document) {
  ordered_json j = ordered_json::object();
  j["title"] = document.title;
  j["subtitle"] = document.subtitle;
  j["language"] = document.language;
  j["generated_at"] = document.generated_at;
  j["sections"] = ordered_json::array();
  for (const auto& s : document.sections) j["sections"].push_back(section_json(s));
  // Replace invalid UTF-8 rather than throw: the text comes from users.
  return j.dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace jamt::report
