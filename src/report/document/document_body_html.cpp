#include "report/document/document_body_html.hpp"

#include <algorithm>

#include "report/document/cell_text.hpp"
#include "report/document/document_chart.hpp"
#include "report/svg_chart.hpp"

namespace jamt::report {

namespace {

using namespace jamt::report_doc;

std::string esc(const std::string& text) { return xml_escape(text); }

void toc_entries(const std::vector<Section>& sections, std::string& out) {
  if (sections.empty()) return;
  out += "<ol>\n";
  for (const auto& s : sections) {
    out += "<li><a href=\"#" + esc(s.id) + "\">" + esc(s.heading) + "</a>";
    toc_entries(s.children, out);
    out += "</li>\n";
  }
  out += "</ol>\n";
}

// The strategist's text: paragraphs at blank lines, line breaks kept.
void own_text(const std::string& text, std::string& out) {
  std::vector<std::string> paragraphs;
  std::string current;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      if (!current.empty()) paragraphs.push_back(current);
      current.clear();
    } else {
      current += (current.empty() ? "" : "<br>") + esc(line);
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (!current.empty()) paragraphs.push_back(current);
  if (paragraphs.empty()) return;
  out += "<div class=\"own-text\">\n";
  for (const auto& p : paragraphs) out += "<p>" + p + "</p>\n";
  out += "</div>\n";
}

void table_html(const Table& table, const BodyHtmlOptions& options, std::string& out) {
  if (options.scrollable_tables)
    out += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" +
           esc(table.caption.empty() ? std::string("Tabell") : table.caption) + "\">\n";
  out += options.table_class.empty() ? "<table>\n" : "<table class=\"" + esc(options.table_class) + "\">\n";
  if (!table.caption.empty()) out += "<caption>" + esc(table.caption) + "</caption>\n";
  // A column holding a number is right-aligned, its heading too.
  std::vector<bool> numeric(table.columns.size(), false);
  for (const auto& row : table.rows)
    for (std::size_t c = 1; c < row.size() && c < numeric.size(); ++c)
      if (row[c].number) numeric[c] = true;
  out += "<thead><tr>";
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    out += std::string(numeric[c] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">") + esc(table.columns[c]) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : table.rows) {
    out += "<tr>";
    std::size_t n = std::max(row.size(), table.columns.size());
    for (std::size_t c = 0; c < n; ++c) {
      Cell cell = c < row.size() ? row[c] : Cell::missing();
      std::string shown = esc(cell_text_sv(cell));
      if (c == 0)
        out += "<th scope=\"row\">" + shown + "</th>";
      else if (cell.number || cell.is_missing())
        out += "<td class=\"num\">" + shown + "</td>";
      else
        out += "<td>" + shown + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (options.scrollable_tables) out += "</div>\n";
}

void section_html(const Section& s, const BodyHtmlOptions& options, std::string& out) {
  std::string h = "h" + std::to_string(std::clamp(s.level, 2, 6));
  out += "<section id=\"" + esc(s.id) + "\">\n";
  out += "<" + h + ">" + esc(s.heading) + "</" + h + ">\n";
  if (options.section_tools) out += options.section_tools(s);
  for (const auto& p : s.paragraphs) out += "<p>" + esc(p) + "</p>\n";
  own_text(s.text, out);
  for (std::size_t i = 0; i < s.charts.size(); ++i)
    out += "<figure>" +
           render_document_chart(s.charts[i], s.id + "-diagram-" + std::to_string(i + 1)) + "</figure>\n";
  for (const auto& t : s.tables) table_html(t, options, out);
  for (const auto& child : s.children) section_html(child, options, out);
  out += "</section>\n";
}

}  // namespace

std::string generated_time_text(const std::string& iso) {
  if (iso.size() >= 16 && iso[10] == 'T' && iso.back() == 'Z') return iso.substr(0, 10) + " " + iso.substr(11, 5) + " (UTC)";
  return iso;
}

std::string document_toc_html(const Document& document) {
  std::string out;
  toc_entries(document.sections, out);
  return out;
}

std::string document_sections_html(const Document& document, const BodyHtmlOptions& options) {
  std::string out;
  for (const auto& s : document.sections) section_html(s, options, out);
  return out;
}

}  // namespace jamt::report
