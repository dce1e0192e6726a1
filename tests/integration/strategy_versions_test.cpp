// Strategies as drafts, adopted versions and readable differences over the
// API (issue 12, items 2 and 7), on SQLite and PostgreSQL alike: a
// strategist revises Kalmar's adopted strategy while the public keeps
// reading the adopted version, adopts the revision, and both versions stay
// readable and comparable in words; node ids — and the activities that
// link to the nodes — survive the revision; the fixed clock refuses an
// adoption date in the future; other counties and roles may not change it.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <functional>

#include "formats/strategy_json/strategy_json.hpp"
#include "register_fixture.hpp"
#include "service/strategy/strategy_service.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

namespace {

const char* const kKalmarTitle = "Ett jämställt Kalmar län – regional jämställdhetsstrategi 2024–2027";
const char* const kDecision = "Dnr 101-1234-2026";

// The node with `code` anywhere in a strategy document's goal tree, or null.
bool has_text(const json& diff, const std::string& text) {
  for (const auto& c : diff["changes"])
    if (c["text"] == text) return true;
  return false;
}

}  // namespace

class StrategyVersions : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    auto list = get(*client, "/api/v1/strategies", nullptr);
    for (const auto& s : list.json)
      if (s["county_code"] == "08") kalmar = s["id"].get<std::int64_t>();
    ASSERT_NE(kalmar, 0);
  }

  std::string path(const std::string& rest = "") { return "/api/v1/strategies/" + std::to_string(kalmar) + rest; }

  Answer patch(const std::string& p, const json& body, const TestLogin* who) {
    return patch_json(*client, p, body, headers_of(who));
  }
  Answer post(const std::string& p, const json& body, const TestLogin* who) {
    return post_json(*client, p, body, headers_of(who));
  }

  // The actions of the audit entries about strategy `id`, oldest first.
  std::vector<std::string> audit_actions(std::int64_t id) {
    std::vector<std::string> out;
    Status st = db->read([&](soci::session& s) -> Status {
      std::string action;
      long long entity = id;
      soci::statement q = (s.prepare << "SELECT action FROM audit_log WHERE entity = 'strategy' AND entity_id = :e "
                                        "ORDER BY id",
                           soci::use(entity), soci::into(action));
      q.execute();
      while (q.fetch()) out.push_back(action);
      return {};
    });
    EXPECT_TRUE(st.ok());
    return out;
  }

  std::int64_t kalmar = 0;
};

