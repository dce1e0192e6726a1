// Steering documents over HTTP: who may register, read and assess them, the
// assessment as system fields set only by its own endpoint and form, CSRF,
// escaping and the summary "X av Y relevanta, varav Z konkreta".
#include <gtest/gtest.h>

#include "register_fixture.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

class SteeringDocumentHttp : public RegisterFixture {
 protected:
  json document(std::int64_t org, const std::string& title, int year = 2025, const std::string& type = "plan") {
    return {{"organisation_id", org}, {"title", title}, {"type", type}, {"year", year},
            {"url", "https://exempel.se/dokument.pdf"}};
  }

  // Registers a document as `login`, expecting 201; returns its id.
  std::int64_t create(const TestLogin& login, const json& body) {
    auto a = post_json(*client, "/api/v1/steering-documents", body, login.headers());
    EXPECT_EQ(a.status, 201) << a.body;
    return a.status == 201 ? a.json["id"].get<std::int64_t>() : 0;
  }

  Answer assess(std::int64_t id, const json& body, const TestLogin& login) {
    return post_json(*client, "/api/v1/steering-documents/" + std::to_string(id) + "/assessment", body, login.headers());
  }
};

TEST_F(SteeringDocumentHttp, ReadCreateUpdateAndAssessFollowTheRoles) {
  // Those who cannot read A's records get 404 as for missing ones, and 400
  // "Organisation: finns inte" for A itself (issue 9, item 14).
  const std::vector<int> may_read{401, 200, 404, 200, 404, 200, 200};
  const std::vector<int> may_create{401, 201, 400, 201, 400, 403, 201};
  const std::vector<int> may_update{401, 200, 404, 200, 404, 403, 200};
  const std::vector<int> may_assess{401, 403, 404, 200, 404, 403, 200};
  auto id = create(contact_a(), document(org_a, "Jämställdhetsplan"));
  auto list = actors();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& [name, login] = list[i];
    auto one = "/api/v1/steering-documents/" + std::to_string(id);
    EXPECT_EQ(get(*client, one, login).status, may_read[i]) << name;
    auto made = post_json(*client, "/api/v1/steering-documents", document(org_a, "Plan " + name), headers_of(login));
    EXPECT_EQ(made.status, may_create[i]) << name << ": " << made.body;
    auto changed = patch_json(*client, one, {{"title", "Jämställdhetsplan, " + name}}, headers_of(login));
    EXPECT_EQ(changed.status, may_update[i]) << name << ": " << changed.body;
    auto assessed = post_json(*client, one + "/assessment", {{"relevant", true}, {"level", "konkret"}}, headers_of(login));
    EXPECT_EQ(assessed.status, may_assess[i]) << name << ": " << assessed.body;
  }
  auto all = get(*client, "/api/v1/steering-documents?organisation_id=" + std::to_string(org_a), &admin());
  EXPECT_EQ(all.json["count"], 4);
  // The assessment pages follow the same rule.
  EXPECT_EQ(get(*client, "/styrdokument/" + std::to_string(id) + "/bedomning", &contact_a()).status, 403);
  EXPECT_EQ(get(*client, "/styrdokument/" + std::to_string(id) + "/bedomning", &strategist_01()).status, 404);
  EXPECT_EQ(get(*client, "/styrdokument/" + std::to_string(id) + "/bedomning", &strategist_08()).status, 200);
  EXPECT_EQ(get(*client, "/styrdokument/" + std::to_string(id), &contact_b()).status, 404);
}

