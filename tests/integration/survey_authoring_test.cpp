// Building and sending a survey (issue 11, items 1 pages, 3, 6, 7;
// docs/surveys.md "Templates", "Who answers", "Pages"): a survey from a
// template, invitations by CSV (all or nothing, the bad row named), from
// the registers, and a national survey's one invitation per county — on
// SQLite, and on PostgreSQL when $JAMT_TEST_DB names a server.
#include <gtest/gtest.h>

#include "service/surveys/survey_reminders.hpp"
#include "survey_fixture.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

class SurveyAuthoringTest : public SurveyFixture {
 protected:
  Answer post_csv(std::int64_t id, const std::string& csv, const TestLogin& who) {
    return answer_of(client->Post(survey_path(id) + "/invitations", who.headers(), csv, "text/csv"));
  }

  std::int64_t from_template(const json& body, const TestLogin& who) {
    auto made = post_json(*client, "/api/v1/surveys", body, who.headers());
    EXPECT_EQ(made.status, 201) << made.body;
    return made.json.value("id", std::int64_t{0});
  }

  void open(std::int64_t id, const TestLogin& who) {
    auto opened = post_json(*client, survey_path(id) + "/open", json::object(), who.headers());
    EXPECT_EQ(opened.status, 200) << opened.body;
  }

  // The question with `code` in a survey's JSON, or null.
  static json question(const json& survey, const std::string& code) {
    for (const auto& q : survey["questions"])
      if (q["code"] == code) return q;
    return nullptr;
  }

  // `location` without its fragment ("#inbjudan"), as a browser requests it.
  static std::string page_of(const std::string& location) { return location.substr(0, location.find('#')); }

  std::string count(const std::string& sql) {
    auto c = column(sql);
    return c.empty() ? "" : c.front();
  }

  // Kalmar's registers: organisation A joined with contact Anna, B joined
  // with contact Bo, C (Stockholm) joined with Cecilia; a Kalmar group whose
  // member A sends Anna and Dan (substitute), and whose former member B no longer counts.
  std::int64_t seed_registers() {
    std::int64_t group = 0;
    Status st = db->transaction([&](soci::session& s) -> Status {
      auto person = [&](const std::string& name, const std::string& email, std::int64_t org, const std::string& county) {
        long long id = 0, o = org;
        s << "INSERT INTO people (name, email, organisation_id, role, county_code, created_at, updated_at) "
             "VALUES (:n, :e, :o, 'kontaktperson', :c, '2026-01-01', '2026-01-01') RETURNING id",
            soci::use(name), soci::use(email), soci::use(o), soci::use(county), soci::into(id);
        return id;
      };
      auto joining = [&](std::int64_t org, long long contact, const std::string& county, const std::string& status) {
        long long o = org;
        std::string name = "Org " + std::to_string(org), number = "55" + std::to_string(org);
        s << "INSERT INTO joinings (organisation_name, org_number, organisation_type, county_code, organisation_id, "
             "contact_person_id, publish_consent, status, applied_on, created_at, updated_at) VALUES (:n, :num, "
             "'kommun', :c, :o, :p, 0, :s, '2025-01-01', '2026-01-01', '2026-01-01')",
            soci::use(name), soci::use(number), soci::use(county), soci::use(o), soci::use(contact), soci::use(status);
      };
      long long anna = person("Anna", "anna@kommun-a.example.se", org_a, "08");
      long long bo = person("Bo", "bo@kommun-b.example.se", org_b, "08");
      long long cecilia = person("Cecilia", "cecilia@kommun-c.example.se", org_c, "01");
      long long dan = person("Dan", "dan@kommun-a.example.se", org_a, "08");
      joining(org_a, anna, "08", "godkand");
      joining(org_b, bo, "08", "godkand");
      joining(org_c, cecilia, "01", "godkand");
      joining(org_b, dan, "08", "ansokt");  // an application: not joined
      long long g = 0;
      s << "INSERT INTO county_groups (name, type, county_code, created_at, updated_at) "
           "VALUES ('Våldsnätverket', 'natverk', '08', '2026-01-01', '2026-01-01') RETURNING id",
          soci::into(g);
      long long a = org_a, b = org_b;
      s << "INSERT INTO group_members (group_id, organisation_id, representative_id, substitute_id, member_from, "
           "county_code, created_at, updated_at) VALUES (:g, :o, :r, :s, '2025-01-01', '08', '2026-01-01', '2026-01-01')",
          soci::use(g), soci::use(a), soci::use(anna), soci::use(dan);
      s << "INSERT INTO group_members (group_id, organisation_id, representative_id, member_from, member_to, "
           "county_code, created_at, updated_at) VALUES (:g, :o, :r, '2024-01-01', '2025-06-30', '08', '2026-01-01', "
           "'2026-01-01')",
          soci::use(g), soci::use(b), soci::use(bo);
      group = g;
      return {};
    });
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().to_string());
    return group;
  }
};