TEST_F(StrategyVersions, ARevisionIsDraftedAdoptedAndBothVersionsStayReadableAndComparable) {
  const auto& strategist = strategist_08();
  auto adopted = get(*client, path(), nullptr);
  ASSERT_EQ(adopted.status, 200);
  EXPECT_EQ(adopted.json["id"], kalmar);
  const json fo51 = find_node(adopted.json["goals"], "FO5.1");
  const json fo5 = find_node(adopted.json["goals"], "FO5");
  ASSERT_TRUE(fo51.is_object());
  const std::string old_title = fo51["title"];
  EXPECT_GT(fo51["id"].get<std::int64_t>(), 0);
  EXPECT_GT(find_node(adopted.json["goals"], "1")["indicators"][0]["id"].get<std::int64_t>(), 0);

  auto versions = get(*client, path("/versions"), nullptr);
  ASSERT_EQ(versions.status, 200);
  EXPECT_EQ(versions.json, json::parse(R"([{"version": 1, "adopted_on": "2024-01-17", "decision": ""}])"));

  // The strategist drafts a revision: a new heading, a longer period, a new target.
  auto renamed = patch(path("/nodes/" + std::to_string(fo51["id"].get<std::int64_t>())),
                       {{"title", "Alla kommuner har baskunskap om mäns våld mot kvinnor"}}, &strategist);
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json["id"], fo51["id"]);
  auto longer = patch(path(), {{"end_year", 2028}}, &strategist);
  ASSERT_EQ(longer.status, 200) << longer.body;
  EXPECT_EQ(longer.json["status"], "adopted");
  EXPECT_EQ(longer.json["revision_open"], true);
  auto added = post(path("/nodes"), {{"kind", "target"}, {"code", "FO5.8"}, {"title", "Fler våldsförebyggande program"},
                                     {"parent_id", fo5["id"]}, {"national_goals", {"2017:6"}}},
                    &strategist);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_GT(added.json["id"].get<std::int64_t>(), 0);

  // The public, and the strategist without ?draft=1, still read the adopted version.
  for (const TestLogin* who : {static_cast<const TestLogin*>(nullptr), &contact_a(), &strategist}) {
    auto seen = get(*client, path(), who);
    ASSERT_EQ(seen.status, 200);
    EXPECT_EQ(seen.json["end_year"], 2027);
    EXPECT_EQ(find_node(seen.json["goals"], "FO5.1")["title"], old_title);
    EXPECT_TRUE(find_node(seen.json["goals"], "FO5.8").is_null());
    auto listed = get(*client, "/api/v1/strategies", who);
    for (const auto& s : listed.json)
      if (s["id"] == kalmar) {
        EXPECT_EQ(s["title"], kKalmarTitle);
        EXPECT_EQ(s["end_year"], 2027);
      }
  }
  EXPECT_EQ(get(*client, path("?draft=1"), nullptr).json["end_year"], 2027) << "the public never sees the draft";
  EXPECT_EQ(get(*client, path("?draft=1"), &contact_a()).json["end_year"], 2027);
  EXPECT_TRUE(get(*client, "/strategier/" + std::to_string(kalmar), nullptr).body.find(old_title) != std::string::npos);
  auto goal_page = get(*client, "/nationella-mal/2017/6", nullptr);
  EXPECT_EQ(goal_page.body.find("Fler våldsförebyggande program"), std::string::npos) << "not before adoption";
  EXPECT_NE(goal_page.body.find("Bekämpa och förebygga"), std::string::npos) << "the adopted nodes still serve the goal";

  // The strategist (and the coordinator) see the draft revision with ?draft=1.
  for (const TestLogin* who : {&strategist, &coordinator()}) {
    auto draft = get(*client, path("?draft=1"), who);
    EXPECT_EQ(draft.json["end_year"], 2028);
    EXPECT_EQ(find_node(draft.json["goals"], "FO5.1")["title"], "Alla kommuner har baskunskap om mäns våld mot kvinnor");
    EXPECT_EQ(find_node(draft.json["goals"], "FO5.1")["id"], fo51["id"]) << "the node keeps its id";
  }

  // An adoption date in the future (the clock says 2026-03-31) is refused, naming the field.
  auto future = post(path("/adopt"), {{"adopted_on", "2026-04-01"}, {"decision", kDecision}}, &strategist);
  EXPECT_EQ(future.status, 400);
  EXPECT_EQ(error_field(future), "adopted_on");
  auto no_decision = post(path("/adopt"), {{"adopted_on", "2026-03-30"}, {"decision", ""}}, &strategist);
  EXPECT_EQ(error_field(no_decision), "decision");
  EXPECT_EQ(get(*client, path("/versions"), nullptr).json.size(), 1u);

  auto adoption = post(path("/adopt"), {{"adopted_on", "2026-03-31"}, {"decision", kDecision}}, &strategist);
  ASSERT_EQ(adoption.status, 200) << adoption.body;
  EXPECT_EQ(adoption.json, json({{"version", 2}, {"adopted_on", "2026-03-31"}, {"decision", kDecision}}));
  EXPECT_EQ(post(path("/adopt"), {{"adopted_on", "2026-03-31"}, {"decision", kDecision}}, &strategist).status, 409)
      << "nothing left to adopt";

  // Both versions are listed and readable as they were; the public now reads version 2.
  versions = get(*client, path("/versions"), nullptr);
  ASSERT_EQ(versions.json.size(), 2u);
  EXPECT_EQ(versions.json[1], json({{"version", 2}, {"adopted_on", "2026-03-31"}, {"decision", kDecision}}));
  auto v1 = get(*client, path("/versions/1"), nullptr);
  auto v2 = get(*client, path("/versions/2"), nullptr);
  ASSERT_EQ(v1.status, 200);
  ASSERT_EQ(v2.status, 200);
  EXPECT_EQ(v1.json["end_year"], 2027);
  EXPECT_EQ(find_node(v1.json["goals"], "FO5.1")["title"], old_title);
  EXPECT_EQ(v2.json["end_year"], 2028);
  EXPECT_EQ(v2.json["adopted_on"], "2026-03-31");
  EXPECT_EQ(v2.json["decision"], kDecision);
  EXPECT_EQ(find_node(v2.json["goals"], "FO5.1")["id"], fo51["id"]);
  EXPECT_EQ(get(*client, path("/versions/3"), nullptr).status, 404);
  auto now = get(*client, path(), nullptr);
  EXPECT_EQ(now.json["end_year"], 2028);
  EXPECT_EQ(find_node(now.json["goals"], "FO5.8")["title"], "Fler våldsförebyggande program");
  EXPECT_NE(get(*client, "/nationella-mal/2017/6", nullptr).body.find("Fler våldsförebyggande program"),
            std::string::npos);

  // The difference in words, each line with its machine fields.
  auto diff = get(*client, path("/versions/1/diff/2"), nullptr);
  ASSERT_EQ(diff.status, 200) << diff.body;
  EXPECT_TRUE(has_text(diff.json, "Perioden har ändrats: 2024–2027 → 2024–2028")) << diff.body;
  EXPECT_TRUE(has_text(diff.json, "Mål FO5.1 har fått ny rubrik: " + old_title +
                                      " → Alla kommuner har baskunskap om mäns våld mot kvinnor"))
      << diff.body;
  EXPECT_TRUE(has_text(diff.json, "Mål FO5.8 har lagts till: Fler våldsförebyggande program")) << diff.body;
  EXPECT_EQ(diff.json["changes"].size(), 3u) << diff.body;
  EXPECT_EQ(diff.json["changes"][1],
            json({{"text", "Mål FO5.1 har fått ny rubrik: " + old_title +
                               " → Alla kommuner har baskunskap om mäns våld mot kvinnor"},
                  {"kind", "node"},
                  {"code", "FO5.1"},
                  {"change", "title"},
                  {"before", old_title},
                  {"after", "Alla kommuner har baskunskap om mäns våld mot kvinnor"}}));
  EXPECT_EQ(get(*client, path("/versions/2/diff/2"), nullptr).json["changes"], json::array());

  // The strategy page lists the versions and, through its GET form, shows the changes in words.
  auto page = get(*client, "/strategier/" + std::to_string(kalmar) + "?fran=1&till=2", nullptr);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<h2 id=\"versioner-rubrik\">Versioner</h2>"), std::string::npos);
  EXPECT_NE(page.body.find("<td>2026-03-31</td><td>Dnr 101-1234-2026</td>"), std::string::npos);
  EXPECT_NE(page.body.find("<li>Perioden har ändrats: 2024–2027 → 2024–2028</li>"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("<option value=\"1\" selected>1</option>"), std::string::npos);

  // Every change is in the audit log.
  auto actions = audit_actions(kalmar);
  EXPECT_EQ(std::vector<std::string>(actions.end() - 4, actions.end()),
            (std::vector<std::string>{"update_node", "update", "add_node", "adopt"}));
}

