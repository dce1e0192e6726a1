// Systematics checklists over HTTP: who may read, fill in and change them,
// CSRF, escaping, validation and the summaries against hand counts.
#include <gtest/gtest.h>

#include "register_fixture.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

namespace {

// Ten answers from letters j/d/n ('-' for none), each with an optional comment.
json answers(const std::string& letters, const std::string& comment_on_first = "") {
  json out = json::array();
  for (std::size_t i = 0; i < 10; ++i) {
    char c = letters.at(i);
    json item = {{"answer", c == 'j' ? json("ja") : c == 'd' ? json("delvis") : c == 'n' ? json("nej") : json(nullptr)}};
    if (i == 0 && !comment_on_first.empty()) item["comment"] = comment_on_first;
    out.push_back(item);
  }
  return out;
}

}  // namespace

class ChecklistHttp : public RegisterFixture {
 protected:
  void SetUp() override {
    name_a = "Kommun <b>A</b>";
    RegisterFixture::SetUp();
  }

  // Creates a checklist as `login`, expecting 201; returns its id.
  std::int64_t create(const TestLogin& login, std::int64_t org, int year, const std::string& letters,
                      const std::string& comment = "") {
    auto a = post_json(*client, "/api/v1/checklists",
                       {{"organisation_id", org}, {"year", year}, {"answers", answers(letters, comment)}},
                       login.headers());
    EXPECT_EQ(a.status, 201) << a.body;
    return a.status == 201 ? a.json["id"].get<std::int64_t>() : 0;
  }
};

TEST_F(ChecklistHttp, ReadCreateAndUpdateFollowTheRoles) {
  // Those who cannot read A's records get 404 as for a missing one, and 400
  // "Organisation: finns inte" for A itself (issue 9, item 14).
  const std::vector<int> may_read{401, 200, 404, 200, 404, 200, 200};
  const std::vector<int> may_create{401, 201, 400, 201, 400, 403, 201};
  const std::vector<int> may_update{401, 200, 404, 200, 404, 403, 200};
  auto id = create(contact_a(), org_a, 2026, "jjjjjddddn");
  auto list = actors();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& [name, login] = list[i];
    auto read = get(*client, "/api/v1/checklists/" + std::to_string(id), login);
    EXPECT_EQ(read.status, may_read[i]) << name << ": " << read.body;
    auto made = post_json(*client, "/api/v1/checklists",
                          {{"organisation_id", org_a}, {"year", 2030 + static_cast<int>(i)}, {"answers", answers("jjjjjjjjjj")}},
                          headers_of(login));
    EXPECT_EQ(made.status, may_create[i]) << name << ": " << made.body;
    auto changed = patch_json(*client, "/api/v1/checklists/" + std::to_string(id),
                              {{"answers", {{"10", {{"answer", i % 2 ? "ja" : "delvis"}}}}}}, headers_of(login));
    EXPECT_EQ(changed.status, may_update[i]) << name << ": " << changed.body;
  }
  // Nothing about the forbidden attempts reached the store.
  auto mine = get(*client, "/api/v1/checklists?organisation_id=" + std::to_string(org_a), &admin());
  EXPECT_EQ(mine.json["count"], 4) << mine.body;  // 2026 plus the three allowed creations
}

