// Periodic reporting over HTTP: a municipality's contact reports a quarter,
// is stopped by a rule naming the cell, fixes it and submits; the county's
// strategist returns it with a comment, approves it after the fix, and
// reopens it with a reason. On SQLite, and on PostgreSQL under scripts/test.
#include "reporting_fixture.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

class ReportingWorkflow : public ReportingFixture {};

std::vector<std::string> history_actions(const json& view) {
  std::vector<std::string> out;
  for (const auto& e : view["history"]) out.push_back(e["action"].get<std::string>());
  return out;
}

TEST_F(ReportingWorkflow, DraftSubmitReturnFixApproveReopen) {
  set_clock("2026-01-12T09:00:00Z");
  auto form = define_form();
  const auto path = submission(form, org_a, "2025Q4");

  // A draft with a wrong total is saved anyway, its problem listed.
  auto draft = save(path, {{"values", e1(4, 1, 0, 6)}, {"comment", ""}}, contact_a());
  ASSERT_EQ(draft.status, 200) << draft.body;
  EXPECT_EQ(draft.json["status"], "draft");
  EXPECT_EQ(draft.json["version"], 1);
  ASSERT_EQ(draft.json["problems"].size(), 1u) << draft.body;
  EXPECT_EQ(draft.json["problems"][0]["field"], "values.E1.total");
  EXPECT_EQ(draft.json["problems"][0]["message"], "Totalt ska vara summan av kvinnor, män och annat/okänt.");

  // Submitting is refused, naming the cell; nothing typed is lost.
  auto refused = step(path, "submit", contact_a());
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(refused.json["error"]["code"], "validation");
  EXPECT_EQ(error_field(refused), "values.E1.total");
  EXPECT_EQ(refused.json["error"]["message"], "Totalt ska vara summan av kvinnor, män och annat/okänt.");
  auto kept = get(*client, path, &contact_a());
  EXPECT_EQ(kept.json["values"], e1(4, 1, 0, 6)) << kept.body;
  EXPECT_EQ(kept.json["status"], "draft");

  // Fixed and submitted on time.
  ASSERT_EQ(save(path, {{"values", e1(4, 1, 0, 5)}}, contact_a()).status, 200);
  auto submitted = step(path, "submit", contact_a());
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(submitted.json["status"], "submitted");
  EXPECT_EQ(submitted.json["late"], false);
  EXPECT_EQ(submitted.json["submitted_by"], "kontakt.a@example.se");
  EXPECT_EQ(submitted.json["submitted_at"], "2026-01-12T09:00:00Z");
  EXPECT_EQ(submitted.json["due_date"], "2026-01-30");
  // Submitted: the contact cannot change it now, and is told why.
  auto locked = save(path, {{"values", e1(4, 1, 0, 5)}}, contact_a());
  EXPECT_EQ(locked.status, 409);
  EXPECT_NE(locked.body.find("väntar på länsstyrelsens granskning"), std::string::npos) << locked.body;

  // The strategist returns it; a return needs a comment.
  EXPECT_EQ(error_field(step(path, "return", strategist_08())), "comment");
  clock.advance(std::chrono::hours(1));
  auto returned = step(path, "return", strategist_08(), {{"comment", "Kontrollera antalet män."}});
  ASSERT_EQ(returned.status, 200) << returned.body;
  EXPECT_EQ(returned.json["status"], "returned");
  EXPECT_EQ(returned.json["history"].back()["comment"], "Kontrollera antalet män.");
  EXPECT_EQ(returned.json["history"].back()["by"], "strateg@kalmar.example");

  // The contact fixes it and submits again; the strategist approves.
  ASSERT_EQ(save(path, {{"values", e1(4, 2, 0, 6)}}, contact_a()).status, 200);
  ASSERT_EQ(step(path, "submit", contact_a()).status, 200);
  auto approved = step(path, "approve", strategist_08());
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json["status"], "approved");
  EXPECT_EQ(approved.json["approved_by"], "strateg@kalmar.example");
  EXPECT_EQ(approved.json["values"], e1(4, 2, 0, 6));

  // Approved is locked, in plain Swedish.
  auto closed = save(path, {{"values", e1(4, 2, 0, 6)}}, contact_a());
  EXPECT_EQ(closed.status, 409);
  EXPECT_NE(closed.body.find("godkänd och låst"), std::string::npos) << closed.body;
  auto view = get(*client, path, &contact_a());
  EXPECT_EQ(view.json["editable"], false);

  // Reopening needs a reason, and makes it a draft the contact can change.
  EXPECT_EQ(error_field(step(path, "reopen", strategist_08())), "reason");
  auto reopened = step(path, "reopen", strategist_08(), {{"reason", "Polisens siffror har rättats."}});
  ASSERT_EQ(reopened.status, 200) << reopened.body;
  EXPECT_EQ(reopened.json["status"], "draft");
  EXPECT_EQ(reopened.json["approved_by"], nullptr);
  EXPECT_EQ(reopened.json["editable"], true);
  EXPECT_EQ(history_actions(reopened.json), (std::vector<std::string>{"save", "save", "submit", "return", "save",
                                                                       "submit", "approve", "reopen"}));
  EXPECT_EQ(reopened.json["history"].back()["comment"], "Polisens siffror har rättats.");
  // Every step is in the audit log.
  EXPECT_EQ(audit_actions(reopened.json["id"].get<std::int64_t>()),
            (std::vector<std::string>{"create", "save", "submit", "return", "save", "submit", "approve", "reopen"}));
  // … and readable through the API by the county's strategist, not by another county's.
  const std::string trail = "/api/v1/audit?entity=reporting_submission&id=" +
                            std::to_string(reopened.json["id"].get<std::int64_t>());
  auto read = get(*client, trail, &strategist_08());
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json["entries"].size(), 8u);
  EXPECT_EQ(read.json["entries"].back()["action"], "reopen");
  EXPECT_EQ(get(*client, trail, &strategist_01()).status, 403);
  EXPECT_EQ(get(*client, trail, &contact_a()).status, 403);
  auto form_trail = get(*client, "/api/v1/audit?entity=reporting_form&id=" + std::to_string(form), &strategist_08());
  EXPECT_EQ(form_trail.status, 200) << form_trail.body;
}

