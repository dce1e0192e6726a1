// Content in English where its author gives it (issue 15, item 4; docs/i18n.md,
// "Content in English"), on SQLite and PostgreSQL alike: the demo's Kalmar
// strategy has an English title, vision and goal-area titles, and Swedish-only
// sub-goals below them. An English page shows the English and, where it is
// missing, the Swedish inside an element marked lang="sv"; a Swedish page
// never shows the English. Editing saves the English with an audit entry, a
// survey's question texts and option labels follow the same rule, and the
// strategy document carries the English keys through the database.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "formats/strategy_json/strategy_json.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/audit_repository.hpp"
#include "survey_fixture.hpp"
#include "shared_helpers.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

std::size_t count(const std::string& html, const std::string& text) {
  std::size_t n = 0;
  for (auto at = html.find(text); at != std::string::npos; at = html.find(text, at + text.size())) ++n;
  return n;
}

// Elements of the content marked Swedish: every lang="sv" but the page's own
// (<html lang="sv">) and the language switch's link to Swedish.
std::size_t marked_swedish(const std::string& html) {
  return count(html, "lang=\"sv\"") - count(html, "<html lang=\"sv\"") - count(html, "hreflang=\"sv\"") -
         count(html, " lang=\"sv\" hreflang=\"sv\"");
}

std::vector<store::AuditEntry> audit_of(store::Database& db, std::int64_t id) {
  std::vector<store::AuditEntry> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_audit(s, "strategy", id);
    return {};
  });
  EXPECT_TRUE(st.ok());
  return out;
}

class EnglishContent : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    for (const auto& s : get(*client, "/api/v1/strategies", nullptr).json)
      if (s["county_code"] == "08") kalmar_id = s["id"].get<std::int64_t>();
    ASSERT_NE(kalmar_id, 0);
    kalmar = "/strategier/" + std::to_string(kalmar_id);
  }
  std::int64_t kalmar_id = 0;
  std::string kalmar;
};

TEST_F(EnglishContent, TheStrategyPageShowsTheAuthorsEnglishAndMarksTheSwedishItFallsBackTo) {
  auto en = get(*client, kalmar + "?lang=en", nullptr);
  ASSERT_EQ(en.status, 200) << en.body;
  EXPECT_TRUE(has(en.body, "<h1>A gender-equal Kalmar County – regional gender-equality strategy 2024–2027</h1>"))
      << en.body.substr(0, 3000);
  EXPECT_TRUE(has(en.body, "<p>A gender-equal Kalmar County</p>")) << "the vision";
  EXPECT_TRUE(has(en.body, "</span></span> Economic equality</h3>")) << "a goal area in English, unmarked";
  // Sub-goal 7 has no English: its Swedish title inside an element in Swedish.
  EXPECT_TRUE(has(en.body, "<span lang=\"sv\">Verksamheter i Kalmar län bedriver ett systematiskt arbete med "
                           "jämställdhetsintegrering</span></h3>"))
      << en.body;
  // The description was not given in English: its paragraphs say so.
  EXPECT_TRUE(has(en.body, "<p lang=\"sv\">Ett jämställt Kalmar län är Länsstyrelsen Kalmar läns"));
  EXPECT_FALSE(has(en.body, "<h1>Ett jämställt Kalmar län")) << "the title given in English is not shown in Swedish";

  auto sv = get(*client, kalmar, nullptr);
  ASSERT_EQ(sv.status, 200);
  EXPECT_TRUE(has(sv.body, "<h1>Ett jämställt Kalmar län – regional jämställdhetsstrategi 2024–2027</h1>"));
  EXPECT_TRUE(has(sv.body, "</span></span> Ekonomisk jämställdhet</h3>"));
  for (const char* english : {"A gender-equal", "Economic equality", "Equal health", "Men&apos;s violence"})
    EXPECT_FALSE(has(sv.body, english)) << english;
  EXPECT_EQ(marked_swedish(sv.body), 0u) << "nothing needs marking on a Swedish page";
}

