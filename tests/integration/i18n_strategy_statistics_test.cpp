// The strategy, indicator, statistics and national pages in English (issue
// 15, item 4), on SQLite and PostgreSQL alike: with ?lang=en a page says
// <html lang="en">, its headings, buttons, validation messages and numbers
// are English ("122,400"; an apostrophe comes HTML-escaped as &apos;); the
// same page without ?lang= is Swedish. The
// server's clock stands at the fixture's fixed time (2026-03-31).
#include <gtest/gtest.h>

#include "register_fixture.hpp"
#include "service/statistics/statistics_import.hpp"
#include "test_datasets.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;

class EnglishStrategyPages : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    for (const auto& s : get(*client, "/api/v1/strategies", nullptr).json)
      if (s["county_code"] == "08") kalmar = "/strategier/" + std::to_string(s["id"].get<std::int64_t>());
    ASSERT_FALSE(kalmar.empty());
  }
  std::string kalmar;
};

TEST_F(EnglishStrategyPages, ThePublicStrategyPageIsEnglishOnlyWhenAsked) {
  auto en = get(*client, kalmar + "?lang=en", nullptr);
  ASSERT_EQ(en.status, 200);
  EXPECT_TRUE(has(en.body, "<html lang=\"en\""));
  EXPECT_TRUE(has(en.body, ">Goal structure</h2>")) << en.body.substr(0, 3000);
  EXPECT_TRUE(has(en.body, "<dt>Status</dt><dd>Adopted</dd>"));
  EXPECT_TRUE(has(en.body, "Download the strategy as JSON"));
  EXPECT_FALSE(has(en.body, "Målstruktur"));

  auto sv = get(*client, kalmar, nullptr);
  ASSERT_EQ(sv.status, 200);
  EXPECT_TRUE(has(sv.body, "<html lang=\"sv\""));
  EXPECT_TRUE(has(sv.body, ">Målstruktur</h2>"));
  EXPECT_TRUE(has(sv.body, "<dt>Status</dt><dd>Antagen</dd>"));
  EXPECT_FALSE(has(sv.body, "Goal structure"));
}

TEST_F(EnglishStrategyPages, TheEditorSaysWhatIsWrongInEnglish) {
  const auto& strategist = strategist_08();
  auto form = get(*client, kalmar + "/redigera/uppgifter?lang=en", &strategist);
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(has(form.body, "<html lang=\"en\""));
  EXPECT_TRUE(has(form.body, "The strategy&apos;s details"));
  EXPECT_TRUE(has(form.body, ">Save<")) << "the submit button";

  auto bad = post_form(*client, kalmar + "/redigera/uppgifter?lang=en",
                       {{"title", ""}, {"start_year", "tjugotjugofyra"}, {"end_year", "2027"}}, strategist);
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_TRUE(has(bad.body, "Enter the strategy&apos;s title.")) << bad.body;
  EXPECT_TRUE(has(bad.body, "Enter the first year as a year with four digits, for example 2024."));
  EXPECT_TRUE(has(bad.body, "value=\"tjugotjugofyra\"")) << "what was typed is kept";

  auto sv = post_form(*client, kalmar + "/redigera/uppgifter",
                      {{"title", ""}, {"start_year", "tjugotjugofyra"}, {"end_year", "2027"}}, strategist);
  ASSERT_EQ(sv.status, 400);
  EXPECT_TRUE(has(sv.body, "Ange första året som ett årtal med fyra siffror, till exempel 2024."));
}

class EnglishStatisticsPages : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    service::ImportOptions o{.file_name = "befolkning.px", .sha256 = "sha-pop", .format = "px",
                             .actor = service::Actor{.name = "t"}};
    ASSERT_TRUE(service::import_datasets(*db, {population()}, o).ok());
    for (const auto& m : get(*client, "/api/v1/measures", nullptr).json)
      if (m["code"] == "BE0101N1") measure = "/statistik/" + std::to_string(m["id"].get<std::int64_t>());
    ASSERT_FALSE(measure.empty());
  }
  std::string measure;
};

TEST_F(EnglishStatisticsPages, TheMeasurePageWritesNumbersTheEnglishWay) {
  // Kalmar län 2023: 122 400 women, 123 500 men (tests/integration/test_datasets.hpp).
  auto en = get(*client, measure + "?region=08&lang=en", nullptr);
  ASSERT_EQ(en.status, 200);
  EXPECT_TRUE(has(en.body, "<html lang=\"en\""));
  EXPECT_TRUE(has(en.body, "122,400")) << "English thousands separator";
  EXPECT_FALSE(has(en.body, "122\u00a0400"));
  EXPECT_TRUE(has(en.body, "Women and men over time – Kalmar län"));
  EXPECT_TRUE(has(en.body, "CSV for Excel"));

  auto sv = get(*client, measure + "?region=08", nullptr);
  EXPECT_TRUE(has(sv.body, "<html lang=\"sv\""));
  EXPECT_TRUE(has(sv.body, "122\u00a0400"));
  EXPECT_TRUE(has(sv.body, "Kvinnor och män över tid – Kalmar län"));
}

TEST_F(EnglishStatisticsPages, TheImportFormRefusesAMissingFileInEnglish) {
  const auto& strategist = strategist_08();
  auto form = get(*client, "/statistik/importera?lang=en", &strategist);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(has(form.body, "<h1>Import statistics</h1>"));
  EXPECT_TRUE(has(form.body, "Recognise the format"));

  httplib::MultipartFormDataItems items{{"csrf_token", strategist.csrf_token, "", ""}, {"format", "", "", ""}};
  auto r = client->Post("/statistik/importera?lang=en", strategist.cookie_only(), items);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(has(r->body, "Choose a file to import.")) << r->body;
}

TEST_F(EnglishStrategyPages, TheNationalResourcesPageIsEnglishWithItsMessagesAndNumbers) {
  httplib::Params wrong{{"county_code", "08"}, {"granted", "femhundratusen"}, {"used", "420 000"}, {"carried_over", "0"}};
  auto refused = post_form(*client, "/nationellt/resurser/2025?lang=en", wrong, coordinator());
  ASSERT_EQ(refused.status, 400);
  EXPECT_TRUE(has(refused.body, "<html lang=\"en\""));
  EXPECT_TRUE(has(refused.body, "id=\"granted-error\">Granted funds must be a whole number of kronor")) << refused.body;
  EXPECT_TRUE(has(refused.body, "Save the resources"));

  httplib::Params form{{"county_code", "08"}, {"granted", "500 000"}, {"used", "420 000"}, {"carried_over", "20 000"}};
  ASSERT_EQ(post_form(*client, "/nationellt/resurser/2025", form, coordinator()).status, 303);
  auto en = get(*client, "/nationellt/resurser/2025?lang=en", nullptr);
  EXPECT_TRUE(has(en.body, "<h1>Resources per county 2025</h1>")) << en.body;
  EXPECT_TRUE(has(en.body, "500,000\u00a0SEK"));
  EXPECT_TRUE(has(en.body, "<th scope=\"row\">Sweden</th>"));
  auto sv = get(*client, "/nationellt/resurser/2025", nullptr);
  EXPECT_TRUE(has(sv.body, "500\u00a0000\u00a0kr"));
  EXPECT_TRUE(has(sv.body, "<th scope=\"row\">Riket</th>"));
}
