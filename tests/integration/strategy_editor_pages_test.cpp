// The strategy editor's pages over real HTTP (issue 12, part A, item 2), on
// SQLite and PostgreSQL alike: a bad form comes back with what was typed and
// the message beside its field; saving redirects to the editor, which says
// which version the public reads; the removal page counts what goes with a
// node, linked activities included; adoption refuses a future date beside
// its field; a new strategy is made from a form and from a file.
#include <gtest/gtest.h>

#include <regex>

#include "register_fixture.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

class StrategyEditorPages : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    for (const auto& s : get(*client, "/api/v1/strategies", nullptr).json)
      if (s["county_code"] == "08") kalmar = s["id"].get<std::int64_t>();
    ASSERT_NE(kalmar, 0);
    base = "/strategier/" + std::to_string(kalmar);
  }
  std::int64_t node_id(const std::string& code) {
    return find_node(get(*client, "/api/v1/strategies/" + std::to_string(kalmar) + "?draft=1", &strategist_08()).json["goals"],
                     code)["id"]
        .get<std::int64_t>();
  }
  std::int64_t kalmar = 0;
  std::string base;
};

TEST_F(StrategyEditorPages, ANodeFormKeepsWhatWasTypedAndSavingOpensTheRevision) {
  const auto& strategist = strategist_08();
  const std::string node = base + "/mal/" + std::to_string(node_id("FO5.1"));
  auto form = get(*client, node, &strategist);
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(has(form.body, "value=\"FO5.1\""));
  EXPECT_TRUE(has(form.body, "type=\"checkbox\" name=\"national_goals\" value=\"2017:6\""));

  auto bad = post_form(*client, node, {{"kind", "target"}, {"code", "FO5.1"}, {"title", ""}, {"description", "Behålls"}},
                       strategist);
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(has(bad.body, "id=\"title-error\""));
  EXPECT_TRUE(has(bad.body, "aria-describedby=\"title-error\"")) << "the message is tied to its field";
  EXPECT_TRUE(has(bad.body, "href=\"#field-title\"")) << "the summary links to the field";
  EXPECT_TRUE(has(bad.body, ">Behålls</textarea>")) << "what was typed is kept";

  auto saved = post_form(*client, node, {{"kind", "target"}, {"code", "FO5.1"}, {"title", "Ny rubrik för FO5.1"},
                                         {"national_goals", "2017:6"}},
                         strategist);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.location.rfind(base + "/redigera?sparat=1", 0), 0u) << saved.location;
  auto editor = get(*client, base + "/redigera", &strategist);
  ASSERT_EQ(editor.status, 200);
  EXPECT_TRUE(has(editor.body, "Allmänheten ser version 1 (antagen 2024-01-17) medan revideringen redigeras."));
  EXPECT_TRUE(has(editor.body, "Ny rubrik för FO5.1"));
  EXPECT_FALSE(has(get(*client, base, nullptr).body, "Ny rubrik för FO5.1")) << "the public reads version 1";

  // The coordinator reads the strategy but does not edit it; the public is sent to log in.
  EXPECT_EQ(get(*client, base + "/redigera", &coordinator()).status, 403);
  EXPECT_EQ(get(*client, base + "/redigera", nullptr).status, 303);
}

TEST_F(StrategyEditorPages, NodesMoveAndTheRemovalPageCountsWhatGoesWithThem) {
  const auto& strategist = strategist_08();
  json body = {{"title", "Utbildning om våld"}, {"type", "utbildning"}, {"status", "genomford"},
               {"start_date", "2026-03-12"}, {"organiser_id", org_a}, {"goal_nodes", {"FO5.1", "FO5.2"}}};
  ASSERT_EQ(post_json(*client, "/api/v1/activities", body, headers_of(&admin())).status, 201);
  const std::int64_t fo5 = node_id("FO5");
  auto page = get(*client, base + "/mal/" + std::to_string(fo5) + "/ta-bort", &strategist);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(has(page.body, "<li>Målet under: FO5.1 ")) << page.body;
  EXPECT_TRUE(has(page.body, "1 insats länkar till målet eller målen under det.")) << page.body;

  const std::int64_t fo52 = node_id("FO5.2");
  auto moved = post_form(*client, base + "/mal/" + std::to_string(fo52) + "/flytta", {{"direction", "up"}}, strategist);
  ASSERT_EQ(moved.status, 303) << moved.body;
  auto tree = get(*client, "/api/v1/strategies/" + std::to_string(kalmar) + "?draft=1", &strategist).json;
  EXPECT_EQ(find_node(tree["goals"], "FO5")["children"][0]["code"], "FO5.2");

  auto removed = post_form(*client, base + "/mal/" + std::to_string(fo52) + "/ta-bort", {}, strategist);
  ASSERT_EQ(removed.status, 303);
  tree = get(*client, "/api/v1/strategies/" + std::to_string(kalmar) + "?draft=1", &strategist).json;
  EXPECT_TRUE(find_node(tree["goals"], "FO5.2").is_null());
}

