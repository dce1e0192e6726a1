// Surveys (issue 11, docs/surveys.md): invitations mailed through a real
// SMTP server, answers through the personal link, anonymity checked in the
// tables themselves, live changes, reminders at fixed dates — on SQLite, and
// on PostgreSQL when $JAMT_TEST_DB names a server.
#include <gtest/gtest.h>

#include <algorithm>

#include "service/surveys/survey_mixing.hpp"
#include "service/surveys/survey_reminders.hpp"
#include "survey_fixture.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

class SurveyTest : public SurveyFixture {
 protected:
  // Kalmar's key-person survey: an agreement statement (required), a
  // multiple choice, a number, a matrix and an open comment.
  static json key_person_survey(bool anonymous) {
    return {{"title", "Nyckelpersoner 2025"},
            {"round", "2025"},
            {"anonymous", anonymous},
            {"questions",
             {{{"code", "Q1"}, {"kind", "agreement4"}, {"text", "Länsstyrelsen stödjer vårt arbete."}, {"required", true}},
              {{"code", "Q2"}, {"kind", "multiple"}, {"text", "Vilka stöd har ni använt?"},
               {"options", {{{"value", "utb"}, {"label", "Utbildning"}}, {{"value", "natv"}, {"label", "Nätverk"}},
                            {{"value", "rad"}, {"label", "Rådgivning"}}}}},
              {{"code", "Q3"}, {"kind", "number"}, {"text", "Hur många år har du känt till arbetet?"}},
              {{"code", "Q4"}, {"kind", "matrix"}, {"text", "Hur väl stämmer påståendena?"},
               {"statements", {{{"code", "s1"}, {"text", "Stödet är tydligt."}}, {{"code", "s2"}, {"text", "Stödet är lätt att nå."}}}}},
              {{"code", "Q5"}, {"kind", "text"}, {"text", "Övriga synpunkter"}}}},
            {"profile", {{{"code", "kon"}, {"kind", "single"}, {"text", "Kön"},
                          {"options", {{{"value", "kvinna"}, {"label", "Kvinna"}}, {{"value", "man"}, {"label", "Man"}}}}}}}};
  }

  static json full_answers() {
    return {{"Q1", "helt"}, {"Q2", {"utb", "rad"}}, {"Q3", 3}, {"Q4", {{"s1", "delvis"}, {"s2", "helt"}}},
            {"Q5", "Bra stöd."}, {"kon", "kvinna"}};
  }
};

