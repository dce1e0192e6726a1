#include "report/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "report/number_text.hpp"

namespace jamt::report {

namespace {

struct Style {
  const char* colour;
  const char* dash;
  const char* marker;  // "circle" or "square" or "diamond"
};

// Colours with ≥ 3:1 contrast against white (WCAG 1.4.11 non-text contrast).
Style style_of(SeriesKind k) {
  switch (k) {
    case SeriesKind::women: return {"#8a1c5b", "", "circle"};
    case SeriesKind::men: return {"#1f5c99", "6 4", "square"};
    case SeriesKind::total: return {"#4a5260", "2 3", "diamond"};
  }
  return {"#000", "", "circle"};
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// A "nice" axis maximum and step for values up to `max`.
std::pair<double, double> nice_axis(double lo, double hi) {
  if (hi <= lo) hi = lo + 1;
  double range = hi - lo;
  double raw = range / 5;
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (raw <= m * mag) {
      step = m * mag;
      break;
    }
  return {step, std::ceil(hi / step) * step};
}

std::string marker(const Style& s, double x, double y, const std::string& tip) {
  std::string t = "<title>" + xml_escape(tip) + "</title>";
  if (std::string(s.marker) == "square")
    return "<rect x=\"" + num(x - 4) + "\" y=\"" + num(y - 4) + "\" width=\"8\" height=\"8\" fill=\"" + s.colour +
           "\">" + t + "</rect>";
  if (std::string(s.marker) == "diamond")
    return "<path d=\"M" + num(x) + " " + num(y - 5) + " L" + num(x + 5) + " " + num(y) + " L" + num(x) + " " +
           num(y + 5) + " L" + num(x - 5) + " " + num(y) + " Z\" fill=\"" + s.colour + "\">" + t + "</path>";
  return "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"4.5\" fill=\"" + s.colour + "\">" + t + "</circle>";
}

std::string header(const std::string& id, const std::string& title, const std::string& description, int width,
                   int height) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + std::to_string(width) + " " +
         std::to_string(height) + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\">" +
         "<title id=\"" + id + "-title\">" + xml_escape(title) + "</title><desc id=\"" + id + "-desc\">" +
         xml_escape(description) + "</desc>";
}

std::string legend(const std::vector<Series>& series, double x, double y) {
  std::string out;
  for (const auto& s : series) {
    Style st = style_of(s.kind);
    out += "<line x1=\"" + num(x) + "\" y1=\"" + num(y) + "\" x2=\"" + num(x + 28) + "\" y2=\"" + num(y) +
           "\" stroke=\"" + st.colour + "\" stroke-width=\"3\"" +
           (std::string(st.dash).empty() ? "" : " stroke-dasharray=\"" + std::string(st.dash) + "\"") + "/>";
    out += marker(st, x + 14, y, s.name);
    out += "<text x=\"" + num(x + 36) + "\" y=\"" + num(y + 5) + "\" font-size=\"14\" fill=\"#1b1e24\">" +
           xml_escape(s.name) + "</text>";
    x += 60 + 9.0 * static_cast<double>(s.name.size());
  }
  return out;
}

}  // namespace

std::string xml_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        // Control characters other than tab and line breaks are not XML.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

std::string render_line_chart(const LineChart& c) {
  const int width = 760, height = 360, left = 80, right = 20, top = 50, bottom = 50;
  const double plot_w = width - left - right, plot_h = height - top - bottom;
  double lo = 0, hi = 0;
  bool any = false;
  for (const auto& s : c.series)
    for (const auto& v : s.values)
      if (v) {
        hi = any ? std::max(hi, *v) : *v;
        lo = any ? std::min(lo, *v) : std::min(0.0, *v);
        any = true;
      }
  auto [step, top_value] = nice_axis(lo, hi);
  double bottom_value = lo < 0 ? -nice_axis(0, -lo).second : 0;
  auto y_of = [&](double v) { return top + plot_h * (1 - (v - bottom_value) / (top_value - bottom_value)); };
  std::size_t n = c.x_labels.size();
  auto x_of = [&](std::size_t i) { return left + (n <= 1 ? plot_w / 2 : plot_w * static_cast<double>(i) / (n - 1)); };

  std::string svg = header(c.id, c.title, c.description, width, height);
  svg += legend(c.series, left, 22);
  for (double v = bottom_value; v <= top_value + step / 2; v += step) {
    double y = y_of(v);
    svg += "<line x1=\"" + num(left) + "\" y1=\"" + num(y) + "\" x2=\"" + num(width - right) + "\" y2=\"" + num(y) +
           "\" stroke=\"#d9d4cc\" stroke-width=\"1\"/>";
    svg += "<text x=\"" + num(left - 8) + "\" y=\"" + num(y + 4) +
           "\" font-size=\"12\" text-anchor=\"end\" fill=\"#4a5260\">" +
           xml_escape(number_text(v, step < 1 ? 1 : 0)) + "</text>";
  }
  std::size_t label_every = std::max<std::size_t>(1, (n + 11) / 12);
  for (std::size_t i = 0; i < n; ++i) {
    if (i % label_every != 0 && i + 1 != n) continue;
    svg += "<text x=\"" + num(x_of(i)) + "\" y=\"" + num(height - bottom + 20) +
           "\" font-size=\"12\" text-anchor=\"middle\" fill=\"#4a5260\">" + xml_escape(c.x_labels[i]) + "</text>";
  }
  for (const auto& s : c.series) {
    Style st = style_of(s.kind);
    std::string path;
    bool pen_down = false;
    for (std::size_t i = 0; i < s.values.size() && i < n; ++i) {
      if (!s.values[i]) {
        pen_down = false;
        continue;
      }
      path += (pen_down ? " L" : " M") + num(x_of(i)) + " " + num(y_of(*s.values[i]));
      pen_down = true;
    }
    if (!path.empty())
      svg += "<path d=\"" + path.substr(1) + "\" fill=\"none\" stroke=\"" + st.colour + "\" stroke-width=\"2.5\"" +
             (std::string(st.dash).empty() ? "" : " stroke-dasharray=\"" + std::string(st.dash) + "\"") + "/>";
    for (std::size_t i = 0; i < s.values.size() && i < n; ++i)
      if (s.values[i])
        svg += marker(st, x_of(i), y_of(*s.values[i]),
                      s.name + " " + c.x_labels[i] + ": " + number_text(*s.values[i], c.decimals));
  }
  svg += "</svg>";
  return svg;
}

std::string render_bar_chart(const BarChart& c) {
  const int width = 760, left = 170, right = 70, top = 50, bar_h = 12, gap = 10;
  const std::size_t groups = c.categories.size(), per_group = std::max<std::size_t>(1, c.series.size());
  const int group_h = static_cast<int>(per_group) * bar_h + gap;
  const int height = top + static_cast<int>(groups) * group_h + 40;
  const double plot_w = width - left - right;
  double hi = 0;
  for (const auto& s : c.series)
    for (const auto& v : s.values)
      if (v) hi = std::max(hi, *v);
  if (c.band) hi = std::max(hi, c.band->second);
  auto [step, top_value] = nice_axis(0, hi);
  auto x_of = [&](double v) { return left + plot_w * v / top_value; };

  std::string svg = header(c.id, c.title, c.description, width, height);
  svg += legend(c.series, left, 22);
  const double plot_bottom = top + static_cast<double>(groups) * group_h;
  if (c.band) {
    svg += "<rect x=\"" + num(x_of(c.band->first)) + "\" y=\"" + num(top - 6) + "\" width=\"" +
           num(x_of(c.band->second) - x_of(c.band->first)) + "\" height=\"" + num(plot_bottom - top + 6) +
           "\" fill=\"#efe7f6\"><title>" + xml_escape(c.band_label) + "</title></rect>";
  }
  for (double v = 0; v <= top_value + step / 2; v += step) {
    double x = x_of(v);
    svg += "<line x1=\"" + num(x) + "\" y1=\"" + num(top - 6) + "\" x2=\"" + num(x) + "\" y2=\"" + num(plot_bottom) +
           "\" stroke=\"#d9d4cc\" stroke-width=\"1\"/>";
    svg += "<text x=\"" + num(x) + "\" y=\"" + num(plot_bottom + 18) +
           "\" font-size=\"12\" text-anchor=\"middle\" fill=\"#4a5260\">" +
           xml_escape(number_text(v, step < 1 ? 1 : 0)) + "</text>";
  }
  for (std::size_t g = 0; g < groups; ++g) {
    double y0 = top + static_cast<double>(g) * group_h;
    svg += "<text x=\"" + num(left - 8) + "\" y=\"" + num(y0 + group_h / 2.0) +
           "\" font-size=\"13\" text-anchor=\"end\" fill=\"#1b1e24\">" + xml_escape(c.categories[g]) + "</text>";
    for (std::size_t k = 0; k < c.series.size(); ++k) {
      const auto& s = c.series[k];
      const std::string label = g < s.labels.size() ? s.labels[g] : "";
      double y = y0 + static_cast<double>(k) * bar_h;
      if ((g >= s.values.size() || !s.values[g]) && !label.empty()) {
        // A missing value is said so, never drawn as a zero bar.
        svg += "<text x=\"" + num(left + 4) + "\" y=\"" + num(y + bar_h - 3) + "\" font-size=\"11\" fill=\"#1b1e24\">" +
               xml_escape(s.name + ": " + label) + "</text>";
        continue;
      }
      if (g >= s.values.size() || !s.values[g]) continue;
      Style st = style_of(s.kind);
      double w = std::max(1.0, x_of(*s.values[g]) - left);
      std::string tip = c.categories[g] + ", " + s.name + ": " + number_text(*s.values[g], c.decimals);
      svg += "<rect x=\"" + num(left) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" +
             num(bar_h - 2) + "\" fill=\"" + st.colour + "\"" +
             (s.kind == SeriesKind::men ? " fill-opacity=\"0.85\"" : "") + "><title>" + xml_escape(tip) +
             "</title></rect>";
      svg += "<text x=\"" + num(left + w + 4) + "\" y=\"" + num(y + bar_h - 3) +
             "\" font-size=\"11\" fill=\"#1b1e24\">" +
             xml_escape(number_text(*s.values[g], c.decimals) + (label.empty() ? "" : "\u00a0" + label)) + "</text>";
    }
  }
  svg += "</svg>";
  return svg;
}

}  // namespace jamt::report
