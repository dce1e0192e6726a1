// Reporting forms over HTTP: who defines and reads them, a form changed
// after submissions keeping every earlier value, and completeness for a
// period with late, returned and missing reports.
#include "reporting_fixture.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

class ReportingForms : public ReportingFixture {};

TEST_F(ReportingForms, TheBoardDefinesFormsContactsReadTheirOwn) {
  auto form = define_form();
  ASSERT_GT(form, 0);
  auto list = get(*client, "/api/v1/forms", &contact_a());
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.json.size(), 1u);
  EXPECT_EQ(list.json[0], (json{{"id", form}, {"code", "VALD"}, {"title", "Våld i nära relationer"},
                                {"periodicity", "quarterly"}, {"version", 1}}));
  auto one = get(*client, "/api/v1/forms/" + std::to_string(form), &contact_a());
  ASSERT_EQ(one.status, 200);
  EXPECT_EQ(one.json["elements"][0]["disaggregation"], (json{"women", "men", "unknown", "total"}));
  EXPECT_EQ(one.json["rules"][0]["left"], "E1.total");
  EXPECT_EQ(one.json["rules"][0]["right"], "E1.women + E1.men + E1.unknown");
  EXPECT_EQ(one.json["rules"][1]["importance"], "warning");
  // Stockholm's strategist neither sees nor reads Kalmar's form.
  EXPECT_TRUE(get(*client, "/api/v1/forms", &strategist_01()).json.empty());
  EXPECT_EQ(get(*client, "/api/v1/forms/" + std::to_string(form), &strategist_01()).status, 404);
  // Contacts and coordinators do not define forms; a duplicate code is a conflict.
  EXPECT_EQ(post_json(*client, "/api/v1/forms", {{"code", "X"}}, contact_a().headers()).status, 403);
  EXPECT_EQ(post_json(*client, "/api/v1/forms", {{"code", "X"}}, coordinator().headers()).status, 403);
  auto again = post_json(*client, "/api/v1/forms",
                         get(*client, "/api/v1/forms/" + std::to_string(form), &admin()).json, admin().headers());
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(error_field(again), "code");
}

TEST_F(ReportingForms, ABadDefinitionNamesItsField) {
  json body = {{"code", "B"}, {"title", "Brott"}, {"periodicity", "quarterly"},
               {"elements", {{{"code", "E1"}, {"title", "Anmälda"}, {"value_type", "count"}, {"disaggregation", {"total"}}}}}};
  auto a = post_json(*client, "/api/v1/forms", body, strategist_08().headers());
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(error_field(a), "elements[0].value_type");
  body["elements"][0]["value_type"] = "integer";
  body["rules"] = {{{"left", "E1.women"}, {"operator", ">="}, {"right", "0"}, {"message", "Inte negativt."}}};
  a = post_json(*client, "/api/v1/forms", body, strategist_08().headers());
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(error_field(a), "rules[0].left");
  EXPECT_NE(a.json["error"]["message"].get<std::string>().find("E1.women"), std::string::npos);
  body["rules"] = json::array();
  body["assignments"] = {{{"organisation_id", org_c}}};
  a = post_json(*client, "/api/v1/forms", body, strategist_08().headers());
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(error_field(a), "assignments[0].organisation_id");
}

TEST_F(ReportingForms, AFormChangedAfterSubmissionsKeepsEveryEarlierValue) {
  set_clock("2026-01-12T09:00:00Z");
  auto form = define_form();
  const std::string form_path = "/api/v1/forms/" + std::to_string(form);
  const auto q3 = submission(form, org_a, "2025Q3");
  ASSERT_EQ(save(q3, {{"values", e1(4, 1, 0, 5)}}, contact_a()).status, 200);
  ASSERT_EQ(step(q3, "submit", contact_a()).status, 200);
  ASSERT_EQ(step(q3, "approve", strategist_08()).status, 200);
  const auto q4 = submission(form, org_a, "2025Q4");
  json draft = e1(2, 2, 0, 4);
  draft["E2"] = {{"total", 1}};
  ASSERT_EQ(save(q4, {{"values", draft}}, contact_a()).status, 200);

  // A new label is an edit of version 1.
  auto definition = get(*client, form_path, &strategist_08()).json;
  definition["elements"][0]["title"] = "Personer utsatta för våld";
  auto edited = answer_of(client->Put(form_path, strategist_08().headers(), definition.dump(), "application/json"));
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json["version"], 1);
  EXPECT_EQ(edited.json["new_version"], false);

  // Removing E2 and adding E3 makes version 2.
  definition["elements"].erase(1);
  definition["rules"].erase(1);
  definition["elements"].push_back({{"code", "E3"}, {"title", "Barn som bevittnat våld"}, {"value_type", "integer"},
                                    {"disaggregation", {"women", "men", "total"}}});
  auto changed = answer_of(client->Put(form_path, strategist_08().headers(), definition.dump(), "application/json"));
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json["version"], 2);
  EXPECT_EQ(changed.json["new_version"], true);

  // Re-typing E1 makes version 3.
  definition = changed.json;
  definition["elements"][0]["value_type"] = "decimal";
  auto retyped = answer_of(client->Put(form_path, strategist_08().headers(), definition.dump(), "application/json"));
  ASSERT_EQ(retyped.status, 200) << retyped.body;
  EXPECT_EQ(retyped.json["version"], 3);
  EXPECT_EQ(get(*client, "/api/v1/forms", &admin()).json[0]["version"], 3);

  // The approved quarter and the draft keep their version and every value.
  auto old = get(*client, q3, &contact_a());
  EXPECT_EQ(old.json["version"], 1);
  EXPECT_EQ(old.json["status"], "approved");
  EXPECT_EQ(old.json["values"], e1(4, 1, 0, 5));
  auto kept = get(*client, q4, &contact_a());
  EXPECT_EQ(kept.json["version"], 1);
  EXPECT_EQ(kept.json["values"], draft);
  // The draft is still saved and submitted on its own version (E2 and all).
  ASSERT_EQ(save(q4, {{"values", draft}}, contact_a()).status, 200);
  ASSERT_EQ(step(q4, "submit", contact_a()).status, 200);
  // A new submission uses the current version: E3 yes, E2 no.
  const auto b = submission(form, org_b, "2025Q4");
  auto e2 = save(b, {{"values", draft}}, contact_b());
  EXPECT_EQ(e2.status, 400);
  EXPECT_EQ(error_field(e2), "values.E2");
  json now = e1(2, 2, 0, 4);
  now["E1"]["women"] = 2.5;
  now["E3"] = {{"women", 1}, {"men", 0}, {"total", 1}};
  auto fresh = save(b, {{"values", now}}, contact_b());
  ASSERT_EQ(fresh.status, 200) << fresh.body;
  EXPECT_EQ(fresh.json["version"], 3);
  EXPECT_EQ(fresh.json["values"]["E1"]["women"], 2.5);
}

