// The yearly follow-up of a strategy (issue 14, items 1 and 6), end to end
// on SQLite or PostgreSQL ($JAMT_TEST_DB) at the fixture's fixed date
// (2026-03-31): every goal node appears in tree order with numbers equal to
// the indicator API; a section's text and sign-off are saved and audited;
// a published version regenerates byte for byte from its frozen data and
// stays as it was when the data change, while the live report moves; a new
// version lists what changed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "register_fixture.hpp"
#include "report/document/document_from_json.hpp"
#include "report/document/document_json.hpp"
#include "report/document/document_print_html.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/audit_repository.hpp"
#include "store/report_year/report_year_repository.hpp"
#include "dataset_import.hpp"
#include "test_datasets.hpp"

using namespace jamt;
using namespace jamt::testing;
using json = nlohmann::json;

namespace {


void import_managers(store::Database& db, bool revised) {
  import_dataset(db, managers("RY_CHEFER", revised), "chefer.px", revised ? "ry-revised" : "ry-first");
}

// An adopted Kalmar strategy 2016–2019: two sub-goals, the first with a
// target below it; a measure-bound indicator, a typed-in one and a commitment.
const char* kStrategy = R"({ "format": "jamt-strategy/1", "county_code": "08", "title": "Uppföljningsstrategi",
  "start_year": 2016, "end_year": 2019, "status": "adopted", "adopted_on": "2016-02-01",
  "goals": [
    { "code": "1", "kind": "subgoal", "title": "Makt och inflytande",
      "indicators": [ { "code": "1a", "name": "Andel kvinnor bland chefer", "direction": "within_40_60",
                        "baseline": { "period": "2014", "value": 31, "of": "women_share" },
                        "measure": { "code": "RY_CHEFER" } } ],
      "board_commitments": [ "Länsstyrelsen utbildar chefer i jämställdhetsintegrering" ],
      "children": [ { "code": "1.1", "kind": "target", "title": "Jämn fördelning i ledningsgrupper",
                      "indicators": [ { "code": "1.1a", "name": "Deltagare i utbildning", "direction": "increase",
                                        "target": { "period": "2019", "value": 200 } } ] } ] },
    { "code": "2", "kind": "subgoal", "title": "Ekonomisk jämställdhet" } ] })";

// Every section of `sections` and below, depth first.
void flatten(const json& sections, std::vector<json>& out) {
  for (const auto& s : sections) {
    out.push_back(s);
    flatten(s["children"], out);
  }
}

json section_of(const json& document, const std::string& id) {
  std::vector<json> all;
  flatten(document["sections"], all);
  for (const auto& s : all)
    if (s["id"] == id) return s;
  return json();
}

// A number cell's number, or null.
json number_of(const json& cell) { return cell.is_object() ? cell["number"] : json(); }

}  // namespace

class ReportYear : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    if (HasFatalFailure()) return;
    auto imported = service::import_strategy(*db, kStrategy, false, service::Actor{"test"});
    ASSERT_TRUE(imported.ok()) << imported.error().to_string();
    strategy_id = imported->strategy_id;
    auto s = service::get_strategy(*db, strategy_id);
    ASSERT_TRUE(s.ok());
    measured = s->goals[0].indicators[0].id;
    typed = s->goals[0].children[0].indicators[0].id;
    import_managers(*db, false);
    // Typed-in participants 2016 and 2018 (women, men).
    for (auto [year, women, men] : {std::tuple{"2016", "60", "40"}, std::tuple{"2018", "87,5", "62,5"}}) {
      auto typed_in = client->Post("/indikatorer/" + std::to_string(typed) + "/varden", strategist_08().cookie_only(),
                                   httplib::Params{{"csrf_token", strategist_08().csrf_token}, {"period", year},
                                                   {"women", women}, {"men", men}, {"total", ""},
                                                   {"source", "Kursregister"}});
      ASSERT_TRUE(typed_in);
      ASSERT_EQ(typed_in->status, 303) << typed_in->body;
    }
  }

  std::string live_api(int year = 2018) {
    return "/api/v1/reports/strategies/" + std::to_string(strategy_id) + "/" + std::to_string(year);
  }
  std::string live_page(int year = 2018) {
    return "/strategier/" + std::to_string(strategy_id) + "/uppfoljning/" + std::to_string(year);
  }

  json live(const TestLogin& who) {
    auto r = get(*client, live_api(), &who);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json;
  }

  // Publishes as the Kalmar strategist; the new version's JSON answer.
  json publish() {
    auto r = post_json(*client, live_api() + "/publish", json::object(), strategist_08().headers());
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json;
  }

  Answer save_section(const std::string& section, const std::string& text, bool done) {
    httplib::Params form{{"section_id", section}, {"text", text}};
    if (done) form.emplace("done", "1");
    return post_form(*client, live_page() + "/avsnitt", form, strategist_08());
  }

  std::int64_t strategy_id = 0, measured = 0, typed = 0;
};