TEST_F(ReportingWorkflow, AWarningNeedsACommentBeforeSubmitting) {
  set_clock("2026-01-12T09:00:00Z");
  auto form = define_form();
  const auto path = submission(form, org_a, "2025Q4");
  json values = e1(1, 1, 0, 2);
  values["E2"] = {{"total", 5}};
  ASSERT_EQ(save(path, {{"values", values}}, contact_a()).status, 200);
  auto refused = step(path, "submit", contact_a());
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(error_field(refused), "comment");
  EXPECT_NE(refused.json["error"]["message"].get<std::string>().find("Fler med barn än utsatta"), std::string::npos);
  auto done = step(path, "submit", contact_a(), {{"comment", "Barnen räknas per hushåll."}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json["comment"], "Barnen räknas per hushåll.");
}

TEST_F(ReportingWorkflow, DecisionsAreTheBoardsNotTheContacts) {
  set_clock("2026-01-12T09:00:00Z");
  auto form = define_form();
  const auto path = submission(form, org_a, "2025Q4");
  ASSERT_EQ(save(path, {{"values", e1(1, 1, 0, 2)}}, contact_a()).status, 200);
  ASSERT_EQ(step(path, "submit", contact_a()).status, 200);
  for (const char* action : {"approve", "return"}) {
    auto a = step(path, action, contact_a(), {{"comment", "Själv"}});
    EXPECT_EQ(a.status, 403) << action << ": " << a.body;
  }
  EXPECT_EQ(step(path, "approve", coordinator()).status, 403);
  EXPECT_EQ(step(path, "approve", strategist_08()).status, 200);
  EXPECT_EQ(step(path, "reopen", contact_a(), {{"reason", "Själv"}}).status, 403);
}

TEST_F(ReportingWorkflow, AnotherOrganisationsContactLearnsNothing) {
  set_clock("2026-01-12T09:00:00Z");
  auto form = define_form();
  ASSERT_EQ(save(submission(form, org_a, "2025Q4"), {{"values", e1(1, 1, 0, 2)}}, contact_a()).status, 200);
  auto existing = get(*client, submission(form, org_a, "2025Q4"), &contact_b());
  auto missing = get(*client, submission(form, org_a, "2025Q3"), &contact_a());
  EXPECT_EQ(existing.status, 404);
  EXPECT_EQ(existing.status, missing.status);
  EXPECT_EQ(existing.body, missing.body);
  // Nor may they save into it or submit it.
  auto saved = save(submission(form, org_a, "2025Q4"), {{"values", e1(9, 9, 9, 27)}}, contact_b());
  EXPECT_EQ(saved.status, 404);
  EXPECT_EQ(saved.body, missing.body);
  EXPECT_EQ(step(submission(form, org_a, "2025Q4"), "submit", contact_b()).body, missing.body);
  // Another county's strategist is answered the same way.
  EXPECT_EQ(get(*client, submission(form, org_a, "2025Q4"), &strategist_01()).body, missing.body);
}

TEST_F(ReportingWorkflow, AStaleSaveIsRefusedWithIfMatch) {
  set_clock("2026-01-12T09:00:00Z");
  auto form = define_form();
  const auto path = submission(form, org_a, "2025Q4");
  ASSERT_EQ(save(path, {{"values", e1(1, 0, 0, 1)}}, contact_a()).status, 200);
  auto opened = client->Get(path, contact_a().headers());
  ASSERT_TRUE(opened);
  const std::string etag = opened->get_header_value("ETag");
  EXPECT_EQ(etag, "\"1\"");
  // The strategist saves first from the same version …
  auto first = save(path, {{"values", e1(2, 0, 0, 2)}}, strategist_08(), etag);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json["row_version"], 2);
  // … so the contact's save from version 1 is refused, not applied.
  auto second = save(path, {{"values", e1(3, 0, 0, 3)}}, contact_a(), etag);
  EXPECT_EQ(second.status, 409) << second.body;
  EXPECT_NE(second.body.find("ändrats av någon annan"), std::string::npos) << second.body;
  EXPECT_EQ(get(*client, path, &contact_a()).json["values"], e1(2, 0, 0, 2));
  EXPECT_EQ(save(path, {{"values", e1(3, 0, 0, 3)}}, contact_a(), "\"2\"").status, 200);
  EXPECT_EQ(error_field(save(path, {{"values", e1(3, 0, 0, 3)}}, contact_a(), "version-2")), "If-Match");
}

