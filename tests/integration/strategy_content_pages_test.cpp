// The strategy editor's pages for problem areas, the action plan and
// commitments over real HTTP (issue 12, item 1, part D), on SQLite and
// PostgreSQL alike, with Kalmar's demo strategy (adopted as version 1):
// each form saves into the draft revision and redirects to the editor; a
// refused form comes back with what was typed and the message beside its
// field; removing asks first; the coordinator gets 403; every change is
// audited.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "register_fixture.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

class StrategyContentPages : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    for (const auto& s : get(*client, "/api/v1/strategies", nullptr).json)
      if (s["county_code"] == "08") kalmar = s["id"].get<std::int64_t>();
    ASSERT_NE(kalmar, 0);
    base = "/strategier/" + std::to_string(kalmar);
  }
  json draft() { return get(*client, "/api/v1/strategies/" + std::to_string(kalmar) + "?draft=1", &strategist_08()).json; }
  json node(const std::string& code) { return find_node(draft()["goals"], code); }
  std::string node_url(const std::string& code) { return base + "/mal/" + std::to_string(node(code)["id"].get<std::int64_t>()); }
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
  bool audited(const std::string& action) {
    for (const auto& a : audit_actions())
      if (a.find(action) != std::string::npos) return true;
    return false;
  }
  std::int64_t kalmar = 0;
  std::string base;
};

TEST_F(StrategyContentPages, AProblemAreaWithItsActionsIsAddedChangedAndRemoved) {
  const auto& strategist = strategist_08();
  const std::string list = node_url("FO5") + "/problemomraden";
  auto page = get(*client, list, &strategist);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(has(page.body, "Problemområden nu"));
  EXPECT_TRUE(has(page.body, "name=\"subgoals1\" value=\"6\"")) << "the strategy's sub-goals as checkboxes";
  EXPECT_TRUE(has(page.body, "name=\"csrf_token\""));

  // An action's contributors without the action itself: refused beside that row, all kept.
  auto bad = post_form(*client, list,
                       {{"problem", "Unga vet inte var de får stöd"}, {"action1", ""}, {"contributors1", "Regionen\nPolisen"},
                        {"action2", ""}, {"contributors2", ""}},
                       strategist);
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(has(bad.body, "id=\"action1-error\">Skriv åtgärd 1, eller töm raden.")) << bad.body;
  EXPECT_TRUE(has(bad.body, "aria-describedby=\"action1-hint action1-error\""));
  EXPECT_TRUE(has(bad.body, "href=\"#field-action1\""));
  EXPECT_TRUE(has(bad.body, ">Unga vet inte var de får stöd</textarea>"));
  EXPECT_TRUE(has(bad.body, ">Regionen\nPolisen</textarea>"));

  const std::size_t before = node("FO5")["problem_areas"].size();
  auto saved = post_form(*client, list,
                         {{"problem", "Unga vet inte var de får stöd"}, {"action1", "Informera i skolan"},
                          {"contributors1", "Regionen\n\n Polisen "}, {"subgoals1", "6"}, {"action2", ""},
                          {"contributors2", ""}},
                         strategist);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.location.rfind(base + "/redigera?sparat=1", 0), 0u) << saved.location;
  json areas = node("FO5")["problem_areas"];
  ASSERT_EQ(areas.size(), before + 1);
  EXPECT_EQ(areas.back()["problem"], "Unga vet inte var de får stöd");
  EXPECT_EQ(areas.back()["actions"][0]["contributors"], json::array({"Regionen", "Polisen"}));
  EXPECT_EQ(areas.back()["actions"][0]["subgoals"], json::array({"6"}));
  EXPECT_FALSE(has(get(*client, base, nullptr).body, "Unga vet inte var de får stöd")) << "the public reads version 1";

  const std::string one = list + "/" + std::to_string(before + 1);
  auto form = get(*client, one, &strategist);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(has(form.body, ">Informera i skolan</textarea>"));
  EXPECT_TRUE(has(form.body, "name=\"subgoals1\" value=\"6\" checked"));
  auto empty = post_form(*client, one, {{"problem", " "}, {"action1", "Informera i skolan"}}, strategist);
  EXPECT_EQ(empty.status, 400);
  EXPECT_TRUE(has(empty.body, "id=\"problem-error\">Beskriv problemområdet.")) << empty.body;
  ASSERT_EQ(post_form(*client, one, {{"problem", "Unga och föräldrar vet inte var de får stöd"}, {"action1", "Informera"}},
                      strategist)
                .status,
            303);
  EXPECT_EQ(node("FO5")["problem_areas"].back()["problem"], "Unga och föräldrar vet inte var de får stöd");

  auto confirm = get(*client, one + "/ta-bort", &strategist);
  ASSERT_EQ(confirm.status, 200);
  EXPECT_TRUE(has(confirm.body, "<li>Den föreslagna åtgärden: Informera</li>")) << confirm.body;
  ASSERT_EQ(post_form(*client, one + "/ta-bort", {}, strategist).status, 303);
  EXPECT_EQ(node("FO5")["problem_areas"].size(), before);
  EXPECT_TRUE(audited("add_problem_area"));
  EXPECT_TRUE(audited("remove_problem_area"));

  EXPECT_EQ(get(*client, list, &coordinator()).status, 403);
  EXPECT_EQ(post_form(*client, list, {{"problem", "Av samordnaren"}}, coordinator()).status, 403);
}

