// The real server on a free port, called with a real HTTP client: JSON API v1
// and the Swedish pages, on SQLite and PostgreSQL alike.
#include <gtest/gtest.h>

#include <functional>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "formats/strategy_json/strategy_json.hpp"
#include "service/strategy/strategy_service.hpp"
#include "test_server.hpp"

using namespace jamt;
using json = nlohmann::json;

class Http : public jamt::testing::ServerFixture {
 protected:
  std::int64_t strategy_id(const std::string& county) {
    for (const auto& s : get_json("/api/v1/strategies"))
      if (s["county_code"] == county) return s["id"].get<std::int64_t>();
    ADD_FAILURE() << "no strategy for county " << county;
    return 0;
  }

};

TEST_F(Http, HealthzAnswers) { EXPECT_EQ(get_json("/healthz")["status"], "ok"); }

TEST_F(Http, RegionsByLevel) {
  EXPECT_EQ(get_json("/api/v1/regions?level=nation").size(), 1u);
  json counties = get_json("/api/v1/regions?level=county");
  EXPECT_EQ(counties.size(), 21u);
  EXPECT_EQ(counties[0], (json{{"code", "01"}, {"name", "Stockholms län"}, {"level", "county"}, {"parent", "00"}}));
  json municipalities = get_json("/api/v1/regions?level=municipality");
  EXPECT_EQ(municipalities.size(), 290u);
  bool found = false;
  for (const auto& m : municipalities)
    if (m["code"] == "0880") found = m["name"] == "Kalmar" && m["parent"] == "08";
  EXPECT_TRUE(found);
  EXPECT_EQ(get_json("/api/v1/regions").size(), 312u);
}

TEST_F(Http, BadParameterIsA400WithAnErrorObject) {
  json e = get_json("/api/v1/regions?level=kommun", 400);
  EXPECT_EQ(e["error"]["code"], "bad_parameter");
  EXPECT_NE(e["error"]["message"].get<std::string>().find("kommun"), std::string::npos);
  EXPECT_EQ(get_json("/api/v1/national-goals?version=2020", 400)["error"]["code"], "bad_parameter");
  EXPECT_EQ(get_json("/api/v1/strategies/abc", 400)["error"]["code"], "bad_parameter");
}

TEST_F(Http, UnknownIdOrPathIsA404WithAnErrorObject) {
  json e = get_json("/api/v1/strategies/999999", 404);
  EXPECT_EQ(e["error"]["code"], "not_found");
  EXPECT_FALSE(e["error"]["message"].get<std::string>().empty());
  EXPECT_EQ(get_json("/api/v1/no-such-thing", 404)["error"]["code"], "not_found");
}

TEST_F(Http, NationalGoalsInBothVersions) {
  json old = get_json("/api/v1/national-goals?version=2006");
  EXPECT_EQ(old["version"], "2006");
  EXPECT_EQ(old["subgoals"].size(), 4u);
  json now = get_json("/api/v1/national-goals?version=2017");
  EXPECT_EQ(now["subgoals"].size(), 6u);
  EXPECT_EQ(now["subgoals"][5]["title"], "Mäns våld mot kvinnor ska upphöra");
  EXPECT_TRUE(now["subgoals"][0].contains("description"));
  EXPECT_FALSE(now["overall"].get<std::string>().empty());
}

TEST_F(Http, ListsTheThreeDemoStrategies) {
  json list = get_json("/api/v1/strategies");
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0]["county_code"], "01");
  EXPECT_EQ(list[0]["start_year"], 2014);
  EXPECT_EQ(list[0]["end_year"], 2018);
  EXPECT_EQ(list[1]["county_code"], "04");
  EXPECT_EQ(list[1]["end_year"], 2016);
  EXPECT_EQ(list[2]["county_code"], "08");
  EXPECT_EQ(list[2]["start_year"], 2024);
  EXPECT_EQ(list[2]["end_year"], 2027);
  for (const auto& s : list) {
    EXPECT_EQ(s["status"], "adopted");
    for (const char* k : {"id", "county_code", "title", "start_year", "end_year", "status"}) EXPECT_TRUE(s.contains(k));
  }
}

TEST_F(Http, StrategyDocumentIsTheExportFormat) {
  auto id = strategy_id("08");
  auto r = client->Get("/api/v1/strategies/" + std::to_string(id));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  // The export document plus the id of the strategy, every node, every
  // indicator and every commitment (an object then; the export writes the
  // board's commitments without owner or targets as plain strings).
  json doc = json::parse(r->body);
  EXPECT_EQ(doc["id"], id);
  EXPECT_GT(doc["goals"][0]["id"].get<std::int64_t>(), 0);
  EXPECT_GT(doc["goals"][0]["indicators"][0]["id"].get<std::int64_t>(), 0);
  EXPECT_GT(doc["goals"][0]["board_commitments"][0]["id"].get<std::int64_t>(), 0);
  std::function<void(json&)> drop_ids = [&](json& j) {
    if (j.is_object()) j.erase("id");
    if (j.is_object() && j.contains("board_commitments"))
      for (auto& c : j["board_commitments"])
        if (c.is_object() && c["owner"] == "" && c["targets"].empty() && !c.contains("owner_organisation_id"))
          c = c["text"];
    if (j.is_object() || j.is_array())
      for (auto& child : j) drop_ids(child);
  };
  json without_ids = doc;
  drop_ids(without_ids);
  EXPECT_EQ(without_ids, json::parse(*service::export_strategy(*db, id)));
  EXPECT_EQ(doc["format"], "jamt-strategy/1");
  EXPECT_EQ(doc["goals"][0]["children"].size(), 7u);
  EXPECT_EQ(doc["action_plan"]["objectives"].size(), 4u);
}