TEST_F(ReportYear, EveryGoalNodeAppearsInOrderWithTheNumbersOfTheIndicatorApi) {
  json doc = live(strategist_08());
  EXPECT_EQ(doc["title"], "Uppföljning 2018: Uppföljningsstrategi");
  EXPECT_EQ(doc["generated_at"], "2026-03-31T10:00:00Z");
  std::vector<std::string> top;
  for (const auto& s : doc["sections"]) top.push_back(s["id"]);
  EXPECT_EQ(top, (std::vector<std::string>{"sammanfattning", "mal-1", "mal-2", "lanet"}));
  json one = section_of(doc, "mal-1");
  EXPECT_EQ(one["heading"], "1 Makt och inflytande");
  EXPECT_EQ(one["level"], 2);
  std::vector<std::string> below;
  for (const auto& s : one["children"]) below.push_back(s["id"]);
  EXPECT_EQ(below, (std::vector<std::string>{"mal-1-ind-1a", "mal-1-1"}));
  EXPECT_EQ(section_of(doc, "mal-1-1")["level"], 3);
  EXPECT_EQ(section_of(doc, "mal-1-1-ind-1-1a")["heading"], "Indikator 1.1a: Deltagare i utbildning");

  // Each indicator's table holds the API's values for the years up to 2018.
  for (auto [id, section] : {std::pair{measured, "mal-1-ind-1a"}, std::pair{typed, "mal-1-1-ind-1-1a"}}) {
    auto api = get(*client, "/api/v1/indicators/" + std::to_string(id) + "/values?to=2018", &strategist_08());
    ASSERT_EQ(api.status, 200) << api.body;
    json s = section_of(doc, section);
    ASSERT_EQ(s["tables"].size(), 1u) << s.dump();
    const json& rows = s["tables"][0]["rows"];
    EXPECT_EQ(s["tables"][0]["columns"],
              json({"År", "Kvinnor", "Män", "Totalt", "Kvinnors andel", "Kvinnor i % av män", "Könsfördelning"}));
    ASSERT_EQ(rows.size(), api.json["rows"].size()) << section;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const json& want = api.json["rows"][i];
      EXPECT_EQ(rows[i][0], want["period"]);
      EXPECT_EQ(number_of(rows[i][1]), want["women"]) << section << " " << want["period"];
      EXPECT_EQ(number_of(rows[i][2]), want["men"]);
      EXPECT_EQ(number_of(rows[i][3]), want["total"]);
      EXPECT_EQ(number_of(rows[i][4]), want["women_share"]);
      EXPECT_EQ(number_of(rows[i][5]), want["women_pct_of_men"]);
    }
    // The chart comes with the table, and the status sentence is the API's.
    ASSERT_EQ(s["charts"].size(), 1u);
    EXPECT_EQ(s["charts"][0]["labels"].size(), rows.size());
    const std::string status = "Status: " + api.json["progress"]["label"].get<std::string>() + ". " +
                               api.json["progress"]["explanation"].get<std::string>();
    EXPECT_NE(std::find(s["paragraphs"].begin(), s["paragraphs"].end(), status), s["paragraphs"].end())
        << s["paragraphs"].dump();
  }
  json managers_section = section_of(doc, "mal-1-ind-1a");
  EXPECT_EQ(managers_section["paragraphs"][0],
            "Senaste värde (2018): kvinnor 38, män 62, totalt 100. Kvinnors andel 38,0 % (Mansdominerad). "
            "Kvinnor i procent av män: 61,3 %.");
  EXPECT_EQ(managers_section["paragraphs"][1],
            "Förändring sedan basåret 2014 (kvinnors andel): från 31 % till 38 % (2018), +7,0 procentenheter.");

  // The commitment is listed under its node, without a status for 2018.
  json commitments = section_of(doc, "mal-1")["tables"];
  ASSERT_EQ(commitments.size(), 1u) << section_of(doc, "mal-1").dump();
  EXPECT_EQ(commitments[0]["rows"][0][0], "Länsstyrelsen utbildar chefer i jämställdhetsintegrering");
  EXPECT_EQ(commitments[0]["rows"][0][2], "Ingen status");
  // The county section names its parts.
  std::vector<std::string> county;
  const json county_section = section_of(doc, "lanet");
  for (const auto& s : county_section["children"]) county.push_back(s["id"]);
  EXPECT_EQ(county, (std::vector<std::string>{"lanet-anslutna", "lanet-rapportering", "lanet-enkater", "lanet-checklistor",
                                              "lanet-styrdokument", "lanet-natverk"}));
  EXPECT_EQ(section_of(doc, "lanet-anslutna")["paragraphs"][0], "0 av länets 12 kommuner har anslutit sig (läget 2026-03-31).");
}