TEST_F(SteeringDocumentHttp, TheAssessmentIsSetOnlyThroughItsOwnEndpointAndAudited) {
  auto id = create(contact_a(), document(org_a, "Budget 2026", 2026, "budget"));
  auto one = "/api/v1/steering-documents/" + std::to_string(id);
  // System fields are refused as input, also for those who may assess.
  json with_assessment = document(org_a, "Plan");
  with_assessment["relevant"] = true;
  auto refused = post_json(*client, "/api/v1/steering-documents", with_assessment, strategist_08().headers());
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(error_field(refused), "relevant");
  EXPECT_EQ(error_field(patch_json(*client, one, {{"level", "konkret"}}, strategist_08().headers())), "level");
  EXPECT_EQ(error_field(patch_json(*client, one, {{"county_code", "01"}}, contact_a().headers())), "county_code");

  auto a = assess(id, {{"relevant", true}, {"level", "allman"}, {"comment", "Nämns bara som princip."}}, strategist_08());
  ASSERT_EQ(a.status, 200) << a.body;
  EXPECT_EQ(a.json["relevant"], true);
  EXPECT_EQ(a.json["level"], "allman");
  EXPECT_EQ(a.json["assessment_comment"], "Nämns bara som princip.");
  EXPECT_EQ(a.json["assessed_on"].get<std::string>().size(), 10u);

  auto audit = get(*client, "/api/v1/audit?entity=steering_document&id=" + std::to_string(id), &strategist_08());
  ASSERT_EQ(audit.json["entries"].size(), 2u);
  EXPECT_EQ(audit.json["entries"][1]["action"], "assess");
  EXPECT_EQ(audit.json["entries"][1]["actor"], "strateg@kalmar.example");
  EXPECT_TRUE(audit.json["entries"][1]["before"]["relevant"].is_null());
  EXPECT_EQ(audit.json["entries"][1]["after"]["relevant"], true);
  auto page = get(*client, "/styrdokument/" + std::to_string(id), &strategist_08());
  EXPECT_NE(page.body.find("<td>Bedömd</td>"), std::string::npos);

  // A title change keeps the assessment; a new link voids it.
  auto retitled = patch_json(*client, one, {{"title", "Budget och verksamhetsplan 2026"}}, contact_a().headers());
  EXPECT_EQ(retitled.json["level"], "allman");
  auto relinked = patch_json(*client, one, {{"url", "https://exempel.se/ny-budget.pdf"}}, contact_a().headers());
  ASSERT_EQ(relinked.status, 200) << relinked.body;
  EXPECT_TRUE(relinked.json["relevant"].is_null());
  EXPECT_TRUE(relinked.json["level"].is_null());
}

TEST_F(SteeringDocumentHttp, AssessmentValidationNamesTheField) {
  auto id = create(contact_a(), document(org_a, "Plan"));
  auto no_level = assess(id, {{"relevant", true}}, strategist_08());
  EXPECT_EQ(no_level.status, 400);
  EXPECT_EQ(error_field(no_level), "level");
  EXPECT_EQ(error_field(assess(id, {{"relevant", false}, {"level", "konkret"}}, strategist_08())), "level");
  EXPECT_EQ(error_field(assess(id, {{"level", "konkret"}}, strategist_08())), "relevant");
  EXPECT_EQ(error_field(assess(id, {{"relevant", "kanske"}}, strategist_08())), "relevant");
  EXPECT_EQ(error_field(assess(id, {{"relevant", true}, {"level", "konkret"}, {"extra", 1}}, strategist_08())), "extra");
  EXPECT_TRUE(get(*client, "/api/v1/steering-documents/" + std::to_string(id), &admin()).json["relevant"].is_null());
  // A user who may not read it learns nothing about the input: 404 first,
  // as for a missing one.
  EXPECT_EQ(assess(id, {{"relevant", true}}, strategist_01()).status, 404);
  EXPECT_EQ(assess(999999, {{"relevant", true}}, contact_a()).status, 404);
  EXPECT_EQ(assess(999999, {{"relevant", true}}, strategist_08()).status, 404);
}

TEST_F(SteeringDocumentHttp, RegisterValidationNamesTheField) {
  auto post = [&](json body) { return post_json(*client, "/api/v1/steering-documents", body, contact_a().headers()); };
  json no_title = document(org_a, "");
  EXPECT_EQ(error_field(post(no_title)), "title");
  json bad_type = document(org_a, "Plan", 2025, "roman");
  EXPECT_EQ(error_field(post(bad_type)), "type");
  json bad_url = document(org_a, "Plan");
  bad_url["url"] = "javascript:alert(1)";
  EXPECT_EQ(error_field(post(bad_url)), "url");
  EXPECT_EQ(error_field(post(document(org_a, "Plan", 1850))), "year");
  EXPECT_EQ(error_field(post(document(999999, "Plan"))), "organisation_id");
  EXPECT_EQ(get(*client, "/api/v1/steering-documents", &admin()).json["count"], 0);
}

