// Indicators that compute themselves (issue 13, engineer IA), end to end on
// SQLite or PostgreSQL ($JAMT_TEST_DB): values from a bound measure follow a
// re-import; typed-in values are saved all or nothing with an audit entry;
// the API's shapes; the binding round-trips through import, export and the
// adopted version. At the fixture's fixed date (2026-03-31).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "formats/strategy_json/strategy_json.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/audit_repository.hpp"
#include "store/strategy/strategy_version_repository.hpp"
#include "dataset_import.hpp"
#include "test_accounts.hpp"
#include "test_datasets.hpp"
#include "test_server.hpp"

using namespace jamt;
using json = nlohmann::json;

namespace {



void import_managers(store::Database& db, bool revised) {
  jamt::testing::import_dataset(db, jamt::testing::managers("INDTEST", revised), "chefer.px", revised ? "sha-revised" : "sha-first");
}

// An adopted strategy of Kalmar län for 2019–2022 with a measure-bound, a
// typed-in and a register-bound indicator; `head` replaces its period and status.
const char* kHead = R"("start_year": 2019, "end_year": 2022, "status": "adopted", "adopted_on": "2019-02-01",)";
const char* kStrategy = R"({ "format": "jamt-strategy/1", "county_code": "08", "title": "Indikatorstrategi",
  "start_year": 2019, "end_year": 2022, "status": "adopted", "adopted_on": "2019-02-01",
  "goals": [ { "code": "1", "kind": "subgoal", "title": "Makt och inflytande", "indicators": [
    { "code": "1a", "name": "Andel kvinnor bland chefer", "direction": "within_40_60",
      "baseline": { "period": "2014", "value": 31, "of": "women_share" },
      "measure": { "code": "INDTEST" } },
    { "code": "1b", "name": "Deltagare i utbildning", "direction": "increase",
      "target": { "period": "2022", "value": 200 } },
    { "code": "1c", "name": "Anslutna kommuner", "direction": "increase",
      "register": { "count": "joined_organisations", "organisation_type": "kommun" } } ] } ] })";

class IndicatorValues : public jamt::testing::ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    auto imported = service::import_strategy(*db, kStrategy, false, service::Actor{"test"});
    ASSERT_TRUE(imported.ok()) << imported.error().to_string();
    strategy_id = imported->strategy_id;
    auto s = service::get_strategy(*db, strategy_id);
    ASSERT_TRUE(s.ok());
    const auto& ind = s->goals[0].indicators;
    measured = ind[0].id;
    typed = ind[1].id;
    counted = ind[2].id;
  }

  std::string values_url(std::int64_t id, const std::string& query = "") {
    return "/api/v1/indicators/" + std::to_string(id) + "/values" + query;
  }

  std::int64_t strategy_id = 0, measured = 0, typed = 0, counted = 0;
};

TEST_F(IndicatorValues, ValuesFromABoundMeasureFollowAReimport) {
  import_managers(*db, false);
  json v = get_json(values_url(measured));
  EXPECT_EQ(v["from"], 2014);
  EXPECT_EQ(v["to"], 2018);
  ASSERT_EQ(v["rows"].size(), 5u);
  json first = v["rows"][0];
  EXPECT_NEAR(first["women_pct_of_men"].get<double>(), 100.0 * 31 / 69, 1e-9);
  first.erase("women_pct_of_men");
  EXPECT_EQ(first, json::parse(R"({"period": "2014", "women": 31.0, "men": 69.0, "total": 100.0,
      "women_share": 31.0, "balance": "men_dominated"})"));
  EXPECT_EQ(v["rows"][4]["women_share"], 38.0);
  EXPECT_EQ(v["progress"]["status"], "substantial_progress");
  EXPECT_EQ(v["progress"]["explanation"],
            "Kvinnors andel har ökat från 31 % (2014) till 38 % (2018); målet 40–60 % nås i nuvarande takt 2020.");
  EXPECT_EQ(v["progress"]["method"], "/indikatorer/metod");
  EXPECT_TRUE(v["problem"].is_null());

  import_managers(*db, true);  // 2018 revised: 45 women, 55 men
  json after = get_json(values_url(measured));
  ASSERT_EQ(after["rows"].size(), 5u);
  EXPECT_EQ(after["rows"][4]["women"], 45.0);
  EXPECT_EQ(after["rows"][4]["balance"], "even");
  EXPECT_EQ(after["progress"]["status"], "target_achieved");
  EXPECT_EQ(after["progress"]["explanation"],
            "Kvinnors andel har ökat från 31 % (2014) till 45 % (2018); målet 40–60 % är nått.");
  // Chosen years narrow the table.
  EXPECT_EQ(get_json(values_url(measured, "?from=2016&to=2017"))["rows"].size(), 2u);
}

