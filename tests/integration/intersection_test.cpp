// Intersectional analysis (sex × one further dimension) over HTTP, on a real
// Statistics Sweden file: the measure page's table, the API's rows and the
// CSV, checked against numbers read by hand from the file; and value flags
// (".." missing, "p" provisional) shown as symbols with their legend.
#include <gtest/gtest.h>

#include <cmath>

#include "service/statistics/statistics_files.hpp"
#include "service/statistics/statistics_import.hpp"
#include "test_paths.hpp"
#include "test_server.hpp"

using namespace jamt;
using nlohmann::json;

namespace {

constexpr const char* kFile = "scb-inrikes-utrikes-fodda-12-25-kommun-kon-2019.csv";
// "ålder" and "födelseregion", percent-encoded for URLs.
constexpr const char* kAge = "%C3%A5lder";
constexpr const char* kBirth = "f%C3%B6delseregion";

// Upper secondary programmes by sex in Kalmar län, 2023 (hand-made): one
// value provisional ("p"), one not available ("..").
stats::Dataset programmes() {
  using stats::DimensionRole;
  stats::Dataset d;
  d.id = "PROGRAM";
  d.title = "Elever på gymnasieprogram";
  d.unit = "antal";
  d.source = "Skolverket";
  d.dimensions = {{"Region", "region", DimensionRole::geo, {{"08", "Kalmar län"}}},
                  {"Program", "program", DimensionRole::other, {{"EE", "El och energi"}, {"VO", "Vård och omsorg"}, {"EK", "Ekonomi"}}},
                  {"Kon", "kön", DimensionRole::other, {{"1", "män"}, {"2", "kvinnor"}}},
                  {"Tid", "år", DimensionRole::time, {{"2023", "2023"}}}};
  d.values = {291, 9, 110, 90, 112, std::nan("")};  // EE men, women; VO men, women; EK men, women
  d.status[1] = "p";
  d.status[5] = "..";
  return d;
}

}  // namespace

class Intersection : public jamt::testing::ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    auto file = service::read_statistics_file(std::string(JAMT_TEST_DATA) + "/real/" + kFile);
    ASSERT_TRUE(file.ok()) << file.error().to_string();
    ASSERT_EQ(file->datasets.size(), 1u);
    // The file's value column "X2019" names the year; it has no time column,
    // so the year becomes a dimension of one category (cells keep their order).
    stats::Dataset& d = file->datasets[0];
    d.dimensions.push_back({"år", "år", stats::DimensionRole::time, {{"2019", "2019"}}});
    auto r = service::import_datasets(*db, file->datasets,
                                      {.file_name = kFile,
                                       .sha256 = file->sha256,
                                       .format = "csv",
                                       .measure_code = "SCB.INRIKES-UTRIKES-12-25",
                                       .actor = service::Actor{.name = "t"}});
    ASSERT_TRUE(r.ok()) << r.error().to_string();
    EXPECT_EQ(r->observations, 16240);  // every line of the file
    auto p = service::import_datasets(
        *db, {programmes()},
        {.file_name = "program.json", .sha256 = "sha-program", .format = "jsonstat", .actor = service::Actor{.name = "t"}});
    ASSERT_TRUE(p.ok()) << p.error().to_string();
    for (const auto& m : get_json("/api/v1/measures")) {
      if (m["code"] == "SCB.INRIKES-UTRIKES-12-25") born_id = m["id"].get<std::int64_t>();
      if (m["code"] == "PROGRAM") programme_id = m["id"].get<std::int64_t>();
    }
    ASSERT_NE(born_id, 0);
  }
  std::string analysis(std::int64_t id) { return "/api/v1/measures/" + std::to_string(id) + "/analysis?"; }
  std::int64_t born_id = 0, programme_id = 0;
};

TEST_F(Intersection, ApiRowsPerAgeMatchTheFileForKalmar) {
  // Kalmar (0880), born abroad, by age.
  json a = get_json(analysis(born_id) + "region=0880&period=2019&by=" + kAge + "&" + kBirth + "=Utrikes%20f%C3%B6dd");
  EXPECT_EQ(a["by"], "ålder");
  EXPECT_EQ(a["region"], "0880");
  ASSERT_EQ(a["rows"].size(), 14u);  // ages 12 … 25
  const json& age12 = a["rows"][0];
  EXPECT_EQ(age12["label"], "12");
  EXPECT_EQ(age12["women"], 39);  // file line 4653: "Kalmar","12","kvinnor","Utrikes född",39
  EXPECT_EQ(age12["men"], 67);    // file line 4651: "Kalmar","12","män","Utrikes född",67
  EXPECT_EQ(age12["total"], 106);
  EXPECT_NEAR(age12["women_share"].get<double>(), 39.0 / 106 * 100, 1e-9);  // 36,8 %
  EXPECT_EQ(age12["balance"], "men_dominated");
  const json& age20 = a["rows"][8];
  EXPECT_EQ(age20["label"], "20");
  EXPECT_EQ(age20["women"], 77);  // line 4685
  EXPECT_EQ(age20["men"], 126);   // line 4683
  EXPECT_EQ(age20["balance"], "men_dominated");  // 37,9 %
  const json& age25 = a["rows"][13];
  EXPECT_EQ(age25["women"], 91);  // line 4705
  EXPECT_EQ(age25["men"], 98);    // line 4703
  EXPECT_EQ(age25["balance"], "even");  // 48,1 %
  // Ages 12 and 20 fall below 40 %, the other twelve within 40–60 %.
  EXPECT_EQ(a["summary"]["even"], 12);
  EXPECT_EQ(a["summary"]["with_share"], 14);
  EXPECT_EQ(a["summary"]["sentence"], "12 av 14 kategorier har jämn könsfördelning (40–60\u00a0%).");
}