TEST_F(EnglishContent, ThePortalAndTheListsShowTheEnglishTitles) {
  auto portal = get(*client, "/lan/08?lang=en", nullptr);
  ASSERT_EQ(portal.status, 200) << portal.body;
  EXPECT_TRUE(has(portal.body, "id=\"strategy-link\">A gender-equal Kalmar County – regional"));
  EXPECT_TRUE(has(portal.body, "<dd>A gender-equal Kalmar County</dd>"));
  EXPECT_TRUE(has(portal.body, "#mal-2\">2 Economic equality</a>")) << portal.body;
  EXPECT_TRUE(has(portal.body, "#mal-7\">7 <span lang=\"sv\">Verksamheter i Kalmar län"));
  auto portal_sv = get(*client, "/lan/08", nullptr);
  EXPECT_TRUE(has(portal_sv.body, "#mal-2\">2 Ekonomisk jämställdhet</a>"));
  EXPECT_FALSE(has(portal_sv.body, "Economic equality"));

  auto start = get(*client, "/?lang=en", nullptr);
  EXPECT_TRUE(has(start.body, ">A gender-equal Kalmar County – regional gender-equality strategy 2024–2027</a>"));
  // Stockholm's strategy has no English: listed in Swedish, marked.
  EXPECT_GT(marked_swedish(start.body), 0u) << start.body;
  auto counties = get(*client, "/lan?lang=en", nullptr);
  EXPECT_TRUE(has(counties.body, ">A gender-equal Kalmar County – regional gender-equality strategy 2024–2027</a>"));
  EXPECT_FALSE(has(get(*client, "/lan", nullptr).body, "A gender-equal"));
}

TEST_F(EnglishContent, TheEditorSavesTheEnglishAndTheAuditLogKeepsIt) {
  const auto& strategist = strategist_08();
  auto form = get(*client, kalmar + "/redigera/uppgifter", &strategist);
  ASSERT_EQ(form.status, 200) << form.body;
  EXPECT_TRUE(has(form.body, "name=\"title_en\"")) << form.body;
  EXPECT_TRUE(has(form.body, "value=\"A gender-equal Kalmar County – regional gender-equality strategy 2024–2027\""));

  const auto before = audit_of(*db, kalmar_id).size();
  auto saved = post_form(*client, kalmar + "/redigera/uppgifter",
                         {{"title", "Ett jämställt Kalmar län – regional jämställdhetsstrategi 2024–2027"},
                          {"start_year", "2024"},
                          {"end_year", "2027"},
                          {"vision", "Ett jämställt Kalmar län"},
                          {"description", "Kort beskrivning."},
                          {"title_en", "Gender equality in Kalmar County 2024–2027"},
                          {"vision_en", "An equal county"},
                          {"description_en", "A short description."}},
                         strategist);
  ASSERT_EQ(saved.status, 303) << saved.body;
  auto audit = audit_of(*db, kalmar_id);
  ASSERT_EQ(audit.size(), before + 1);
  ASSERT_TRUE(audit.back().after_json && audit.back().before_json);
  auto after = json::parse(*audit.back().after_json), was = json::parse(*audit.back().before_json);
  EXPECT_EQ(after["title_en"], "Gender equality in Kalmar County 2024–2027");
  EXPECT_EQ(after["vision_en"], "An equal county");
  EXPECT_EQ(after["description_en"], "A short description.");
  EXPECT_EQ(was["title_en"], "A gender-equal Kalmar County – regional gender-equality strategy 2024–2027");
  EXPECT_FALSE(was.contains("description_en"));

  // A goal node's English title: set on sub-goal 7, removed from sub-goal 2.
  auto tree = get(*client, "/api/v1/strategies/" + std::to_string(kalmar_id), &strategist).json;
  const json& overall = tree["goals"][0];
  for (const auto& [code, english] : {std::pair<std::string, std::string>{"7", "Systematic gender mainstreaming"},
                                      {"2", ""}}) {
    const json* node = nullptr;
    for (const auto& c : overall["children"])
      if (c["code"] == code) node = &c;
    ASSERT_NE(node, nullptr) << code;
    httplib::Params params{{"kind", (*node)["kind"].get<std::string>()},
                           {"code", code},
                           {"title", (*node)["title"].get<std::string>()},
                           {"description", (*node)["description"].get<std::string>()},
                           {"title_en", english},
                           {"description_en", ""},
                           {"parent_id", std::to_string(overall["id"].get<std::int64_t>())}};
    for (const auto& g : (*node)["national_goals"]) params.emplace("national_goals", g.get<std::string>());
    auto posted = post_form(*client, kalmar + "/mal/" + std::to_string((*node)["id"].get<std::int64_t>()), params,
                            strategist);
    ASSERT_EQ(posted.status, 303) << posted.body;
  }
  auto last = json::parse(*audit_of(*db, kalmar_id).back().after_json);
  for (const auto& c : last["goals"][0]["children"]) {
    if (c["code"] == "7") {
      EXPECT_EQ(c["title_en"], "Systematic gender mainstreaming");
    }
    if (c["code"] == "2") {
      EXPECT_FALSE(c.contains("title_en")) << "an emptied English is removed";
    }
  }
  std::int64_t seventh = 0;
  for (const auto& c : overall["children"])
    if (c["code"] == "7") seventh = c["id"].get<std::int64_t>();
  auto editor = get(*client, kalmar + "/mal/" + std::to_string(seventh), &strategist);
  EXPECT_TRUE(has(editor.body, "value=\"Systematic gender mainstreaming\"")) << editor.body;
}