TEST_F(SurveyAuthoringTest, TheTemplatesAreListedAndTheKartlaggningNamesTheTargetsItFollowsUp) {
  auto list = get(*client, "/api/v1/survey-templates", &strategist_08());
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(list.json.size(), 3u);
  EXPECT_EQ(list.json[0]["code"], "nyckelpersoner");
  EXPECT_EQ(list.json[1]["code"], "kartlaggning");
  EXPECT_EQ(list.json[2]["code"], "brukarundersokning");
  // Seed 001: six statements on agreement4, comments, and the four profile questions.
  const auto& key = list.json[0]["questions"];
  int statements = 0;
  std::vector<std::string> profile;
  for (const auto& q : key) {
    if (q["kind"] == "agreement4") ++statements;
    if (q["profile"] == true) profile.push_back(q["code"]);
  }
  EXPECT_EQ(statements, 6);
  EXPECT_EQ(profile, (std::vector<std::string>{"kon", "sektor", "roll", "ar"}));
  // Seed 002: K1 follows up target 1.1 of the action plan, K10 target 4.4.
  const auto& k = list.json[1]["questions"];
  EXPECT_EQ(k[0]["code"], "K1");
  EXPECT_EQ(k[0]["kind"], "yes_partly_no");
  EXPECT_EQ(k[0]["follows_up"], json::array({"1.1"}));
  EXPECT_EQ(k[9]["code"], "K10");
  EXPECT_EQ(k[9]["follows_up"], json::array({"4.4"}));
  EXPECT_EQ(get(*client, "/api/v1/survey-templates", &contact_a()).status, 403);
  EXPECT_EQ(get(*client, "/api/v1/survey-templates", nullptr).status, 401);
}

