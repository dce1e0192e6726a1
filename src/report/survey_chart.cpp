#include "report/survey_chart.hpp"

#include <cstdio>

#include "domain/i18n/translate.hpp"
#include "report/svg_chart.hpp"
#include "report/number_text.hpp"

namespace jamt::report {

namespace {

// Dark enough for white text (≥ 4.5:1) and for the bar against white (≥ 3:1).
const char* kPalette[] = {"#1f5c99", "#2e6b3a", "#8a1c5b", "#7a4a00", "#5b3a8a", "#4a5260", "#005f6b", "#9c2b23"};
const char* kHatchColour = "#4a5260";

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string percent_sv(double p) { return number_text(p, 1) + "\u00a0%"; }

std::string colour_of(std::size_t i) { return kPalette[i % (sizeof kPalette / sizeof kPalette[0])]; }

bool hatched(const StackedBarChart& c, std::size_t i) { return i < c.hatched.size() && c.hatched[i]; }

std::string fill_of(const StackedBarChart& c, std::size_t i) {
  return hatched(c, i) ? "url(#" + c.id + "-hatch)" : colour_of(i);
}

bool has_dont_know(const surveys::QuestionResult& q) { return q.dont_know_percent.has_value() || q.dont_know > 0; }

}  // namespace

std::string render_stacked_bar_chart(const StackedBarChart& c) {
  const int width = 760, left = 190, right = 20, bar_h = 30, gap = 14, legend_line = 22;
  const double plot_w = width - left - right;
  // Legend: as many entries per line as fit.
  std::string legend;
  double lx = 10, ly = 20;
  for (std::size_t i = 0; i < c.segments.size(); ++i) {
    double w = 30 + 8.0 * static_cast<double>(c.segments[i].size());
    if (lx + w > width && lx > 10) {
      lx = 10;
      ly += legend_line;
    }
    legend += "<rect x=\"" + num(lx) + "\" y=\"" + num(ly - 11) + "\" width=\"14\" height=\"14\" fill=\"" +
              fill_of(c, i) + "\" stroke=\"#1b1e24\" stroke-width=\"0.5\"/>";
    legend += "<text x=\"" + num(lx + 20) + "\" y=\"" + num(ly + 1) + "\" font-size=\"13\" fill=\"#1b1e24\">" +
              xml_escape(c.segments[i]) + "</text>";
    lx += w;
  }
  const double top = ly + 18;
  const int height = static_cast<int>(top) + static_cast<int>(c.rows.size()) * (bar_h + gap) + 24;

  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart survey-chart\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) + "\" role=\"img\" aria-labelledby=\"" +
                    c.id + "-title " + c.id + "-desc\"><title id=\"" + c.id + "-title\">" + xml_escape(c.title) +
                    "</title><desc id=\"" + c.id + "-desc\">" + xml_escape(c.description) + "</desc>";
  svg += "<defs><pattern id=\"" + c.id + "-hatch\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">" +
         "<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><path d=\"M0 8 L8 0\" stroke=\"" + kHatchColour +
         "\" stroke-width=\"2.5\"/></pattern></defs>";
  svg += legend;
  for (std::size_t r = 0; r < c.rows.size(); ++r) {
    const auto& row = c.rows[r];
    double y = top + static_cast<double>(r) * (bar_h + gap);
    svg += "<text x=\"" + num(left - 8) + "\" y=\"" + num(y + bar_h / 2.0 + 5) +
           "\" font-size=\"13\" text-anchor=\"end\" fill=\"#1b1e24\">" + xml_escape(row.label) + "</text>";
    if (!row.note.empty() || row.n <= 0) {
      svg += "<rect x=\"" + num(left) + "\" y=\"" + num(y) + "\" width=\"" + num(plot_w) + "\" height=\"" +
             num(bar_h) + "\" fill=\"none\" stroke=\"#d9d4cc\"/>";
      svg += "<text x=\"" + num(left + 8) + "\" y=\"" + num(y + bar_h / 2.0 + 5) +
             "\" font-size=\"12\" fill=\"#4a5260\">" + xml_escape(row.note.empty() ? i18n::tr("Inga svar") : row.note) +
             "</text>";
      continue;
    }
    double x = left;
    for (std::size_t s = 0; s < row.counts.size() && s < c.segments.size(); ++s) {
      int count = row.counts[s];
      if (count <= 0) continue;
      double w = plot_w * count / row.n;
      double p = surveys::percent_one_decimal(count, row.n);
      std::string tip = i18n::trf("{1}, {2}: {3} av {4} ({5})", {row.label, c.segments[s], std::to_string(count),
                                                                  std::to_string(row.n), percent_sv(p)});
      svg += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(bar_h) +
             "\" fill=\"" + fill_of(c, s) + "\" stroke=\"#ffffff\" stroke-width=\"1\"><title>" + xml_escape(tip) +
             "</title></rect>";
      if (w >= 52) {
        // White on the dark palette; dark on a white box over the hatching.
        if (hatched(c, s))
          svg += "<rect x=\"" + num(x + w / 2 - 24) + "\" y=\"" + num(y + bar_h / 2.0 - 9) +
                 "\" width=\"48\" height=\"18\" fill=\"#ffffff\"/>";
        svg += "<text x=\"" + num(x + w / 2) + "\" y=\"" + num(y + bar_h / 2.0 + 5) +
               "\" font-size=\"12\" text-anchor=\"middle\" fill=\"" + (hatched(c, s) ? "#1b1e24" : "#ffffff") +
               "\">" + xml_escape(percent_sv(p)) + "</text>";
      }
      x += w;
    }
  }
  svg += "</svg>";
  return svg;
}