TEST_F(SurveyTest, TheInvitationMailCarriesALinkThroughWhichOneAnswersSavesAndSubmitsOnce) {
  ASSERT_TRUE(sink.ready()) << "python3 -m aiosmtpd did not start (scripts/bootstrap installs python3-aiosmtpd)";
  const auto id = open_survey(key_person_survey(false), strategist_08());
  auto invited = invite(id, {"anna@kommun.example.se", "bo@kommun.example.se", "ANNA@kommun.example.se"}, strategist_08());
  ASSERT_EQ(invited.status, 200) << invited.body;
  EXPECT_EQ(invited.json["invited"], 2) << "the same address twice is invited once";

  auto mails = new_mails();
  ASSERT_EQ(mails.size(), 2u);
  const std::string token = token_for(mails, "anna@kommun.example.se");
  ASSERT_EQ(token.size(), 64u) << mails[0];
  EXPECT_NE(mails[0].find("Nyckelpersoner 2025"), std::string::npos) << mails[0];
  EXPECT_NE(mails[0].find("https://jamt.example/enkat/"), std::string::npos) << mails[0];
  // Only the token's hash is stored.
  EXPECT_TRUE(column("SELECT token_hash FROM survey_links WHERE token_hash = '" + token + "'").empty());

  // The link needs no account: the survey and no answers yet.
  auto opened = answer_of(client->Get("/api/v1/responses/" + token));
  ASSERT_EQ(opened.status, 200) << opened.body;
  EXPECT_EQ(opened.json["survey"]["title"], "Nyckelpersoner 2025");
  EXPECT_EQ(opened.json["survey"]["questions"].size(), 6u);
  EXPECT_EQ(opened.json["survey"]["questions"][0]["options"][0]["label"], "Stämmer helt");
  EXPECT_EQ(opened.json["submitted"], false);

  // A wrong value names its question.
  auto wrong = respond(token, {{"Q1", "kanske"}}, false);
  EXPECT_EQ(wrong.status, 400) << wrong.body;
  EXPECT_EQ(error_field(wrong), "answers.Q1");
  auto not_a_number = respond(token, {{"Q3", "tre"}}, false);
  EXPECT_EQ(not_a_number.status, 400);
  EXPECT_EQ(error_field(not_a_number), "answers.Q3");

  // "Spara och fortsätt senare": a draft, read back.
  auto saved = respond(token, {{"Q2", {"natv"}}, {"Q3", "2,5"}}, false);
  ASSERT_EQ(saved.status, 200) << saved.body;
  auto again = answer_of(client->Get("/api/v1/responses/" + token));
  EXPECT_EQ(again.json["answers"]["Q2"], json::array({"natv"}));
  EXPECT_EQ(again.json["answers"]["Q3"], 2.5);
  ASSERT_EQ(respond(token, {{"Q3", 4}}, false).status, 200);
  EXPECT_EQ(answer_of(client->Get("/api/v1/responses/" + token)).json["answers"]["Q3"].dump(), "4");

  // Submitting without the required Q1 is refused beside Q1.
  auto incomplete = respond(token, {{"Q2", {"natv"}}}, true);
  EXPECT_EQ(incomplete.status, 400);
  EXPECT_EQ(error_field(incomplete), "answers.Q1");

  auto submitted = respond(token, full_answers(), true);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(submitted.json["submitted"], true);
  // Submitted is final.
  auto late = respond(token, {{"Q1", "inte"}}, true);
  EXPECT_EQ(late.status, 409) << late.body;
  EXPECT_EQ(answer_of(client->Get("/api/v1/responses/" + token)).json["submitted"], true);

  // Stored: one response, its answers (matrix per statement, one row per
  // choice), the draft gone, the respondent completed on the Swedish date.
  EXPECT_EQ(column("SELECT COUNT(*) FROM survey_responses").at(0), "1");
  auto codes = column("SELECT question_code || '=' || value_text FROM survey_answers ORDER BY question_code, value_text");
  EXPECT_EQ(codes, (std::vector<std::string>{"Q1=helt", "Q2=rad", "Q2=utb", "Q3=3", "Q4.s1=delvis",
                                             "Q4.s2=helt", "Q5=Bra stöd.", "kon=kvinna"}));
  EXPECT_EQ(column("SELECT COUNT(*) FROM survey_drafts").at(0), "0");
  EXPECT_EQ(column("SELECT completed_on FROM survey_respondents WHERE email = 'anna@kommun.example.se'").at(0),
            "2026-03-31");
  // A named survey keeps who answered.
  EXPECT_EQ(column("SELECT COUNT(*) FROM survey_responses WHERE respondent_id IS NOT NULL").at(0), "1");
}

