// Organisations' own plans and the three-year follow-up with substance
// (issue 12, items 4 and 5) over HTTP on a real port, on SQLite and
// PostgreSQL: a contact declares which targets of Kalmar's action plan the
// organisation's plan serves and links an activity; the board sees both per
// target; a contact of another organisation cannot; follow-ups record a
// status per commitment and are compared three years apart.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "domain/utc_time.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/joining/follow_up_history.hpp"
#include "service/joining/joining_decisions.hpp"
#include "service/organisation_plan/organisation_plan.hpp"
#include "service/joining/joining_register.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/audit_repository.hpp"
#include "register_fixture.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;
using json = nlohmann::json;

class OrganisationPlan : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    if (HasFatalFailure()) return;
    auto kalmar = service::strategy_covering(*db, "08", 2026);
    ASSERT_TRUE(kalmar && kalmar->action_plan);
    strategy_id = kalmar->id;
    subgoal_id = kalmar->goals.at(0).children.at(0).id;  // Delmål 1 "En jämn fördelning av makt och inflytande"
  }

  std::string plan_path(std::int64_t org) { return "/api/v1/organisations/" + std::to_string(org) + "/plan-links"; }

  Answer put_plan(std::int64_t org, const json& links, const TestLogin* who) {
    return answer_of(client->Put(plan_path(org), headers_of(who), json{{"links", links}}.dump(), "application/json"));
  }

  // An activity of organisation A serving `targets`, created by `who`.
  Answer activity(const std::string& title, const std::string& start, const json& targets, const TestLogin& who) {
    return post_json(*client, "/api/v1/activities",
                     {{"title", title}, {"type", "utbildning"}, {"status", "genomford"}, {"start_date", start},
                      {"organiser_id", org_a}, {"plan_targets", targets}},
                     who.headers());
  }

  void set_clock(const char* at) { clock.set(*parse_utc_text(at)); }

  std::int64_t strategy_id = 0, subgoal_id = 0;
};

