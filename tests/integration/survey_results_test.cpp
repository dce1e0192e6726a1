// Survey results through real HTTP (issue 11, items 5, 6 and 8;
// docs/survey_results.md): the seed's 31 / 7 / 5 of 43, skips, questions
// added later, hidden open answers, breakdowns that protect small groups,
// the raw answers for the owner only, and the files — on SQLite, and on
// PostgreSQL when $JAMT_TEST_DB names a server.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "survey_fixture.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

class SurveyResultsTest : public SurveyFixture {
 protected:
  // Seed 001's statement Q1 (agreement4, required), an optional
  // yes/partly/no Q2 and an open comment Q3.
  static json seed_survey(bool anonymous) {
    return {{"title", "Nyckelpersoner 2025"},
            {"round", "2025"},
            {"anonymous", anonymous},
            {"questions",
             {{{"code", "Q1"}, {"kind", "agreement4"}, {"text", "Länsstyrelsen stödjer vårt arbete."}, {"required", true}},
              {{"code", "Q2"}, {"kind", "yes_partly_no"}, {"text", "Har ni en handlingsplan?"}},
              {{"code", "Q3"}, {"kind", "text"}, {"text", "Övriga synpunkter"}}}}};
  }

  // Invites `count` people (email(id, i), with profile {"sektor": sector(i)})
  // and returns their tokens in order.
  std::vector<std::string> invite_people(std::int64_t id, int count, const std::function<std::string(int)>& sector) {
    json respondents = json::array();
    for (int i = 0; i < count; ++i)
      respondents.push_back({{"email", email(id, i)}, {"name", "Person " + std::to_string(i)},
                             {"profile", {{"sektor", sector(i)}}}});
    auto invited = post_json(*client, survey_path(id) + "/invitations", {{"respondents", respondents}},
                             strategist_08().headers());
    EXPECT_EQ(invited.status, 200) << invited.body;
    auto mails = all_mails();
    std::vector<std::string> tokens;
    for (int i = 0; i < count; ++i) tokens.push_back(token_for(mails, email(id, i)));
    return tokens;
  }

  // Every mail that arrived, readable. Maildir file names need not follow
  // arrival, so a later invitation is looked up among all mails by its
  // address (unique in each test), not among the "new" ones by position.
  std::vector<std::string> all_mails() {
    std::vector<std::string> out;
    for (const auto& m : sink.messages()) out.push_back(readable(m));
    return out;
  }

  // Person `i` invited to survey `id` (an address per survey, so a mail is found by its address).
  static std::string email(std::int64_t id, int i) {
    return "person" + std::to_string(i) + ".enkat" + std::to_string(id) + "@kommun.example.se";
  }

  json results(std::int64_t id, const std::string& query = "") {
    auto a = get(*client, survey_path(id) + "/results" + query, &strategist_08());
    EXPECT_EQ(a.status, 200) << a.body;
    return a.json;
  }

  static json question(const json& results, const std::string& code) {
    for (const auto& q : results["questions"])
      if (q["code"] == code) return q;
    ADD_FAILURE() << "no question " << code;
    return json::object();
  }

  // A survey of Kalmar with one answer.
  std::int64_t seed_case_small() {
    const auto id = open_survey(seed_survey(false), strategist_08());
    auto tokens = invite_people(id, 1, [](int) { return "myndighet"; });
    EXPECT_EQ(respond(tokens[0], {{"Q1", "helt"}}, true).status, 200);
    return id;
  }

  // Seed 001: 43 invited, 31 helt, 7 delvis, 5 inte; everyone answers Q2 "ja"
  // except the first two, who skip it; the third writes a comment.
  std::int64_t seed_case(bool anonymous) {
    const auto id = open_survey(seed_survey(anonymous), strategist_08());
    auto tokens = invite_people(id, 43, [](int i) { return i < 35 ? "myndighet" : i < 40 ? "civil" : "annat"; });
    for (int i = 0; i < 43; ++i) {
      json answers{{"Q1", i < 31 ? "helt" : i < 38 ? "delvis" : "inte"}};
      if (i >= 2) answers["Q2"] = "ja";
      if (i == 2) answers["Q3"] = "Bra stöd, men svårt att nå.";
      auto a = respond(tokens[i], answers, true);
      EXPECT_EQ(a.status, 200) << a.body;
    }
    return id;
  }
};