TEST_F(SurveyAuthoringTest, ASurveyFromTheKeyPersonTemplateInvitesByCsvAllOrNothing) {
  ASSERT_TRUE(sink.ready());
  const auto id = from_template({{"template", "nyckelpersoner"}, {"round", "2025"}}, strategist_08());
  auto survey = get(*client, survey_path(id), &strategist_08());
  EXPECT_EQ(survey.json["title"], "Nyckelpersoners bedömning av länsstyrelsens samordning");
  EXPECT_EQ(survey.json["round"], "2025");
  EXPECT_EQ(survey.json["anonymous"], true);
  EXPECT_EQ(survey.json["questions"].size(), 11u);
  EXPECT_EQ(survey.json["county_code"], "08");
  auto unknown = post_json(*client, "/api/v1/surveys", {{"template", "okand"}}, strategist_08().headers());
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(error_field(unknown), "template");
  open(id, strategist_08());

  // Row 4 has no valid address: nothing is invited, and the row and column are named.
  const std::string bad = "e-post;namn;kön;sektor\r\nanna@kommun.example.se;Anna;kvinna;myndighet\r\n"
                          "bo@kommun.example.se;Bo;man;ideell\r\ninte-en-adress;Cilla;kvinna;myndighet\r\n";
  auto refused = post_csv(id, bad, strategist_08());
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_NE(refused.body.find("rad 4, kolumn e-post"), std::string::npos) << refused.body;
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_respondents WHERE survey_id = " + std::to_string(id)), "0");
  EXPECT_TRUE(new_mails().empty());

  // With a byte-order mark and commas; "kön" and "sektor" become the profile.
  const std::string good = "\xEF\xBB\xBF" "e-post,namn,kön,sektor\nanna@kommun.example.se,Anna,kvinna,myndighet\n"
                           "bo@kommun.example.se,Bo,man,ideell\n\ncilla@kommun.example.se,Cilla,,\n";
  auto invited = post_csv(id, good, strategist_08());
  ASSERT_EQ(invited.status, 200) << invited.body;
  EXPECT_EQ(invited.json["invited"], 3);
  EXPECT_EQ(new_mails().size(), 3u);
  auto profile = json::parse(count("SELECT profile FROM survey_respondents WHERE email = 'bo@kommun.example.se'"));
  EXPECT_EQ(profile, (json{{"kön", "man"}, {"sektor", "ideell"}}));
  EXPECT_EQ(count("SELECT profile FROM survey_respondents WHERE email = 'cilla@kommun.example.se'"), "{}");

  auto no_email_column = post_csv(id, "namn;kön\nAnna;kvinna\n", strategist_08());
  EXPECT_EQ(no_email_column.status, 400);
  EXPECT_NE(no_email_column.body.find("rad 1, kolumn e-post"), std::string::npos) << no_email_column.body;
}

TEST_F(SurveyAuthoringTest, TheRegistersOfferTheCountysJoinedContactsAndAGroupsCurrentMembers) {
  ASSERT_TRUE(sink.ready());
  const auto group = seed_registers();
  const auto id = from_template({{"template", "brukarundersokning"}, {"round", "2025"}}, strategist_08());
  open(id, strategist_08());
  const std::string path = survey_path(id) + "/invitations/from-register";
  // Joined contacts of Kalmar: Anna and Bo (not Stockholm's Cecilia, not Dan's application).
  auto preview = post_json(*client, path, {{"source", "joined_contacts"}, {"dry_run", true}}, strategist_08().headers());
  ASSERT_EQ(preview.status, 200) << preview.body;
  EXPECT_EQ(preview.json["would_invite"], 2);
  // The group on 31 March 2026: A's representative Anna and substitute Dan; B left in 2025.
  auto members = post_json(*client, path, {{"source", "group"}, {"group_id", group}, {"dry_run", true}},
                           strategist_08().headers());
  EXPECT_EQ(members.json["would_invite"], 2) << members.body;
  auto sent = post_json(*client, path, {{"source", "joined_contacts"}}, strategist_08().headers());
  EXPECT_EQ(sent.json["invited"], 2) << sent.body;
  auto group_sent = post_json(*client, path, {{"source", "group"}, {"group_id", group}}, strategist_08().headers());
  EXPECT_EQ(group_sent.json["invited"], 1) << "Anna was invited already; Dan is new";
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_respondents WHERE survey_id = " + std::to_string(id)), "3");
  // The strategists of the counties go to a national survey only.
  auto wrong = post_json(*client, path, {{"source", "county_strategists"}}, strategist_08().headers());
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(error_field(wrong), "source");
  auto foreign = post_json(*client, path, {{"source", "group"}, {"group_id", group}}, strategist_01().headers());
  EXPECT_EQ(foreign.status, 404) << "another county's survey is not there for a Stockholm strategist";
}

