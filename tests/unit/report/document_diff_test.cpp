// What changed between two versions of a report document: a changed cell
// with its old and new value as shown, a row added, the strategist's text
// and sign-off, sections added and removed; nothing for equal documents.
#include <gtest/gtest.h>

#include "sample_document.hpp"
#include "service/report_year/document_diff.hpp"

using namespace jamt;

TEST(DocumentDiff, EqualDocumentsHaveNoChangesWhateverTheirTime) {
  auto before = jamt::testing::sample_report_document();
  auto after = before;
  after.generated_at = "2028-01-01T00:00:00Z";
  EXPECT_TRUE(service::diff_documents(before, after).empty());
}

TEST(DocumentDiff, ListsCellsRowsTextsAndSectionsThatChanged) {
  auto before = jamt::testing::sample_report_document();
  auto after = before;
  auto& goals = after.sections[1];  // "mal-1" with the table of shares and sub-section "mal-1-1"
  auto& table = goals.tables[0];
  table.rows[0][3] = report_doc::Cell::of_number(55.25, 1, "%");
  table.rows.push_back({report_doc::Cell::of_text("Mörbylånga"), report_doc::Cell::of_number(12)});
  goals.text = "Ny text.";
  goals.done = true;
  goals.children.clear();
  after.sections.push_back(report_doc::Section{.id = "ny",
                                               .heading = "Nytt avsnitt",
                                               .level = 2,
                                               .paragraphs = {},
                                               .tables = {},
                                               .charts = {},
                                               .children = {},
                                               .text = {},
                                               .done = false});

  auto diff = service::diff_documents(before, after);
  ASSERT_EQ(diff.cells.size(), 1u);
  EXPECT_EQ(diff.cells[0].section_id, "mal-1");
  EXPECT_EQ(diff.cells[0].row, "Kalmar");
  EXPECT_EQ(diff.cells[0].column, "Andel kvinnor");
  EXPECT_EQ(diff.cells[0].before, "52,9 %");
  EXPECT_EQ(diff.cells[0].after, "55,3 %");
  ASSERT_EQ(diff.rows_added.size(), 1u);
  EXPECT_EQ(diff.rows_added[0].row, "Mörbylånga");
  std::vector<std::string> texts;
  for (const auto& t : diff.texts) texts.push_back(t.section_id + " " + t.what + ": " + t.before + " → " + t.after);
  EXPECT_EQ(texts, (std::vector<std::string>{"mal-1 text:  → Ny text.", "mal-1 done: Inte klar → Klar"}));
  ASSERT_EQ(diff.sections_added.size(), 1u);
  EXPECT_EQ(diff.sections_added[0].heading, "Nytt avsnitt");
  ASSERT_EQ(diff.sections_removed.size(), 1u);
  EXPECT_EQ(diff.sections_removed[0].id, "mal-1-1");
  EXPECT_EQ(diff.sections_removed[0].heading, "Delmål 1.1 Makt och inflytande");
}