TEST_F(IndicatorValues, TypedInValuesAreSavedAllOrNothingWithAnAuditEntry) {
  auto strategist = jamt::testing::sign_in(*db, "strateg@lst.se", Role::strategist, "08");
  const std::string form_url = "/indikatorer/" + std::to_string(typed) + "/varden";
  auto bad = client->Post(form_url, strategist.cookie_only(),
                          httplib::Params{{"csrf_token", strategist.csrf_token}, {"period", "2018"},
                                          {"women", "12,5 st"}, {"men", "10"}, {"total", ""}, {"source", " "}});
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_NE(bad->body.find("id=\"women-error\">Ange ett tal, till exempel 12 345,6."), std::string::npos);
  EXPECT_NE(bad->body.find("id=\"source-error\">Ange källan"), std::string::npos);
  EXPECT_NE(bad->body.find("value=\"12,5 st\""), std::string::npos);  // what was typed stays
  EXPECT_TRUE(get_json(values_url(typed))["rows"].empty());

  for (auto [year, women, men] : {std::tuple{"2016", "60", "40"}, std::tuple{"2018", "87,5", "62,5"}}) {
    auto ok = client->Post(form_url, strategist.cookie_only(),
                           httplib::Params{{"csrf_token", strategist.csrf_token}, {"period", year}, {"women", women},
                                           {"men", men}, {"total", ""}, {"source", "Egen räkning"}});
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 303) << ok->body;
  }
  json v = get_json(values_url(typed));
  ASSERT_EQ(v["rows"].size(), 2u);
  EXPECT_EQ(v["rows"][1]["women"], 87.5);
  EXPECT_EQ(v["rows"][1]["total"], 150.0);
  EXPECT_EQ(v["rows"][1]["source"], "Egen räkning");
  // 100 → 150 in two years is 22,5 % a year; 200 by 2022 needs 12,2 %.
  EXPECT_EQ(v["progress"]["status"], "substantial_progress");
  EXPECT_EQ(v["progress"]["forecast_year"], 2020);

  std::vector<store::AuditEntry> audit;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  audit = store::list_audit(s, "indicator", typed);
                  return {};
                }).ok());
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[1].action, "values");
  EXPECT_EQ(audit[1].actor, "strateg@lst.se");
  EXPECT_NE(audit[1].after_json->find("\"source\":\"Egen räkning\""), std::string::npos);

  // The public page shows them with their source and the status.
  std::string page = get_html("/indikatorer/" + std::to_string(typed));
  EXPECT_NE(page.find("<td>Egen räkning</td>"), std::string::npos);
  EXPECT_NE(page.find("Status: Betydande framsteg"), std::string::npos);
  EXPECT_EQ(page.find("Mata in värden"), std::string::npos);  // the form is the strategist's
}

TEST_F(IndicatorValues, ApiShapesAndRefusals) {
  import_managers(*db, false);
  json i = get_json("/api/v1/indicators/" + std::to_string(measured));
  EXPECT_EQ(i["code"], "1a");
  EXPECT_EQ(i["source"], json::parse(R"({"kind": "measure", "code": "INDTEST", "filter": {}, "region": "08", "text": ""})"));
  EXPECT_EQ(i["baseline"], json::parse(R"({"period": "2014", "value": 31.0, "of": "women_share"})"));
  EXPECT_EQ(i["direction"], "within_40_60");
  EXPECT_EQ(i["strategy_id"], strategy_id);
  EXPECT_EQ(get_json("/api/v1/indicators/" + std::to_string(counted))["source"],
            json::parse(R"({"kind": "register", "count": "joined_organisations", "params": {"organisation_type": "kommun"}, "text": ""})"));

  // Indicator ids appear in the strategy.
  json s = get_json("/api/v1/strategies/" + std::to_string(strategy_id));
  EXPECT_EQ(s["goals"][0]["indicators"][0]["id"], measured);

  // A register count is computed from the registers year by year (the
  // counts themselves are checked in indicator_counts_test.cpp): this county
  // has no joined municipality, so each year counts 0, not "no data".
  json c = get_json(values_url(counted, "?from=2019&to=2021"));
  ASSERT_EQ(c["rows"].size(), 3u) << c.dump();
  EXPECT_EQ(c["rows"][0]["period"], "2019");
  EXPECT_EQ(c["rows"][2]["period"], "2021");
  EXPECT_EQ(c["rows"][1]["total"], 0.0);
  EXPECT_TRUE(c["rows"][1]["women"].is_null());
  EXPECT_TRUE(c["problem"].is_null());
  // Without an end year the count runs to the Clock's year (2026-03-31).
  EXPECT_EQ(get_json(values_url(counted, "?from=2024"))["rows"].size(), 3u);
  // by= needs a measure with a further dimension.
  EXPECT_EQ(get_json(values_url(counted, "?by=Fodelseland"), 400)["error"]["field"], "by");

  EXPECT_EQ(get_json(values_url(measured, "?by=Fodelseland"), 400)["error"]["field"], "by");
  EXPECT_EQ(get_json(values_url(measured, "?from=2019&to=2015"), 400)["error"]["field"], "from");
  EXPECT_EQ(get_json(values_url(measured, "?from=tjugo"), 400)["error"]["field"], "from");
  // Years Jämt cannot count are refused, not answered as an empty series.
  EXPECT_EQ(get_json(values_url(counted, "?from=1000&to=9999"), 400)["error"]["field"], "from");
  EXPECT_EQ(get_json(values_url(counted, "?from=1900&to=2100"), 400)["error"]["field"], "to");
  EXPECT_EQ(get_json("/api/v1/indicators/999999", 404)["error"]["code"], "not_found");
}