TEST_F(ReportYear, ASectionsTextAndSignOffAreSavedAndAudited) {
  auto saved = save_section("mal-1", "Andelen kvinnor bland chefer ökar.\n\nVi fortsätter.", true);
  ASSERT_EQ(saved.status, 303) << saved.body;
  json doc = live(strategist_08());
  EXPECT_EQ(section_of(doc, "mal-1")["text"], "Andelen kvinnor bland chefer ökar.\n\nVi fortsätter.");
  EXPECT_EQ(section_of(doc, "mal-1")["done"], true);
  EXPECT_EQ(section_of(doc, "mal-2")["done"], false);
  // Saved again: not done any more; both changes are in the audit log.
  ASSERT_EQ(save_section("mal-1", "Ny text.", false).status, 303);
  EXPECT_EQ(section_of(live(admin()), "mal-1")["done"], false);
  std::vector<store::AuditEntry> audit;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  auto texts = store::section_texts(s, strategy_id, 2018);
                  audit = store::list_audit(s, "report_section", texts.at("mal-1").id);
                  return {};
                }).ok());
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[0].action, "create");
  EXPECT_EQ(audit[0].actor, "strateg@kalmar.example");
  EXPECT_EQ(audit[1].action, "update");
  EXPECT_NE(audit[1].before_json.value_or("").find("\"done\":true"), std::string::npos);
  EXPECT_NE(audit[1].after_json.value_or("").find("\"text\":\"Ny text.\""), std::string::npos);

  // The page shows the form with the text; an unknown section is refused
  // naming the field; the coordinator reads but may not write.
  auto page = client->Get(live_page(), strategist_08().cookie_only());
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("id=\"text-mal-1\""), std::string::npos);
  EXPECT_NE(page->body.find("Ny text.</textarea>"), std::string::npos);
  auto unknown = save_section("mal-9", "x", false);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.body.find("mal-9&quot; finns inte i rapporten för 2018."), std::string::npos) << unknown.body;
  auto coordinator_page = client->Get(live_page(), coordinator().cookie_only());
  ASSERT_TRUE(coordinator_page);
  EXPECT_EQ(coordinator_page->status, 200);
  EXPECT_EQ(coordinator_page->body.find("id=\"text-mal-1\""), std::string::npos);
  EXPECT_EQ(post_form(*client, live_page() + "/avsnitt", {{"section_id", "mal-1"}, {"text", "x"}}, coordinator()).status,
            403);
}

TEST_F(ReportYear, APublishedVersionRegeneratesByteForByteAndStaysWhenTheDataChange) {
  ASSERT_EQ(save_section("sammanfattning", "Ett år med framsteg.", true).status, 303);
  json made = publish();
  const std::int64_t report_id = made.value("id", std::int64_t{0});
  EXPECT_EQ(made["version"], 1);
  EXPECT_EQ(made["published_at"], "2026-03-31T10:00:00Z");
  EXPECT_EQ(made["published_by"], "strateg@kalmar.example");

  // The frozen data renders to exactly the files it was published as.
  auto html = client->Get("/rapporter/" + std::to_string(report_id) + "/filer/html");
  auto json_file = client->Get("/rapporter/" + std::to_string(report_id) + "/filer/json");
  auto xlsx = client->Get("/rapporter/" + std::to_string(report_id) + "/filer/xlsx");
  ASSERT_TRUE(html && json_file && xlsx);
  ASSERT_EQ(html->status, 200);
  EXPECT_EQ(xlsx->status, 200);
  EXPECT_EQ(xlsx->body.substr(0, 2), "PK");
  // …and as PDF, printed from the same print page.
  auto pdf = client->Get("/rapporter/" + std::to_string(report_id) + "/filer/pdf");
  ASSERT_TRUE(pdf);
  EXPECT_EQ(pdf->status, 200);
  EXPECT_EQ(pdf->get_header_value("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf->body.substr(0, 5), "%PDF-");
  std::optional<store::PublishedReport> stored;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  stored = store::load_published_report(s, report_id);
                  return {};
                }).ok());
  ASSERT_TRUE(stored);
  auto frozen = report::document_from_json(stored->document_json);
  ASSERT_TRUE(frozen.ok()) << frozen.error().to_string();
  EXPECT_EQ(report::to_print_html(*frozen), html->body);
  EXPECT_EQ(report::to_json(*frozen), json_file->body);
  EXPECT_EQ(section_of(json::parse(json_file->body), "sammanfattning")["text"], "Ett år med framsteg.");

  // The data change a day later: the live report moves, the version stays.
  clock.set(*parse_utc_text("2026-03-31T10:05:00Z"));
  import_managers(*db, true);
  json now = live(strategist_08());
  EXPECT_EQ(number_of(section_of(now, "mal-1-ind-1a")["tables"][0]["rows"][4][1]), 45.0);
  auto version = get(*client, "/api/v1/reports/" + std::to_string(report_id), nullptr);  // public: adopted strategy
  ASSERT_EQ(version.status, 200) << version.body;
  EXPECT_EQ(number_of(section_of(version.json["document"], "mal-1-ind-1a")["tables"][0]["rows"][4][1]), 38.0);
  EXPECT_EQ(version.json["document"]["generated_at"], "2026-03-31T10:00:00Z");
  EXPECT_TRUE(version.json["changes"]["previous"].is_null());
  auto again = client->Get("/rapporter/" + std::to_string(report_id) + "/filer/html");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->body, html->body);
  std::vector<store::AuditEntry> audit;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  audit = store::list_audit(s, "published_report", report_id);
                  return {};
                }).ok());
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].action, "create");
}