TEST_F(Intersection, BirthRegionSumsTheAgesOfTheFile) {
  // Kalmar, ages 12–25 summed (lines 4650–4705): born in Sweden 4 936 women,
  // 4 821 men; born abroad 896 women, 1 150 men.
  json a = get_json(analysis(born_id) + "region=0880&period=2019&by=" + kBirth);
  ASSERT_EQ(a["rows"].size(), 2u);
  EXPECT_EQ(a["rows"][0]["label"], "Född i Sverige");
  EXPECT_EQ(a["rows"][0]["women"], 4936);
  EXPECT_EQ(a["rows"][0]["men"], 4821);
  EXPECT_EQ(a["rows"][1]["label"], "Utrikes född");
  EXPECT_EQ(a["rows"][1]["women"], 896);
  EXPECT_EQ(a["rows"][1]["men"], 1150);
  EXPECT_NEAR(a["rows"][1]["women_pct_of_men"].get<double>(), 896.0 / 1150 * 100, 1e-9);
  EXPECT_EQ(a["summary"]["sentence"], "2 av 2 kategorier har jämn könsfördelning (40–60\u00a0%).");
}

TEST_F(Intersection, MeasurePageShowsChartTableAndSentence) {
  std::string page = get_html("/statistik/" + std::to_string(born_id) + "?region=0880&by=" + kAge + "&" + kBirth +
                              "=Utrikes%20f%C3%B6dd");
  EXPECT_NE(page.find("<label for=\"by\">Jämför kön efter</label>"), std::string::npos);
  EXPECT_NE(page.find("<option value=\"ålder\" selected>ålder</option>"), std::string::npos);
  EXPECT_NE(page.find("Kvinnor och män efter ålder 2019 – Kalmar</h2>"), std::string::npos);
  EXPECT_NE(page.find("id=\"korsanalys-title\""), std::string::npos);  // the grouped bar chart
  EXPECT_NE(page.find("<caption>"), std::string::npos);
  // Age 20: 77 women, 126 men, 37,9 %, men-dominated.
  EXPECT_NE(page.find("<tr><th scope=\"row\">20</th><td>77</td><td>126</td><td>203</td><td>37,9\u00a0%</td>"),
            std::string::npos);
  EXPECT_NE(page.find("12 av 14 kategorier har jämn könsfördelning"), std::string::npos);
  EXPECT_NE(page.find("aria-live=\"polite\""), std::string::npos);
  EXPECT_NE(page.find("/static/measure_intersection.js"), std::string::npos);
  // The links to the county's other municipalities keep the comparison.
  EXPECT_NE(page.find("by=%C3%A5lder\">Nybro</a>"), std::string::npos);
  // Without by= the page shows no intersection, only the choice.
  std::string plain = get_html("/statistik/" + std::to_string(born_id) + "?region=0880");
  EXPECT_EQ(plain.find("id=\"korsanalys-title\""), std::string::npos);
  EXPECT_NE(plain.find("<option value=\"\" selected>Ingen (bara kön)</option>"), std::string::npos);
  auto js = client->Get("/static/measure_intersection.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
}

TEST_F(Intersection, CsvDownloadHasARowPerCategory) {
  auto r = client->Get("/statistik/" + std::to_string(born_id) + "/data.csv?region=0880&by=" + std::string(kBirth) +
                       "&" + kAge + "=20");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_NE(r->get_header_value("Content-Disposition").find(".csv"), std::string::npos);
  // Age 20 in Kalmar: born in Sweden 345 women (line 4684), 336 men (4682);
  // born abroad 77 women (4685), 126 men (4683).
  EXPECT_NE(r->body.find("Regionkod;Region;Period;födelseregion;Kvinnor;Män;Totalt"), std::string::npos) << r->body;
  EXPECT_NE(r->body.find("0880;Kalmar;2019;Född i Sverige;345;336;681;50,7;102,7;Jämn könsfördelning;"), std::string::npos)
      << r->body;
  EXPECT_NE(r->body.find("0880;Kalmar;2019;Utrikes född;77;126;203;37,9;61,1;Mansdominerad;"), std::string::npos);
}

TEST_F(Intersection, FlaggedValuesShowTheirSymbolAndALegend) {
  std::string page = get_html("/statistik/" + std::to_string(programme_id) + "?region=08&by=Program");
  // 9 women on El och energi, provisional.
  EXPECT_NE(page.find("<tr><th scope=\"row\">EE</th><td>9\u00a0p</td><td>291</td>"), std::string::npos) << page;
  // Ekonomi: the women's value is not available — the symbol, not a zero.
  EXPECT_NE(page.find("<tr><th scope=\"row\">EK</th><td>..</td><td>112</td><td>–</td><td>–</td>"), std::string::npos);
  EXPECT_NE(page.find("<dt>..</dt><dd>Uppgift saknas eller är för osäker för att redovisas</dd>"), std::string::npos);
  EXPECT_NE(page.find("<dt>p</dt><dd>Preliminär uppgift</dd>"), std::string::npos);
  // The chart labels the missing bar instead of drawing a zero.
  EXPECT_NE(page.find("Kvinnor: .. Uppgift saknas eller är för osäker för att redovisas</text>"), std::string::npos);
  EXPECT_NE(page.find("1 av 2 kategorier har jämn könsfördelning (40–60\u00a0%). 1 kategori saknar kvinnors andel och räknas inte."),
            std::string::npos);
  json a = get_json(analysis(programme_id) + "region=08&period=2023&by=Program");
  EXPECT_EQ(a["rows"][0]["status"]["women"], "p");
  EXPECT_EQ(a["rows"][0]["women"], 9);
  EXPECT_EQ(a["rows"][1]["code"], "EK");  // categories in code order
  EXPECT_TRUE(a["rows"][1]["women"].is_null());
  EXPECT_EQ(a["rows"][1]["status"]["women"], "..");
}

TEST_F(Intersection, BadDimensionIsNamed) {
  json e = get_json(analysis(born_id) + "region=0880&period=2019&by=utbildning", 400);
  EXPECT_EQ(e["error"]["field"], "by");
  EXPECT_NE(e["error"]["message"].get<std::string>().find("födelseregion"), std::string::npos);
  json none = get_json(analysis(born_id) + "region=0880&period=2015&by=" + kAge, 404);
  EXPECT_EQ(none["error"]["code"], "not_found");
}

TEST_F(Intersection, PxDataNoteMarkersBecomeFlags) {
  // Statistics Sweden's example file: DATANOTECELL marks outmigrated
  // (BE0101F2) aged 20 with " *" (provisional) and men aged 21 with " |"
  // (break in series); DATA row "0114 20": 14 38 22 43, row "0114 21":
  // 21 36 34 57 (men, women inmigrated; men, women outmigrated).
  auto file = service::read_statistics_file(std::string(JAMT_TEST_DATA) + "/px/NPM/BE0101F1symbnot2.px");
  ASSERT_TRUE(file.ok()) << file.error().to_string();
  auto r = service::import_datasets(
      *db, file->datasets,
      {.file_name = "BE0101F1symbnot2.px", .sha256 = file->sha256, .format = "px", .actor = service::Actor{.name = "t"}});
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  std::int64_t out_id = 0, in_id = 0;
  for (const auto& m : get_json("/api/v1/measures")) {
    if (m["code"] == "BE0101F1.BE0101F2") out_id = m["id"].get<std::int64_t>();
    if (m["code"] == "BE0101F1.BE0101F1") in_id = m["id"].get<std::int64_t>();
  }
  ASSERT_NE(out_id, 0);
  json a = get_json(analysis(out_id) + "region=0114&period=2003&by=age");
  ASSERT_EQ(a["rows"].size(), 3u);
  EXPECT_EQ(a["rows"][0]["men"], 22);
  EXPECT_EQ(a["rows"][0]["status"]["men"], "*");
  EXPECT_EQ(a["rows"][0]["status"]["women"], "*");
  EXPECT_EQ(a["rows"][1]["status"]["men"], "|");
  EXPECT_FALSE(a["rows"][1]["status"].contains("women"));
  std::string page = get_html("/statistik/" + std::to_string(out_id) + "?region=0114&by=age");
  EXPECT_NE(page.find("<tr><th scope=\"row\">20</th><td>43\u00a0*</td><td>22\u00a0*</td>"), std::string::npos) << page;
  EXPECT_NE(page.find("<tr><th scope=\"row\">21</th><td>57</td><td>34\u00a0|</td>"), std::string::npos);
  EXPECT_NE(page.find("<dt>*</dt><dd>Preliminär uppgift</dd>"), std::string::npos);
  EXPECT_NE(page.find("<dt>|</dt><dd>Brott i tidsserien</dd>"), std::string::npos);
  // Stockholms län (01), inmigrated women: "....", "....." and "......" — not available,
  // shown as the symbols with one legend entry each.
  std::string county = get_html("/statistik/" + std::to_string(in_id) + "?region=01&by=age");
  EXPECT_NE(county.find("<tr><th scope=\"row\">20</th><td>....</td><td>590</td>"), std::string::npos) << county;
  EXPECT_NE(county.find("<dt>....</dt>"), std::string::npos);
}
