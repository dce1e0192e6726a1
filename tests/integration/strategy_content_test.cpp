// Editing a strategy's content piece by piece over the API (issue 12, part
// A, item 1), on SQLite and PostgreSQL alike: nodes reordered, indicators
// added, changed, reordered and removed, problem areas and the action plan
// edited, archiving, a draft from an uploaded document — each on the draft
// revision while the public keeps the adopted version, bad input named by
// its field, others refused, every change audited. And activity links that
// follow a node through a revision that changes its code.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <algorithm>
#include <functional>

#include "register_fixture.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

namespace {

const char* const kDecision = "Dnr 101-1234-2026";

std::vector<std::string> codes_of(const json& nodes) {
  std::vector<std::string> out;
  for (const auto& n : nodes) out.push_back(n["code"]);
  return out;
}

}  // namespace

class StrategyContent : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    for (const auto& s : get(*client, "/api/v1/strategies", nullptr).json)
      if (s["county_code"] == "08") kalmar = s["id"].get<std::int64_t>();
    ASSERT_NE(kalmar, 0);
  }

  std::string path(const std::string& rest = "") { return "/api/v1/strategies/" + std::to_string(kalmar) + rest; }
  std::string node_path(const std::string& code, const std::string& rest = "") {
    return path("/nodes/" + std::to_string(node(code)["id"].get<std::int64_t>()) + rest);
  }
  // Node `code` of the draft (revision) as the strategist reads it.
  json node(const std::string& code) { return find_node(draft()["goals"], code); }
  json draft() { return get(*client, path("?draft=1"), &strategist_08()).json; }
  json published() { return get(*client, path(), nullptr).json; }

  Answer send(const std::string& method, const std::string& p, const json& body, const TestLogin* who) {
    auto h = headers_of(who);
    const std::string text = body.is_null() ? std::string() : body.dump();
    if (method == "POST") return answer_of(client->Post(p, h, text, "application/json"));
    if (method == "PUT") return answer_of(client->Put(p, h, text, "application/json"));
    if (method == "DELETE") return answer_of(client->Delete(p, h, text, "application/json"));
    return answer_of(client->Patch(p, h, text, "application/json"));
  }

  std::vector<std::string> audit_actions() {
    std::vector<std::string> out;
    Status st = db->read([&](soci::session& s) -> Status {
      std::string action;
      long long entity = kalmar;
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

TEST_F(StrategyContent, NodesMoveUpDownAndToAPlaceInTheRevisionOnly) {
  const auto& strategist = strategist_08();
  const json fo5 = node("FO5");
  ASSERT_GE(fo5["children"].size(), 3u);
  const auto before = codes_of(fo5["children"]);
  auto down = send("POST", node_path(before[0], "/position"), {{"direction", "down"}}, &strategist);
  ASSERT_EQ(down.status, 200) << down.body;
  EXPECT_EQ(codes_of(node("FO5")["children"])[1], before[0]);
  EXPECT_EQ(codes_of(node("FO5")["children"])[0], before[1]);
  auto last = send("POST", node_path(before[0], "/position"), {{"position", fo5["children"].size()}}, &strategist);
  ASSERT_EQ(last.status, 200) << last.body;
  EXPECT_EQ(codes_of(node("FO5")["children"]).back(), before[0]);
  // The public still reads the adopted order.
  EXPECT_EQ(codes_of(find_node(published()["goals"], "FO5")["children"]), before);

  auto no_further = send("POST", node_path(before[0], "/position"), {{"direction", "down"}}, &strategist);
  EXPECT_EQ(no_further.status, 400);
  EXPECT_EQ(error_field(no_further), "direction");
  auto too_far = send("POST", node_path(before[0], "/position"), {{"position", 99}}, &strategist);
  EXPECT_EQ(too_far.status, 400);
  EXPECT_EQ(error_field(too_far), "position");
  EXPECT_EQ(error_field(send("POST", node_path(before[0], "/position"), {{"direction", "sideways"}}, &strategist)),
            "direction");
  EXPECT_EQ(send("POST", path("/nodes/999999/position"), {{"direction", "up"}}, &strategist).status, 404);
  auto actions = audit_actions();
  EXPECT_EQ(std::vector<std::string>(actions.end() - 2, actions.end()),
            (std::vector<std::string>{"reorder_node", "reorder_node"}));
}

TEST_F(StrategyContent, IndicatorsAreAddedChangedReorderedAndRemoved) {
  const auto& strategist = strategist_08();
  const std::string base = node_path("FO5.1", "/indicators");
  json definition = {{"code", "FO5.1.x"},
                     {"name", "Andel kommuner med utbildad personal"},
                     {"unit", "percent"},
                     {"source", "Länsstyrelsens enkät"},
                     {"periodicity", "yearly"},
                     {"disaggregation", {"sex"}},
                     {"direction", "increase"},
                     {"baseline", {{"period", "2024"}, {"value", 40}}},
                     {"target", {{"period", "2027"}, {"value", 100}}},
                     {"note", "Kommuner som svarat"}};
  auto made = send("POST", base, definition, &strategist);
  ASSERT_EQ(made.status, 201) << made.body;
  const std::int64_t id = made.json["id"];
  EXPECT_GT(id, 0);
  EXPECT_EQ(made.json["target"]["value"], 100);
  EXPECT_EQ(node("FO5.1")["indicators"].back()["name"], "Andel kommuner med utbildad personal");
  EXPECT_TRUE(find_node(published()["goals"], "FO5.1")["indicators"].empty() ||
              find_node(published()["goals"], "FO5.1")["indicators"].back()["code"] != "FO5.1.x");

  // Bad input names its field.
  for (auto [change, field] : std::vector<std::pair<json, std::string>>{{{{"unit", "liter"}}, "unit"},
                                                                        {{{"code", ""}}, "code"},
                                                                        {{{"name", ""}}, "name"},
                                                                        {{{"direction", "upp"}}, "direction"},
                                                                        {{{"disaggregation", {"age"}}}, "disaggregation"},
                                                                        {{{"colour", "blå"}}, "colour"}}) {
    json bad = definition;
    bad["code"] = "FO5.1.y";
    for (auto& [k, v] : change.items()) bad[k] = v;
    auto refused = send("POST", base, bad, &strategist);
    EXPECT_EQ(refused.status, 400) << change.dump();
    EXPECT_EQ(error_field(refused), field) << refused.body;
  }
  EXPECT_EQ(error_field(send("POST", base, definition, &strategist)), "code") << "the code is taken";

  definition["name"] = "Andel kommuner där all personal är utbildad";
  auto changed = send("PUT", base + "/" + std::to_string(id), definition, &strategist);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json["id"], id);
  EXPECT_EQ(node("FO5.1")["indicators"].back()["name"], "Andel kommuner där all personal är utbildad");

  if (node("FO5.1")["indicators"].size() > 1) {
    auto first = send("POST", base + "/" + std::to_string(id) + "/position", {{"position", 1}}, &strategist);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(node("FO5.1")["indicators"][0]["id"], id);
  }
  EXPECT_EQ(send("DELETE", base + "/" + std::to_string(id), nullptr, &strategist).status, 204);
  for (const auto& i : node("FO5.1")["indicators"]) EXPECT_NE(i["id"], id);
  EXPECT_EQ(send("DELETE", base + "/" + std::to_string(id), nullptr, &strategist).status, 404);

  // Others may not.
  EXPECT_EQ(send("POST", base, definition, nullptr).status, 401);
  EXPECT_EQ(send("POST", base, definition, &strategist_01()).status, 403);
  EXPECT_EQ(send("POST", base, definition, &contact_a()).status, 403);
  auto actions = audit_actions();
  EXPECT_NE(std::find(actions.begin(), actions.end(), "add_indicator"), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "update_indicator"), actions.end());
  EXPECT_EQ(actions.back(), "remove_indicator");
}

TEST_F(StrategyContent, ProblemAreasWithSuggestedActionsAreEdited) {
  const auto& strategist = strategist_08();
  const std::string subgoal = node("FO5")["code"];  // a focus area; suggestions name sub-goals
  std::string some_subgoal;
  const json tree = draft();
  for (const auto& n : tree["goals"][0]["children"]) some_subgoal = n["code"];
  json area = {{"problem", "Unga vet inte var de får stöd"},
               {"actions", {{{"action", "Informera i skolan"}, {"contributors", {"Kommunerna"}},
                             {"subgoals", {some_subgoal}}}}}};
  auto made = send("POST", node_path(subgoal, "/problem-areas"), area, &strategist);
  ASSERT_EQ(made.status, 201) << made.body;
  const auto count = made.json["problem_areas"].size();
  EXPECT_EQ(made.json["problem_areas"].back()["problem"], "Unga vet inte var de får stöd");

  json bad = area;
  bad["actions"][0]["subgoals"] = {"Z9"};
  EXPECT_EQ(error_field(send("POST", node_path(subgoal, "/problem-areas"), bad, &strategist)), "subgoals");
  bad = area;
  bad["problem"] = "";
  EXPECT_EQ(error_field(send("POST", node_path(subgoal, "/problem-areas"), bad, &strategist)), "problem");

  area["problem"] = "Unga och vuxna vet inte var de får stöd";
  auto changed = send("PUT", node_path(subgoal, "/problem-areas/" + std::to_string(count)), area, &strategist);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json["problem_areas"].back()["problem"], "Unga och vuxna vet inte var de får stöd");
  EXPECT_EQ(send("PUT", node_path(subgoal, "/problem-areas/99"), area, &strategist).status, 404);
  EXPECT_EQ(send("DELETE", node_path(subgoal, "/problem-areas/" + std::to_string(count)), nullptr, &strategist).status,
            204);
  EXPECT_EQ(node(subgoal)["problem_areas"].size(), count - 1);
  auto actions = audit_actions();
  EXPECT_EQ(std::vector<std::string>(actions.end() - 3, actions.end()),
            (std::vector<std::string>{"add_problem_area", "update_problem_area", "remove_problem_area"}));
}