TEST_F(SurveyAuthoringTest, ANationalSurveyHasOneInvitationPerCountyClosedByItsFirstSubmission) {
  ASSERT_TRUE(sink.ready());
  json body{{"title", "Nationell uppföljning 2025"},
            {"national", true},
            {"questions", {{{"code", "I1"}, {"kind", "yes_partly_no"}, {"text", "Har länet en strategi?"}, {"required", true}}}}};
  const auto id = from_template(body, coordinator());
  open(id, coordinator());
  auto page = post_form(*client, "/enkater/" + std::to_string(id) + "/lan",
                        {{"county.08", "kalmar@lansstyrelsen.example"}, {"county.01", "stockholm@lansstyrelsen.example"}},
                        coordinator());
  ASSERT_EQ(page.status, 303) << page.body;
  EXPECT_EQ(count("SELECT county_code FROM survey_respondents WHERE email = 'kalmar@lansstyrelsen.example'"), "08");
  // A second invitation for Kalmar is refused beside Kalmar's field, and the address typed is kept.
  auto again = post_form(*client, "/enkater/" + std::to_string(id) + "/lan",
                         {{"county.08", "annan@lansstyrelsen.example"}, {"county.25", "norrbotten@lansstyrelsen.example"}},
                         coordinator());
  EXPECT_EQ(again.status, 400) << again.body;
  EXPECT_NE(again.body.find("Kalmar län har redan en inbjudan"), std::string::npos) << again.body;
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_respondents WHERE survey_id = " + std::to_string(id)), "2")
      << "all or nothing: Norrbotten is not invited either";
  auto api_again = post_json(*client, survey_path(id) + "/invitations",
                             {{"respondents", {{{"email", "x@lansstyrelsen.example"}, {"county_code", "01"}}}}},
                             coordinator().headers());
  EXPECT_EQ(api_again.status, 400);
  EXPECT_EQ(error_field(api_again), "respondents[0].county_code");
  auto no_county = post_json(*client, survey_path(id) + "/invitations",
                             {{"respondents", {{{"email", "y@lansstyrelsen.example"}}}}}, coordinator().headers());
  EXPECT_EQ(no_county.status, 400);
  // Kalmar answers once; the invitation is then closed.
  const std::string token = token_for(new_mails(), "kalmar@lansstyrelsen.example");
  ASSERT_EQ(token.size(), 64u);
  EXPECT_EQ(respond(token, {{"I1", "ja"}}, true).status, 200);
  EXPECT_EQ(respond(token, {{"I1", "nej"}}, true).status, 409);
  // The strategists of the counties: one per county not yet invited (Stockholm has one, invited already).
  (void)strategist_08();
  (void)strategist_01();
  auto strategists = post_json(*client, survey_path(id) + "/invitations/from-register", {{"source", "county_strategists"}},
                               coordinator().headers());
  EXPECT_EQ(strategists.status, 200) << strategists.body;
  EXPECT_EQ(strategists.json["invited"], 0) << "Kalmar and Stockholm have their invitations";
}