TEST_F(IndicatorValues, AnImportedRegisterCountsParametersAreCheckedAsInTheEditor) {
  std::string wrong = kStrategy;
  const std::string param = R"("organisation_type": "kommun")";
  wrong.replace(wrong.find(param), param.size(), R"("group": "7")");
  auto imported = service::import_strategy(*db, wrong, false, service::Actor{"test"});
  ASSERT_FALSE(imported.ok());
  EXPECT_EQ(imported.error().code, ErrorKind::validation);
  EXPECT_EQ(imported.error().where, "$.goals[0].indicators[2].register.group");
  EXPECT_NE(imported.error().message.find("tar inte parametern ”group”"), std::string::npos) << imported.error().message;
}

TEST_F(IndicatorValues, ADraftsIndicatorIsHiddenFromThoseWhoMayNotReadTheDraft) {
  std::string draft = kStrategy;
  draft.replace(draft.find(kHead), std::string(kHead).size(), R"("start_year": 2030, "end_year": 2033, "status": "draft",)");
  auto imported = service::import_strategy(*db, draft, false, service::Actor{"test"});
  ASSERT_TRUE(imported.ok()) << imported.error().to_string();
  auto s = service::get_strategy(*db, imported->strategy_id);
  const std::string id = std::to_string(s->goals[0].indicators[0].id);
  get_json("/api/v1/indicators/" + id, 404);
  get_json("/api/v1/indicators/" + id + "/values", 404);
  auto strategist = jamt::testing::sign_in(*db, "strateg@lst.se", Role::strategist, "08");
  auto r = client->Get("/api/v1/indicators/" + id, strategist.headers());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
}

TEST_F(IndicatorValues, TheBindingRoundTripsThroughExportAndTheAdoptedVersion) {
  auto doc = service::export_strategy(*db, strategy_id);
  ASSERT_TRUE(doc.ok());
  EXPECT_NE(doc->find("\"register\": {\n"), std::string::npos);
  EXPECT_NE(doc->find("\"organisation_type\": \"kommun\""), std::string::npos);
  EXPECT_NE(doc->find("\"of\": \"women_share\""), std::string::npos);
  std::optional<std::string> version;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  version = store::load_strategy_version(s, strategy_id, 1);
                  return {};
                }).ok());
  ASSERT_TRUE(version);
  auto again = formats::read_strategy_json(*version);
  ASSERT_TRUE(again.ok());
  const auto& ind = again->goals[0].indicators;
  EXPECT_EQ(ind[0].baseline->of, "women_share");
  EXPECT_EQ(ind[2].register_count->params.at("organisation_type"), "kommun");
  EXPECT_EQ(ind[0].id, measured);
}