TEST_F(SurveyTest, AnAnonymousSurveyKeepsNoPathFromTokenOrRespondentToTheAnswers) {
  ASSERT_TRUE(sink.ready());
  const auto id = open_survey(key_person_survey(true), strategist_08());
  // Invited with a profile the inviter knows: it must not follow the answers.
  json respondents = json::array({{{"email", "anna@kommun.example.se"}, {"profile", {{"sektor", "ideell"}}}},
                                  {{"email", "bo@kommun.example.se"}, {"profile", {{"sektor", "myndighet"}}}}});
  ASSERT_EQ(post_json(*client, survey_path(id) + "/invitations", {{"respondents", respondents}},
                      strategist_08().headers())
                .status,
            200);
  auto mails = new_mails();
  const std::string anna = token_for(mails, "anna@kommun.example.se");
  const std::string bo = token_for(mails, "bo@kommun.example.se");
  ASSERT_EQ(respond(anna, {{"Q1", "helt"}, {"Q5", "Hemligt svar från Anna"}}, false).status, 200);
  ASSERT_EQ(respond(anna, {{"Q1", "helt"}, {"Q5", "Hemligt svar från Anna"}}, true).status, 200);
  ASSERT_EQ(respond(bo, {{"Q1", "inte"}}, true).status, 200);

  // The responses: random ids, no respondent, no date.
  auto ids = column("SELECT id FROM survey_responses ORDER BY id");
  ASSERT_EQ(ids.size(), 2u);
  for (const auto& rid : ids) {
    EXPECT_EQ(rid.size(), 32u);
    EXPECT_EQ(rid.find_first_not_of("0123456789abcdef"), std::string::npos) << rid;
  }
  EXPECT_EQ(column("SELECT COUNT(*) FROM survey_responses WHERE respondent_id IS NOT NULL OR submitted_on IS NOT NULL")
                .at(0),
            "0");
  // No draft is left to tie a token to answers.
  EXPECT_EQ(column("SELECT COUNT(*) FROM survey_drafts").at(0), "0");
  // The respondents' completion is a date only.
  EXPECT_EQ(column("SELECT DISTINCT completed_on FROM survey_respondents"), std::vector<std::string>{"2026-03-31"});
  // The audit log holds no answer and no response id.
  auto audit = column("SELECT COALESCE(after_json, '') || COALESCE(before_json, '') FROM audit_log");
  for (const auto& entry : audit) {
    EXPECT_EQ(entry.find("Hemligt"), std::string::npos) << entry;
    for (const auto& rid : ids) EXPECT_EQ(entry.find(rid), std::string::npos) << entry;
  }
  // No audit entry names a respondent beside the time of their completion:
  // the survey got two responses, from nobody in particular.
  EXPECT_EQ(column("SELECT COUNT(*) FROM audit_log WHERE entity = 'survey_respondent' AND action IN "
                   "('complete', 'submit')")
                .at(0),
            "0");
  EXPECT_EQ(column("SELECT COUNT(*) FROM audit_log WHERE entity = 'survey' AND action = 'anonymous_response' "
                   "AND entity_id = " + std::to_string(id))
                .at(0),
            "2");
  // The profile the inviter gave is not copied onto the responses.
  EXPECT_EQ(column("SELECT DISTINCT profile FROM survey_responses"), std::vector<std::string>{"{}"});
  // The answers themselves are all there.
  EXPECT_EQ(column("SELECT COUNT(*) FROM survey_answers WHERE question_code = 'Q1'").at(0), "2");

  // While the survey is open, the hourly job rewrites its responses: then the
  // rows lie in the order of their random ids, not of arrival, and on
  // PostgreSQL no response row carries the transaction that completed its
  // respondent (xmin).
  const bool pg = db->engine() == store::Engine::postgresql;
  auto stored_order = [&] {
    return column(pg ? "SELECT id FROM survey_responses ORDER BY ctid" : "SELECT id FROM survey_responses");
  };
  if (pg) {
    EXPECT_EQ(column("SELECT COUNT(*) FROM survey_responses r JOIN survey_respondents p "
                     "ON p.xmin::text = r.xmin::text")
                  .at(0),
              "2")
        << "before the rewrite, each response shares its respondent's transaction";
  }
  // What hangs on a response moves with it: a hidden open answer, and the
  // marks of a question added after these two responses.
  auto results = answer_of(client->Get(survey_path(id) + "/results", strategist_08().headers()));
  ASSERT_EQ(results.status, 200) << results.body;
  std::string text_response;
  for (const auto& q : results.json["questions"])
    if (q["code"] == "Q5" && !q["texts"].empty()) text_response = q["texts"][0]["response_id"];
  ASSERT_FALSE(text_response.empty()) << results.body;
  ASSERT_EQ(post_json(*client, survey_path(id) + "/texts/hide", {{"response_id", text_response}, {"question", "Q5"}},
                      strategist_08().headers())
                .status,
            200);
  json more = key_person_survey(true);
  more["questions"].push_back({{"code", "Q9"}, {"kind", "yes_partly_no"}, {"text", "Ny fråga"}});
  ASSERT_EQ(answer_of(client->Put(survey_path(id), strategist_08().headers(), more.dump(), "application/json")).status,
            200);
  const auto marks = column("SELECT response_id || question_code || shown FROM survey_question_marks ORDER BY 1");
  ASSERT_EQ(marks.size(), 2u);

  auto mixed = service::mix_anonymous_responses(*db);
  ASSERT_TRUE(mixed) << mixed.error().to_string();
  EXPECT_EQ(*mixed, 1);
  auto again = service::mix_anonymous_responses(*db);
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, 0) << "nothing new to rewrite";
  auto stored = stored_order();
  auto sorted = stored;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(stored, sorted);
  EXPECT_EQ(stored.size(), 2u);
  if (pg) {
    EXPECT_EQ(column("SELECT COUNT(*) FROM survey_responses r JOIN survey_respondents p "
                     "ON p.xmin::text = r.xmin::text")
                  .at(0),
              "0");
  }
  EXPECT_EQ(column("SELECT COUNT(*) FROM survey_answers WHERE question_code = 'Q1'").at(0), "2");
  EXPECT_EQ(column("SELECT response_id || question_code || shown FROM survey_question_marks ORDER BY 1"), marks);
  EXPECT_EQ(column("SELECT response_id FROM survey_hidden_texts"), std::vector<std::string>{text_response});

  // Closing rewrites once more.
  ASSERT_EQ(post_json(*client, survey_path(id) + "/close", json::object(), strategist_08().headers()).status, 200);
  EXPECT_EQ(stored_order(), sorted);
}