StackedBarChart question_chart(const surveys::QuestionResult& q, const std::string& id) {
  StackedBarChart c{.id = id, .title = q.text, .description = {}, .segments = {}, .hatched = {}, .rows = {}};
  StackedBarRow row{.label = i18n::trf("Alla (n = {1})", {std::to_string(q.n)}), .counts = {}, .n = q.n, .note = {}};
  std::string desc = i18n::trf("Fördelningen av {1} svar:", {std::to_string(q.n)});
  for (const auto& o : q.options) {
    c.segments.push_back(o.label);
    c.hatched.push_back(false);
    row.counts.push_back(o.count);
    desc += " " + o.label + " " + percent_sv(o.percent) + ",";
  }
  if (has_dont_know(q)) {
    c.segments.push_back(i18n::tr("Vet ej"));
    c.hatched.push_back(true);
    row.counts.push_back(q.dont_know);
    desc += " " + i18n::tr("Vet ej") + " " + percent_sv(q.dont_know_percent.value_or(0)) + ",";
  }
  desc.back() = '.';
  if (q.n == 0) desc = i18n::tr("Ingen har svarat på frågan.");
  c.description = desc + " " + i18n::tr("Samma siffror finns i tabellen efter diagrammet.");
  c.rows.push_back(row);
  return c;
}

StackedBarChart breakdown_chart(const surveys::Breakdown& b, std::size_t index, const std::string& id) {
  StackedBarChart c{.id = id, .title = {}, .description = {}, .segments = {}, .hatched = {}, .rows = {}};
  for (const auto& g : b.groups) {
    if (index >= g.questions.size()) continue;
    const auto& q = g.questions[index];
    if (c.title.empty()) c.title = q.text;
    StackedBarRow row{.label = g.label + " (n = " + std::to_string(q.n) + ")", .counts = {}, .n = q.n,
                      .note = q.withheld ? i18n::trf("Visas inte: {1}", {q.withheld_reason}) : std::string()};
    if (!q.withheld) {
      StackedBarChart one = question_chart(q, id);
      if (c.segments.empty()) {
        c.segments = one.segments;
        c.hatched = one.hatched;
      }
      row.counts = one.rows[0].counts;
    }
    c.rows.push_back(row);
  }
  c.description = i18n::trf("Fördelningen av svaren per grupp ({1} grupper). Samma siffror finns i tabellerna efter "
                            "diagrammet.",
                            {std::to_string(c.rows.size())});
  return c;
}