TEST_F(StrategyVersions, AnActivityLinkedToANodeStillLinksAfterTheRevision) {
  json body = {{"title", "Utbildning om våld"}, {"type", "utbildning"}, {"status", "genomford"},
               {"start_date", "2026-03-12"}, {"organiser_id", org_a}, {"goal_nodes", {"FO5.1", "FO5.2"}}};
  auto made = post("/api/v1/activities", body, &admin());
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string activity = "/api/v1/activities/" + std::to_string(made.json["id"].get<std::int64_t>());
  auto before = get(*client, path(), nullptr);
  const json fo51 = find_node(before.json["goals"], "FO5.1");
  const json fo52 = find_node(before.json["goals"], "FO5.2");

  // Revise through the import of the API's own document: FO5.1 renamed and
  // moved to the end of its siblings, an indicator renamed — ids as given.
  auto doc = get(*client, path("?draft=1"), &strategist_08()).json;
  json& goals = doc["goals"];
  json* fo5 = nullptr;
  std::function<void(json&)> walk = [&](json& nodes) {
    for (auto& n : nodes) {
      if (n["code"] == "FO5") fo5 = &n;
      walk(n["children"]);
    }
  };
  walk(goals);
  ASSERT_NE(fo5, nullptr);
  json first = (*fo5)["children"][0];
  first["title"] = "Omformulerat mål om baskunskaper";
  (*fo5)["children"].erase(0);
  (*fo5)["children"].push_back(first);
  const std::int64_t indicator = goals[0]["children"][0]["indicators"][0]["id"];
  goals[0]["children"][0]["indicators"][0]["name"] = "Omdöpt indikator";
  auto imported = service::import_strategy(*db, doc.dump(), true, service::Actor{"cli:test"});
  ASSERT_TRUE(imported.ok()) << imported.error().to_string();
  EXPECT_EQ(imported->strategy_id, kalmar);
  ASSERT_EQ(post(path("/adopt"), {{"adopted_on", "2026-03-30"}, {"decision", kDecision}}, &strategist_08()).status, 200);

  auto after = get(*client, path(), nullptr);
  EXPECT_EQ(find_node(after.json["goals"], "FO5.1")["id"], fo51["id"]) << "same row after the revision";
  EXPECT_EQ(find_node(after.json["goals"], "FO5.2")["id"], fo52["id"]);
  EXPECT_EQ(find_node(after.json["goals"], "FO5.1")["title"], "Omformulerat mål om baskunskaper");
  EXPECT_EQ(after.json["goals"][0]["children"][0]["indicators"][0]["id"], indicator);
  EXPECT_EQ(after.json["goals"][0]["children"][0]["indicators"][0]["name"], "Omdöpt indikator");

  // The activity still links to both nodes, and its page names the new heading.
  auto linked = get(*client, activity, &admin());
  ASSERT_EQ(linked.status, 200);
  EXPECT_EQ(linked.json["goal_nodes"], json({"FO5.1", "FO5.2"}));
  auto page = get(*client, "/insatser/" + std::to_string(made.json["id"].get<std::int64_t>()), &admin());
  EXPECT_NE(page.body.find("Omformulerat mål om baskunskaper"), std::string::npos);
  auto diff = get(*client, path("/versions/1/diff/2"), nullptr);
  EXPECT_TRUE(has_text(diff.json, "Indikator 1.a har fått nytt namn: " +
                                      before.json["goals"][0]["children"][0]["indicators"][0]["name"].get<std::string>() +
                                      " → Omdöpt indikator"))
      << diff.body;
}