TEST_F(StrategyContentPages, TheActionPlanItsObjectivesAndTargets) {
  const auto& strategist = strategist_08();
  const std::string plan = base + "/handlingsplan";
  auto page = get(*client, plan, &strategist);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(has(page.body, "value=\"2024\""));
  EXPECT_TRUE(has(page.body, "1 Ett utökat och verkningsfullt förebyggande arbete mot våld (4 målsättningar)")) << page.body;

  auto bad = post_form(*client, plan, {{"title", "Handlingsplan mot våld"}, {"start_year", "24"}, {"end_year", "2026"},
                                       {"description", "Behålls"}},
                       strategist);
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(has(bad.body, "id=\"start_year-error\">Ange första året som ett årtal med fyra siffror")) << bad.body;
  EXPECT_TRUE(has(bad.body, "value=\"Handlingsplan mot våld\""));
  EXPECT_TRUE(has(bad.body, ">Behålls</textarea>"));
  auto saved = post_form(*client, plan, {{"title", "Handlingsplan mot våld"}, {"start_year", "2024"}, {"end_year", "2027"},
                                         {"description", ""}},
                         strategist);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.location, base + "/redigera?sparat=1");
  json doc = draft();
  EXPECT_EQ(doc["action_plan"]["title"], "Handlingsplan mot våld");
  EXPECT_EQ(doc["action_plan"]["end_year"], 2027);
  EXPECT_EQ(doc["action_plan"]["objectives"].size(), 4u) << "the objectives stay";

  // A new objective: a target row with a title but no code is refused beside it.
  auto refused = post_form(*client, plan + "/delmal/ny",
                           {{"code", "5"}, {"title", "Stöd till barn"}, {"target_code1", "5.1"}, {"target_title1", "Barn får stöd"},
                            {"target_examples1", "Samtalsgrupper\nUtbildning"}, {"target_code2", ""},
                            {"target_title2", "Utan kod"}},
                           strategist);
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(has(refused.body, "id=\"target_code2-error\">Ange målsättning 2s kod, eller töm dess rader.")) << refused.body;
  EXPECT_TRUE(has(refused.body, ">Samtalsgrupper\nUtbildning</textarea>"));
  auto added = post_form(*client, plan + "/delmal/ny",
                         {{"code", "5"}, {"title", "Stöd till barn"}, {"target_code1", "5.1"}, {"target_title1", "Barn får stöd"},
                          {"target_examples1", "Samtalsgrupper\nUtbildning"}, {"target_sources1", "Kolada"},
                          {"target_code2", ""}, {"target_title2", ""}},
                         strategist);
  ASSERT_EQ(added.status, 303) << added.body;
  json objectives = draft()["action_plan"]["objectives"];
  ASSERT_EQ(objectives.size(), 5u);
  EXPECT_EQ(objectives[4]["targets"][0]["code"], "5.1");
  EXPECT_EQ(objectives[4]["targets"][0]["example_activities"], json::array({"Samtalsgrupper", "Utbildning"}));

  auto form = get(*client, plan + "/delmal/5", &strategist);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(has(form.body, "name=\"target_code1\" type=\"text\" value=\"5.1\""));
  ASSERT_EQ(post_form(*client, plan + "/delmal/5",
                      {{"code", "5"}, {"title", "Stöd till barn och unga"}, {"target_code1", "5.1"},
                       {"target_title1", "Barn får stöd"}},
                      strategist)
                .status,
            303);
  EXPECT_EQ(draft()["action_plan"]["objectives"][4]["title"], "Stöd till barn och unga");
  auto confirm = get(*client, plan + "/delmal/5/ta-bort", &strategist);
  ASSERT_EQ(confirm.status, 200);
  EXPECT_TRUE(has(confirm.body, "<li>Målsättningen 5.1 Barn får stöd</li>")) << confirm.body;
  ASSERT_EQ(post_form(*client, plan + "/delmal/5/ta-bort", {}, strategist).status, 303);
  EXPECT_EQ(draft()["action_plan"]["objectives"].size(), 4u);
  EXPECT_EQ(get(*client, plan + "/delmal/5", &strategist).status, 404);
  EXPECT_TRUE(audited("add_objective"));

  EXPECT_EQ(get(*client, plan, &coordinator()).status, 403);
  EXPECT_EQ(get(*client, plan + "/delmal/ny", &coordinator()).status, 403);
}