TEST_F(SurveyAuthoringTest, TheOpenLinkTakesOneAnswerPerBrowserUnlessRepeatsAreAllowedAndStopsAFlood) {
  ASSERT_TRUE(sink.ready());
  const auto id = from_template({{"template", "brukarundersokning"}, {"round", "2025"}}, strategist_08());
  open(id, strategist_08());
  auto on = post_json(*client, survey_path(id) + "/open-link", {{"enabled", true}}, strategist_08().headers());
  ASSERT_EQ(on.status, 200) << on.body;
  const std::string link = "/enkat/oppen/" + on.json["token"].get<std::string>();
  EXPECT_EQ(on.json["url"], "https://jamt.example" + link);
  const json answers{{"B1", "helt"}, {"B2", "helt"}, {"B3", "delvis"}, {"B4", "inte"}};
  // A visit: a personal link of the browser's own, kept in a cookie for this link only.
  auto visit = [&](const std::string& path, const std::string& cookie) {
    httplib::Headers h;
    if (!cookie.empty()) h.emplace("Cookie", "jamt_oppen=" + cookie);
    return client->Get(path, h);
  };
  auto first = visit(link, "");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 303);
  const std::string mine = first->get_header_value("Location").substr(std::string("/enkat/").size());
  ASSERT_EQ(mine.size(), 64u);
  EXPECT_NE(first->get_header_value("Set-Cookie").find("jamt_oppen=" + mine + "; Path=" + link), std::string::npos)
      << first->get_header_value("Set-Cookie");
  // Coming back before answering continues the same slot; after submitting, the browser is turned away.
  EXPECT_EQ(visit(link, mine)->get_header_value("Location"), "/enkat/" + mine);
  ASSERT_EQ(respond(mine, answers, true).status, 200);
  auto twice = visit(link, mine);
  EXPECT_EQ(twice->status, 410);
  EXPECT_NE(twice->body.find("redan svarat"), std::string::npos);
  auto other_browser = visit(link, "");
  EXPECT_EQ(other_browser->status, 303);
  EXPECT_EQ(count("SELECT COUNT(*) FROM survey_respondents WHERE open_link = 1 AND survey_id = " + std::to_string(id)),
            "2");

  // Repeats allowed: a new link (the old one is gone), and one browser answers again.
  auto repeat = post_json(*client, survey_path(id) + "/open-link", {{"enabled", true}, {"allow_repeat", true}},
                          strategist_08().headers());
  ASSERT_EQ(repeat.status, 200);
  const std::string link2 = "/enkat/oppen/" + repeat.json["token"].get<std::string>();
  EXPECT_EQ(visit(link, "")->status, 404);
  auto slot = visit(link2, "");
  const std::string second = slot->get_header_value("Location").substr(std::string("/enkat/").size());
  ASSERT_EQ(respond(second, answers, true).status, 200);
  auto again = visit(link2, second);
  ASSERT_EQ(again->status, 303) << "allow_repeat: a new slot for the same browser";
  EXPECT_NE(again->get_header_value("Location"), "/enkat/" + second);

  // Four slots from this address in the last hour (the clock stands still); 26 more are taken,
  // the 31st is refused with 429.
  for (int i = 5; i <= 30; ++i) ASSERT_EQ(visit(link2, "")->status, 303) << "slot " << i;
  auto flood = visit(link2, "");
  EXPECT_EQ(flood->status, 429);
  EXPECT_NE(flood->body.find("För många svar"), std::string::npos);
  // An hour later the address may answer again.
  set_clock("2026-03-31T11:00:01Z");
  EXPECT_EQ(visit(link2, "")->status, 303);
  // Off: the link answers 404.
  EXPECT_EQ(post_json(*client, survey_path(id) + "/open-link", {{"enabled", false}}, strategist_08().headers()).status,
            200);
  EXPECT_EQ(visit(link2, "")->status, 404);
  // Visitors have no address: the reminder job, twenty days on, mails none of the 30-odd who did not answer.
  set_clock("2026-04-20T10:00:00Z");
  auto reminded = service::run_survey_reminders(*db, smtp_setup);
  ASSERT_TRUE(reminded.ok());
  EXPECT_TRUE(reminded->sent.empty());
}