TEST_F(SurveyResultsTest, TheSeedsThirtyOneSevenFiveOfFortyThreeComeOutAsSeventyTwoPointOne) {
  ASSERT_TRUE(sink.ready());
  const auto id = seed_case(false);
  auto r = results(id);
  EXPECT_EQ(r["invited"], 43);
  EXPECT_EQ(r["completed"], 43);
  EXPECT_EQ(r["response_rate"], 100.0);
  EXPECT_EQ(r["response_rate_denominator"], 43);
  auto q1 = question(r, "Q1");
  EXPECT_EQ(q1["n"], 43);
  EXPECT_EQ(q1["no_answer"], 0);
  EXPECT_EQ(q1["dont_know"], 0);
  ASSERT_EQ(q1["options"].size(), 3u) << "vet ej is shown apart, not among the options";
  EXPECT_EQ(q1["options"][0], (json{{"value", "helt"}, {"label", "Stämmer helt"}, {"count", 31}, {"percent", 72.1}}));
  EXPECT_EQ(q1["options"][1]["percent"], 16.3);
  EXPECT_EQ(q1["options"][2]["percent"], 11.6);
  EXPECT_EQ(q1["positive_percent"], 88.4);

  // The page says the same, in Swedish, with the denominator written out.
  auto page = get(*client, "/enkater/" + std::to_string(id) + "/resultat", &strategist_08());
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("43 av 43 inbjudna svarade – 100,0\u00a0%"), std::string::npos);
  EXPECT_NE(page.body.find("72,1\u00a0%"), std::string::npos);
  EXPECT_NE(page.body.find("88,4\u00a0%"), std::string::npos);
}

TEST_F(SurveyResultsTest, TwoWhoSkipAQuestionChangeItsNAndNoAnswerOnly) {
  ASSERT_TRUE(sink.ready());
  const auto id = seed_case(false);
  auto r = results(id);
  auto q2 = question(r, "Q2");
  EXPECT_EQ(q2["n"], 41);
  EXPECT_EQ(q2["no_answer"], 2);
  EXPECT_EQ(q2["not_shown"], 0);
  EXPECT_EQ(q2["options"][0]["count"], 41);
  EXPECT_EQ(q2["options"][0]["percent"], 100.0) << "the two who skipped are not in the denominator";
  auto q1 = question(r, "Q1");
  EXPECT_EQ(q1["n"], 43);
  EXPECT_EQ(q1["no_answer"], 0);
}

TEST_F(SurveyResultsTest, AQuestionAddedAfterSomeSubmittedCountsThemAsNotShownNotAsSkipped) {
  ASSERT_TRUE(sink.ready());
  const auto id = open_survey(seed_survey(false), strategist_08());
  auto tokens = invite_people(id, 6, [](int) { return "myndighet"; });
  for (int i = 0; i < 3; ++i) ASSERT_EQ(respond(tokens[i], {{"Q1", "helt"}}, true).status, 200);
  json changed = seed_survey(false);
  changed["questions"].push_back({{"code", "Q4"}, {"kind", "yes_partly_no"}, {"text", "Har ni en jämställdhetsstrateg?"}});
  auto put = answer_of(client->Put(survey_path(id), strategist_08().headers(), changed.dump(), "application/json"));
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json["changes"]["Q4"], "added");
  ASSERT_EQ(respond(tokens[3], {{"Q1", "helt"}, {"Q4", "ja"}}, true).status, 200);
  ASSERT_EQ(respond(tokens[4], {{"Q1", "delvis"}, {"Q4", "nej"}}, true).status, 200);
  ASSERT_EQ(respond(tokens[5], {{"Q1", "delvis"}}, true).status, 200);  // shown Q4, skipped it

  auto q4 = question(results(id), "Q4");
  EXPECT_EQ(q4["not_shown"], 3) << "the three who answered before Q4 existed";
  EXPECT_EQ(q4["no_answer"], 1) << "only the one who was shown it and left it empty";
  EXPECT_EQ(q4["n"], 2);
  EXPECT_EQ(q4["options"][0]["percent"], 50.0);
  auto page = get(*client, "/enkater/" + std::to_string(id) + "/resultat", &strategist_08());
  EXPECT_NE(page.body.find("n = 2, hoppade över: 1, fick inte frågan: 3"), std::string::npos) << page.body;
}