TEST_F(SurveyTest, ASurveyRunsAgainAsANewRoundThatPointsAtTheOldOne) {
  ASSERT_TRUE(sink.ready());
  const auto id = open_survey(key_person_survey(true), strategist_08());
  // Q2 removed after it had answers: hidden in the old round, not carried over.
  ASSERT_EQ(invite(id, {"anna@kommun.example.se"}, strategist_08()).status, 200);
  ASSERT_EQ(respond(token_for(new_mails(), "anna@kommun.example.se"), {{"Q1", "helt"}, {"Q2", json::array({"utb"})}},
                    true)
                .status,
            200);
  json fewer = key_person_survey(true);
  fewer["questions"].erase(1);
  ASSERT_EQ(answer_of(client->Put(survey_path(id), strategist_08().headers(), fewer.dump(), "application/json")).status,
            200);

  auto made = post_json(*client, survey_path(id) + "/rounds", {{"round", "2026"}}, strategist_08().headers());
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json["title"], "Nyckelpersoner 2026");
  EXPECT_EQ(made.json["round"], "2026");
  EXPECT_EQ(made.json["previous_round_id"], id);
  EXPECT_EQ(made.json["status"], "draft");
  EXPECT_EQ(made.json["anonymous"], true);
  std::vector<std::string> codes;
  for (const auto& q : made.json["questions"]) {
    codes.push_back(q["code"]);
    EXPECT_EQ(q["version"], 1);
  }
  EXPECT_EQ(codes, (std::vector<std::string>{"Q1", "Q3", "Q4", "Q5", "kon"}));

  // The same round twice, or none, is refused naming the field.
  auto same = post_json(*client, survey_path(id) + "/rounds", {{"round", "2025"}}, strategist_08().headers());
  EXPECT_EQ(same.status, 400);
  EXPECT_EQ(same.json["error"]["field"], "round") << same.body;
  EXPECT_EQ(post_json(*client, survey_path(id) + "/rounds", json::object(), strategist_08().headers()).status, 400);
  // Another county's strategist cannot see it, so cannot run it again.
  EXPECT_EQ(post_json(*client, survey_path(id) + "/rounds", {{"round", "2027"}}, strategist_01().headers()).status,
            404);
  EXPECT_EQ(column("SELECT COUNT(*) FROM audit_log WHERE entity = 'survey' AND action = 'create' AND after_json LIKE "
                   "'%from_round%'")
                .at(0),
            "1");
}

TEST_F(SurveyTest, AnUnknownLinkAnswers404) {
  const std::string missing(64, 'b');
  EXPECT_EQ(answer_of(client->Get("/api/v1/responses/" + missing)).status, 404);
  EXPECT_EQ(respond(missing, {{"Q1", "helt"}}, true).status, 404);
  EXPECT_EQ(answer_of(client->Get("/api/v1/responses/not-a-token")).status, 404);
}