TEST_F(SurveyAuthoringTest, AStrategistBuildsAndChangesASurveyOnThePagesAndSeesWhatEachChangeDid) {
  ASSERT_TRUE(sink.ready());
  auto form = get(*client, "/enkater/ny", &strategist_08());
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("Nyckelpersoners bedömning"), std::string::npos);
  auto bad = post_form(*client, "/enkater/ny", {{"template", "nyckelpersoner"}, {"round", "2025"}, {"max_reminders", "-1"}},
                       strategist_08());
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("value=\"2025\""), std::string::npos) << "the round typed is kept";
  auto made = post_form(*client, "/enkater/ny", {{"template", "nyckelpersoner"}, {"round", "2025"}}, strategist_08());
  ASSERT_EQ(made.status, 303) << made.body;
  const std::string page = made.location.substr(0, made.location.find('?'));
  const std::int64_t id = std::stoll(page.substr(page.rfind('/') + 1));
  auto overview = get(*client, made.location, &strategist_08());
  EXPECT_NE(overview.body.find("Enkäten är skapad som utkast"), std::string::npos);
  EXPECT_NE(overview.body.find("meningsfullt"), std::string::npos);
  EXPECT_NE(overview.body.find("/enkater/" + std::to_string(id) + "/resultat"), std::string::npos);
  EXPECT_EQ(post_form(*client, page + "/status", {{"action", "oppna"}}, strategist_08()).status, 303);

  // Invite two by a pasted list; a bad list is shown again with the row named and the text kept.
  auto wrong = post_form(*client, page + "/inbjudan", {{"csv", "e-post;namn\nanna@kommun.example.se;Anna\nfel;Bo\n"}},
                         strategist_08());
  EXPECT_EQ(wrong.status, 400);
  EXPECT_NE(wrong.body.find("rad 3, kolumn e-post"), std::string::npos) << wrong.body;
  EXPECT_NE(wrong.body.find("fel;Bo"), std::string::npos);
  auto listed = post_form(*client, page + "/inbjudan",
                          {{"csv", "e-post;namn\nanna@kommun.example.se;Anna\nbo@kommun.example.se;Bo\n"}}, strategist_08());
  ASSERT_EQ(listed.status, 303) << listed.body;
  EXPECT_NE(get(*client, page_of(listed.location), &strategist_08()).body.find("2 inbjudningar skickade"), std::string::npos);
  auto mails = new_mails();
  ASSERT_EQ(mails.size(), 2u);
  // The same as an uploaded file (multipart, Windows line ends, a byte-order mark).
  httplib::MultipartFormDataItems upload{
      {"csrf_token", strategist_08().csrf_token, "", ""},
      {"file", "\xEF\xBB\xBF" "e-post;namn\r\ncecilia@kommun.example.se;Cecilia\r\n", "lista.csv", "text/csv"}};
  auto uploaded = answer_of(client->Post(page + "/inbjudan", strategist_08().cookie_only(), upload));
  ASSERT_EQ(uploaded.status, 303) << uploaded.body;
  EXPECT_NE(get(*client, page_of(uploaded.location), &strategist_08()).body.find("1 inbjudan skickad."),
            std::string::npos);
  auto uploaded_mails = new_mails();
  ASSERT_EQ(uploaded_mails.size(), 1u);
  EXPECT_NE(uploaded_mails[0].find("To: cecilia@kommun.example.se"), std::string::npos);

  // Anna answers P1; then P1's text is fixed (an edit) and P2, unanswered, is removed; P1 removed is hidden.
  json all{{"P1", "helt"}, {"P2", "helt"}, {"P3", "helt"}, {"P4", "helt"}, {"P5", "delvis"}, {"P6", "helt"}};
  ASSERT_EQ(respond(token_for(mails, "anna@kommun.example.se"), all, true).status, 200);
  auto edited = post_form(*client, page + "/fragor/P1",
                          {{"text", "Stödet är meningsfullt."}, {"help", ""}, {"required", "1"}, {"action", "spara"}},
                          strategist_08());
  ASSERT_EQ(edited.status, 303) << edited.body;
  EXPECT_NE(get(*client, page_of(edited.location), &strategist_08()).body.find("Fråga P1: ändrad."), std::string::npos);
  auto empty = post_form(*client, page + "/fragor/P3", {{"text", ""}, {"action", "spara"}}, strategist_08());
  EXPECT_EQ(empty.status, 400);
  EXPECT_NE(empty.body.find("Skriv frågans text."), std::string::npos);
  auto hidden = post_form(*client, page + "/fragor/P1", {{"action", "ta-bort"}}, strategist_08());
  ASSERT_EQ(hidden.status, 303);
  auto after = get(*client, page_of(hidden.location), &strategist_08());
  EXPECT_NE(after.body.find("Fråga P1: dold"), std::string::npos) << after.body;
  auto survey = get(*client, survey_path(id), &strategist_08());
  EXPECT_EQ(question(survey.json, "P1")["hidden"], true) << "answered, so hidden and kept";
  // A question added on the page.
  auto added = post_form(*client, page + "/fragor",
                         {{"code", "P8"}, {"kind", "single"}, {"text", "Hur fick du veta om enkäten?"},
                          {"options", "E-post\nMöte\n"}},
                         strategist_08());
  ASSERT_EQ(added.status, 303) << added.body;
  survey = get(*client, survey_path(id), &strategist_08());
  EXPECT_EQ(question(survey.json, "P8")["kind"], "single");
  EXPECT_EQ(question(survey.json, "P8")["options"].size(), 2u);
  EXPECT_EQ(question(survey.json, "P8")["options"][1]["label"], "Möte");
  auto list = get(*client, "/enkater", &strategist_08());
  EXPECT_NE(list.body.find("1 av 3"), std::string::npos) << list.body;

  // "Påminn nu" a week later reminds Bo and Cecilia, who have not answered; at once again, nobody (7 days apart).
  set_clock("2026-04-07T10:00:00Z");
  const TestLogin later = log_in_again(*db, strategist_08());
  auto reminded = post_form(*client, page + "/paminn", {}, later);
  ASSERT_EQ(reminded.status, 303) << reminded.body;
  EXPECT_NE(get(*client, page_of(reminded.location), &later).body.find("2 påminnelser skickade."), std::string::npos);
  auto reminders = new_mails();
  ASSERT_EQ(reminders.size(), 2u);
  for (const auto& m : reminders) EXPECT_EQ(m.find("To: anna@kommun.example.se"), std::string::npos) << "Anna answered";
  auto none = post_form(*client, page + "/paminn", {}, later);
  EXPECT_NE(get(*client, page_of(none.location), &later).body.find("Ingen påminnelse skickades"), std::string::npos);
  EXPECT_TRUE(new_mails().empty());
}