TEST_F(SurveyResultsTest, AQuestionHiddenAndBroughtBackWasNotShownToThoseWhoAnsweredMeanwhile) {
  ASSERT_TRUE(sink.ready());
  const auto id = open_survey(seed_survey(false), strategist_08());
  auto tokens = invite_people(id, 6, [](int) { return "myndighet"; });
  ASSERT_EQ(respond(tokens[0], {{"Q1", "helt"}, {"Q2", "ja"}}, true).status, 200);
  ASSERT_EQ(respond(tokens[1], {{"Q1", "helt"}}, true).status, 200);  // shown Q2, skipped it
  auto put = [&](const json& body) {
    return answer_of(client->Put(survey_path(id), strategist_08().headers(), body.dump(), "application/json"));
  };
  json without_q2 = seed_survey(false);
  without_q2["questions"].erase(1);
  auto hidden = put(without_q2);
  ASSERT_EQ(hidden.status, 200) << hidden.body;
  ASSERT_EQ(hidden.json["changes"]["Q2"], "hidden");
  ASSERT_EQ(respond(tokens[2], {{"Q1", "delvis"}}, true).status, 200);
  ASSERT_EQ(respond(tokens[3], {{"Q1", "delvis"}}, true).status, 200);
  auto q2 = question(results(id), "Q2");
  EXPECT_EQ(q2["hidden"], true);
  EXPECT_EQ(q2["n"], 1);
  EXPECT_EQ(q2["no_answer"], 1) << "the one who saw it before it was hidden skipped it";
  EXPECT_EQ(q2["not_shown"], 2) << "the two who answered while it was hidden never saw it";

  auto back = put(seed_survey(false));
  ASSERT_EQ(back.status, 200) << back.body;
  ASSERT_EQ(respond(tokens[4], {{"Q1", "helt"}, {"Q2", "nej"}}, true).status, 200);
  ASSERT_EQ(respond(tokens[5], {{"Q1", "helt"}}, true).status, 200);  // shown it again, skipped it
  q2 = question(results(id), "Q2");
  EXPECT_EQ(q2["hidden"], false);
  EXPECT_EQ(q2["n"], 2);
  EXPECT_EQ(q2["no_answer"], 2);
  EXPECT_EQ(q2["not_shown"], 2);
}

TEST_F(SurveyResultsTest, HidingAnAnswerOfAnAnonymousSurveyLeavesNoResponseIdInTheAuditLog) {
  ASSERT_TRUE(sink.ready());
  const auto id = open_survey(seed_survey(true), strategist_08());
  auto tokens = invite_people(id, 1, [](int) { return "myndighet"; });
  ASSERT_EQ(respond(tokens[0], {{"Q1", "helt"}, {"Q3", "Min chef heter Kalle."}}, true).status, 200);
  const std::string response_id = question(results(id), "Q3")["texts"][0]["response_id"].get<std::string>();
  ASSERT_EQ(post_json(*client, survey_path(id) + "/texts/hide", {{"response_id", response_id}, {"question", "Q3"}},
                      strategist_08().headers()).status, 200);
  EXPECT_EQ(question(results(id), "Q3")["hidden_texts"], 1);
  auto audit = column("SELECT after_json FROM audit_log WHERE action = 'hide_text'");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].find(response_id), std::string::npos) << audit[0];
  EXPECT_NE(audit[0].find("Q3"), std::string::npos) << audit[0];
}