TEST_F(OrganisationPlan, AContactDeclaresThePlansTargetsAndTheBoardSeesThemPerTarget) {
  auto empty = get(*client, plan_path(org_a), &contact_a());
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_EQ(empty.json["strategy_id"], strategy_id);
  EXPECT_TRUE(empty.json["links"].empty());

  auto saved = put_plan(org_a,
                        {{{"target_code", "1.3"}, {"note", "Vår plan: våldsförebyggande arbete i skolan"}},
                         {{"target_code", "4.2"}},
                         {{"node_id", subgoal_id}, {"note", "Jämn fördelning i nämnderna"}}},
                        &contact_a());
  ASSERT_EQ(saved.status, 200) << saved.body;
  ASSERT_EQ(saved.json["links"].size(), 3u);
  EXPECT_EQ(saved.json["links"][0]["target_code"], "1.3");
  EXPECT_EQ(saved.json["links"][0]["declared_by"], "kontakt.a@example.se");
  EXPECT_EQ(saved.json["links"][0]["declared_at"], "2026-03-31T10:00:00Z");
  EXPECT_EQ(saved.json["links"][2]["node_id"], subgoal_id);

  // The contact links two activities to target 1.3, one a year earlier.
  auto first = activity("Våga prata om våld – personalutbildning", "2025-10-07", {"1.3"}, contact_a());
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json["plan_targets"], json({"1.3"}));
  auto second = activity("Föräldramöte om våld i nära relationer", "2026-02-10", {"1.3", "2.1"}, contact_a());
  ASSERT_EQ(second.status, 201) << second.body;
  auto shown = client->Get("/insatser/" + std::to_string(second.json["id"].get<std::int64_t>()), contact_a().headers());
  ASSERT_TRUE(shown && shown->status == 200);
  EXPECT_NE(shown->body.find("<li>Mål 1.3</li><li>Mål 2.1</li>"), std::string::npos);
  auto wrong = activity("Okänt mål", "2026-02-11", {"9.9"}, contact_a());
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(error_field(wrong), "plan_targets");

  const std::string view = "/api/v1/strategies/" + std::to_string(strategy_id) + "/action-plan/contributions";
  auto board = get(*client, view, &strategist_08());
  ASSERT_EQ(board.status, 200) << board.body;
  json target_13, target_21, target_42;
  for (const auto& t : board.json["targets"]) {
    if (t["target_code"] == "1.3") target_13 = t;
    if (t["target_code"] == "2.1") target_21 = t;
    if (t["target_code"] == "4.2") target_42 = t;
  }
  ASSERT_EQ(target_13["organisations"].size(), 1u);
  EXPECT_EQ(target_13["objective_code"], "1");
  const auto& a = target_13["organisations"][0];
  EXPECT_EQ(a["name"], "Kommun A");
  EXPECT_EQ(a["declared"], true);
  EXPECT_EQ(a["note"], "Vår plan: våldsförebyggande arbete i skolan");
  EXPECT_EQ(a["activities_per_year"], json({{"2025", 1}, {"2026", 1}}));
  ASSERT_EQ(a["activities"].size(), 2u);
  EXPECT_EQ(a["activities"][0]["title"], "Våga prata om våld – personalutbildning");
  // An activity serving a target the plan does not name still counts there.
  ASSERT_EQ(target_21["organisations"].size(), 1u);
  EXPECT_EQ(target_21["organisations"][0]["declared"], false);
  // A declared target without activities.
  ASSERT_EQ(target_42["organisations"].size(), 1u);
  EXPECT_TRUE(target_42["organisations"][0]["activities"].empty());

  auto page = client->Get("/strategier/" + std::to_string(strategy_id) + "/handlingsplan/bidrag",
                          strategist_08().headers());
  ASSERT_TRUE(page && page->status == 200);
  EXPECT_NE(page->body.find("Kommun A"), std::string::npos);
  EXPECT_NE(page->body.find("Vår plan: våldsförebyggande arbete i skolan"), std::string::npos);
  EXPECT_NE(page->body.find("Föräldramöte om våld i nära relationer</a> (2026-02-10)"), std::string::npos);
  EXPECT_NE(page->body.find("2025: 1"), std::string::npos);

  // Who sees the board's view: the county's strategists, coordinators, admins.
  EXPECT_EQ(get(*client, view, &coordinator()).status, 200);
  EXPECT_EQ(get(*client, view, &admin()).status, 200);
  EXPECT_EQ(get(*client, view, &contact_a()).status, 403);
  EXPECT_EQ(get(*client, view, &strategist_01()).status, 403);
  EXPECT_EQ(get(*client, view, nullptr).status, 401);

  // Audited with the links before and after.
  std::vector<store::AuditEntry> audit;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  audit = store::list_audit(s, "organisation_plan", org_a);
                  return {};
                }).ok());
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].actor, "kontakt.a@example.se");
  EXPECT_EQ(audit[0].before_json.value_or(""), "[]");
  EXPECT_NE(audit[0].after_json.value_or("").find("1.3"), std::string::npos);
}

TEST_F(OrganisationPlan, AContactOfAnotherOrganisationCannotReadOrChangeThePlan) {
  // Those who may not read organisation A are answered as if it did not
  // exist (docs/authorization.md, "Existence is not revealed"); the
  // coordinator, who reads it, gets 403.
  json links = {{{"target_code", "1.1"}}};
  EXPECT_EQ(put_plan(org_a, links, &contact_b()).status, 404);
  EXPECT_EQ(get(*client, plan_path(org_a), &contact_b()).status, 404);
  EXPECT_EQ(put_plan(org_a, links, &strategist_01()).status, 404);
  EXPECT_EQ(put_plan(org_a, links, &coordinator()).status, 403);
  EXPECT_EQ(put_plan(org_a, links, nullptr).status, 401);
  EXPECT_EQ(get(*client, plan_path(org_a), &coordinator()).status, 200);
  EXPECT_EQ(get(*client, plan_path(999999), &strategist_08()).status, 404);
  // The county's strategist and an admin may.
  EXPECT_EQ(put_plan(org_a, links, &strategist_08()).status, 200);
  EXPECT_EQ(put_plan(org_a, links, &admin()).status, 200);
  // Nothing the contact of B tried was stored.
  auto plan = get(*client, plan_path(org_a), &contact_a());
  ASSERT_EQ(plan.json["links"].size(), 1u);
  EXPECT_EQ(plan.json["links"][0]["declared_by"], "strateg@kalmar.example") << "unchanged, keeps who declared it";

  // Bad input names the field.
  auto unknown = put_plan(org_a, {{{"target_code", "7.7"}}}, &contact_a());
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(error_field(unknown), "targets");
  auto both = put_plan(org_a, {{{"target_code", "1.1"}, {"node_id", subgoal_id}}}, &contact_a());
  EXPECT_EQ(both.status, 400);
  EXPECT_EQ(error_field(both), "links[0]");

  // The page refuses the other organisation's contact as well.
  auto page = client->Get("/organisationer/" + std::to_string(org_a) + "/plan", contact_b().headers());
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 404);
}

