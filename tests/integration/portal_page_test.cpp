// The county portal /lan/{code} (issue 15, item 1) against the demo content
// of Kalmar län: its adopted strategy, the real Kolada figures the demo
// imports, its joined organisations and published activities — what a
// visitor of the page would check. Runs on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/account.hpp"
#include "formats/jsonstat/jsonstat.hpp"
#include "json_requests.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/demo/demo_statistics.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"

using namespace jamt;
using jamt::testing::ServerFixture;

namespace {

class PortalPage : public ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    auto real = service::load_demo_real_statistics(*db);
    ASSERT_TRUE(real.ok()) << real.error().to_string();
    auto registers = service::load_demo_registers(*db, false);
    ASSERT_TRUE(registers.ok()) << registers.error().to_string();
  }

  std::int64_t kalmar_strategy_id() {
    auto list = service::list_strategies(*db);
    EXPECT_TRUE(list.ok());
    for (const auto& s : *list)
      if (s.county_code == "08") return s.id;
    ADD_FAILURE() << "no Kalmar strategy";
    return 0;
  }

  // The HTML of the section whose heading has id `heading_id`.
  static std::string section(const std::string& html, const std::string& heading_id) {
    auto start = html.find("aria-labelledby=\"" + heading_id + "\"");
    if (start == std::string::npos) return "";
    // Sections nest (a sub-goal inside the statistics): find the matching end.
    std::size_t at = start, depth = 1;
    while (depth > 0) {
      auto open = html.find("<section", at), close = html.find("</section>", at);
      if (close == std::string::npos) return html.substr(start);
      if (open != std::string::npos && open < close) {
        ++depth;
        at = open + 1;
      } else {
        --depth;
        at = close + 1;
      }
    }
    return html.substr(start, at - 1 - start);
  }
};

}  // namespace

TEST_F(PortalPage, ShowsTheAdoptedStrategyWithItsGoalAreas) {
  std::string html = get_html("/lan/08");
  EXPECT_NE(html.find("<h1>Jämställdhet i Kalmar län</h1>"), std::string::npos);
  EXPECT_NE(html.find("Länsstyrelsen i Kalmar län"), std::string::npos);
  std::string strategy = section(html, "strategi-rubrik");
  const std::string url = "/strategier/" + std::to_string(kalmar_strategy_id());
  EXPECT_NE(strategy.find("<a href=\"" + url + "\" id=\"strategy-link\">Ett jämställt Kalmar län – regional "
                          "jämställdhetsstrategi 2024–2027</a>"),
            std::string::npos)
      << strategy;
  EXPECT_NE(strategy.find("2024–2027"), std::string::npos);
  EXPECT_NE(strategy.find("<a href=\"" + url + "#mal-5\">5 Jämställd hälsa</a>"), std::string::npos) << strategy;
  // Sections in the order of the brief, one h1, and the join call to action.
  const char* order[] = {"strategi-rubrik", "kontakt-rubrik", "anslutna-rubrik", "statistik-rubrik",
                         "jamforelse-rubrik", "insatser-rubrik", "uppfoljning-rubrik", "anslut-rubrik"};
  std::size_t at = 0;
  for (const char* id : order) {
    auto pos = html.find("<h2 id=\"" + std::string(id) + "\"");
    ASSERT_NE(pos, std::string::npos) << id;
    EXPECT_GT(pos, at) << id;
    at = pos;
  }
  EXPECT_EQ(html.find("<h1", html.find("<h1") + 1), std::string::npos);
  EXPECT_NE(section(html, "anslut-rubrik").find("href=\"/anslut/08\""), std::string::npos);
}

TEST_F(PortalPage, ShowsTheLatestValuesPerNationalSubgoalInSwedishFormat) {
  std::string stats = section(get_html("/lan/08"), "statistik-rubrik");
  // Delmål 5, indicator 5.b bound to Kolada N00957: Kalmar län 2022, women
  // 31.28 and men 22.02 days (data/statistics/real/kolada/kolada-N00957-ohalsotal-kon.csv).
  auto health = stats.find("<h3 id=\"delmal-5-rubrik\">Delmål 5: Jämställd hälsa</h3>");
  ASSERT_NE(health, std::string::npos) << stats;
  auto row = stats.find("5.b Ohälsotal", health);
  ASSERT_NE(row, std::string::npos);
  EXPECT_NE(stats.find("<td>2022</td><td>31,3</td><td>22,0</td>", row), std::string::npos)
      << stats.substr(row, 300);
  // A chart (with its title and description) comes before its table.
  auto chart = stats.find("<svg", health);
  ASSERT_NE(chart, std::string::npos);
  EXPECT_LT(chart, row);
  EXPECT_NE(stats.find("<title", chart), std::string::npos);
  EXPECT_NE(stats.find("<desc", chart), std::string::npos);
  // Downloads of the same figures.
  EXPECT_NE(stats.find("href=\"/lan/08/statistik.csv\""), std::string::npos);
  EXPECT_NE(stats.find("href=\"/lan/08/statistik.xlsx\""), std::string::npos);
  EXPECT_NE(stats.find("href=\"/lan/08/statistik.json\""), std::string::npos);
}