TEST_F(StrategyContent, TheActionPlanAndItsObjectivesAreEdited) {
  const auto& strategist = strategist_08();
  json plan = draft()["action_plan"];
  ASSERT_TRUE(plan.is_object()) << "Kalmar has an action plan";
  const auto objectives = plan["objectives"].size();
  plan["title"] = "Handlingsplan mot mäns våld 2024–2027, reviderad";
  auto put = send("PUT", path("/action-plan"), plan, &strategist);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json["title"], "Handlingsplan mot mäns våld 2024–2027, reviderad");
  EXPECT_NE(published()["action_plan"]["title"], "Handlingsplan mot mäns våld 2024–2027, reviderad");

  json bad = plan;
  bad["end_year"] = 2001;
  EXPECT_EQ(error_field(send("PUT", path("/action-plan"), bad, &strategist)), "end_year");
  bad = plan;
  bad.erase("title");
  EXPECT_EQ(error_field(send("PUT", path("/action-plan"), bad, &strategist)), "title");

  json objective = {{"code", "9"},
                    {"title", "Fler män deltar i förebyggande arbete"},
                    {"description", ""},
                    {"targets", {{{"code", "9.1"},
                                  {"title", "Alla kommuner har ett program"},
                                  {"example_activities", {"Mentorer i våldsprevention"}},
                                  {"follow_up_sources", {"Länsstyrelsens enkät"}}}}}};
  auto added = send("POST", path("/action-plan/objectives"), objective, &strategist);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.json["objectives"].size(), objectives + 1);
  EXPECT_EQ(added.json["objectives"].back()["targets"][0]["example_activities"][0], "Mentorer i våldsprevention");
  EXPECT_EQ(error_field(send("POST", path("/action-plan/objectives"), objective, &strategist)), "code")
      << "the code is taken";
  objective["targets"][0]["title"] = "";
  EXPECT_EQ(error_field(send("POST", path("/action-plan/objectives"), objective, &strategist)), "target_title");
  objective["targets"][0]["title"] = "Alla kommuner och regionen har ett program";
  auto changed = send("PUT", path("/action-plan/objectives/" + std::to_string(objectives + 1)), objective, &strategist);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json["objectives"].back()["targets"][0]["title"], "Alla kommuner och regionen har ett program");
  EXPECT_EQ(send("DELETE", path("/action-plan/objectives/" + std::to_string(objectives + 1)), nullptr, &strategist).status,
            204);
  EXPECT_EQ(draft()["action_plan"]["objectives"].size(), objectives);
  EXPECT_EQ(send("DELETE", path("/action-plan/objectives/99"), nullptr, &strategist).status, 404);
  EXPECT_EQ(send("PUT", path("/action-plan"), plan, &coordinator()).status, 403);
}

