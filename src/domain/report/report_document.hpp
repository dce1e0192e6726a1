#pragma once
// A report as data, independent of how it is shown: the yearly follow-up of
// a strategy, the three-year follow-up of joined organisations and the
// national compilation each build one Document; the renderers in
// src/report/document/ turn it into a web page, a print-ready page (and PDF),
// an XLSX workbook or JSON. Plain values: copyable, no I/O, no shared state.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/i18n/language.hpp"

namespace jamt::report_doc {

// One cell of a table: a number, a text, or nothing ("..", Statistics
// Sweden's sign for "not available"). A number stays a number all the way
// to the XLSX file; `decimals` and `unit` only say how it is shown
// ("38,3 %"). When `number` is set, `text` is not shown.
struct Cell {
  std::string text{};
  std::optional<double> number{};
  int decimals = 0;
  std::string unit{};  // e.g. "%", "kr", "st"; "" for none

  // A text cell.
  static Cell of_text(std::string t) { return Cell{.text = std::move(t), .number = {}, .decimals = 0, .unit = {}}; }
  // A number cell shown with `d` decimals and the unit `u`.
  static Cell of_number(double n, int d = 0, std::string u = {}) {
    return Cell{.text = {}, .number = n, .decimals = d, .unit = std::move(u)};
  }
  // A number cell, or a missing one ("..") when `n` is nullopt.
  static Cell of_optional(const std::optional<double>& n, int d = 0, std::string u = {}) {
    return Cell{.text = {}, .number = n, .decimals = d, .unit = std::move(u)};
  }
  // The missing value "..".
  static Cell missing() { return Cell{}; }
  // True for a cell with neither a number nor a text.
  bool is_missing() const { return !number && text.empty(); }
};

// A table with a caption (shown above it and naming its XLSX sheet), column
// headings and rows; a row may be shorter than `columns` (the rest is
// missing). The first column usually names the row.
struct Table {
  std::string caption{};
  std::vector<std::string> columns{};
  std::vector<std::vector<Cell>> rows{};
};

// Line chart over years, or horizontal grouped bars per category.
enum class ChartKind { line, bars };

// Who a series describes: women and men are told apart by colour, line
// style and marker, never by colour alone (report/svg_chart.hpp).
enum class SeriesSex { women, men, total };

// One series of a chart: a value per x label (line) or category (bars);
// nullopt leaves a gap. `labels` (bars only) are written beside a bar or in
// place of a missing one, e.g. ".. uppgift saknas"; may be empty.
struct ChartSeries {
  std::string name{};  // shown in the legend, e.g. "Kvinnor"
  SeriesSex sex = SeriesSex::total;
  std::vector<std::optional<double>> values{};
  std::vector<std::string> labels{};
};

// A chart as report/svg_chart.hpp draws it. Every renderer that shows the
// chart also shows its numbers as a table (the section holds that table).
struct Chart {
  std::string title{};
  ChartKind kind = ChartKind::line;
  std::string description{};          // one sentence for screen readers
  std::vector<std::string> labels{};  // x labels (line) or categories (bars)
  std::vector<ChartSeries> series{};
  int decimals = 0;
  // Bars only: a shaded reference band (e.g. 40–60 for women's share).
  std::optional<std::pair<double, double>> band{};
  std::string band_label{};
};

// A section of the report: heading, the generated paragraphs, tables and
// charts, then the sub-sections. `id` is unique in the document and safe as
// an HTML id and URL fragment (letters, digits, '-', '_'); `level` is the
// heading level (2 for a top section, 3 below it …). `text` is the
// strategist's own text for the section (may be empty); `done` says she has
// signed the section off.
struct Section {
  std::string id{};
  std::string heading{};
  int level = 2;
  std::vector<std::string> paragraphs{};
  std::vector<Table> tables{};
  std::vector<Chart> charts{};
  std::vector<Section> children{};
  std::string text{};
  bool done = false;

  // An empty section with `id`, `heading` and `level`, for a builder to fill.
  static Section titled(std::string id, std::string heading, int level = 2) {
    return Section{.id = std::move(id), .heading = std::move(heading), .level = level, .paragraphs = {},
                   .tables = {}, .charts = {}, .children = {}, .text = {}, .done = false};
  }
};

// The whole report. `generated_at` is an ISO 8601 UTC time
// ("2026-03-31T09:00:00Z") the caller takes from its Clock; `language` is
// the document's BCP 47 language ("sv", "en"), by default the language of
// the request it is built in (its texts are made in that language).
struct Document {
  std::string title{};
  std::string subtitle{};
  std::string language = std::string(i18n::code(i18n::current_language()));
  std::string generated_at{};
  std::vector<Section> sections{};
};

}  // namespace jamt::report_doc