TEST_F(SurveyResultsTest, AHiddenOpenAnswerLeavesTheResultsIsCountedAndAudited) {
  ASSERT_TRUE(sink.ready());
  const auto id = open_survey(seed_survey(false), strategist_08());
  auto tokens = invite_people(id, 2, [](int) { return "myndighet"; });
  ASSERT_EQ(respond(tokens[0], {{"Q1", "helt"}, {"Q3", "Namnet på min chef är Kalle."}}, true).status, 200);
  ASSERT_EQ(respond(tokens[1], {{"Q1", "helt"}, {"Q3", "Tydligt stöd."}}, true).status, 200);
  auto q3 = question(results(id), "Q3");
  ASSERT_EQ(q3["texts"].size(), 2u);
  std::string response_id;
  for (const auto& t : q3["texts"])
    if (t["text"] == "Namnet på min chef är Kalle.") response_id = t["response_id"].get<std::string>();

  // The coordinator reads the results but may not hide; a wrong question is named.
  json body{{"response_id", response_id}, {"question", "Q3"}};
  EXPECT_EQ(post_json(*client, survey_path(id) + "/texts/hide", body, coordinator().headers()).status, 403);
  auto wrong = post_json(*client, survey_path(id) + "/texts/hide", {{"response_id", response_id}, {"question", "Q1"}},
                         strategist_08().headers());
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(error_field(wrong), "question");

  // Hidden through the page's "Dölj" form.
  auto hidden = post_form(*client, "/enkater/" + std::to_string(id) + "/resultat/dolj",
                          {{"response_id", response_id}, {"question", "Q3"}}, strategist_08());
  ASSERT_EQ(hidden.status, 303) << hidden.body;
  q3 = question(results(id), "Q3");
  ASSERT_EQ(q3["texts"].size(), 1u);
  EXPECT_EQ(q3["texts"][0]["text"], "Tydligt stöd.");
  EXPECT_EQ(q3["hidden_texts"], 1);
  EXPECT_EQ(q3["n"], 2) << "a hidden answer is still an answer";
  auto page = get(*client, "/enkater/" + std::to_string(id) + "/resultat", &strategist_08());
  EXPECT_EQ(page.body.find("Kalle"), std::string::npos);
  EXPECT_NE(page.body.find("Dolda svar: 1"), std::string::npos);
  EXPECT_EQ(post_json(*client, survey_path(id) + "/texts/hide", body, strategist_08().headers()).status, 409);

  auto audit = column("SELECT actor || ' ' || action || ' ' || after_json FROM audit_log WHERE entity = 'survey' "
                      "AND action IN ('hide_text', 'show_text') ORDER BY id");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_NE(audit[0].find("strateg@kalmar.example hide_text"), std::string::npos) << audit[0];
  EXPECT_NE(audit[0].find(response_id), std::string::npos) << "a named survey's audit names the response";

  // Shown again through the API.
  ASSERT_EQ(post_json(*client, survey_path(id) + "/texts/unhide", body, strategist_08().headers()).status, 200);
  EXPECT_EQ(question(results(id), "Q3")["texts"].size(), 2u);
  EXPECT_EQ(column("SELECT COUNT(*) FROM audit_log WHERE action = 'show_text'").at(0), "1");
}

TEST_F(SurveyResultsTest, RawAnswersGoOnlyToTheOwnerOfASurveyThatIsNotAnonymous) {
  ASSERT_TRUE(sink.ready());
  const auto named = open_survey(seed_survey(false), strategist_08());
  auto tokens = invite_people(named, 2, [](int) { return "myndighet"; });
  ASSERT_EQ(respond(tokens[0], {{"Q1", "helt"}, {"Q2", "delvis"}, {"Q3", "=SUMMA(A1)"}}, true).status, 200);
  ASSERT_EQ(respond(tokens[1], {{"Q1", "inte"}}, true).status, 200);

  auto csv = get(*client, survey_path(named) + "/answers.csv", &strategist_08());
  ASSERT_EQ(csv.status, 200) << csv.body;
  ASSERT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0u) << "BOM";
  auto header = csv.body.substr(3, csv.body.find("\r\n") - 3);
  EXPECT_EQ(header, "Svar-id;Inskickad;E-post;Namn;profil:sektor;Q1;Q2;Q3");
  EXPECT_NE(csv.body.find(";2026-03-31;" + email(named, 0) + ";Person 0;myndighet;helt;delvis;'=SUMMA(A1)"),
            std::string::npos)
      << csv.body;
  EXPECT_NE(csv.body.find(";" + email(named, 1) + ";Person 1;myndighet;inte;;"), std::string::npos) << csv.body;
  auto xlsx = answer_of(client->Get(survey_path(named) + "/answers.xlsx", strategist_08().headers()));
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.rfind("PK", 0), 0u) << "a zip file";

  // Reads the survey but may not change it: 403; may not read it: 404, like a missing survey.
  EXPECT_EQ(get(*client, survey_path(named) + "/answers.csv", &coordinator()).status, 403);
  EXPECT_EQ(get(*client, survey_path(named) + "/answers.csv", &contact_a()).status, 404);

  const auto anonymous = open_survey(seed_survey(true), strategist_08());
  auto refused = get(*client, survey_path(anonymous) + "/answers.csv", &strategist_08());
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.json["error"]["message"].get<std::string>().find("anonym"), std::string::npos) << refused.body;
  EXPECT_EQ(get(*client, survey_path(anonymous) + "/answers.xlsx", &admin()).status, 403);
  // The page offers the raw answers only where they may be had.
  auto page = get(*client, "/enkater/" + std::to_string(anonymous) + "/resultat", &strategist_08());
  EXPECT_EQ(page.body.find("/answers.csv"), std::string::npos);
  page = get(*client, "/enkater/" + std::to_string(named) + "/resultat", &strategist_08());
  EXPECT_NE(page.body.find("/answers.csv"), std::string::npos);
}