// `table` inside a box that scrolls sideways on its own when the table is
// wider than the screen (reflow at 320 px, docs/accessibility.md), reachable
// by keyboard and named by `label`.
static std::string in_scroll_region(const std::string& table, const std::string& label) {
  return "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" + xml_escape(label) + "\">" + table +
         "</div>";
}

std::string question_table_html(const surveys::QuestionResult& q, const std::string& id) {
  auto row = [](const std::string& head, const std::string& count, const std::string& percent) {
    return "<tr><th scope=\"row\">" + xml_escape(head) + "</th><td class=\"number\">" + count +
           "</td><td class=\"number\">" + percent + "</td></tr>";
  };
  std::string t = "<table class=\"survey-results\" id=\"" + xml_escape(id) + "-table\"><caption>" + xml_escape(q.text) +
                  "</caption>";
  if (q.withheld) {
    t += "<tbody><tr><td>" + xml_escape(i18n::trf("Visas inte: {1}", {q.withheld_reason})) + "</td></tr></tbody></table>";
    return in_scroll_region(t, q.text);
  }
  t += "<thead><tr><th scope=\"col\">" + i18n::tr("Svar") + "</th><th scope=\"col\">" + i18n::tr("Antal") +
       "</th><th scope=\"col\">" + i18n::tr("Procent") + "</th></tr></thead><tbody>";
  for (const auto& o : q.options) t += row(o.label, std::to_string(o.count), percent_sv(o.percent));
  if (has_dont_know(q))
    t += row(i18n::tr("Vet ej"), std::to_string(q.dont_know),
             q.dont_know_percent ? percent_sv(*q.dont_know_percent) : "");
  if (q.numbers) {
    t += row(i18n::tr("Medelvärde"), number_text(q.numbers->mean, 1), "");
    t += row(i18n::tr("Median"), number_text(q.numbers->median, 1), "");
    t += row(i18n::tr("Lägsta"), number_text(q.numbers->min, 1), "");
    t += row(i18n::tr("Högsta"), number_text(q.numbers->max, 1), "");
  }
  t += "</tbody><tfoot>";
  t += row(i18n::tr("Har svarat (n)"), std::to_string(q.n), "");
  if (q.positive_percent) t += row(surveys::positive_share_label(q), "", percent_sv(*q.positive_percent));
  t += row(i18n::tr("Hoppade över frågan"), std::to_string(q.no_answer), "");
  if (q.not_shown) t += row(i18n::tr("Fick inte frågan"), std::to_string(q.not_shown), "");
  if (q.unrecognised) t += row(i18n::tr("Svar utanför svarsalternativen"), std::to_string(q.unrecognised), "");
  if (q.hidden_texts) t += row(i18n::tr("Dolda svar"), std::to_string(q.hidden_texts), "");
  t += "</tfoot></table>";
  t = in_scroll_region(t, q.text);
  if (!q.texts.empty()) {
    t += "<ul class=\"survey-texts\">";
    for (const auto& a : q.texts) t += "<li>" + xml_escape(a.text) + "</li>";
    t += "</ul>";
  }
  return t;
}

