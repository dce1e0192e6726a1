#pragma once
// SVG charts drawn on the server, so pages and reports show the same picture
// without JavaScript. Every chart carries a title and a text description
// (role="img" with aria-labelledby) and is meant to be followed by a table of
// the same numbers. Women and men differ by colour, line style and marker
// shape, never by colour alone.
#include <optional>
#include <string>
#include <vector>

namespace jamt::report {

enum class SeriesKind { women, men, total };

struct Series {
  std::string name;  // shown in the legend, e.g. "Kvinnor"
  SeriesKind kind = SeriesKind::total;
  std::vector<std::optional<double>> values;  // one per x label / category; missing values leave gaps
  // Bar charts: a label per value (e.g. ".. uppgift saknas", "p"), written
  // in place of a missing bar, or after a present bar's number; may be
  // shorter than `values` or empty.
  std::vector<std::string> labels{};
};

struct LineChart {
  std::string id;           // unique on the page, used for aria ids
  std::string title;
  std::string description;  // one sentence for screen readers
  std::vector<std::string> x_labels;
  std::vector<Series> series;
  int decimals = 0;
};

// Horizontal grouped bars: one group per category (e.g. municipality).
struct BarChart {
  std::string id;
  std::string title;
  std::string description;
  std::vector<std::string> categories;
  std::vector<Series> series;
  int decimals = 0;
  // A shaded reference band, e.g. 40–60 for women's share.
  std::optional<std::pair<double, double>> band;
  std::string band_label;
};

// The chart as an <svg> element (no XML prolog). All text is XML-escaped.
std::string render_line_chart(const LineChart& chart);
std::string render_bar_chart(const BarChart& chart);

// Escapes &, <, >, " and ' for XML/HTML, and drops the control characters
// XML does not allow (all below U+0020 but tab and line breaks). Used for
// charts, the Atom feed and the sitemap.
std::string xml_escape(const std::string& text);

}  // namespace jamt::report