TEST_F(OrganisationPlan, ThePlanPageWorksWithoutJavaScriptAndKeepsWhatWasTyped) {
  const std::string path = "/organisationer/" + std::to_string(org_a) + "/plan";
  auto page = client->Get(path, contact_a().headers());
  ASSERT_TRUE(page && page->status == 200);
  EXPECT_NE(page->body.find("name=\"targets\" value=\"1.3\""), std::string::npos);
  EXPECT_NE(page->body.find("name=\"csrf_token\""), std::string::npos);

  const std::string long_note(2001, 'x');
  auto refused = post_form(*client, path,
                           {{"targets", "1.3"}, {"note_target_1.3", long_note}, {"targets", "2.2"},
                            {"note_target_2.2", "Barnperspektivet i socialtjänsten"}},
                           contact_a());
  ASSERT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("Ingenting sparades"), std::string::npos);
  EXPECT_NE(refused.body.find("id=\"note_target_1.3-error\""), std::string::npos);
  EXPECT_NE(refused.body.find("aria-describedby=\"note_target_1.3-error\""), std::string::npos);
  EXPECT_NE(refused.body.find("Barnperspektivet i socialtjänsten"), std::string::npos) << "what was typed is kept";
  EXPECT_EQ(get(*client, plan_path(org_a), &contact_a()).json["links"].size(), 0u) << "nothing saved";

  auto saved = post_form(*client, path,
                         {{"targets", "2.2"}, {"note_target_2.2", "Barnperspektivet i socialtjänsten"}}, contact_a());
  ASSERT_EQ(saved.status, 303);
  EXPECT_EQ(saved.location, path + "?sparad=1");
  auto links = get(*client, plan_path(org_a), &contact_a()).json["links"];
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0]["note"], "Barnperspektivet i socialtjänsten");
  EXPECT_EQ(post_form(*client, path, {{"targets", "2.2"}}, contact_a(), false).status, 403) << "no CSRF token";

  // The activity form offers the action plan's targets.
  auto form = client->Get("/insatser/ny", contact_a().headers());
  ASSERT_TRUE(form && form->status == 200);
  EXPECT_NE(form->body.find("name=\"plan_targets\" value=\"1.3\""), std::string::npos);
}