TEST_F(ReportingForms, CompletenessCountsLateReturnedAndMissingReports) {
  auto org_d = add_organisation(*db, 4, "Kommun D", "08", "0884");
  auto org_e = add_organisation(*db, 5, "Kommun E", "08", "0885");
  add_organisation(*db, 6, "Förening F", "08", "0880", "civilsamhalle");  // not a municipality: not expected
  const auto contact_e = sign_in(*db, "kontakt.e@example.se", Role::org_contact, "", org_e);
  set_clock("2026-01-20T09:00:00Z");
  auto form = define_form();
  // A submits on time and is approved; E submits on time and is returned.
  for (auto [org, who] : {std::pair{org_a, &contact_a()}, std::pair{org_e, &contact_e}}) {
    const auto path = submission(form, org, "2025Q4");
    ASSERT_EQ(save(path, {{"values", e1(1, 1, 0, 2)}}, *who).status, 200);
    ASSERT_EQ(step(path, "submit", *who).status, 200);
  }
  ASSERT_EQ(step(submission(form, org_a, "2025Q4"), "approve", strategist_08()).status, 200);
  ASSERT_EQ(step(submission(form, org_e, "2025Q4"), "return", strategist_08(), {{"comment", "Fel kvartal?"}}).status,
            200);
  // B submits after the due date (30 January); D has only a draft.
  set_clock("2026-02-03T09:00:00Z");
  const auto b = submission(form, org_b, "2025Q4");
  ASSERT_EQ(save(b, {{"values", e1(0, 1, 0, 1)}}, contact_b()).status, 200);
  auto late = step(b, "submit", contact_b());
  ASSERT_EQ(late.status, 200);
  EXPECT_EQ(late.json["late"], true);
  // Two weeks on, the strategist's session has ended: signed in anew.
  const auto strategist = log_in_again(*db, strategist_08());
  ASSERT_EQ(save(submission(form, org_d, "2025Q4"), {{"values", e1(0, 0, 0, 0)}}, strategist).status, 200);

  const std::string path = "/api/v1/forms/" + std::to_string(form) + "/completeness?period=2025Q4";
  auto c = get(*client, path, &strategist);
  ASSERT_EQ(c.status, 200) << c.body;
  EXPECT_EQ(c.json["period"], "2025Q4");
  EXPECT_EQ(c.json["due_date"], "2026-01-30");
  EXPECT_EQ(c.json["expected"], 4);
  EXPECT_EQ(c.json["submitted"], 2);
  EXPECT_EQ(c.json["on_time"], 1);
  EXPECT_EQ(c.json["late"], 1);
  EXPECT_EQ(c.json["approved"], 1);
  EXPECT_EQ(c.json["returned"], 1);
  EXPECT_EQ(c.json["missing"], (json{{{"organisation_id", org_d}, {"name", "Kommun D"}},
                                     {{"organisation_id", org_e}, {"name", "Kommun E"}}}));
  EXPECT_EQ(c.json["rates"]["submitted"], 50.0);
  // The same for the admin naming the county; nothing expected in Stockholm.
  EXPECT_EQ(get(*client, path + "&county=08", &admin()).json["expected"], 4);  // admin signs in now
  EXPECT_EQ(get(*client, path + "&county=01", &admin()).json["expected"], 0);
  // Contacts do not read completeness; another county's strategist not this form.
  const auto contact = log_in_again(*db, contact_a());
  EXPECT_EQ(get(*client, path, &contact).status, 403);
  EXPECT_EQ(get(*client, path, &strategist_01()).status, 404);
  EXPECT_EQ(get(*client, path + "&county=01", &strategist).status, 403);
  EXPECT_EQ(error_field(get(*client, "/api/v1/forms/" + std::to_string(form) + "/completeness?period=2025", &admin())),
            "period");
}

}  // namespace
}  // namespace jamt::testing