TEST_F(PortalPage, ComparesTheCountyWithTheNationAndItsMunicipalities) {
  std::string html = section(get_html("/lan/08"), "jamforelse-rubrik");
  auto health = html.find("5.b Ohälsotal</a> (2022)");
  ASSERT_NE(health, std::string::npos) << html;
  auto table_end = html.find("</table>", health);
  std::string table = html.substr(health, table_end - health);
  EXPECT_NE(table.find("<caption>"), std::string::npos);
  // Days of sickness are not a count: women's value against men's, not a share.
  EXPECT_NE(table.find("<th scope=\"col\">Kvinnor i % av män</th>"), std::string::npos) << table;
  EXPECT_NE(table.find("<th scope=\"row\">Riket</th>"), std::string::npos) << table;
  EXPECT_NE(table.find("<th scope=\"row\">Kalmar län</th>"), std::string::npos);
  EXPECT_NE(table.find("<th scope=\"row\">Västervik</th>"), std::string::npos);
  // Sorted by the total, highest first: every row's total is at most the one before.
  double previous = 1e9;
  int rows = 0;
  for (auto pos = table.find("<th scope=\"row\">"); pos != std::string::npos;
       pos = table.find("<th scope=\"row\">", pos + 1)) {
    auto cells = table.find("</th>", pos);
    std::size_t td = cells;
    for (int k = 0; k < 3; ++k) td = table.find("<td>", td + 1);
    std::string total = table.substr(td + 4, table.find("</td>", td) - td - 4);
    std::replace(total.begin(), total.end(), ',', '.');
    double value = std::stod(total);
    EXPECT_LE(value, previous) << total;
    previous = value;
    ++rows;
  }
  EXPECT_EQ(rows, 14);  // the nation, the county and its 12 municipalities
  // An indicator counted from Jämt's registers has only the county.
  EXPECT_NE(html.find("Ingen jämförelse – data finns bara för länet."), std::string::npos);
}

TEST_F(PortalPage, SearchNarrowsTheJoinedOrganisations) {
  std::string all = section(get_html("/lan/08"), "anslutna-rubrik");
  EXPECT_NE(all.find("<label for=\"q\">Sök på namn</label>"), std::string::npos);
  EXPECT_NE(all.find("3 organisationer"), std::string::npos) << all;
  EXPECT_NE(all.find("Region Exempel (demo)"), std::string::npos);
  EXPECT_EQ(all.find("Kvinnojouren"), std::string::npos);  // joined, but not consenting to publication
  EXPECT_NE(all.find("href=\"/anslutna/08\""), std::string::npos);

  std::string some = section(get_html("/lan/08?q=V%C3%84STERVIK"), "anslutna-rubrik");
  EXPECT_NE(some.find("1 organisation av 3"), std::string::npos) << some;
  EXPECT_NE(some.find("Exempelkommunen Västervik (demo)"), std::string::npos);
  EXPECT_EQ(some.find("Region Exempel (demo)"), std::string::npos);
  EXPECT_NE(some.find("value=\"VÄSTERVIK\""), std::string::npos);

  std::string none = section(get_html("/lan/08?q=%3Cscript%3E"), "anslutna-rubrik");
  EXPECT_NE(none.find("0 organisationer av 3"), std::string::npos) << none;
  EXPECT_EQ(none.find("<script>"), std::string::npos);
}

TEST_F(PortalPage, ListsPublishedActivitiesLatestFirst) {
  std::string html = section(get_html("/lan/08"), "insatser-rubrik");
  auto health = html.find("Utbildning i jämställd hälsa för vårdpersonal");
  auto campaign = html.find("Kampanj: Våga fråga om våld");
  auto basic = html.find("Grundutbildning om mäns våld mot kvinnor för socialtjänsten");
  ASSERT_NE(health, std::string::npos) << html;
  ASSERT_NE(campaign, std::string::npos);
  ASSERT_NE(basic, std::string::npos);
  EXPECT_LT(health, campaign);
  EXPECT_LT(campaign, basic);
  EXPECT_EQ(html.find("Nätverksträff för kontaktpersoner"), std::string::npos);  // not published
  EXPECT_EQ(html.find("Fler insatser"), std::string::npos);                     // 4 of at most 10
}