TEST_F(StrategyVersions, ANewStrategyIsADraftUntilAdoptedAndBadInputNamesItsField) {
  const auto& strategist = strategist_08();
  json fresh = {{"county_code", "08"}, {"title", "Jämställt Kalmar 2028–2031"}, {"start_year", 2028},
                {"end_year", 2031}, {"national_goal_version", "2017"}};
  for (auto [change, field] : std::vector<std::pair<json, std::string>>{
           {{{"title", ""}}, "title"},
           {{{"start_year", "2028"}}, "start_year"},
           {{{"end_year", 2020}}, "end_year"},
           {{{"county_code", "99"}}, "county_code"},
           {{{"national_goal_version", "2030"}}, "national_goal_version"},
           {{{"colour", "blå"}}, "colour"}}) {
    json bad = fresh;
    for (auto& [k, v] : change.items()) bad[k] = v;
    auto refused = post("/api/v1/strategies", bad, &strategist);
    EXPECT_EQ(refused.status, 400) << field << ": " << refused.body;
    EXPECT_EQ(error_field(refused), field) << refused.body;
  }
  EXPECT_EQ(post("/api/v1/strategies", fresh, &strategist_01()).status, 403) << "another county";
  EXPECT_EQ(post("/api/v1/strategies", fresh, &coordinator()).status, 403);
  EXPECT_EQ(post("/api/v1/strategies", fresh, nullptr).status, 401);

  auto made = post("/api/v1/strategies", fresh, &strategist);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json["status"], "draft");
  const std::string p = "/api/v1/strategies/" + std::to_string(made.json["id"].get<std::int64_t>());
  EXPECT_EQ(post("/api/v1/strategies", fresh, &strategist).status, 409) << "same county and period";

  auto overall = post(p + "/nodes", {{"kind", "overall"}, {"code", "0"}, {"title", "Samma makt"}}, &strategist);
  ASSERT_EQ(overall.status, 201) << overall.body;
  for (auto [node, field] : std::vector<std::pair<json, std::string>>{
           {{{"code", "1"}, {"title", "Delmål"}}, "kind"},
           {{{"kind", "subgoal"}, {"code", "1"}, {"title", "Delmål"}, {"parent_id", 999999}}, "parent_id"},
           {{{"kind", "subgoal"}, {"code", "1"}, {"title", ""}}, "title"},
           {{{"kind", "branch"}, {"code", "1"}, {"title", "Delmål"}}, "kind"},
           {{{"kind", "subgoal"}, {"code", "0"}, {"title", "Dubblett"}}, "code"},
           {{{"kind", "subgoal"}, {"code", "1"}, {"title", "Delmål"}, {"national_goals", {"2017:9"}}}, "national_goals"}}) {
    auto refused = post(p + "/nodes", node, &strategist);
    EXPECT_EQ(refused.status, 400) << field << ": " << refused.body;
    EXPECT_EQ(error_field(refused), field) << refused.body;
  }
  auto sub = post(p + "/nodes", {{"kind", "subgoal"}, {"code", "1"}, {"title", "Delmål 1"}, {"parent_id", overall.json["id"]}},
                  &strategist);
  ASSERT_EQ(sub.status, 201) << sub.body;
  const std::string sub_path = p + "/nodes/" + std::to_string(sub.json["id"].get<std::int64_t>());
  EXPECT_EQ(patch(sub_path, {{"parent_id", sub.json["id"]}}, &strategist).status, 400) << "not under itself";

  // A draft: the public, contacts and another county do not see it; the coordinator reads it.
  EXPECT_EQ(get(*client, p, nullptr).status, 404);
  EXPECT_EQ(get(*client, p, &contact_a()).status, 404);
  EXPECT_EQ(get(*client, p, &strategist_01()).status, 404);
  EXPECT_EQ(patch(p, {{"title", "Annat"}}, &strategist_01()).status, 404);
  EXPECT_EQ(get(*client, p + "/versions", &coordinator()).json, json::array());
  EXPECT_EQ(patch(p, {{"title", "Annat"}}, &coordinator()).status, 403);

  auto adoption = post(p + "/adopt", {{"adopted_on", "2026-03-01"}, {"decision", kDecision}}, &strategist);
  ASSERT_EQ(adoption.status, 200) << adoption.body;
  EXPECT_EQ(adoption.json["version"], 1);
  EXPECT_EQ(get(*client, p, nullptr).status, 200);
  auto v1 = get(*client, p + "/versions/1", nullptr);
  EXPECT_EQ(find_node(v1.json["goals"], "1")["title"], "Delmål 1");

  // Removing a node of an adopted strategy works on its revision.
  ASSERT_EQ(answer_of(client->Delete(sub_path, headers_of(&strategist))).status, 204);
  EXPECT_FALSE(find_node(get(*client, p, nullptr).json["goals"], "1").is_null()) << "public keeps version 1";
  EXPECT_TRUE(find_node(get(*client, p + "?draft=1", &strategist).json["goals"], "1").is_null());
  ASSERT_EQ(post(p + "/adopt", {{"adopted_on", "2026-03-02"}, {"decision", "Dnr 2"}}, &strategist).status, 200);
  auto diff = get(*client, p + "/versions/1/diff/2", nullptr);
  EXPECT_TRUE(has_text(diff.json, "Mål 1 har tagits bort: Delmål 1")) << diff.body;
  EXPECT_EQ(post(p + "/adopt", {{"adopted_on", "2026-03-02"}, {"decision", "Dnr 3"}}, &strategist).status, 409);
}

TEST_F(StrategyVersions, OnlyTheCountysStrategistsAndAdminsChangeAnAdoptedStrategy) {
  json change = {{"title", "Ändrad titel"}};
  EXPECT_EQ(patch(path(), change, nullptr).status, 401);
  for (const TestLogin* who : {&contact_a(), &strategist_01(), &coordinator()})
    EXPECT_EQ(patch(path(), change, who).status, 403) << who->email;
  EXPECT_EQ(post(path("/adopt"), {{"adopted_on", "2026-03-30"}, {"decision", kDecision}}, &strategist_01()).status, 403);
  EXPECT_EQ(get(*client, path(), nullptr).json["title"], kKalmarTitle) << "nothing changed";
  EXPECT_EQ(patch(path(), change, &admin()).status, 200);
  EXPECT_EQ(patch(path(), {{"title", "Av strategen"}}, &strategist_08()).status, 200);
}