TEST_F(StrategyContent, OnlyAnAdoptedStrategyWithoutRevisionIsArchivedAndThenStaysPublicAndUnchangeable) {
  const auto& strategist = strategist_08();
  // A revision is open: archiving waits.
  ASSERT_EQ(send("PATCH", path(), {{"vision", "Ny vision"}}, &strategist).status, 200);
  auto refused = send("POST", path("/archive"), json::object(), &strategist);
  EXPECT_EQ(refused.status, 409) << refused.body;
  ASSERT_EQ(send("POST", path("/adopt"), {{"adopted_on", "2026-03-31"}, {"decision", kDecision}}, &strategist).status,
            200);
  EXPECT_EQ(send("POST", path("/archive"), json::object(), &strategist_01()).status, 403);
  auto archived = send("POST", path("/archive"), json::object(), &strategist);
  ASSERT_EQ(archived.status, 200) << archived.body;
  EXPECT_EQ(archived.json["status"], "archived");

  // The public still reads it; it cannot be changed, adopted or archived again.
  auto seen = get(*client, path(), nullptr);
  ASSERT_EQ(seen.status, 200);
  EXPECT_EQ(seen.json["status"], "archived");
  EXPECT_EQ(send("PATCH", path(), {{"title", "Ändrad"}}, &strategist).status, 409);
  EXPECT_EQ(send("POST", node_path("FO5", "/position"), {{"direction", "down"}}, &strategist).status, 409);
  EXPECT_EQ(send("POST", path("/adopt"), {{"adopted_on", "2026-03-31"}, {"decision", kDecision}}, &strategist).status,
            409);
  EXPECT_EQ(send("POST", path("/archive"), json::object(), &strategist).status, 409);
  EXPECT_EQ(get(*client, path("/versions"), nullptr).json.size(), 2u);
  EXPECT_EQ(audit_actions().back(), "archive");

  // A draft is not archived.
  auto fresh = send("POST", "/api/v1/strategies",
                    {{"county_code", "08"}, {"title", "Utkast"}, {"start_year", 2030}, {"end_year", 2033}}, &strategist);
  ASSERT_EQ(fresh.status, 201);
  EXPECT_EQ(send("POST", "/api/v1/strategies/" + std::to_string(fresh.json["id"].get<std::int64_t>()) + "/archive",
                 json::object(), &strategist)
                .status,
            409);
}