TEST_F(IndicatorValues, PagesShowChartTableStatusAndLinks) {
  import_managers(*db, false);
  std::string page = get_html("/indikatorer/" + std::to_string(measured));
  EXPECT_NE(page.find("<h1>Andel kvinnor bland chefer</h1>"), std::string::npos);
  EXPECT_NE(page.find("<svg"), std::string::npos);
  EXPECT_LT(page.find("<svg"), page.find("<table"));  // chart first, then its table
  EXPECT_NE(page.find("<caption>Andel kvinnor bland chefer, 2014–2018, kvinnor och män per år</caption>"),
            std::string::npos);
  EXPECT_NE(page.find("<th scope=\"row\">2018</th><td>38</td><td>62</td><td>100</td><td>38,0\u00a0%</td>"),
            std::string::npos);
  EXPECT_NE(page.find("målet 40–60 % nås i nuvarande takt 2020."), std::string::npos);
  EXPECT_NE(page.find("href=\"/indikatorer/metod\""), std::string::npos);
  EXPECT_NE(page.find("/statistik/"), std::string::npos);
  EXPECT_NE(get_html("/indikatorer/metod").find("Betydande framsteg"), std::string::npos);

  std::string strategy = get_html("/strategier/" + std::to_string(strategy_id));
  EXPECT_NE(strategy.find("href=\"/indikatorer/" + std::to_string(measured) + "\">2018: kvinnor 38, män 62 (38,0\u00a0% kvinnor, Mansdominerad)</a>"),
            std::string::npos);
  EXPECT_NE(strategy.find("Betydande framsteg"), std::string::npos);
}

}  // namespace

namespace {

// Employed women and men in Kalmar län by birth region in 2018 (hand-made):
// born in Sweden 60/40 → even; born abroad 30/70 → men-dominated.
stats::Dataset employed_by_birth() {
  stats::Dataset d;
  d.id = "INDBORN";
  d.title = "Förvärvsarbetande efter födelseregion";
  d.unit = "antal";
  d.dimensions = {
      stats::Dimension{.id = "Region", .label = "region", .role = stats::DimensionRole::geo, .categories = {{"08", "Kalmar län"}}},
      stats::Dimension{.id = "Fodelseregion", .label = "födelseregion", .role = stats::DimensionRole::other,
                       .categories = {{"inrikes", "Född i Sverige"}, {"utrikes", "Utrikes född"}}},
      stats::Dimension{.id = "Kon", .label = "kön", .role = stats::DimensionRole::other,
                       .categories = {{"1", "män"}, {"2", "kvinnor"}}},
      stats::Dimension{.id = "Tid", .label = "år", .role = stats::DimensionRole::time, .categories = {{"2018", "2018"}}}};
  d.values = {40, 60, 70, 30};  // inrikes: men, women; utrikes: men, women
  return d;
}

}  // namespace

// by=DIMENSION on the values API splits each year of a measure-bound
// indicator by the measure's further dimension, with the 40/60 sentence.
TEST_F(IndicatorValues, ByADimensionSplitsEachYearOfAMeasureBoundIndicator) {
  jamt::testing::import_dataset(*db, employed_by_birth(), "fodda.px", "sha-born");
  const std::string doc = R"({ "format": "jamt-strategy/1", "county_code": "08", "title": "Födelseregion",
    "start_year": 2030, "end_year": 2033, "status": "adopted", "adopted_on": "2026-01-15",
    "goals": [ { "code": "1", "kind": "subgoal", "title": "Ekonomisk jämställdhet", "indicators": [
      { "code": "1a", "name": "Förvärvsarbetande", "direction": "parity",
        "measure": { "code": "INDBORN", "filter": { "Fodelseregion": "inrikes" } } } ] } ] })";
  auto imported = service::import_strategy(*db, doc, false, service::Actor{"test"});
  ASSERT_TRUE(imported.ok()) << imported.error().to_string();
  auto s = service::get_strategy(*db, imported->strategy_id);
  ASSERT_TRUE(s.ok());
  const std::int64_t id = s->goals[0].indicators[0].id;

  // Without by= the indicator follows its filter: born in Sweden only.
  json plain = get_json(values_url(id, "?from=2018&to=2018"));
  ASSERT_EQ(plain["rows"].size(), 1u) << plain.dump();
  EXPECT_EQ(plain["rows"][0]["women"], 60.0);

  json split = get_json(values_url(id, "?from=2018&to=2018&by=Fodelseregion"));
  ASSERT_EQ(split["rows"].size(), 1u) << split.dump();
  EXPECT_EQ(split["by"], "Fodelseregion");
  const json& cats = split["rows"][0]["categories"];
  ASSERT_EQ(cats.size(), 2u) << split.dump();
  EXPECT_EQ(cats[0]["women"], 60.0);
  EXPECT_EQ(cats[0]["balance"], "even");
  EXPECT_EQ(cats[1]["women"], 30.0);
  EXPECT_EQ(cats[1]["men"], 70.0);
  EXPECT_EQ(cats[1]["balance"], "men_dominated");
  EXPECT_EQ(split["rows"][0]["summary"], "1 av 2 kategorier har jämn könsfördelning (40–60\u00a0%).");
  // A dimension the measure does not have is named in the refusal.
  EXPECT_EQ(get_json(values_url(id, "?by=Alder"), 400)["error"]["field"], "by");
}