TEST_F(SurveyResultsTest, ABreakdownShowsNoGroupOfFewerThanFive) {
  ASSERT_TRUE(sink.ready());
  const auto id = seed_case(false);  // 35 myndighet, 5 civil, 3 annat
  auto r = results(id, "?by=sektor");
  ASSERT_TRUE(r["breakdown"].is_object()) << r.dump();
  EXPECT_EQ(r["profile_keys"], json::array({"sektor"}));
  const auto& b = r["breakdown"];
  EXPECT_FALSE(b["suppressed"].get<bool>());
  int total = 0;
  std::vector<std::string> labels;
  for (const auto& g : b["groups"]) {
    EXPECT_GE(g["respondents"].get<int>(), 5) << g.dump();
    total += g["respondents"].get<int>();
    labels.push_back(g["label"].get<std::string>());
  }
  EXPECT_EQ(total, 43);
  EXPECT_NE(std::find(labels.begin(), labels.end(), "Övriga"), labels.end()) << b.dump();
  EXPECT_EQ(std::find(labels.begin(), labels.end(), "annat"), labels.end()) << "3 is too few to be shown apart";
  EXPECT_FALSE(b["merged"].empty());
  // Within a shown group no question answered by 1–4 is shown: Q3 has one comment.
  for (const auto& g : b["groups"])
    for (const auto& q : g["questions"])
      if (q["code"] == "Q3") {
        EXPECT_TRUE(q["texts"].empty());
      }

  auto unknown = get(*client, survey_path(id) + "/results?by=skostorlek", &strategist_08());
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(error_field(unknown), "by");

  // The page's chooser is a plain GET form; the breakdown table follows its chart.
  auto page = get(*client, "/enkater/" + std::to_string(id) + "/resultat?by=sektor", &strategist_08());
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<form method=\"get\""), std::string::npos);
  EXPECT_NE(page.body.find("<option value=\"sektor\" selected>"), std::string::npos);
  EXPECT_NE(page.body.find("Övriga"), std::string::npos);
}

TEST_F(SurveyResultsTest, TheAggregatedFilesAreForSwedishExcel) {
  ASSERT_TRUE(sink.ready());
  const auto id = seed_case(false);
  auto csv = get(*client, survey_path(id) + "/results.csv", &coordinator());
  ASSERT_EQ(csv.status, 200);
  ASSERT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0u) << "BOM";
  EXPECT_NE(csv.body.find("Kod;Fråga;Svar;Antal;Procent"), std::string::npos) << csv.body.substr(0, 200);
  EXPECT_NE(csv.body.find(";Stämmer helt;31;72,1;43;"), std::string::npos) << csv.body;
  auto xlsx = answer_of(client->Get(survey_path(id) + "/results.xlsx", strategist_08().headers()));
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.rfind("PK", 0), 0u);
}