TEST_F(OrganisationPlan, FollowUpsRecordEachCommitmentAndAreComparedThreeYearsApart) {
  set_clock("2024-05-20T09:00:00Z");
  auto joining = service::create_record(*db, service::joining_rules(),
                                        {{"organisation_id", std::to_string(org_a)},
                                         {"decision_date", "2024-01-10"},
                                         {"action_plan_url", "https://kommuna.example/plan"}},
                                        system_admin());
  ASSERT_TRUE(joining.ok()) << joining.error().to_string();
  const std::int64_t id = std::stoll(joining->at("id"));
  ASSERT_TRUE(service::approve_joining(*db, id, "2024-02-01", system_admin()).ok());
  const std::string api = "/api/v1/joinings/" + std::to_string(id);

  ASSERT_EQ(put_plan(org_a, {{{"target_code", "1.3"}, {"note", "Skolans våldsförebyggande arbete"}}}, &contact_a())
                .status,
            200);
  ASSERT_EQ(activity("Personalutbildning om våld", "2024-03-10", {"1.3"}, contact_a()).status, 201);

  // Bad statuses are refused naming the commitment.
  auto bad = post_json(*client, api + "/follow-up",
                       {{"date", "2024-05-20"}, {"commitments", {{"commitment_plan", {{"status", "kanske"}}}}}},
                       strategist_08().headers());
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(error_field(bad), "commitments.commitment_plan.status");
  auto contact_try = post_json(*client, api + "/follow-up", {{"date", "2024-05-20"}}, contact_a().headers());
  EXPECT_EQ(contact_try.status, 403) << "only the board records a follow-up";

  auto first = post_json(*client, api + "/follow-up",
                         {{"date", "2024-05-20"},
                          {"note", "Första dialogen"},
                          {"commitments",
                           {{"commitment_decision", {{"status", "fulfilled"}, {"note", "KF-beslut 2024-01-10"}}},
                            {"commitment_plan", {{"status", "partly"}, {"note", "Planen saknar mål om våld"}}},
                            {"commitment_contact", {{"status", "fulfilled"}}},
                            {"commitment_dialogue", {{"status", "not_fulfilled"}}},
                            {"commitment_follow_up", {{"status", "not_assessed"}}}}}},
                         strategist_08().headers());
  ASSERT_EQ(first.status, 200) << first.body;

  // Three years later the plan names another target and more was done.
  set_clock("2027-05-18T09:00:00Z");
  TestLogin contact = log_in_again(*db, contact_a());
  TestLogin strategist = log_in_again(*db, strategist_08());
  ASSERT_EQ(put_plan(org_a, {{{"target_code", "1.3"}, {"note", "Skolans våldsförebyggande arbete"}},
                             {{"target_code", "2.1"}}},
                     &contact)
                .status,
            200);
  ASSERT_EQ(activity("Uppföljande utbildning", "2025-09-01", {"1.3"}, contact).status, 201);
  ASSERT_EQ(activity("Kampanj om stöd", "2026-11-25", {"1.3", "2.1"}, contact).status, 201);
  // A follow-up in the old way, without the dialogue per commitment.
  ASSERT_EQ(post_json(*client, api + "/follow-up", {{"date", "2026-01-12"}, {"note", "Kort avstämning"}},
                      strategist.headers())
                .status,
            200);
  auto second = post_json(*client, api + "/follow-up",
                          {{"date", "2027-05-18"},
                           {"commitments",
                            {{"commitment_decision", {{"status", "fulfilled"}}},
                             {"commitment_plan", {{"status", "fulfilled"}, {"note", "Reviderad plan antagen 2026"}}},
                             {"commitment_contact", {{"status", "fulfilled"}}},
                             {"commitment_dialogue", {{"status", "partly"}}},
                             {"commitment_follow_up", {{"status", "fulfilled"}}}}}},
                          strategist.headers());
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.json["next_follow_up"], "2030-05-18");

  auto list = get(*client, api + "/follow-ups", &contact);
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(list.json["count"], 3);
  const auto& latest = list.json["items"][0];
  EXPECT_EQ(latest["date"], "2027-05-18");
  EXPECT_EQ(latest["commitments"]["commitment_plan"]["status"], "fulfilled");
  EXPECT_EQ(latest["commitments"]["commitment_plan"]["note"], "Reviderad plan antagen 2026");
  ASSERT_EQ(latest["contributions"].size(), 2u);
  EXPECT_EQ(latest["contributions"][0]["target_code"], "1.3");
  EXPECT_EQ(latest["contributions"][0]["activity_count"], 3);
  EXPECT_EQ(latest["contributions"][1]["activity_count"], 1);
  const auto& old_way = list.json["items"][1];
  EXPECT_EQ(old_way["date"], "2026-01-12");
  EXPECT_TRUE(old_way["commitments"].empty());
  const auto& earliest = list.json["items"][2];
  EXPECT_EQ(earliest["commitments"]["commitment_plan"]["status"], "partly");
  ASSERT_EQ(earliest["contributions"].size(), 1u);
  EXPECT_EQ(earliest["contributions"][0]["activity_count"], 1) << "as it stood in 2024";
  EXPECT_EQ(earliest["contributions"][0]["note"], "Skolans våldsförebyggande arbete");

  // The page compares the first and the latest side by side.
  const std::int64_t first_id = earliest["id"], latest_id = latest["id"];
  auto page = client->Get("/anslutningar/" + std::to_string(id) + "/uppfoljningar?a=" + std::to_string(first_id) +
                              "&b=" + std::to_string(latest_id),
                          strategist.headers());
  ASSERT_TRUE(page && page->status == 200);
  const std::string& html = page->body;
  EXPECT_NE(html.find("Uppföljningen 2024-05-20 jämförd med 2027-05-18"), std::string::npos);
  auto row = [&](const std::string& title) {
    auto at = html.find("<th scope=\"row\">" + title + "</th>");
    return at == std::string::npos ? std::string() : html.substr(at, html.find("</tr>", at) - at);
  };
  std::string plan_row = row("Insats- och/eller handlingsplan");
  EXPECT_NE(plan_row.find("Delvis uppfyllt"), std::string::npos) << plan_row;
  EXPECT_NE(plan_row.find("Planen saknar mål om våld"), std::string::npos) << plan_row;
  EXPECT_NE(plan_row.find("<strong>Ändrad</strong>"), std::string::npos) << plan_row;
  std::string decision_row = row("Ledningsbeslut om jämställdhetsintegrering");
  EXPECT_NE(decision_row.find("Oförändrad"), std::string::npos) << decision_row;
  EXPECT_NE(html.find("Inte i planen"), std::string::npos) << "target 2.1 was added";
  EXPECT_NE(html.find("Uppföljningen registrerades utan dialog per åtagande."), std::string::npos);
  // The follow-up form on the joining's page asks for each commitment.
  auto joining_page = client->Get("/anslutningar/" + std::to_string(id), strategist.headers());
  ASSERT_TRUE(joining_page && joining_page->status == 200);
  EXPECT_NE(joining_page->body.find("name=\"status_commitment_dialogue\""), std::string::npos);
  // The form keeps the status error beside its field.
  auto refused = post_form(*client, "/anslutningar/" + std::to_string(id) + "/uppfoljning",
                           {{"held_on", "2027-05-18"}, {"status_commitment_plan", "kanske"}}, strategist);
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("id=\"status_commitment_plan-error\""), std::string::npos);
}