TEST_F(SteeringDocumentHttp, ChangesNeedTheCsrfToken) {
  auto id = create(contact_a(), document(org_a, "Plan"));
  auto without = post_json(*client, "/api/v1/steering-documents", document(org_a, "Policy"), contact_a().cookie_only());
  EXPECT_EQ(without.status, 403);
  EXPECT_EQ(without.json["error"]["code"], "csrf");
  auto wrong = strategist_08().cookie_only();
  wrong.emplace("X-CSRF-Token", "fel");
  EXPECT_EQ(post_json(*client, "/api/v1/steering-documents/" + std::to_string(id) + "/assessment",
                      {{"relevant", false}}, wrong)
                .status,
            403);
  EXPECT_EQ(post_form(*client, "/styrdokument/" + std::to_string(id) + "/bedomning", {{"relevant", "0"}}, strategist_08(),
                      false)
                .status,
            403);
  EXPECT_EQ(post_form(*client, "/styrdokument/ny",
                      {{"organisation_id", std::to_string(org_a)}, {"title", "Policy"}, {"type", "policy"}, {"year", "2025"}},
                      contact_a(), false)
                .status,
            403);
  EXPECT_TRUE(get(*client, "/api/v1/steering-documents/" + std::to_string(id), &admin()).json["relevant"].is_null());
  EXPECT_EQ(get(*client, "/api/v1/steering-documents", &admin()).json["count"], 1);
}

TEST_F(SteeringDocumentHttp, TheAssessmentFormKeepsWhatWasTypedAndShowsTheMessageBesideItsQuestion) {
  auto id = create(contact_a(), document(org_a, "Plan"));
  auto path = "/styrdokument/" + std::to_string(id) + "/bedomning";
  auto first = post_form(*client, path, {{"relevant", "1"}, {"comment", "Mål <finns>"}}, strategist_08());
  EXPECT_EQ(first.status, 400);
  EXPECT_NE(first.body.find("id=\"level-error\">Nivå: välj allmän eller konkret"), std::string::npos);
  EXPECT_NE(first.body.find("name=\"relevant\" value=\"1\" checked"), std::string::npos);
  EXPECT_NE(first.body.find(">Mål &lt;finns&gt;</textarea>"), std::string::npos);
  auto second = post_form(*client, path, {{"relevant", "1"}, {"level", "konkret"}, {"comment", "Mål <finns>"}}, strategist_08());
  EXPECT_EQ(second.status, 303);
  auto saved = get(*client, "/api/v1/steering-documents/" + std::to_string(id), &admin());
  EXPECT_EQ(saved.json["level"], "konkret");
  EXPECT_EQ(saved.json["assessment_comment"], "Mål <finns>");
}

TEST_F(SteeringDocumentHttp, TitlesComeBackEscapedInPagesAndQuotedInCsv) {
  const std::string title = "<script>alert(\"x\");</script> Plan";
  auto id = create(contact_a(), document(org_a, title));
  for (const std::string& path : {"/styrdokument/" + std::to_string(id), std::string("/styrdokument"),
                                 "/styrdokument/" + std::to_string(id) + "/bedomning"}) {
    auto page = get(*client, path, &strategist_08());
    EXPECT_EQ(page.status, 200) << path;
    EXPECT_EQ(page.body.find("<script>alert"), std::string::npos) << path;
    EXPECT_NE(page.body.find("&lt;script&gt;alert(&quot;x&quot;);&lt;/script&gt; Plan"), std::string::npos) << path;
  }
  auto csv = client->Get("/styrdokument/export.csv", strategist_08().cookie_only());
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv->body.find(";\"<script>alert(\"\"x\"\");</script> Plan\";"), std::string::npos) << csv->body;
}