TEST_F(StrategyContentPages, ACommitmentWithItsOwnerAndTargets) {
  const auto& strategist = strategist_08();
  const std::string list = node_url("FO5") + "/ataganden";
  auto page = get(*client, list, &strategist);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(has(page.body, "<option value=\"org:" + std::to_string(org_a) + "\">"));
  EXPECT_TRUE(has(page.body, "name=\"targets\" value=\"1.1\""));

  auto bad = post_form(*client, list, {{"text", "Polisen utbildar"}, {"owner_choice", "annan"}, {"owner_name", ""},
                                       {"targets", "1.2"}},
                       strategist);
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(has(bad.body, "id=\"owner_name-error\">Skriv aktörens namn.")) << bad.body;
  EXPECT_TRUE(has(bad.body, "aria-describedby=\"owner_name-hint owner_name-error\""));
  EXPECT_TRUE(has(bad.body, ">Polisen utbildar</textarea>"));
  EXPECT_TRUE(has(bad.body, "value=\"1.2\" checked"));
  EXPECT_TRUE(has(bad.body, "<option value=\"annan\" selected>"));

  const std::size_t before = node("FO5")["board_commitments"].size();
  auto saved = post_form(*client, list, {{"text", "Polisen utbildar"}, {"owner_choice", "annan"}, {"owner_name", "Polisen"},
                                         {"targets", "1.2"}},
                         strategist);
  ASSERT_EQ(saved.status, 303) << saved.body;
  json commitments = node("FO5")["board_commitments"];
  ASSERT_EQ(commitments.size(), before + 1);
  json made = commitments.back();
  EXPECT_EQ(made["owner"], "Polisen");
  EXPECT_EQ(made["targets"], json::array({"1.2"}));
  const std::string one = list + "/" + std::to_string(made["id"].get<std::int64_t>());

  auto form = get(*client, one, &strategist);
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(has(form.body, "value=\"Polisen\""));
  ASSERT_EQ(post_form(*client, one, {{"text", "Kommunen utbildar"}, {"owner_choice", "org:" + std::to_string(org_a)},
                                     {"owner_name", ""}},
                      strategist)
                .status,
            303);
  made = node("FO5")["board_commitments"].back();
  EXPECT_EQ(made["owner_organisation_id"], org_a);
  EXPECT_EQ(made["targets"], json::array()) << "no box ticked: no targets";

  auto confirm = get(*client, one + "/ta-bort", &strategist);
  ASSERT_EQ(confirm.status, 200);
  EXPECT_TRUE(has(confirm.body, "Åtagandets status för varje år, med kommentarerna, tas bort med det.")) << confirm.body;
  ASSERT_EQ(post_form(*client, one + "/ta-bort", {}, strategist).status, 303);
  EXPECT_EQ(node("FO5")["board_commitments"].size(), before);

  EXPECT_EQ(get(*client, list, &coordinator()).status, 403);
  EXPECT_EQ(post_form(*client, list, {{"text", "Av samordnaren"}, {"owner_choice", ""}}, coordinator()).status, 403);
}

TEST_F(StrategyContentPages, TheEditorLinksToEveryPage) {
  auto editor = get(*client, base + "/redigera", &strategist_08());
  ASSERT_EQ(editor.status, 200);
  EXPECT_TRUE(has(editor.body, base + "/handlingsplan\""));
  EXPECT_TRUE(has(editor.body, node_url("FO5") + "/problemomraden\">Problemområden (5)"));
  EXPECT_TRUE(has(editor.body, node_url("FO5") + "/ataganden\">Åtaganden (5)"));
}

// The indicator form's register binding (issue 13): the counts are offered by
// their Swedish names, and a parameter the count does not take is refused
// beside the conditions field, with what was typed kept.
TEST_F(StrategyContentPages, AnIndicatorsRegisterBindingIsCheckedWhenSaved) {
  const auto& strategist = strategist_08();
  const std::string list = node_url("FO5") + "/indikatorer";
  auto page = get(*client, list, &strategist);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(has(page.body, ">Anslutna verksamheter med handlingsplan</option>")) << "counts by their Swedish names";

  auto form = [](const std::string& params) {
    return httplib::Params{{"code", "FO5.x"},        {"name", "Anslutna kommuner"},
                           {"unit", "count"},        {"periodicity", "yearly"},
                           {"disaggregation", "sex"}, {"direction", "increase"},
                           {"source_kind", "register"}, {"register_count", "joined_organisations"},
                           {"register_params", params}};
  };
  auto bad = post_form(*client, list, form("group=3"), strategist);
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(has(bad.body, "id=\"register_params-error\">Registerräkning: ”joined_organisations” tar inte parametern "
                            "”group” (bara organisation_type).")) << bad.body;
  EXPECT_TRUE(has(bad.body, "value=\"group=3\""));

  auto saved = post_form(*client, list, form("organisation_type=kommun"), strategist);
  ASSERT_EQ(saved.status, 303) << saved.body;
  json added = node("FO5")["indicators"].back();
  EXPECT_EQ(added["code"], "FO5.x");
  EXPECT_EQ(added["register"], json::parse(R"({"count": "joined_organisations", "organisation_type": "kommun"})"));
}