TEST(OrganisationPlanDemo, KalmarDemoOrganisationsDeclareTargetsAndTheRegionHasTwoFollowUps) {
  auto db = fresh_database();
  ASSERT_NE(db, nullptr);
  FixedClock clock{*parse_utc_text("2026-03-31T10:00:00Z")};
  db->use_clock(clock);
  ASSERT_TRUE(service::load_demo_strategies(*db).ok());
  auto loaded = service::load_demo_registers(*db, false);
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  auto kalmar = service::strategy_covering(*db, "08", 2026);
  ASSERT_TRUE(kalmar);
  User admin = system_admin();

  auto view = service::action_plan_contributions(*db, kalmar->id, admin);
  ASSERT_TRUE(view.ok()) << view.error().to_string();
  std::vector<std::string> names_21;
  int activities_21 = 0;
  for (const auto& t : view->targets)
    if (t.target_code == "2.1")
      for (const auto& o : t.organisations) {
        names_21.push_back(o.name + (o.declared ? " (egen plan)" : ""));
        activities_21 += static_cast<int>(o.activities.size());
      }
  EXPECT_EQ(names_21, (std::vector<std::string>{"Exempelkommunen Kalmar (demo) (egen plan)",
                                                "Kvinnojouren Exempel (demo) (egen plan)"}));
  EXPECT_EQ(activities_21, 2) << "the training (2025) and the campaign (2026)";

  // The Region's joining: the start dialogue five years ago and the
  // follow-up two years ago, compared.
  long long joining = 0;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  s << "SELECT j.id FROM joinings j JOIN organisations o ON o.id = j.organisation_id "
                       "WHERE o.name = 'Region Exempel (demo)'",
                      soci::into(joining);
                  return {};
                }).ok());
  auto history = service::follow_up_history(*db, joining, admin);
  ASSERT_TRUE(history.ok()) << history.error().to_string();
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].held_on, "2024-03-31");
  EXPECT_EQ((*history)[1].held_on, "2021-03-31");
  ASSERT_EQ((*history)[0].contributions.size(), 2u) << "the Region's plan names 2.2 and 4.4";
  EXPECT_TRUE((*history)[1].contributions.empty()) << "no strategy covered 2021";
  auto compared = service::compare_follow_ups(*db, joining, (*history)[1].id, (*history)[0].id, admin);
  ASSERT_TRUE(compared.ok());
  std::vector<std::string> changed;
  for (const auto& c : compared->commitments)
    if (c.changed) changed.push_back(c.commitment);
  EXPECT_EQ(changed, (std::vector<std::string>{"commitment_plan", "commitment_dialogue", "commitment_follow_up"}));
}