TEST_F(SurveyTest, ChangingALiveSurveyLosesNoAnswer) {
  ASSERT_TRUE(sink.ready());
  json body{{"title", "Kartläggning"},
            {"questions",
             {{{"code", "Q1"}, {"kind", "single"}, {"text", "Har ni en plan?"},
               {"options", {{{"value", "a"}, {"label", "Ja"}}, {{"value", "b"}, {"label", "Nej"}}}}},
              {{"code", "Q2"}, {"kind", "text"}, {"text", "Beskriv planen"}},
              {{"code", "Q3"}, {"kind", "text"}, {"text", "Kommentar"}}}}};
  const auto id = open_survey(body, strategist_08());
  ASSERT_EQ(invite(id, {"a@kommun.example.se", "b@kommun.example.se"}, strategist_08()).status, 200);
  auto mails = new_mails();
  ASSERT_EQ(respond(token_for(mails, "a@kommun.example.se"), {{"Q1", "a"}, {"Q2", "En plan"}}, true).status, 200);

  // Text fixed on Q1 and a new option; Q2 (answered) removed; Q3 (not answered) removed; Q4 added.
  json changed = body;
  changed["questions"] = {{{"code", "Q1"}, {"kind", "single"}, {"text", "Har ni en antagen plan?"},
                           {"options", {{{"value", "a"}, {"label", "Ja"}}, {{"value", "b"}, {"label", "Nej"}},
                                        {{"value", "c"}, {"label", "Under arbete"}}}}},
                          {{"code", "Q4"}, {"kind", "yes_partly_no"}, {"text", "Följs planen upp?"}}};
  auto put = answer_of(client->Put(survey_path(id), strategist_08().headers(), changed.dump(), "application/json"));
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json["changes"], (json{{"Q1", "new_version"}, {"Q2", "hidden"}, {"Q3", "removed"}, {"Q4", "added"}}));
  const auto& questions = put.json["questions"];
  ASSERT_EQ(questions.size(), 3u);
  EXPECT_EQ(questions[0]["version"], 2);
  EXPECT_EQ(questions[2]["code"], "Q2");
  EXPECT_EQ(questions[2]["hidden"], true);

  // A label fix alone edits in place.
  changed["questions"][0]["options"][2]["label"] = "Under framtagande";
  auto relabel = answer_of(client->Put(survey_path(id), strategist_08().headers(), changed.dump(), "application/json"));
  ASSERT_EQ(relabel.status, 200) << relabel.body;
  EXPECT_EQ(relabel.json["changes"]["Q1"], "edited");
  EXPECT_EQ(relabel.json["questions"][0]["version"], 2);

  // The first answers are still stored, on the version they answered.
  EXPECT_EQ(column("SELECT question_code || ':' || question_version || '=' || value_text FROM survey_answers "
                   "ORDER BY question_code"),
            (std::vector<std::string>{"Q1:1=a", "Q2:1=En plan"}));
  // Both versions of Q1 are kept.
  EXPECT_EQ(column("SELECT COUNT(*) FROM survey_questions WHERE code = 'Q1'").at(0), "2");

  // The second respondent sees the new form and answers the new version.
  const std::string b = token_for(mails, "b@kommun.example.se");
  auto form = answer_of(client->Get("/api/v1/responses/" + b));
  ASSERT_EQ(form.json["survey"]["questions"].size(), 2u) << "the hidden question is not shown";
  EXPECT_EQ(respond(b, {{"Q2", "x"}}, false).status, 400);
  ASSERT_EQ(respond(b, {{"Q1", "c"}, {"Q4", "delvis"}}, true).status, 200);
  EXPECT_EQ(column("SELECT question_version FROM survey_answers WHERE value_text = 'c'").at(0), "2");

  // The kind of an answered question cannot change.
  changed["questions"][0]["kind"] = "multiple";
  auto kind = answer_of(client->Put(survey_path(id), strategist_08().headers(), changed.dump(), "application/json"));
  EXPECT_EQ(kind.status, 400);
  EXPECT_EQ(error_field(kind), "questions[0].kind");
}

