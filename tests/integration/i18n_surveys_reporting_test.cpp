// English for surveys, periodic reporting and the follow-up reports (issue 15,
// docs/i18n.md): the same pages with ?lang=en are English — the page's
// language, headings, buttons, messages after a bad form post and numbers —
// and without it Swedish. Dates are fixed by the settable clock. On SQLite,
// and on PostgreSQL when $JAMT_TEST_DB names a server.
#include <gtest/gtest.h>

#include "reporting_fixture.hpp"
#include "survey_fixture.hpp"
#include "shared_helpers.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

class SurveysInEnglish : public SurveyFixture {
 protected:
  // An agreement statement (required) and a number, opened by Kalmar's
  // strategist and sent to three people; returns the survey's id and keeps
  // the first person's link in `token`.
  std::int64_t survey_with_three_invited() {
    set_clock("2026-03-02T09:00:00Z");
    json body{{"title", "Nyckelpersoner 2026"},
              {"round", "2026"},
              {"anonymous", false},
              {"questions",
               {{{"code", "Q1"}, {"kind", "agreement4"}, {"text", "Länsstyrelsen stödjer vårt arbete."}, {"required", true}},
                {{"code", "Q2"}, {"kind", "number"}, {"text", "Hur många år har du känt till arbetet?"}}}}};
    const auto id = open_survey(body, strategist_08());
    auto invited = invite(id, {"anna@kommun.example.se", "bo@kommun.example.se", "cecilia@kommun.example.se"},
                          strategist_08());
    EXPECT_EQ(invited.status, 200) << invited.body;
    token = token_for(new_mails(), "anna@kommun.example.se");
    EXPECT_EQ(token.size(), 64u);
    return id;
  }

  // A form POST without a login, as the respondent's browser sends it.
  Answer post_form_public(const std::string& path, const httplib::Params& params) {
    return answer_of(client->Post(path, params));
  }

  std::string token;
};