TEST_F(EnglishContent, TheStrategyDocumentKeepsTheEnglishThroughTheDatabaseAndOldDocumentsStillLoad) {
  const std::string with_english = R"({"format": "jamt-strategy/1", "county_code": "05", "title": "Jämställt Östergötland",
    "title_en": "Gender-equal Östergötland", "start_year": 2025, "end_year": 2028, "vision": "Lika makt",
    "vision_en": "Equal power", "description_en": "Only in English",
    "goals": [{"code": "1", "kind": "subgoal", "title": "Makt", "title_en": "Power", "description": "Text",
               "description_en": "Text in English"},
              {"code": "2", "kind": "subgoal", "title": "Hälsa"}]})";
  auto imported = service::import_strategy(*db, with_english, false, service::Actor{"tester"});
  ASSERT_TRUE(imported.ok()) << imported.error().to_string();
  auto exported = service::export_strategy(*db, imported->strategy_id);
  ASSERT_TRUE(exported.ok()) << exported.error().to_string();
  auto doc = json::parse(*exported);
  EXPECT_EQ(doc["title_en"], "Gender-equal Östergötland");
  EXPECT_EQ(doc["vision_en"], "Equal power");
  EXPECT_EQ(doc["description_en"], "Only in English");
  EXPECT_EQ(doc["goals"][0]["title_en"], "Power");
  EXPECT_EQ(doc["goals"][0]["description_en"], "Text in English");
  EXPECT_FALSE(doc["goals"][1].contains("title_en")) << "not given, not written";
  EXPECT_EQ(*exported, formats::write_strategy_json(*formats::read_strategy_json(with_english)));

  const std::string without = R"({"format": "jamt-strategy/1", "county_code": "06", "title": "Jämställt Jönköping",
    "start_year": 2025, "end_year": 2028, "goals": [{"code": "1", "kind": "subgoal", "title": "Makt"}]})";
  auto old = service::import_strategy(*db, without, false, service::Actor{"tester"});
  ASSERT_TRUE(old.ok()) << old.error().to_string();
  auto old_doc = service::export_strategy(*db, old->strategy_id);
  ASSERT_TRUE(old_doc.ok());
  EXPECT_FALSE(has(*old_doc, "_en\"")) << *old_doc;
  EXPECT_EQ(*old_doc, formats::write_strategy_json(*formats::read_strategy_json(without)));
}

class EnglishSurveyContent : public SurveyFixture {};

