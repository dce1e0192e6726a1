#include "report/document/document_from_json.hpp"

#include <nlohmann/json.hpp>

namespace jamt::report {

namespace {

using nlohmann::json;
using namespace jamt::report_doc;

// Thrown inside this file only; turned into an Error at the boundary.
struct Bad {
  std::string where;
  std::string what;
};

const json* member(const json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? nullptr : &*it;
}

std::string text(const json& j, const char* key, const std::string& where) {
  const json* v = member(j, key);
  if (!v) return {};
  if (!v->is_string()) throw Bad{where + "." + key, "should be a string"};
  return v->get<std::string>();
}

int integer(const json& j, const char* key, int fallback, const std::string& where) {
  const json* v = member(j, key);
  if (!v) return fallback;
  if (!v->is_number_integer()) throw Bad{where + "." + key, "should be a whole number"};
  return v->get<int>();
}

const json& array(const json& j, const char* key, const std::string& where) {
  static const json empty = json::array();
  const json* v = member(j, key);
  if (!v) return empty;
  if (!v->is_array()) throw Bad{where + "." + key, "should be a list"};
  return *v;
}

std::vector<std::string> strings(const json& j, const char* key, const std::string& where) {
  std::vector<std::string> out;
  const json& list = array(j, key, where);
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_string()) throw Bad{where + "." + key + "[" + std::to_string(i) + "]", "should be a string"};
    out.push_back(list[i].get<std::string>());
  }
  return out;
}

std::optional<double> number_or_null(const json& v, const std::string& where) {
  if (v.is_null()) return std::nullopt;
  if (!v.is_number()) throw Bad{where, "should be a number or null"};
  return v.get<double>();
}

const json& object(const json& v, const std::string& where) {
  if (!v.is_object()) throw Bad{where, "should be an object"};
  return v;
}

Cell cell_of(const json& v, const std::string& where) {
  if (v.is_null()) return Cell::missing();
  if (v.is_string()) return Cell::of_text(v.get<std::string>());
  object(v, where);
  const json* n = member(v, "number");
  return Cell{.text = {},
              .number = n ? number_or_null(*n, where + ".number") : std::nullopt,
              .decimals = integer(v, "decimals", 0, where),
              .unit = text(v, "unit", where)};
}

Table table_of(const json& j, const std::string& where) {
  object(j, where);
  Table t{.caption = text(j, "caption", where), .columns = strings(j, "columns", where), .rows = {}};
  const json& rows = array(j, "rows", where);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const std::string at = where + ".rows[" + std::to_string(r) + "]";
    if (!rows[r].is_array()) throw Bad{at, "should be a list"};
    std::vector<Cell> cells;
    for (std::size_t c = 0; c < rows[r].size(); ++c)
      cells.push_back(cell_of(rows[r][c], at + "[" + std::to_string(c) + "]"));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

SeriesSex sex_of(const std::string& name, const std::string& where) {
  if (name == "women") return SeriesSex::women;
  if (name == "men") return SeriesSex::men;
  if (name == "total" || name.empty()) return SeriesSex::total;
  throw Bad{where, "should be women, men or total"};
}

Chart chart_of(const json& j, const std::string& where) {
  object(j, where);
  const std::string kind = text(j, "kind", where);
  if (kind != "line" && kind != "bars" && !kind.empty()) throw Bad{where + ".kind", "should be line or bars"};
  Chart c{.title = text(j, "title", where),
          .kind = kind == "bars" ? ChartKind::bars : ChartKind::line,
          .description = text(j, "description", where),
          .labels = strings(j, "labels", where),
          .series = {},
          .decimals = integer(j, "decimals", 0, where),
          .band = std::nullopt,
          .band_label = text(j, "band_label", where)};
  const json& series = array(j, "series", where);
  for (std::size_t i = 0; i < series.size(); ++i) {
    const std::string at = where + ".series[" + std::to_string(i) + "]";
    object(series[i], at);
    ChartSeries s{.name = text(series[i], "name", at),
                  .sex = sex_of(text(series[i], "sex", at), at + ".sex"),
                  .values = {},
                  .labels = strings(series[i], "labels", at)};
    const json& values = array(series[i], "values", at);
    for (std::size_t k = 0; k < values.size(); ++k)
      s.values.push_back(number_or_null(values[k], at + ".values[" + std::to_string(k) + "]"));
    c.series.push_back(std::move(s));
  }
  if (const json* band = member(j, "band")) {
    if (!band->is_array() || band->size() != 2 || !(*band)[0].is_number() || !(*band)[1].is_number())
      throw Bad{where + ".band", "should be [low, high] or null"};
    c.band = std::pair{(*band)[0].get<double>(), (*band)[1].get<double>()};
  }
  return c;
}

Section section_of(const json& j, const std::string& where) {
  object(j, where);
  Section s{.id = text(j, "id", where),
            .heading = text(j, "heading", where),
            .level = integer(j, "level", 2, where),
            .paragraphs = strings(j, "paragraphs", where),
            .tables = {},
            .charts = {},
            .children = {},
            .text = text(j, "text", where),
            .done = false};
  const json& tables = array(j, "tables", where);
  for (std::size_t i = 0; i < tables.size(); ++i)
    s.tables.push_back(table_of(tables[i], where + ".tables[" + std::to_string(i) + "]"));
  const json& charts = array(j, "charts", where);
  for (std::size_t i = 0; i < charts.size(); ++i)
    s.charts.push_back(chart_of(charts[i], where + ".charts[" + std::to_string(i) + "]"));
  const json& children = array(j, "children", where);
  for (std::size_t i = 0; i < children.size(); ++i)
    s.children.push_back(section_of(children[i], where + ".children[" + std::to_string(i) + "]"));
  if (const json* done = member(j, "done")) {
    if (!done->is_boolean()) throw Bad{where + ".done", "should be true or false"};
    s.done = done->get<bool>();
  }
  return s;
}

}  // namespace

Result<Document> document_from_json(std::string_view json_text) {
  json j = json::parse(json_text, nullptr, false);
  if (j.is_discarded()) return validation_error("the report document is not valid JSON", "document", "document");
  try {
    object(j, "document");
    Document d{.title = text(j, "title", "document"),
               .subtitle = text(j, "subtitle", "document"),
               .language = text(j, "language", "document"),
               .generated_at = text(j, "generated_at", "document"),
               .sections = {}};
    if (d.language.empty()) d.language = "sv";
    const json& sections = array(j, "sections", "document");
    for (std::size_t i = 0; i < sections.size(); ++i)
      d.sections.push_back(section_of(sections[i], "sections[" + std::to_string(i) + "]"));
    return d;
  } catch (const Bad& bad) {
    return validation_error("the report document's value " + bad.where + " " + bad.what, bad.where, bad.where);
  }
}

}  // namespace jamt::report