TEST_F(StrategyEditorPages, AdoptionRefusesAFutureDateBesideItsField) {
  const auto& strategist = strategist_08();
  ASSERT_EQ(post_form(*client, base + "/redigera/uppgifter",
                      {{"title", "Ett jämställt Kalmar län"}, {"start_year", "2024"}, {"end_year", "20x8"}}, strategist)
                .status,
            400);
  ASSERT_EQ(post_form(*client, base + "/redigera/uppgifter",
                      {{"title", "Ett jämställt Kalmar län"}, {"start_year", "2024"}, {"end_year", "2028"}}, strategist)
                .status,
            303);
  auto future = post_form(*client, base + "/anta", {{"adopted_on", "2026-04-01"}, {"decision", "Dnr 7"}}, strategist);
  EXPECT_EQ(future.status, 400);
  EXPECT_TRUE(has(future.body, "id=\"adopted_on-error\">Beslutsdatumet 2026-04-01 ligger i framtiden (i dag är det 2026-03-31).")) << future.body;
  EXPECT_TRUE(has(future.body, "value=\"Dnr 7\""));
  auto adopted = post_form(*client, base + "/anta", {{"adopted_on", "2026-03-31"}, {"decision", "Dnr 7"}}, strategist);
  ASSERT_EQ(adopted.status, 303) << adopted.body;
  EXPECT_EQ(adopted.location, base + "?antagen=2");
  auto archived = post_form(*client, base + "/arkivera", {}, strategist);
  ASSERT_EQ(archived.status, 303);
  auto page = get(*client, base, nullptr);
  EXPECT_TRUE(has(page.body, "Arkiverad"));
  EXPECT_FALSE(has(get(*client, base, &strategist).body, "Redigera strategin")) << "archived: read only";
}

TEST_F(StrategyEditorPages, ANewStrategyFromTheFormAndFromAFile) {
  const auto& strategist = strategist_08();
  ASSERT_EQ(get(*client, "/strategier/ny", &strategist).status, 200);
  auto taken = post_form(*client, "/strategier/ny",
                         {{"county_code", "08"}, {"title", "Dubblett"}, {"start_year", "2024"}, {"end_year", "2027"}},
                         strategist);
  EXPECT_EQ(taken.status, 400);
  EXPECT_TRUE(has(taken.body, "id=\"start_year-error\"")) << taken.body;
  auto made = post_form(*client, "/strategier/ny",
                        {{"county_code", "08"}, {"title", "Kalmar 2028–2031"}, {"start_year", "2028"}, {"end_year", "2031"}},
                        strategist);
  ASSERT_EQ(made.status, 303) << made.body;
  EXPECT_TRUE(std::regex_match(made.location, std::regex("/strategier/\\d+/redigera")));

  httplib::Headers cookie = strategist.cookie_only();
  httplib::MultipartFormDataItems items{
      {"csrf_token", strategist.csrf_token, "", ""},
      {"file", R"({"format": "jamt-strategy/1", "county_code": "08", "title": "Från fil", "start_year": 2032, "end_year": 2035, "goals": [{"code": "0", "kind": "overall", "title": 5}]})",
       "strategi.json", "application/json"}};
  auto broken = answer_of(client->Post("/strategier/ny/fil", cookie, items));
  EXPECT_EQ(broken.status, 400);
  EXPECT_TRUE(has(broken.body, "(i filen: $.goals[0].title)")) << broken.body;
  items[1].content = R"({"format": "jamt-strategy/1", "county_code": "08", "title": "Från fil", "start_year": 2032, "end_year": 2035, "goals": [{"code": "0", "kind": "overall", "title": "Samma makt"}]})";
  auto from_file = answer_of(client->Post("/strategier/ny/fil", cookie, items));
  ASSERT_EQ(from_file.status, 303) << from_file.body;
  auto editor = get(*client, from_file.location, &strategist);
  EXPECT_TRUE(has(editor.body, "Samma makt"));
  EXPECT_TRUE(has(editor.body, "Utkast"));
}