TEST_F(EnglishSurveyContent, TheRespondentReadsTheAuthorsEnglishAndTheSwedishItFallsBackToIsMarked) {
  ASSERT_TRUE(sink.ready()) << "python3 -m aiosmtpd did not start";
  set_clock("2026-03-02T09:00:00Z");
  json body{{"title", "Nyckelpersoner 2026"},
            {"round", "2026"},
            {"anonymous", false},
            {"questions",
             {{{"code", "Q1"},
               {"kind", "single"},
               {"text", "Vilket stöd har ni använt mest?"},
               {"text_en", "Which support have you used most?"},
               {"options",
                {{{"value", "utb"}, {"label", "Utbildning"}, {"label_en", "Training"}},
                 {{"value", "natv"}, {"label", "Nätverksträffar"}}}}},
              {{"code", "Q2"}, {"kind", "agreement4"}, {"text", "Länsstyrelsen stödjer vårt arbete."}}}}};
  const auto id = open_survey(body, strategist_08());
  auto invited = invite(id, {"anna@kommun.example.se"}, strategist_08());
  ASSERT_EQ(invited.status, 200) << invited.body;
  const std::string page = "/enkat/" + token_for(new_mails(), "anna@kommun.example.se");

  auto en = get(*client, page + "?lang=en", nullptr);
  ASSERT_EQ(en.status, 200) << en.body;
  EXPECT_TRUE(has(en.body, "<legend>Which support have you used most?</legend>")) << en.body;
  EXPECT_TRUE(has(en.body, "value=\"utb\"> Training</label>"));
  EXPECT_TRUE(has(en.body, "value=\"natv\"> <span lang=\"sv\">Nätverksträffar</span></label>"));
  EXPECT_TRUE(has(en.body, "<legend><span lang=\"sv\">Länsstyrelsen stödjer vårt arbete.</span></legend>"));
  EXPECT_TRUE(has(en.body, "> Fully agree</label>")) << "the fixed scale is the program's text";
  EXPECT_TRUE(has(en.body, "<h1 lang=\"sv\">Nyckelpersoner 2026</h1>")) << "a survey's title is Swedish only";

  auto sv = get(*client, page, nullptr);
  ASSERT_EQ(sv.status, 200);
  EXPECT_TRUE(has(sv.body, "<legend>Vilket stöd har ni använt mest?</legend>"));
  EXPECT_TRUE(has(sv.body, "value=\"utb\"> Utbildning</label>"));
  EXPECT_FALSE(has(sv.body, "Which support")) << "a Swedish page never shows the English";
  EXPECT_FALSE(has(sv.body, "Training"));
  EXPECT_EQ(marked_swedish(sv.body), 0u);

  // The results page names the question in English too.
  auto answered = answer_of(client->Post(page.c_str(), httplib::Params{{"Q1", "utb"}, {"Q2", "helt"}, {"action", "skicka"}}));
  ASSERT_LT(answered.status, 400) << answered.body;
  auto results = get(*client, "/enkater/" + std::to_string(id) + "/resultat?lang=en", &strategist_08());
  ASSERT_EQ(results.status, 200) << results.body;
  EXPECT_TRUE(has(results.body, "Q1. Which support have you used most?")) << results.body;
  EXPECT_TRUE(has(results.body, "Q2. <span lang=\"sv\">Länsstyrelsen stödjer vårt arbete.</span>"));
  EXPECT_TRUE(has(results.body, ">Training<")) << "the option's English in the table";
}

TEST_F(EnglishSurveyContent, TheAuthorWritesTheEnglishQuestionAndOptionsInTheOverview) {
  set_clock("2026-03-02T09:00:00Z");
  const auto& strategist = strategist_08();
  json body{{"title", "Enkät om stöd"},
            {"questions",
             {{{"code", "Q1"},
               {"kind", "single"},
               {"text", "Vilket stöd?"},
               {"options", {{{"value", "a"}, {"label", "Utbildning"}}, {{"value", "b"}, {"label", "Nätverk"}}}}}}}};
  auto made = post_json(*client, "/api/v1/surveys", body, strategist.headers());
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string overview = "/enkater/" + std::to_string(made.json["id"].get<std::int64_t>());

  auto too_many = post_form(*client, overview + "/fragor/Q1",
                            {{"text", "Vilket stöd?"}, {"text_en", "Which support?"}, {"options_en", "Training\nNetworks\nMore"},
                             {"action", "spara"}},
                            strategist);
  ASSERT_EQ(too_many.status, 400) << too_many.body;
  EXPECT_TRUE(has(too_many.body, "Frågan har 2 svarsalternativ men 3 engelska rader.")) << too_many.body;
  EXPECT_TRUE(has(too_many.body, "Training\nNetworks\nMore</textarea>")) << "what was typed is kept";

  auto saved = post_form(*client, overview + "/fragor/Q1",
                         {{"text", "Vilket stöd?"}, {"text_en", "Which support?"}, {"options_en", "\nNetworks"},
                          {"action", "spara"}},
                         strategist);
  ASSERT_EQ(saved.status, 303) << saved.body;
  auto stored = get(*client, "/api/v1/surveys/" + std::to_string(made.json["id"].get<std::int64_t>()), &strategist);
  ASSERT_EQ(stored.status, 200) << stored.body;
  const json& q = stored.json["questions"][0];
  EXPECT_EQ(q["text_en"], "Which support?");
  EXPECT_FALSE(q["options"][0].contains("label_en")) << "a blank line skips an option";
  EXPECT_EQ(q["options"][1]["label_en"], "Networks");
}

}  // namespace
}  // namespace jamt::testing
