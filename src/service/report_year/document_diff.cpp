#include "service/report_year/document_diff.hpp"

#include <map>

#include "domain/report/number_text.hpp"

namespace jamt::service {

namespace {

using namespace jamt::report_doc;

void index(const std::vector<Section>& sections, std::map<std::string, const Section*>& out,
           std::vector<const Section*>& order) {
  for (const auto& s : sections) {
    out.emplace(s.id, &s);
    order.push_back(&s);
    index(s.children, out, order);
  }
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

std::string row_label(const std::vector<Cell>& row) { return row.empty() ? "" : shown_cell(row.front()); }

void diff_table(const std::string& section, const Table& before, const Table& after, DocumentDiff& out) {
  std::map<std::string, const std::vector<Cell>*> old_rows;
  for (const auto& r : before.rows) old_rows.emplace(row_label(r), &r);
  std::map<std::string, std::size_t> old_columns;
  for (std::size_t c = 0; c < before.columns.size(); ++c) old_columns.emplace(before.columns[c], c);
  std::map<std::string, bool> seen;
  for (const auto& r : after.rows) {
    const std::string label = row_label(r);
    seen[label] = true;
    auto it = old_rows.find(label);
    if (it == old_rows.end()) {
      out.rows_added.push_back({.section_id = section, .caption = after.caption, .row = label});
      continue;
    }
    const auto& old = *it->second;
    for (std::size_t c = 1; c < after.columns.size(); ++c) {
      auto oc = old_columns.find(after.columns[c]);
      if (oc == old_columns.end()) continue;
      const std::string now = c < r.size() ? shown_cell(r[c]) : "..";
      const std::string was = oc->second < old.size() ? shown_cell(old[oc->second]) : "..";
      if (now != was)
        out.cells.push_back({.section_id = section,
                             .caption = after.caption,
                             .row = label,
                             .column = after.columns[c],
                             .before = was,
                             .after = now});
    }
  }
  for (const auto& r : before.rows)
    if (!seen.count(row_label(r)))
      out.rows_removed.push_back({.section_id = section, .caption = before.caption, .row = row_label(r)});
}

void diff_section(const Section& before, const Section& after, DocumentDiff& out) {
  auto text = [&](const std::string& what, const std::string& was, const std::string& now) {
    if (was != now)
      out.texts.push_back(
          {.section_id = after.id, .heading = after.heading, .what = what, .before = was, .after = now});
  };
  text("heading", before.heading, after.heading);
  text("paragraphs", joined(before.paragraphs), joined(after.paragraphs));
  text("text", before.text, after.text);
  text("done", before.done ? "Klar" : "Inte klar", after.done ? "Klar" : "Inte klar");
  std::map<std::string, const Table*> old_tables;
  for (const auto& t : before.tables) old_tables.emplace(t.caption, &t);
  std::map<std::string, bool> seen;
  for (const auto& t : after.tables) {
    seen[t.caption] = true;
    auto it = old_tables.find(t.caption);
    if (it == old_tables.end())
      out.tables_added.push_back({.section_id = after.id, .caption = t.caption, .row = {}});
    else
      diff_table(after.id, *it->second, t, out);
  }
  for (const auto& t : before.tables)
    if (!seen.count(t.caption)) out.tables_removed.push_back({.section_id = after.id, .caption = t.caption, .row = {}});
}

}  // namespace

std::string shown_cell(const Cell& cell) {
  if (cell.number) return number_text(*cell.number, cell.decimals) + (cell.unit.empty() ? "" : " " + cell.unit);
  if (cell.text.empty()) return "..";
  return cell.text;
}

DocumentDiff diff_documents(const Document& before, const Document& after) {
  std::map<std::string, const Section*> old_index, new_index;
  std::vector<const Section*> old_order, new_order;
  index(before.sections, old_index, old_order);
  index(after.sections, new_index, new_order);
  DocumentDiff out;
  for (const Section* s : new_order) {
    auto it = old_index.find(s->id);
    if (it == old_index.end())
      out.sections_added.push_back({.id = s->id, .heading = s->heading});
    else
      diff_section(*it->second, *s, out);
  }
  for (const Section* s : old_order)
    if (!new_index.count(s->id)) out.sections_removed.push_back({.id = s->id, .heading = s->heading});
  return out;
}

}  // namespace jamt::service