TEST_F(SteeringDocumentHttp, TheSummaryMatchesAHandCount) {
  // Kommun A: 2024 konkret, 2025 allmän, 2025 not relevant, 2025 not assessed.
  // Kommun B: 2025 konkret, 2025 not relevant. Kommun C (Stockholm): 2025 konkret, not counted for 08.
  auto a1 = create(contact_a(), document(org_a, "A1", 2024));
  auto a2 = create(contact_a(), document(org_a, "A2", 2025));
  auto a3 = create(contact_a(), document(org_a, "A3", 2025));
  create(contact_a(), document(org_a, "A4", 2025));
  auto b1 = create(contact_b(), document(org_b, "B1", 2025));
  auto b2 = create(contact_b(), document(org_b, "B2", 2025));
  auto c1 = create(admin(), document(org_c, "C1", 2025));
  EXPECT_EQ(assess(a1, {{"relevant", true}, {"level", "konkret"}}, strategist_08()).status, 200);
  EXPECT_EQ(assess(a2, {{"relevant", true}, {"level", "allman"}}, strategist_08()).status, 200);
  EXPECT_EQ(assess(a3, {{"relevant", false}}, strategist_08()).status, 200);
  EXPECT_EQ(assess(b1, {{"relevant", "ja"}, {"level", "konkret"}}, admin()).status, 200);
  EXPECT_EQ(assess(b2, {{"relevant", "nej"}}, admin()).status, 200);
  EXPECT_EQ(assess(c1, {{"relevant", true}, {"level", "konkret"}}, strategist_01()).status, 200);

  auto county = get(*client, "/api/v1/steering-documents/summary?county=08", &strategist_08());
  ASSERT_EQ(county.status, 200) << county.body;
  EXPECT_EQ(county.json["documents"], 6);
  EXPECT_EQ(county.json["assessed"], 5);
  EXPECT_EQ(county.json["relevant"], 3);
  EXPECT_EQ(county.json["concrete"], 2);
  EXPECT_EQ(county.json["general"], 1);
  EXPECT_EQ(county.json["not_assessed"], 1);
  EXPECT_EQ(county.json["sentence"], "3 av 5 bedömda styrdokument är relevanta, varav 2 konkreta.");
  ASSERT_EQ(county.json["organisations"].size(), 2u);
  EXPECT_EQ(county.json["organisations"][0]["organisation"], "Kommun A");
  EXPECT_EQ(county.json["organisations"][0]["sentence"], "2 av 3 bedömda styrdokument är relevanta, varav 1 konkret.");

  auto year = get(*client, "/api/v1/steering-documents/summary?county=08&year=2025", &coordinator());
  EXPECT_EQ(year.json["sentence"], "2 av 4 bedömda styrdokument är relevanta, varav 1 konkret.");
  EXPECT_EQ(year.json["documents"], 5);

  auto own = get(*client, "/api/v1/steering-documents/summary?organisation_id=" + std::to_string(org_b), &contact_b());
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(own.json["sentence"], "1 av 2 bedömda styrdokument är relevant, varav 1 konkret.");

  auto page = get(*client, "/styrdokument/sammanstallning?ar=2025", &strategist_08());
  EXPECT_NE(page.body.find("2 av 4 bedömda styrdokument är relevanta, varav 1 konkret."), std::string::npos);
  auto own_page = get(*client, "/styrdokument/sammanstallning", &contact_a());
  EXPECT_EQ(own_page.status, 200);
  EXPECT_NE(own_page.body.find("2 av 3 bedömda styrdokument är relevanta, varav 1 konkret."), std::string::npos);
  EXPECT_EQ(own_page.body.find("Kommun B"), std::string::npos);
}

TEST_F(SteeringDocumentHttp, SummariesFollowTheRoles) {
  create(contact_a(), document(org_a, "Plan"));
  const std::vector<int> county{401, 403, 403, 200, 403, 200, 200};
  const std::vector<int> organisation{401, 200, 404, 200, 404, 200, 200};
  auto list = actors();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& [name, login] = list[i];
    EXPECT_EQ(get(*client, "/api/v1/steering-documents/summary?county=08", login).status, county[i]) << name;
    EXPECT_EQ(get(*client, "/api/v1/steering-documents/summary?organisation_id=" + std::to_string(org_a), login).status,
              organisation[i])
        << name;
  }
  EXPECT_EQ(get(*client, "/styrdokument/sammanstallning?organisation=" + std::to_string(org_a), &contact_b()).status, 404);
  EXPECT_EQ(get(*client, "/api/v1/steering-documents/summary", &admin()).status, 400);
}