TEST_F(Http, StartPageListsCountiesWithStrategies) {
  std::string html = get_html("/");
  EXPECT_NE(html.find("<html lang=\"sv\">"), std::string::npos);
  for (const char* county : {"Stockholms län", "Södermanlands län", "Kalmar län"})
    EXPECT_NE(html.find(county), std::string::npos) << county;
  EXPECT_NE(html.find("href=\"/strategier/" + std::to_string(strategy_id("08")) + "\""), std::string::npos);
  EXPECT_NE(html.find("href=\"/nationella-mal/2017/6\""), std::string::npos);
  EXPECT_NE(html.find("21 län och 290 kommuner"), std::string::npos);
}

TEST_F(Http, StrategyPageShowsTheGoalTreeWithNationalGoalsAndIndicators) {
  std::string html = get_html("/strategier/" + std::to_string(strategy_id("08")));
  EXPECT_NE(html.find("<h1>"), std::string::npos);
  EXPECT_NE(html.find("Kalmar län (08)"), std::string::npos);
  EXPECT_NE(html.find("2024–2027"), std::string::npos);
  EXPECT_NE(html.find("Delmål <span class=\"code\">7</span>"), std::string::npos);
  EXPECT_NE(html.find("href=\"/nationella-mal/2017/3\""), std::string::npos);
  EXPECT_NE(html.find("Länsstyrelsen bidrar genom att:"), std::string::npos);
  EXPECT_NE(html.find("<caption>Indikatorer"), std::string::npos);
  EXPECT_NE(html.find("<caption>Problemområden och förslag på insatser"), std::string::npos);
  EXPECT_NE(html.find("Exempel på lokala aktiviteter"), std::string::npos);
}

TEST_F(Http, IndicatorBaselinesAreShownInSwedishFormat) {
  std::string html = get_html("/strategier/" + std::to_string(strategy_id("04")));
  EXPECT_NE(html.find("<th scope=\"col\">Utgångsvärde</th>"), std::string::npos);
  EXPECT_NE(html.find("39 (2013)"), std::string::npos);  // 39 of 93 steering documents, seed 000
}

TEST_F(Http, NationalGoalPageListsTheGoalsThatServeIt) {
  std::string html = get_html("/nationella-mal/2006/4");
  EXPECT_NE(html.find("Mäns våld mot kvinnor ska upphöra"), std::string::npos);
  EXPECT_NE(html.find("Stockholms län"), std::string::npos);
  EXPECT_NE(html.find("Södermanlands län"), std::string::npos);
  EXPECT_EQ(html.find("Kalmar län:"), std::string::npos);
  get_html("/nationella-mal/2017/9", 404);
}

TEST_F(Http, UnknownPageIsASwedish404) {
  std::string html = get_html("/strategier/424242", 404);
  EXPECT_NE(html.find("Det finns ingen strategi"), std::string::npos);
  EXPECT_NE(get_html("/finns-inte", 404).find("Sidan finns inte"), std::string::npos);
}

TEST_F(Http, TextFromAStrategyIsEscapedInPages) {
  auto s = formats::read_strategy_json(jamt::testing::demo_document("sodermanland-2014-2016.json"));
  s->start_year = 2030;
  s->end_year = 2031;
  s->title = "<script>alert('x')</script> & co";
  s->goals[0].children[0].title = "<img src=x onerror=alert(1)>";
  s->goals[0].children[0].board_commitments.push_back(Commitment{.text = "\"><b>fet</b>"});
  auto imported = service::import_strategy(*db, formats::write_strategy_json(*s), false, service::Actor{"t"});
  ASSERT_TRUE(imported.ok());
  std::string html = get_html("/strategier/" + std::to_string(imported->strategy_id));
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_EQ(html.find("<b>fet</b>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  std::string index = get_html("/");
  EXPECT_EQ(index.find("<script>alert"), std::string::npos);
}

TEST_F(Http, StylesheetIsServed) {
  auto r = client->Get("/static/style.css");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/css; charset=utf-8");
  EXPECT_NE(r->body.find("--accent"), std::string::npos);
  EXPECT_EQ(client->Get("/static/nope.css")->status, 404);
}