std::string breakdown_table_html(const surveys::Breakdown& b, std::size_t index, const std::string& id) {
  const surveys::QuestionResult* first = nullptr;
  for (const auto& g : b.groups)
    if (index < g.questions.size() && !g.questions[index].withheld) {
      first = &g.questions[index];
      break;
    }
  std::string title = b.groups.empty() || index >= b.groups.front().questions.size() ? std::string()
                                                                                     : b.groups.front().questions[index].text;
  std::string t = "<table class=\"survey-breakdown\" id=\"" + xml_escape(id) + "-table\"><caption>" + xml_escape(title) +
                  "</caption><thead><tr><th scope=\"col\">" + i18n::tr("Grupp") + "</th><th scope=\"col\">" +
                  i18n::tr("Svarande") + "</th><th scope=\"col\">" + i18n::tr("Har svarat (n)") + "</th>";
  bool dont_know = first && has_dont_know(*first);
  if (first)
    for (const auto& o : first->options) t += "<th scope=\"col\">" + xml_escape(o.label) + "</th>";
  if (dont_know) t += "<th scope=\"col\">" + i18n::tr("Vet ej") + "</th>";
  if (first && first->positive_percent) t += "<th scope=\"col\">" + i18n::tr("Andel positiva") + "</th>";
  t += "</tr></thead><tbody>";
  std::size_t columns = first ? first->options.size() + (dont_know ? 1 : 0) + (first->positive_percent ? 1 : 0) : 0;
  auto cell = [](int count, double percent) {
    return "<td class=\"number\">" + percent_sv(percent) + " (" + std::to_string(count) + ")</td>";
  };
  for (const auto& g : b.groups) {
    if (index >= g.questions.size()) continue;
    const auto& q = g.questions[index];
    t += "<tr><th scope=\"row\">" + xml_escape(g.label) + "</th><td class=\"number\">" +
         std::to_string(g.respondents) + "</td><td class=\"number\">" + std::to_string(q.n) + "</td>";
    if (q.withheld) {
      if (columns) t += "<td colspan=\"" + std::to_string(columns) + "\">" + xml_escape(i18n::trf("Visas inte: {1}", {q.withheld_reason})) + "</td>";
    } else {
      for (const auto& o : q.options) t += cell(o.count, o.percent);
      if (dont_know) t += cell(q.dont_know, q.dont_know_percent.value_or(0));
      if (first && first->positive_percent)
        t += "<td class=\"number\">" + (q.positive_percent ? percent_sv(*q.positive_percent) : std::string()) + "</td>";
    }
    t += "</tr>";
  }
  t += "</tbody></table>";
  t = in_scroll_region(t, title);
  if (!b.merged.empty()) {
    t += "<ul class=\"survey-merged\">";
    for (const auto& m : b.merged) t += "<li>" + xml_escape(m.label + ": " + m.reason) + "</li>";
    t += "</ul>";
  }
  if (b.suppressed) t += "<p>" + xml_escape(b.suppressed_reason) + "</p>";
  return t;
}

std::string national_table_html(const std::vector<surveys::NationalRow>& rows, const std::string& caption) {
  std::string t = "<table class=\"survey-national\"><caption>" + xml_escape(caption) +
                  "</caption><thead><tr><th scope=\"col\">" + i18n::tr("Påstående") + "</th><th scope=\"col\">" +
                  i18n::tr("Ja") + "</th><th scope=\"col\">" + i18n::tr("Delvis") + "</th><th scope=\"col\">" +
                  i18n::tr("Nej") + "</th><th scope=\"col\">" + i18n::tr("Ej svar") + "</th></tr></thead><tbody>";
  for (const auto& r : rows)
    t += "<tr><th scope=\"row\">" + xml_escape(r.text) + "</th><td class=\"number\">" + std::to_string(r.ja) +
         "</td><td class=\"number\">" + std::to_string(r.delvis) + "</td><td class=\"number\">" + std::to_string(r.nej) +
         "</td><td class=\"number\">" + std::to_string(r.not_answered) + "</td></tr>";
  return in_scroll_region(t + "</tbody></table>", caption);
}

std::string question_figure_html(const surveys::QuestionResult& q, const std::string& id) {
  std::string chart;
  if (!q.withheld && q.kind == surveys::QuestionKind::multiple) {
    BarChart bars{.id = id, .title = q.text,
                  .description = i18n::trf("Andel av de {1} som svarat som valt varje alternativ; flera val var tillåtna, så "
                                           "summan kan bli över 100 %.",
                                           {std::to_string(q.n)}),
                  .categories = {}, .series = {Series{.name = i18n::tr("Andel som valt (%)"), .kind = SeriesKind::total, .values = {}}},
                  .decimals = 1, .band = std::nullopt, .band_label = {}};
    for (const auto& o : q.options) {
      bars.categories.push_back(o.label);
      bars.series[0].values.push_back(o.percent);
    }
    chart = render_bar_chart(bars);
  } else if (!q.withheld && q.kind != surveys::QuestionKind::number && q.kind != surveys::QuestionKind::text) {
    chart = render_stacked_bar_chart(question_chart(q, id));
  }
  return "<figure class=\"survey-question\" id=\"" + xml_escape(id) + "\">" + chart + question_table_html(q, id) +
         "</figure>";
}

}  // namespace jamt::report
