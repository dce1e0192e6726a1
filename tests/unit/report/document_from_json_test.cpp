// A report document read back from its JSON (the frozen data of a published
// yearly report): rendering what is read back gives the same JSON and the
// same print page, byte for byte; bad input is refused naming the place.
#include <gtest/gtest.h>

#include "report/document/document_from_json.hpp"
#include "report/document/document_json.hpp"
#include "report/document/document_print_html.hpp"
#include "sample_document.hpp"

using namespace jamt;

TEST(DocumentFromJson, RenderingWhatIsReadBackGivesTheSameJsonAndPrintPage) {
  auto original = jamt::testing::sample_report_document();
  original.sections[0].text = "Egen text.\n\nAndra stycket med <b>tecken</b> & citat \"så\".";
  original.sections[0].done = true;
  original.sections[1].charts.push_back(report_doc::Chart{.title = "Andel per kommun",
                                                          .kind = report_doc::ChartKind::bars,
                                                          .description = "Staplar.",
                                                          .labels = {"Kalmar", "Borgholm"},
                                                          .series = {{.name = "Kvinnor",
                                                                      .sex = report_doc::SeriesSex::women,
                                                                      .values = {52.9, std::nullopt},
                                                                      .labels = {"", ".. uppgift saknas"}}},
                                                          .decimals = 1,
                                                          .band = std::pair{40.0, 60.0},
                                                          .band_label = "Jämn fördelning 40–60 %"});
  const std::string json = report::to_json(original);
  auto back = report::document_from_json(json);
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(report::to_json(*back), json);
  EXPECT_EQ(report::to_print_html(*back), report::to_print_html(original));
  EXPECT_EQ(back->sections[0].text, original.sections[0].text);
  EXPECT_TRUE(back->sections[0].done);
  ASSERT_TRUE(back->sections[1].charts.back().band.has_value());
  EXPECT_EQ(back->sections[1].charts.back().band->second, 60.0);
}

TEST(DocumentFromJson, RefusesTextThatIsNotJson) {
  auto back = report::document_from_json("{\"title\": ");
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.error().code, ErrorKind::validation);
  EXPECT_EQ(back.error().message, "the report document is not valid JSON");
}

TEST(DocumentFromJson, NamesThePlaceOfAValueOfTheWrongType) {
  auto back = report::document_from_json(
      R"({"title": "T", "sections": [{"id": "a", "tables": [{"caption": "c", "rows": [["x", {"number": "12"}]]}]}]})");
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.error().field, "sections[0].tables[0].rows[0][1].number");
  EXPECT_EQ(back.error().message, "the report document's value sections[0].tables[0].rows[0][1].number should be a number or null");
}