TEST_F(ChecklistHttp, ListsShowOnlyWhatTheUserMayRead) {
  create(contact_a(), org_a, 2026, "jjjjjjjjjj");
  create(contact_b(), org_b, 2026, "nnnnnnnnnn");
  create(admin(), org_c, 2026, "dddddddddd");
  auto count = [&](const TestLogin* login) { return get(*client, "/api/v1/checklists", login).json["count"].get<int>(); };
  EXPECT_EQ(get(*client, "/api/v1/checklists", nullptr).status, 401);
  EXPECT_EQ(count(&contact_a()), 1);
  EXPECT_EQ(count(&contact_b()), 1);
  EXPECT_EQ(count(&strategist_08()), 2);
  EXPECT_EQ(count(&strategist_01()), 1);
  EXPECT_EQ(count(&coordinator()), 3);
  auto theirs = get(*client, "/api/v1/checklists", &contact_b());
  EXPECT_EQ(theirs.json["items"][0]["organisation_id"], org_b);
  // The pages show the same: the other organisation's checklist is neither listed nor readable.
  auto page = get(*client, "/checklistor", &contact_b());
  EXPECT_EQ(page.body.find("Kommun &lt;b&gt;A&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(page.body.find("Kommun B, 2026"), std::string::npos);
}

TEST_F(ChecklistHttp, AMissingChecklistAnswersLikeOneTheUserMayNotRead) {
  auto id = create(contact_b(), org_b, 2026, "jjjjjjjjjj");
  const std::string theirs = "/api/v1/checklists/" + std::to_string(id);
  EXPECT_EQ(get(*client, "/api/v1/checklists/999999", nullptr).status, 401);
  auto missing = get(*client, "/api/v1/checklists/999999", &contact_a());
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(get(*client, theirs, &contact_a()).body, missing.body);
  EXPECT_EQ(get(*client, "/api/v1/checklists/999999", &strategist_08()).status, 404);
  EXPECT_EQ(patch_json(*client, "/api/v1/checklists/999999", {{"year", 2027}}, contact_a().headers()).body,
            patch_json(*client, theirs, {{"year", 2027}}, contact_a().headers()).body);
}

TEST_F(ChecklistHttp, ASecondChecklistForTheSameYearIsAConflictOnYear) {
  create(contact_a(), org_a, 2026, "jjjjjjjjjj");
  auto again = post_json(*client, "/api/v1/checklists",
                         {{"organisation_id", org_a}, {"year", 2026}, {"answers", answers("nnnnnnnnnn")}},
                         strategist_08().headers());
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(error_field(again), "year");
  // Another organisation's contact learns nothing about it: A reads as
  // missing, not a conflict.
  auto other = post_json(*client, "/api/v1/checklists",
                         {{"organisation_id", org_a}, {"year", 2026}, {"answers", answers("nnnnnnnnnn")}},
                         contact_b().headers());
  EXPECT_EQ(other.status, 400) << other.body;
  EXPECT_EQ(error_field(other), "organisation_id");
  // Moving another year's checklist onto 2026 conflicts too.
  auto id = create(contact_a(), org_a, 2025, "jjjjjjjjjj");
  auto moved = patch_json(*client, "/api/v1/checklists/" + std::to_string(id), {{"year", 2026}}, contact_a().headers());
  EXPECT_EQ(moved.status, 409);
  EXPECT_EQ(error_field(moved), "year");
}

TEST_F(ChecklistHttp, ValidationNamesTheField) {
  auto post = [&](json body) { return post_json(*client, "/api/v1/checklists", body, contact_a().headers()); };
  json good = {{"organisation_id", org_a}, {"year", 2026}, {"answers", answers("jjjjjjjjjj")}};

  json unanswered = good;
  unanswered["answers"][3]["answer"] = nullptr;
  auto a = post(unanswered);
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(error_field(a), "answer_4");
  EXPECT_NE(a.json["error"]["message"].get<std::string>().find("Punkt 4"), std::string::npos);

  json wrong = good;
  wrong["answers"][2]["answer"] = "kanske";
  EXPECT_EQ(error_field(post(wrong)), "answer_3");

  json nine = good;
  nine["answers"].erase(9);
  auto short_list = post(nine);
  EXPECT_EQ(short_list.status, 400);
  EXPECT_EQ(error_field(short_list), "answers");

  json early = good;
  early["year"] = 1999;
  EXPECT_EQ(error_field(post(early)), "year");

  json no_org = good;
  no_org.erase("organisation_id");
  EXPECT_EQ(error_field(post(no_org)), "organisation_id");

  json county = good;
  county["county_code"] = "01";
  EXPECT_EQ(error_field(post(county)), "county_code");

  json flat = good;
  flat["answer_1"] = "nej";
  EXPECT_EQ(error_field(post(flat)), "answer_1");

  json long_comment = good;
  long_comment["answers"][6]["comment"] = std::string(2001, 'x');
  EXPECT_EQ(error_field(post(long_comment)), "comment_7");

  EXPECT_EQ(get(*client, "/api/v1/checklists", &admin()).json["count"], 0);
}

TEST_F(ChecklistHttp, AnswersMayBeSentAsAnObjectKeyedByPoint) {
  json by_point = json::object();
  for (int n = 1; n <= 10; ++n) by_point[std::to_string(n)] = n <= 6 ? "ja" : "nej";
  auto made = post_json(*client, "/api/v1/checklists", {{"organisation_id", org_a}, {"year", 2026}, {"answers", by_point}},
                        contact_a().headers());
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json["answers"].size(), 10u);
  EXPECT_EQ(made.json["answers"][0]["point"], 1);
  EXPECT_EQ(made.json["answers"][0]["text"], "Den politiska församlingen tar beslut om jämställdhetsintegrering.");
  EXPECT_EQ(made.json["counts"], (json{{"ja", 6}, {"delvis", 0}, {"nej", 4}, {"unanswered", 0}}));
  EXPECT_EQ(made.json["county_code"], "08");
  EXPECT_EQ(made.json["title"], "Kommun <b>A</b>, 2026");
  EXPECT_EQ(made.location, "/api/v1/checklists/" + std::to_string(made.json["id"].get<int>()));
}

TEST_F(ChecklistHttp, ChangesNeedTheCsrfToken) {
  json body = {{"organisation_id", org_a}, {"year", 2026}, {"answers", answers("jjjjjjjjjj")}};
  auto without = post_json(*client, "/api/v1/checklists", body, contact_a().cookie_only());
  EXPECT_EQ(without.status, 403);
  EXPECT_EQ(without.json["error"]["code"], "csrf");
  auto wrong_headers = contact_a().cookie_only();
  wrong_headers.emplace("X-CSRF-Token", "not-the-token");
  EXPECT_EQ(post_json(*client, "/api/v1/checklists", body, wrong_headers).status, 403);

  httplib::Params form{{"organisation_id", std::to_string(org_a)}, {"year", "2026"}};
  for (int n = 1; n <= 10; ++n) form.emplace("answer_" + std::to_string(n), "ja");
  EXPECT_EQ(post_form(*client, "/checklistor/ny", form, contact_a(), false).status, 403);
  auto wrong_form = form;
  wrong_form.emplace("csrf_token", "not-the-token");
  EXPECT_EQ(post_form(*client, "/checklistor/ny", wrong_form, contact_a(), false).status, 403);
  EXPECT_EQ(get(*client, "/api/v1/checklists", &admin()).json["count"], 0);

  auto id = create(contact_a(), org_a, 2026, "jjjjjjjjjj");
  auto patch = patch_json(*client, "/api/v1/checklists/" + std::to_string(id), {{"year", 2027}}, contact_a().cookie_only());
  EXPECT_EQ(patch.status, 403);
  EXPECT_EQ(answer_of(client->Delete("/api/v1/checklists/" + std::to_string(id), contact_a().cookie_only())).status, 403);
  EXPECT_EQ(get(*client, "/api/v1/checklists/" + std::to_string(id), &contact_a()).json["year"], 2026);
}

TEST_F(ChecklistHttp, TheFormKeepsEveryAnswerAndShowsTheMessageBesideItsPoint) {
  httplib::Params form{{"organisation_id", std::to_string(org_a)}, {"year", "2026"}};
  for (int n = 1; n <= 10; ++n)
    if (n != 4) form.emplace("answer_" + std::to_string(n), n % 3 == 0 ? "nej" : "delvis");
  form.emplace("comment_2", "Vi har börjat <em>i år</em>.");
  auto first = post_form(*client, "/checklistor/ny", form, contact_a());
  EXPECT_EQ(first.status, 400);
  EXPECT_NE(first.body.find("id=\"answer_4-error\">Punkt 4: måste fyllas i</p>"), std::string::npos);
  EXPECT_NE(first.body.find("aria-describedby=\"answer_4-error\""), std::string::npos);
  EXPECT_NE(first.body.find("href=\"#field-answer_4\""), std::string::npos);
  EXPECT_NE(first.body.find("id=\"field-answer_3-nej\" name=\"answer_3\" value=\"nej\" checked"), std::string::npos);
  EXPECT_NE(first.body.find("id=\"field-answer_5-delvis\" name=\"answer_5\" value=\"delvis\" checked"),
            std::string::npos);
  EXPECT_NE(first.body.find(">Vi har börjat &lt;em&gt;i år&lt;/em&gt;.</textarea>"), std::string::npos);
  EXPECT_EQ(get(*client, "/api/v1/checklists", &admin()).json["count"], 0);

  form.emplace("answer_4", "ja");
  auto second = post_form(*client, "/checklistor/ny", form, contact_a());
  EXPECT_EQ(second.status, 303);
  EXPECT_EQ(second.location.rfind("/checklistor/", 0), 0u);
  auto saved = get(*client, "/api/v1/checklists", &admin());
  ASSERT_EQ(saved.json["count"], 1);
  EXPECT_EQ(saved.json["items"][0]["answers"][3]["answer"], "ja");
  EXPECT_EQ(saved.json["items"][0]["answers"][1]["comment"], "Vi har börjat <em>i år</em>.");
}

TEST_F(ChecklistHttp, ScriptInCommentsComesBackEscapedInPagesAndQuotedInCsv) {
  const std::string payload = "<script>alert(\"x\");</script>";
  auto id = create(contact_a(), org_a, 2026, "jjjjjjjjjj", payload);
  auto page = get(*client, "/checklistor/" + std::to_string(id), &strategist_08());
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("<script>alert"), std::string::npos);
  EXPECT_NE(page.body.find("&lt;script&gt;alert(&quot;x&quot;);&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(page.body.find("<b>A</b>"), std::string::npos);
  for (const std::string& path : {std::string("/checklistor/sammanstallning?ar=2026"), "/checklistor/organisation/" + std::to_string(org_a),
                                 "/checklistor/" + std::to_string(id) + "/andra"}) {
    auto other = get(*client, path, &strategist_08());
    EXPECT_EQ(other.status, 200) << path;
    EXPECT_EQ(other.body.find("<b>A</b>"), std::string::npos) << path;
    EXPECT_EQ(other.body.find("<script>alert"), std::string::npos) << path;
  }
  auto csv = client->Get("/checklistor/export.csv", strategist_08().cookie_only());
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv->get_header_value("Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_NE(csv->body.find(";\"<script>alert(\"\"x\"\");</script>\";"), std::string::npos) << csv->body;
}

TEST_F(ChecklistHttp, TheCountySummaryMatchesAHandCount) {
  // 2026 in Kalmar län: A jjjdddnnnj, B jdnjdnjdnj; Stockholm's C does not count.
  create(contact_a(), org_a, 2025, "nnnnnnnnnn");
  create(contact_a(), org_a, 2026, "jjjdddnnnj");
  create(contact_b(), org_b, 2026, "jdnjdnjdnj");
  create(admin(), org_c, 2026, "jjjjjjjjjj");
  auto s = get(*client, "/api/v1/checklists/summary?county=08&year=2026", &strategist_08());
  ASSERT_EQ(s.status, 200) << s.body;
  EXPECT_EQ(s.json["county"], "08");
  ASSERT_EQ(s.json["years"].size(), 1u);
  const auto& y = s.json["years"][0];
  EXPECT_EQ(y["year"], 2026);
  EXPECT_EQ(y["organisations"], 2);
  ASSERT_EQ(y["points"].size(), 10u);
  // Point 1: j + j → 2 ja, 100 %. Point 2: j + d → 1 ja, 1 delvis, 50 %. Point 3: j + n.
  EXPECT_EQ(y["points"][0]["ja"], 2);
  EXPECT_EQ(y["points"][0]["share_ja"], 100.0);
  EXPECT_EQ(y["points"][1]["ja"], 1);
  EXPECT_EQ(y["points"][1]["delvis"], 1);
  EXPECT_EQ(y["points"][1]["share_ja"], 50.0);
  EXPECT_EQ(y["points"][2]["nej"], 1);
  // Point 6: d + n → 0 ja of 2.
  EXPECT_EQ(y["points"][5]["delvis"], 1);
  EXPECT_EQ(y["points"][5]["nej"], 1);
  EXPECT_EQ(y["points"][5]["share_ja"], 0.0);
  // Point 9: n + n.
  EXPECT_EQ(y["points"][8]["nej"], 2);
  EXPECT_EQ(y["points"][8]["answered"], 2);

  // Without a year: every year, newest first.
  auto all = get(*client, "/api/v1/checklists/summary?county=08", &coordinator());
  ASSERT_EQ(all.json["years"].size(), 2u);
  EXPECT_EQ(all.json["years"][1]["year"], 2025);
  EXPECT_EQ(all.json["years"][1]["organisations"], 1);

  // The page shows the same numbers.
  auto page = get(*client, "/checklistor/sammanstallning?ar=2026", &strategist_08());
  EXPECT_NE(page.body.find("2 organisationer har fyllt i checklistan för 2026"), std::string::npos);
  EXPECT_NE(page.body.find("<td class=\"number\">1</td><td class=\"number\">1</td><td class=\"number\">0</td>"
                           "<td class=\"number\">50,0 %</td>"),
            std::string::npos);
  EXPECT_NE(page.body.find("Ja +4, delvis +3, nej −7 jämfört med 2025"), std::string::npos);
}

TEST_F(ChecklistHttp, TheOrganisationSummaryShowsTheChangeSincePreviousYear) {
  create(contact_a(), org_a, 2024, "nnnnnnnnnn");
  create(contact_a(), org_a, 2026, "jjjjdddnnn");
  auto s = get(*client, "/api/v1/checklists/summary?organisation_id=" + std::to_string(org_a), &contact_a());
  ASSERT_EQ(s.status, 200) << s.body;
  ASSERT_EQ(s.json["years"].size(), 2u);
  EXPECT_EQ(s.json["years"][0]["year"], 2024);
  EXPECT_TRUE(s.json["years"][0]["change"].is_null());
  EXPECT_EQ(s.json["years"][1]["ja"], 4);
  EXPECT_EQ(s.json["years"][1]["previous_year"], 2024);
  EXPECT_EQ(s.json["years"][1]["change"], (json{{"ja", 4}, {"delvis", 3}, {"nej", -7}, {"unanswered", 0}}));
  auto page = get(*client, "/checklistor/organisation/" + std::to_string(org_a), &contact_a());
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Ja +4, delvis +3, nej −7 jämfört med 2024"), std::string::npos);
}

TEST_F(ChecklistHttp, SummariesFollowTheRoles) {
  create(contact_a(), org_a, 2026, "jjjjjjjjjj");
  const std::vector<int> county{401, 403, 403, 200, 403, 200, 200};
  const std::vector<int> organisation{401, 200, 404, 200, 404, 200, 200};
  auto list = actors();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& [name, login] = list[i];
    EXPECT_EQ(get(*client, "/api/v1/checklists/summary?county=08&year=2026", login).status, county[i]) << name;
    EXPECT_EQ(get(*client, "/api/v1/checklists/summary?organisation_id=" + std::to_string(org_a), login).status,
              organisation[i])
        << name;
  }
  EXPECT_EQ(get(*client, "/checklistor/sammanstallning", &contact_a()).status, 403);
  EXPECT_EQ(get(*client, "/checklistor/organisation/" + std::to_string(org_a), &contact_b()).status, 404);
  EXPECT_EQ(get(*client, "/api/v1/checklists/summary?county=99", &admin()).status, 400);
  EXPECT_EQ(get(*client, "/api/v1/checklists/summary?county=08&year=20x6", &admin()).status, 400);
}

TEST_F(ChecklistHttp, ChangesAreInTheAuditLog) {
  auto id = create(contact_a(), org_a, 2026, "jjjjjjjjjj");
  patch_json(*client, "/api/v1/checklists/" + std::to_string(id), {{"answers", {{"3", {{"answer", "nej"}, {"comment", "Inte ännu."}}}}}},
             contact_a().headers());
  auto audit = get(*client, "/api/v1/audit?entity=checklist&id=" + std::to_string(id), &strategist_08());
  ASSERT_EQ(audit.status, 200) << audit.body;
  ASSERT_EQ(audit.json["entries"].size(), 2u);
  EXPECT_EQ(audit.json["entries"][1]["actor"], "kontakt.a@example.se");
  EXPECT_EQ(audit.json["entries"][1]["before"]["answer_3"], "ja");
  EXPECT_EQ(audit.json["entries"][1]["after"]["answer_3"], "nej");
  EXPECT_EQ(audit.json["entries"][1]["after"]["comment_3"], "Inte ännu.");
}