TEST_F(SurveyTest, RemindersGoOnlyToThoseWhoHaveNotAnsweredAtMostNTimesAtLeastMDaysApart) {
  ASSERT_TRUE(sink.ready());
  set_clock("2026-03-02T08:00:00Z");
  json body = key_person_survey(false);
  body["max_reminders"] = 2;
  body["reminder_interval_days"] = 7;
  const auto id = open_survey(body, strategist_08());
  ASSERT_EQ(invite(id, {"svarar@kommun.example.se", "avboj@kommun.example.se", "tyst@kommun.example.se"},
                   strategist_08()).status, 200);
  auto mails = new_mails();
  ASSERT_EQ(mails.size(), 3u);
  ASSERT_EQ(respond(token_for(mails, "svarar@kommun.example.se"), full_answers(), true).status, 200);
  auto opt = answer_of(client->Post("/api/v1/responses/" + token_for(mails, "avboj@kommun.example.se") + "/opt-out",
                                    "{}", "application/json"));
  ASSERT_EQ(opt.status, 200) << opt.body;

  auto run = [&](const char* at) {
    set_clock(at);
    auto r = service::run_survey_reminders(*db, smtp_setup);
    EXPECT_TRUE(r.ok());
    std::vector<std::string> to;
    if (r.ok()) {
      for (const auto& s : r->sent) to.push_back(s.to);
    }
    return to;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(run("2026-03-08T08:00:00Z"), V{}) << "six days after the invitation: not yet";
  EXPECT_EQ(run("2026-03-09T06:00:00Z"), V{"tyst@kommun.example.se"});
  EXPECT_EQ(run("2026-03-09T15:00:00Z"), V{}) << "never twice the same day";
  EXPECT_EQ(run("2026-03-15T08:00:00Z"), V{});
  EXPECT_EQ(run("2026-03-16T08:00:00Z"), V{"tyst@kommun.example.se"});
  EXPECT_EQ(run("2026-03-30T08:00:00Z"), V{}) << "at most two reminders";

  auto reminders = new_mails();
  ASSERT_EQ(reminders.size(), 2u);
  // The sink's file names need not follow the order of arrival: order by Date.
  std::sort(reminders.begin(), reminders.end(), [](const std::string& a, const std::string& b) {
    return a.find("Date: Mon, 09 Mar 2026") != std::string::npos && b.find("Date: Mon, 09 Mar 2026") == std::string::npos;
  });
  for (const auto& mail : reminders) {
    EXPECT_NE(mail.find("To: tyst@kommun.example.se\n"), std::string::npos) << mail;
    // "Påminnelse: vi har inte fått dina svar …", quoted-printable.
    EXPECT_NE(mail.find("P=C3=A5minnelse: vi har inte f=C3=A5tt dina svar"), std::string::npos) << mail;
  }
  EXPECT_NE(reminders[0].find("Date: Mon, 09 Mar 2026 06:00:00 +0000\n"), std::string::npos) << reminders[0];
  EXPECT_NE(reminders[1].find("Date: Mon, 16 Mar 2026 08:00:00 +0000\n"), std::string::npos) << reminders[1];
  // The reminder's new link works, and so does the invitation's.
  EXPECT_EQ(answer_of(client->Get("/api/v1/responses/" + token_in(reminders[1]))).status, 200);
  EXPECT_EQ(answer_of(client->Get("/api/v1/responses/" + token_for(mails, "tyst@kommun.example.se"))).status, 200);
  EXPECT_EQ(column("SELECT reminders_sent FROM survey_respondents WHERE email = 'tyst@kommun.example.se'").at(0), "2");
}

TEST_F(SurveyTest, TheCoordinatorSendsNationalSurveysButNoCountysAndStrategistsNoNationalOnes) {
  json national{{"title", "Nationell sammanställning 2025"},
                {"national", true},
                {"questions", {{{"code", "I1"}, {"kind", "yes_partly_no"}, {"text", "Har länet en strategi?"}}}}};
  auto made = post_json(*client, "/api/v1/surveys", national, coordinator().headers());
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json["national"], true);
  EXPECT_EQ(made.json["county_code"], "");
  const auto id = made.json.value("id", std::int64_t{0});
  EXPECT_EQ(post_json(*client, survey_path(id) + "/open", json::object(), coordinator().headers()).status, 200);
  EXPECT_EQ(post_json(*client, "/api/v1/surveys", national, strategist_08().headers()).status, 403);
  json county = national;
  county["national"] = false;
  county["county_code"] = "08";
  EXPECT_EQ(post_json(*client, "/api/v1/surveys", county, coordinator().headers()).status, 403);
  // A strategist neither reads nor changes the national survey.
  EXPECT_EQ(get(*client, survey_path(id), &strategist_08()).status, 404);
  // Bad input names the field.
  json bad = national;
  bad["questions"][0]["kind"] = "scale";
  auto refused = post_json(*client, "/api/v1/surveys", bad, coordinator().headers());
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(error_field(refused), "questions[0].kind");
}

}  // namespace
}  // namespace jamt::testing
