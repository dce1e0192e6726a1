#pragma once
// What changed between two versions of a report document (issue 14, item
// 1): sections added and removed, headings, generated paragraphs and the
// strategist's text changed, sign-off changed, tables added and removed, and
// table cells changed with the old and the new value as shown ("38,3 %").
// Sections are matched by id, tables by caption within a section, rows by
// their first cell, columns by heading. Pure; no I/O.
#include <string>
#include <vector>

#include "domain/report/report_document.hpp"

namespace jamt::service {

// A section named by id and heading.
struct SectionRef {
  std::string id{};
  std::string heading{};
};

// A change of something textual in a section: `what` is "heading",
// "paragraphs", "text" (the strategist's) or "done"; before/after as text.
struct TextChange {
  std::string section_id{};
  std::string heading{};
  std::string what{};
  std::string before{};
  std::string after{};
};

// A table (caption) added to or removed from a section, or a row of one.
struct TableChange {
  std::string section_id{};
  std::string caption{};
  std::string row{};  // "" for the whole table; else the row's first cell
};

// One cell of a table present in both versions.
struct CellChange {
  std::string section_id{};
  std::string caption{};
  std::string row{};     // the row's first cell, e.g. "2018"
  std::string column{};  // the column heading, e.g. "Kvinnor"
  std::string before{};  // as shown: "38", "38,3 %", ".."
  std::string after{};
};

struct DocumentDiff {
  std::vector<SectionRef> sections_added{};
  std::vector<SectionRef> sections_removed{};
  std::vector<TextChange> texts{};
  std::vector<TableChange> tables_added{};
  std::vector<TableChange> tables_removed{};
  std::vector<TableChange> rows_added{};
  std::vector<TableChange> rows_removed{};
  std::vector<CellChange> cells{};
  bool empty() const {
    return sections_added.empty() && sections_removed.empty() && texts.empty() && tables_added.empty() &&
           tables_removed.empty() && rows_added.empty() && rows_removed.empty() && cells.empty();
  }
};

// What changed from `before` to `after`, in the order of `after`'s sections
// (removed ones in `before`'s order). The generation time is ignored.
DocumentDiff diff_documents(const report_doc::Document& before, const report_doc::Document& after);

// A cell as shown: "..", its text, or its number in Swedish format with
// its unit ("38,3 %").
std::string shown_cell(const report_doc::Cell& cell);

}  // namespace jamt::service