TEST_F(SurveyResultsTest, ALaterRoundIsComparedInPercentagePoints) {
  ASSERT_TRUE(sink.ready());
  const auto first = open_survey(seed_survey(false), strategist_08());
  auto tokens = invite_people(first, 2, [](int) { return "myndighet"; });
  ASSERT_EQ(respond(tokens[0], {{"Q1", "helt"}}, true).status, 200);
  ASSERT_EQ(respond(tokens[1], {{"Q1", "inte"}}, true).status, 200);
  json next = seed_survey(false);
  next["round"] = "2026";
  next["previous_round_id"] = first;
  const auto second = open_survey(next, strategist_08());
  auto more = invite_people(second, 4, [](int) { return "myndighet"; });
  for (int i = 0; i < 4; ++i) ASSERT_EQ(respond(more[i], {{"Q1", i < 3 ? "helt" : "delvis"}}, true).status, 200);
  auto r = results(second);
  EXPECT_EQ(r["compared_with"]["id"], first);
  auto c = r["comparison"][0];
  EXPECT_EQ(c["code"], "Q1");
  EXPECT_EQ(c["options"][0]["current"], 75.0);
  EXPECT_EQ(c["options"][0]["previous"], 50.0);
  EXPECT_EQ(c["options"][0]["change_pp"], 25.0);
  EXPECT_EQ(c["positive_change_pp"], 50.0);
  auto page = get(*client, "/enkater/" + std::to_string(second) + "/resultat", &strategist_08());
  EXPECT_NE(page.body.find("+25,0 procentenheter"), std::string::npos) << page.body;
  EXPECT_EQ(error_field(get(*client, survey_path(second) + "/results?compare=999999", &strategist_08())), "compare");
}

TEST_F(SurveyResultsTest, TheNationalSurveyGivesTheCountiesJaDelvisNejTable) {
  ASSERT_TRUE(sink.ready());
  json body{{"title", "Länens arbete 2025"},
            {"national", true},
            {"questions",
             {{{"code", "I1"}, {"kind", "matrix"}, {"text", "Har länsstyrelsen …"},
               {"options", {{{"value", "ja"}, {"label", "Ja"}}, {{"value", "delvis"}, {"label", "Delvis"}},
                            {{"value", "nej"}, {"label", "Nej"}}}},
               {"statements", {{{"code", "s1"}, {"text", "en jämställdhetsstrategi"}},
                               {{"code", "s2"}, {"text", "en handlingsplan"}}}}}}}};
  const auto id = open_survey(body, coordinator());
  // One invitation per county, each naming its county.
  static const char* const counties[] = {"01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
                                         "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"};
  json respondents = json::array();
  for (int i = 0; i < 21; ++i)
    respondents.push_back({{"email", "lan" + std::to_string(i) + "@lansstyrelsen.example"},
                           {"county_code", counties[i]}});
  ASSERT_EQ(post_json(*client, survey_path(id) + "/invitations", {{"respondents", respondents}},
                      coordinator().headers()).status, 200);
  auto mails = all_mails();
  // 20 counties answer; Norrbotten (25, the last) does not.
  for (int i = 0; i < 20; ++i) {
    const std::string token = token_for(mails, "lan" + std::to_string(i) + "@lansstyrelsen.example");
    const std::string s1 = i < 15 ? "ja" : i < 19 ? "delvis" : "nej";
    json answers{{"I1", {{"s1", s1}}}};
    if (i < 19) answers["I1"]["s2"] = i < 9 ? "ja" : "nej";
    ASSERT_EQ(respond(token, answers, true).status, 200);
  }
  auto r = get(*client, survey_path(id) + "/results", &coordinator());
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.json["national_table"].size(), 2u) << r.body;
  EXPECT_EQ(r.json["national_table"][0],
            (json{{"code", "I1.s1"}, {"text", "Har länsstyrelsen … – en jämställdhetsstrategi"}, {"ja", 15},
                  {"delvis", 4}, {"nej", 1}, {"not_answered", 0}}));
  EXPECT_EQ(r.json["national_table"][1]["ja"], 9);
  EXPECT_EQ(r.json["national_table"][1]["nej"], 10);
  EXPECT_EQ(r.json["national_table"][1]["not_answered"], 1);
  EXPECT_EQ(r.json["counties_not_answered"], json::array({"25"}));
  auto page = get(*client, "/enkater/" + std::to_string(id) + "/resultat", &coordinator());
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Antal län som svarat Ja, Delvis och Nej per påstående"), std::string::npos);
  EXPECT_NE(page.body.find("Har inte svarat: Norrbottens län."), std::string::npos);
  // A county's survey has no such table.
  EXPECT_TRUE(results(seed_case_small())["national_table"].is_null());
}

}  // namespace
}  // namespace jamt::testing