TEST_F(SurveysInEnglish, TheRespondentReadsTheFormAndItsErrorsInEnglishAndSwedishWithoutAChoice) {
  ASSERT_TRUE(sink.ready()) << "python3 -m aiosmtpd did not start";
  survey_with_three_invited();
  const std::string page = "/enkat/" + token;

  auto english = get(*client, page + "?lang=en", nullptr);
  ASSERT_EQ(english.status, 200) << english.body;
  EXPECT_TRUE(has(english.body, "<html lang=\"en\"")) << english.body;
  EXPECT_TRUE(has(english.body, "Questions marked (required) must be answered before you submit."));
  EXPECT_TRUE(has(english.body, "> Fully agree</label>")) << "the fixed scale is the program's text";
  EXPECT_TRUE(has(english.body, ">Save and continue later</button>"));
  EXPECT_TRUE(has(english.body, ">Submit</button>"));
  EXPECT_TRUE(has(english.body, "Länsstyrelsen stödjer vårt arbete.")) << "the author's question stays as written";

  // A number that is not one: the message beside the question is English.
  auto bad = post_form_public(page + "?lang=en", {{"Q1", "helt"}, {"Q2", "tre"}, {"action", "skicka"}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_TRUE(has(bad.body, ">The answers need correcting</h2>")) << bad.body;
  EXPECT_TRUE(has(bad.body, "The answer must be a number.")) << bad.body;

  // A decimal answer saved, then shown the way each language writes it.
  auto saved = post_form_public(page + "?lang=en", {{"Q1", "helt"}, {"Q2", "3,5"}, {"action", "spara"}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_TRUE(has(saved.body, "Your answers are saved. You can continue later with the same link."));
  EXPECT_TRUE(has(saved.body, "value=\"3.5\"")) << saved.body;

  auto swedish = get(*client, page, nullptr);
  ASSERT_EQ(swedish.status, 200);
  EXPECT_TRUE(has(swedish.body, "<html lang=\"sv\""));
  EXPECT_TRUE(has(swedish.body, ">Spara och fortsätt senare</button>"));
  EXPECT_TRUE(has(swedish.body, "> Stämmer helt</label>"));
  EXPECT_TRUE(has(swedish.body, "value=\"3,5\"")) << swedish.body;
  EXPECT_FALSE(has(swedish.body, "Save and continue later"));
}

TEST_F(SurveysInEnglish, TheResultsPageWritesItsSentencesAndPercentagesInEnglish) {
  ASSERT_TRUE(sink.ready()) << "python3 -m aiosmtpd did not start";
  const auto id = survey_with_three_invited();
  ASSERT_EQ(respond(token, {{"Q1", "delvis"}, {"Q2", 12}}, true).status, 200);
  const std::string page = "/enkater/" + std::to_string(id) + "/resultat";

  auto english = get(*client, page + "?lang=en", &strategist_08());
  ASSERT_EQ(english.status, 200) << english.body;
  EXPECT_TRUE(has(english.body, "<html lang=\"en\""));
  EXPECT_TRUE(has(english.body, "<h1>Results: Nyckelpersoner 2026</h1>")) << english.body;
  EXPECT_TRUE(has(english.body, "1 of 3 invited answered – 33.3\u00a0%")) << english.body;
  EXPECT_TRUE(has(english.body, ">Partly agree<")) << english.body;
  EXPECT_TRUE(has(english.body, "Download"));

  auto swedish = get(*client, page, &strategist_08());
  ASSERT_EQ(swedish.status, 200);
  EXPECT_TRUE(has(swedish.body, "<h1>Resultat: Nyckelpersoner 2026</h1>"));
  EXPECT_TRUE(has(swedish.body, "1 av 3 inbjudna svarade – 33,3\u00a0%")) << swedish.body;

  // The downloads stay Swedish whatever the page's language.
  auto csv = client->Get(("/api/v1/surveys/" + std::to_string(id) + "/results.csv?lang=en").c_str(),
                         strategist_08().headers());
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200) << csv->body;
  EXPECT_TRUE(has(csv->body, "Stämmer delvis")) << csv->body;
  EXPECT_FALSE(has(csv->body, "Partly agree"));
}

class ReportingInEnglish : public ReportingFixture {};

TEST_F(ReportingInEnglish, TheContactReportsInEnglishAndIsToldInEnglishWhatStoppedTheReport) {
  set_clock("2026-01-12T09:00:00Z");
  const auto form = define_form();
  const std::string url = "/rapportering/formular/" + std::to_string(form) + "/" + std::to_string(org_a) + "/2025Q4";

  auto home = get(*client, "/rapportering?lang=en", &contact_a());
  ASSERT_EQ(home.status, 200) << home.body;
  EXPECT_TRUE(has(home.body, "<html lang=\"en\""));
  EXPECT_TRUE(has(home.body, "<h1>To report</h1>")) << home.body;
  EXPECT_TRUE(has(home.body, "not started"));

  auto page = get(*client, url + "?lang=en", &contact_a());
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(has(page.body, ">Save draft</button>")) << page.body;
  EXPECT_TRUE(has(page.body, ">Submit</button>"));

  // A total that is not the sum stops the report: the program's sentence is
  // English, the rule's own message (written by the board) as written.
  auto stopped = post_form(*client, url + "?lang=en",
                           {{"values.E1.women", "4"}, {"values.E1.men", "1"}, {"values.E1.unknown", "0"},
                            {"values.E1.total", "6"}, {"values.E2.total", ""}, {"action", "skicka"}},
                           contact_a());
  ASSERT_EQ(stopped.status, 400) << stopped.body;
  EXPECT_TRUE(has(stopped.body, "<html lang=\"en\""));
  EXPECT_TRUE(has(stopped.body, "The report was saved as a draft but not submitted.")) << stopped.body;
  EXPECT_TRUE(has(stopped.body, "Totalt ska vara summan av kvinnor, män och annat/okänt."));

  auto swedish = get(*client, url, &contact_a());
  ASSERT_EQ(swedish.status, 200);
  EXPECT_TRUE(has(swedish.body, "<html lang=\"sv\""));
  EXPECT_TRUE(has(swedish.body, ">Spara utkast</button>"));
}

TEST_F(ReportingInEnglish, TheFollowUpReportPrintsInTheLanguageAskedFor) {
  set_clock("2026-03-02T09:00:00Z");
  const std::string round = "/uppfoljning/08/2026";

  auto web = get(*client, round + "?lang=en", &strategist_08());
  ASSERT_EQ(web.status, 200) << web.body;
  EXPECT_TRUE(has(web.body, "<html lang=\"en\""));
  EXPECT_TRUE(has(web.body, "Three-year follow-up 2026")) << web.body;
  EXPECT_TRUE(has(web.body, ">Printer-friendly page</a>")) << web.body;

  auto print = get(*client, round + "?lang=en&format=print", &strategist_08());
  ASSERT_EQ(print.status, 200) << print.body;
  EXPECT_TRUE(has(print.body, "<html lang=\"en\">")) << print.body;
  EXPECT_TRUE(has(print.body, "<h1>Three-year follow-up 2026</h1>"));
  EXPECT_TRUE(has(print.body, "<h2 id=\"innehall\">Contents</h2>"));
  EXPECT_TRUE(has(print.body, "content: \"Page \" counter(page) \" of \" counter(pages)")) << print.body;
  EXPECT_TRUE(has(print.body, "To follow up 2026"));

  auto as_json = get(*client, round + "?lang=en&format=json", &strategist_08());
  ASSERT_EQ(as_json.status, 200) << as_json.body;
  EXPECT_EQ(as_json.json.value("language", ""), "en") << as_json.body;

  auto swedish = get(*client, round + "?format=print", &strategist_08());
  ASSERT_EQ(swedish.status, 200);
  EXPECT_TRUE(has(swedish.body, "<html lang=\"sv\">"));
  EXPECT_TRUE(has(swedish.body, "<h2 id=\"innehall\">Innehåll</h2>"));
  EXPECT_TRUE(has(swedish.body, "content: \"Sida \" counter(page) \" av \" counter(pages)"));
  EXPECT_EQ(get(*client, round + "?format=json", &strategist_08()).json.value("language", ""), "sv");
}

}  // namespace
}  // namespace jamt::testing