TEST_F(PortalPage, LinksTheLatestPublishedReport) {
  EXPECT_NE(section(get_html("/lan/08"), "uppfoljning-rubrik").find("Ingen uppföljning av strategin är publicerad ännu."),
            std::string::npos);
  auto strategist = jamt::testing::sign_in(*db, "strateg@kalmar.example", Role::strategist, "08");
  const std::string live = "/api/v1/reports/strategies/" + std::to_string(kalmar_strategy_id()) + "/2025";
  auto published = client->Post(live + "/publish", strategist.headers(), "{}", "application/json");
  ASSERT_TRUE(published);
  ASSERT_EQ(published->status, 201) << published->body;
  auto id = nlohmann::json::parse(published->body)["id"].get<std::int64_t>();
  std::string html = section(get_html("/lan/08"), "uppfoljning-rubrik");
  EXPECT_NE(html.find("<a href=\"/rapporter/" + std::to_string(id) + "\" id=\"report-link\">"), std::string::npos)
      << html;
  EXPECT_NE(html.find("uppföljning av 2025, version 1, publicerad <time datetime=\"2026-03-31\">"), std::string::npos);
}

TEST_F(PortalPage, ACountyWithNothingSaysSo) {
  std::string html = get_html("/lan/25");
  EXPECT_NE(html.find("<h1>Jämställdhet i Norrbottens län</h1>"), std::string::npos);
  EXPECT_NE(html.find("Norrbottens län har ingen antagen jämställdhetsstrategi ännu."), std::string::npos);
  EXPECT_NE(html.find("0 organisationer"), std::string::npos);
  EXPECT_NE(html.find("Inga insatser i Norrbottens län är publicerade ännu."), std::string::npos);
  EXPECT_NE(html.find("Ingen uppföljning av strategin är publicerad ännu."), std::string::npos);
  EXPECT_NE(html.find("href=\"/anslut/25\""), std::string::npos);
}

TEST_F(PortalPage, UnknownCountiesAndTheNationAreNotFound) {
  for (const char* path : {"/lan/00", "/lan/99", "/lan/00/statistik.csv", "/lan/99/statistik.json"}) {
    auto r = client->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
  }
}

TEST_F(PortalPage, DownloadsCarryTheSameFigures) {
  auto csv = client->Get("/lan/08/statistik.csv");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_NE(csv->get_header_value("Content-Disposition").find("jamstalldhet-lan-08.csv"), std::string::npos);
  EXPECT_NE(csv->body.find("5 Jämställd hälsa;5.b;Ohälsotal"), std::string::npos) << csv->body.substr(0, 600);
  EXPECT_NE(csv->body.find(";2022;31,28;22,02;26,52;;142,1"), std::string::npos) << csv->body;

  auto xlsx = client->Get("/lan/08/statistik.xlsx");
  ASSERT_TRUE(xlsx);
  EXPECT_EQ(xlsx->status, 200);
  EXPECT_EQ(xlsx->body.substr(0, 2), "PK");

  auto js = client->Get("/lan/08/statistik.json");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  auto sets = formats::read_jsonstat(js->body, "statistik.json");
  ASSERT_TRUE(sets.ok()) << sets.error().to_string();
  const stats::Dataset& d = sets->front();
  ASSERT_EQ(d.dimensions.size(), 2u);
  const auto& indicators = d.dimensions[0].categories;
  auto at = std::find_if(indicators.begin(), indicators.end(), [](const stats::Category& c) { return c.code == "5.b"; });
  ASSERT_NE(at, indicators.end());
  std::size_t k = static_cast<std::size_t>(at - indicators.begin());
  EXPECT_DOUBLE_EQ(d.values[k * 3], 31.28);
  EXPECT_DOUBLE_EQ(d.values[k * 3 + 1], 22.02);
  EXPECT_EQ(d.dimensions[0].content.at("5.b").ref_period, "2022");
}

TEST_F(PortalPage, SpeaksEnglishWhenAskedWithNumbersInEnglishFormat) {
  std::string html = get_html("/lan/08?lang=en");
  EXPECT_NE(html.find("<html lang=\"en\""), std::string::npos);
  EXPECT_NE(html.find("<h1>Gender equality in Kalmar län</h1>"), std::string::npos);
  std::string stats = section(html, "statistik-rubrik");
  auto row = stats.find("5.b Ohälsotal");  // the strategy's own text stays as its author wrote it
  ASSERT_NE(row, std::string::npos) << stats;
  EXPECT_NE(stats.find("<td>2022</td><td>31.3</td><td>22.0</td>", row), std::string::npos) << stats.substr(row, 300);
  EXPECT_NE(section(html, "anslutna-rubrik").find("3 organisations"), std::string::npos);
  EXPECT_NE(section(html, "anslut-rubrik").find("Apply to join with your organisation"), std::string::npos);
}