TEST_F(ReportingWorkflow, TwoPeopleStartingTheSameReportCannotOverwriteEachOther) {
  set_clock("2026-01-12T09:00:00Z");
  auto form = define_form();
  const auto path = submission(form, org_a, "2025Q4");
  // A version for a report that does not exist is refused, and nothing saved.
  auto phantom = save(path, {{"values", e1(9, 0, 0, 9)}}, contact_a(), "\"4\"");
  EXPECT_EQ(phantom.status, 409) << phantom.body;
  EXPECT_NE(phantom.body.find("Det finns ingen rapport för 2025Q4"), std::string::npos) << phantom.body;
  EXPECT_EQ(get(*client, path, &contact_a()).status, 404);
  // Both opened the empty form ("0"); the first save wins, the second is refused.
  auto first = save(path, {{"values", e1(1, 0, 0, 1)}}, contact_a(), "\"0\"");
  ASSERT_EQ(first.status, 200) << first.body;
  auto second = save(path, {{"values", e1(2, 0, 0, 2)}}, strategist_08(), "\"0\"");
  EXPECT_EQ(second.status, 409) << second.body;
  EXPECT_NE(second.body.find("ändrats av någon annan"), std::string::npos) << second.body;
  EXPECT_EQ(get(*client, path, &contact_a()).json["values"], e1(1, 0, 0, 1));
}

TEST_F(ReportingWorkflow, APeriodNotYetOpenOrOfTheWrongKindIsExplained) {
  set_clock("2026-01-12T09:00:00Z");
  auto form = define_form();
  auto early = save(submission(form, org_a, "2026Q2"), {{"values", e1(1, 0, 0, 1)}}, contact_a());
  EXPECT_EQ(early.status, 409);
  EXPECT_NE(early.body.find("har inte öppnat än: den öppnar 2026-04-01"), std::string::npos) << early.body;
  auto monthly = save(submission(form, org_a, "2025M11"), {{"values", e1(1, 0, 0, 1)}}, contact_a());
  EXPECT_EQ(monthly.status, 400);
  EXPECT_EQ(error_field(monthly), "period");
  auto unknown = save(submission(form, org_a, "2025Q4"), {{"values", {{"E9", {{"total", 1}}}}}}, contact_a());
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(error_field(unknown), "values.E9");
}

TEST_F(ReportingWorkflow, AfterTheClosingDateContactsAreToldToAskTheBoard) {
  set_clock("2026-03-01T09:00:00Z");  // 2025Q4 closes after 28 February, 59 days after its end
  auto form = define_form("VALD", 59);
  const auto path = submission(form, org_a, "2025Q4");
  auto closed = save(path, {{"values", e1(1, 0, 0, 1)}}, contact_a());
  EXPECT_EQ(closed.status, 409) << closed.body;
  EXPECT_EQ(closed.json["error"]["message"],
            "Rapporteringen för 2025Q4 stängde 2026-02-28. Kontakta länsstyrelsen om du behöver lämna eller ändra "
            "uppgifter.");
  // The board may still enter what the organisation sent in another way; it is late.
  ASSERT_EQ(save(path, {{"values", e1(1, 0, 0, 1)}}, strategist_08()).status, 200);
  auto submitted = step(path, "submit", strategist_08());
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(submitted.json["late"], true);
  EXPECT_EQ(get(*client, path, &contact_a()).json["locked_reason"],
            "Rapporten för 2025Q4 är inskickad och väntar på länsstyrelsens granskning. Vill du ändra något, be "
            "länsstyrelsen lämna tillbaka den.");
}

}  // namespace
}  // namespace jamt::testing