TEST_F(SurveyAuthoringTest, TheSurveysPageRunsItAgainAsANewRoundDraft) {
  auto made = post_form(*client, "/enkater/ny", {{"template", "nyckelpersoner"}, {"round", "2025"}}, strategist_08());
  ASSERT_EQ(made.status, 303) << made.body;
  const std::string page = made.location.substr(0, made.location.find('?'));
  auto overview = get(*client, page, &strategist_08());
  EXPECT_NE(overview.body.find("Kör enkäten igen"), std::string::npos);
  EXPECT_NE(overview.body.find("name=\"round\" value=\"2026\""), std::string::npos) << "the next year is offered";

  // The same round is refused beside the field, with what was typed kept.
  auto same = post_form(*client, page + "/omgang", {{"round", "2025"}}, strategist_08());
  EXPECT_EQ(same.status, 400);
  EXPECT_NE(same.body.find("id=\"round-error\""), std::string::npos) << same.body;
  EXPECT_NE(same.body.find("name=\"round\" value=\"2025\""), std::string::npos);

  auto next = post_form(*client, page + "/omgang", {{"round", "2026"}}, strategist_08());
  ASSERT_EQ(next.status, 303) << next.body;
  EXPECT_NE(next.location, made.location);
  auto drafted = get(*client, next.location, &strategist_08());
  EXPECT_NE(drafted.body.find("Den nya omgången är ett utkast"), std::string::npos);
  EXPECT_NE(drafted.body.find("meningsfullt"), std::string::npos) << "the questions came along";
  // Another county's strategist does not see the survey at all.
  EXPECT_EQ(post_form(*client, page + "/omgang", {{"round", "2027"}}, strategist_01()).status, 404);
}

}  // namespace
}  // namespace jamt::testing
