#include "report/document/document_xlsx.hpp"

#include "report/document/cell_text.hpp"
#include "report/document/sheet_names.hpp"
#include "report/xlsx_table.hpp"

namespace jamt::report {

namespace {

using namespace jamt::report_doc;

void collect_tables(const std::vector<Section>& sections, std::vector<const Table*>& out) {
  for (const auto& section : sections) {
    for (const auto& table : section.tables) out.push_back(&table);
    collect_tables(section.children, out);
  }
}

XlsxCell xlsx_cell(const Cell& cell) {
  if (cell.number) return XlsxCell::number(*cell.number, excel_number_format(cell.decimals, cell.unit));
  return XlsxCell::text(cell.text.empty() ? ".." : cell.text);
}

}  // namespace

Result<std::string> to_xlsx(const Document& document) {
  std::vector<const Table*> tables;
  collect_tables(document.sections, tables);
  if (tables.empty()) {
    std::vector<std::vector<XlsxCell>> rows;
    for (const auto* line : {&document.subtitle, &document.generated_at})
      if (!line->empty()) rows.push_back({XlsxCell::text(*line)});
    return xlsx_workbook({XlsxSheet{.name = "Rapport", .header = {document.title}, .rows = rows}});
  }
  std::vector<std::string> captions;
  for (const auto* table : tables) captions.push_back(table->caption);
  std::vector<std::string> names = unique_sheet_names(captions);

  std::vector<XlsxSheet> sheets;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const Table& table = *tables[i];
    std::vector<std::vector<XlsxCell>> rows;
    for (const auto& row : table.rows) {
      std::vector<XlsxCell> cells;
      for (const auto& cell : row) cells.push_back(xlsx_cell(cell));
      // A short row: the missing columns are "..", as on the page.
      while (cells.size() < table.columns.size()) cells.push_back(XlsxCell::text(".."));
      rows.push_back(std::move(cells));
    }
    sheets.push_back(XlsxSheet{.name = names[i], .header = table.columns, .rows = std::move(rows)});
  }
  return xlsx_workbook(sheets);
}

}  // namespace jamt::report