TEST_F(ReportYear, ANewVersionListsWhatChangedSinceThePrevious) {
  const std::int64_t first = publish().value("id", std::int64_t{0});
  clock.set(*parse_utc_text("2026-03-31T10:05:00Z"));
  import_managers(*db, true);
  ASSERT_EQ(save_section("mal-2", "Inga indikatorer ännu.", true).status, 303);
  json second = publish();
  EXPECT_EQ(second["version"], 2);
  auto v2 = get(*client, "/api/v1/reports/" + std::to_string(second.value("id", std::int64_t{0})), &strategist_08());
  ASSERT_EQ(v2.status, 200) << v2.body;
  const json& changes = v2.json["changes"];
  EXPECT_EQ(changes["previous"], json({{"id", first}, {"version", 1}}));
  json women_2018;
  for (const auto& c : changes["cells"])
    if (c["section_id"] == "mal-1-ind-1a" && c["row"] == "2018" && c["column"] == "Kvinnor") women_2018 = c;
  EXPECT_EQ(women_2018["before"], "38");
  EXPECT_EQ(women_2018["after"], "45");
  json text_change, done_change;
  for (const auto& t : changes["texts"]) {
    if (t["section_id"] == "mal-2" && t["what"] == "text") text_change = t;
    if (t["section_id"] == "mal-2" && t["what"] == "done") done_change = t;
  }
  EXPECT_EQ(text_change["before"], "");
  EXPECT_EQ(text_change["after"], "Inga indikatorer ännu.");
  EXPECT_EQ(done_change["after"], "Klar");
  // The version page shows the changes in Swedish, and lists its files.
  auto page = client->Get("/rapporter/" + std::to_string(second.value("id", std::int64_t{0})));
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("Ändringar sedan version 1"), std::string::npos);
  EXPECT_NE(page->body.find("<td>Kvinnor</td><td>38</td><td>45</td>"), std::string::npos);
  EXPECT_NE(page->body.find("/filer/xlsx\">Excel (XLSX)</a>"), std::string::npos);
  EXPECT_NE(page->body.find("/filer/pdf\">PDF</a>"), std::string::npos);
}

TEST_F(ReportYear, OnlyTheCountysStrategistsAndAdminsPublish) {
  EXPECT_EQ(post_json(*client, live_api() + "/publish", json::object(), strategist_01().headers()).status, 403);
  EXPECT_EQ(post_json(*client, live_api() + "/publish", json::object(), coordinator().headers()).status, 403);
  EXPECT_EQ(post_json(*client, live_api() + "/publish", json::object(), contact_a().headers()).status, 403);
  EXPECT_EQ(get(*client, live_api(), &strategist_01()).status, 403);
  EXPECT_EQ(get(*client, live_api(), nullptr).status, 401);
  auto outside = get(*client, live_api(2031), &strategist_08());
  EXPECT_EQ(outside.status, 400);
  EXPECT_EQ(error_field(outside), "year");
  // The publish form needs its confirmation.
  auto unconfirmed = post_form(*client, live_page() + "/publicera", {}, strategist_08());
  EXPECT_EQ(unconfirmed.status, 400);
  EXPECT_NE(unconfirmed.body.find("Kryssa i att du vill publicera rapporten"), std::string::npos);
  auto confirmed = post_form(*client, live_page() + "/publicera", {{"confirm", "ja"}}, strategist_08());
  EXPECT_EQ(confirmed.status, 303);
}