TEST_F(StrategyContent, AnUploadedDocumentBecomesANewDraftOrTheRevision) {
  const auto& strategist = strategist_08();
  json doc = draft();
  doc.erase("revision_open");

  // As a new strategy: a period of its own, a draft whatever the file says, ids ignored.
  json copy = doc;
  copy["start_year"] = 2028;
  copy["end_year"] = 2031;
  copy["title"] = "Ett jämställt Kalmar län 2028–2031";
  auto made = send("POST", "/api/v1/strategies/import", copy, &strategist);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json["status"], "draft");
  EXPECT_NE(made.json["id"], kalmar);
  EXPECT_NE(find_node(made.json["goals"], "FO5")["id"], node("FO5")["id"]);
  EXPECT_EQ(get(*client, "/api/v1/strategies/" + std::to_string(made.json["id"].get<std::int64_t>()), nullptr).status,
            404)
      << "the public does not see a draft";
  EXPECT_EQ(send("POST", "/api/v1/strategies/import", copy, &strategist).status, 409) << "the period is taken";
  copy["county_code"] = "01";
  copy["start_year"] = 2040;
  EXPECT_EQ(send("POST", "/api/v1/strategies/import", copy, &strategist).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/strategies/import", copy, nullptr).status, 401);
  json broken = doc;
  broken["goals"][0]["title"] = 5;
  auto refused = send("POST", "/api/v1/strategies/import", broken, &strategist);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(error_field(refused), "title");

  // As the revision of Kalmar's adopted strategy: node ids kept, public unchanged.
  json revised = doc;
  const json fo51 = find_node(revised["goals"], "FO5.1");
  std::function<void(json&)> rename = [&](json& nodes) {
    for (auto& n : nodes) {
      if (n["code"] == "FO5.1") n["title"] = "Omformulerat i filen";
      rename(n["children"]);
    }
  };
  rename(revised["goals"]);
  auto into = send("POST", path("/import"), revised, &strategist);
  ASSERT_EQ(into.status, 200) << into.body;
  EXPECT_EQ(into.json["status"], "adopted");
  EXPECT_EQ(into.json["revision_open"], true);
  EXPECT_EQ(find_node(into.json["goals"], "FO5.1")["id"], fo51["id"]);
  EXPECT_EQ(find_node(into.json["goals"], "FO5.1")["title"], "Omformulerat i filen");
  EXPECT_NE(find_node(published()["goals"], "FO5.1")["title"], "Omformulerat i filen");
  revised["county_code"] = "01";
  EXPECT_EQ(error_field(send("POST", path("/import"), revised, &strategist)), "county_code");
  EXPECT_EQ(send("POST", path("/import"), revised, &strategist_01()).status, 403);
  EXPECT_EQ(audit_actions().back(), "import");
}

TEST_F(StrategyContent, ActivityLinksFollowTheNodeWhenARevisionChangesItsCode) {
  json body = {{"title", "Utbildning om våld"}, {"type", "utbildning"}, {"status", "genomford"},
               {"start_date", "2026-03-12"}, {"organiser_id", org_a}, {"goal_nodes", {"FO5.1"}}};
  auto made = send("POST", "/api/v1/activities", body, &admin());
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string activity = "/api/v1/activities/" + std::to_string(made.json["id"].get<std::int64_t>());
  const auto& strategist = strategist_08();
  const std::string fo51 = node_path("FO5.1");
  ASSERT_EQ(send("PATCH", fo51, {{"code", "FO5.1a"}, {"title", "Nytt namn och ny kod"}}, &strategist).status, 200);

  // While the revision is open, the activity and its form read the adopted version.
  EXPECT_EQ(get(*client, activity, &admin()).json["goal_nodes"], json({"FO5.1"}));
  auto page = get(*client, "/insatser/" + std::to_string(made.json["id"].get<std::int64_t>()), &admin());
  EXPECT_EQ(page.body.find("Nytt namn och ny kod"), std::string::npos);
  // An activity can still be linked by the adopted code.
  body["goal_nodes"] = {"FO5.1"};
  body["title"] = "Andra utbildningen";
  auto second = send("POST", "/api/v1/activities", body, &admin());
  ASSERT_EQ(second.status, 201) << second.body;

  ASSERT_EQ(send("POST", path("/adopt"), {{"adopted_on", "2026-03-31"}, {"decision", kDecision}}, &strategist).status,
            200);
  // After the adoption both links show the node's new code and title.
  EXPECT_EQ(get(*client, activity, &admin()).json["goal_nodes"], json({"FO5.1a"}));
  EXPECT_EQ(get(*client, "/api/v1/activities/" + std::to_string(second.json["id"].get<std::int64_t>()), &admin())
                .json["goal_nodes"],
            json({"FO5.1a"}));
  page = get(*client, "/insatser/" + std::to_string(made.json["id"].get<std::int64_t>()), &admin());
  EXPECT_NE(page.body.find("Nytt namn och ny kod"), std::string::npos);
}
