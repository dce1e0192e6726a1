// Groups over HTTP on SQLite and PostgreSQL: who may read and change groups,
// file and decide changes of representative and record attendance; CSRF;
// escaping of typed text in pages and CSV; attendance rates worked out by
// hand; person erasure clearing representatives.
#include <gtest/gtest.h>

#include "service/groups/group_register.hpp"
#include "service/groups/meeting_register.hpp"
#include "service/organisations/person_register.hpp"
#include "service/groups/representative_change_register.hpp"
#include "service/registers/register_service.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

class GroupTest : public ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    if (HasFatalFailure()) return;
    org_a = add_organisation(*db, 1, "Kommun A", "08", "0880");
    org_b = add_organisation(*db, 2, "Kommun B", "08", "0883");
    org_c = add_organisation(*db, 3, "Kommun C", "08", "0882");
    rep_a = add_person("Rut Representant", org_a, "representant");
    sub_a = add_person("Sune Suppleant", org_a, "ersattare");
    rep_b = add_person("Britt Representant", org_b, "representant");

    contact_a = sign_in(*db, "kontakt.a@jamt.test", Role::org_contact, "", org_a);
    contact_c = sign_in(*db, "kontakt.c@jamt.test", Role::org_contact, "", org_c);
    strategist = sign_in(*db, "strateg.kalmar@jamt.test", Role::strategist, "08");
    other_strategist = sign_in(*db, "strateg.stockholm@jamt.test", Role::strategist, "01");
    coordinator = sign_in(*db, "samordnare@jamt.test", Role::coordinator);
    admin = sign_in(*db, "admin@jamt.test", Role::admin);

    auto g = send("POST", "/api/v1/groups", strategist.headers(),
                  {{"name", "Länsgruppen"}, {"type", "lansgrupp"}, {"county_code", "08"}});
    ASSERT_EQ(g.status, 201) << g.body;
    group = g.data["id"];
    member_a = add_member(org_a, rep_a, sub_a, "2025-01-01");
    add_member(org_b, rep_b, 0, "2026-04-01");
  }

  struct Reply {
    int status = 0;
    std::string body;
    json data;
  };

  // Sends a JSON request (no body for GET/DELETE) and parses the answer.
  Reply send(const std::string& method, const std::string& path, const httplib::Headers& headers,
             const json& body = nullptr) {
    std::string text = body.is_null() ? "" : body.dump();
    auto r = [&] {
      if (method == "GET") return client->Get(path, headers);
      if (method == "POST") return client->Post(path, headers, text, "application/json");
      if (method == "PUT") return client->Put(path, headers, text, "application/json");
      if (method == "PATCH") return client->Patch(path, headers, text, "application/json");
      return client->Delete(path, headers);
    }();
    EXPECT_TRUE(r) << method << " " << path;
    if (!r) return {};
    return {r->status, r->body, json::parse(r->body, nullptr, false)};
  }

  // Posts an HTML form (the session's CSRF token in the header).
  httplib::Result post_form(const std::string& path, const TestLogin& who, const httplib::Params& params) {
    return client->Post(path, who.headers(), params);
  }

  std::int64_t add_person(const std::string& name, std::int64_t org, const std::string& role) {
    User system;
    system.role = Role::admin;
    system.email = "fixture@jamt.test";
    auto saved = service::create_record(*db, service::person_rules(),
                                        {{"name", name}, {"organisation_id", std::to_string(org)}, {"role", role}},
                                        system);
    EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().to_string());
    return saved.ok() ? std::stoll(saved->at("id")) : 0;
  }

  std::int64_t add_member(std::int64_t org, std::int64_t rep, std::int64_t sub, const std::string& from) {
    json body = {{"group_id", group}, {"organisation_id", org}, {"member_from", from}};
    if (rep) body["representative_id"] = rep;
    if (sub) body["substitute_id"] = sub;
    auto r = send("POST", "/api/v1/group-members", strategist.headers(), body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.data["id"].get<std::int64_t>() : 0;
  }

  std::int64_t add_meeting(const std::string& date, int days, const std::string& title = "Möte") {
    auto r = send("POST", "/api/v1/meetings", strategist.headers(),
                  {{"group_id", group}, {"meeting_date", date}, {"days", days}, {"title", title}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.data["id"].get<std::int64_t>() : 0;
  }

  // A pending change for organisation A with a new representative, filed by its contact.
  std::int64_t file_change(const std::string& name, const std::string& from = "2026-06-01") {
    auto r = send("POST", "/api/v1/representative-changes", contact_a.headers(),
                  {{"group_id", group}, {"representative_name", name}, {"effective_from", from}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.data["id"].get<std::int64_t>() : 0;
  }

  json memberships_of(std::int64_t org) {
    auto r = send("GET", "/api/v1/group-members?group_id=" + std::to_string(group) +
                             "&organisation_id=" + std::to_string(org) + "&order=member_from",
                  admin.headers());
    EXPECT_EQ(r.status, 200) << r.body;
    return r.data["items"];
  }

  std::string page(const std::string& path, const TestLogin& who, int expected = 200) {
    auto r = client->Get(path, who.cookie_only());
    EXPECT_TRUE(r) << path;
    if (!r) return "";
    EXPECT_EQ(r->status, expected) << path;
    return r->body;
  }

  std::int64_t org_a = 0, org_b = 0, org_c = 0, rep_a = 0, sub_a = 0, rep_b = 0, group = 0, member_a = 0;
  TestLogin contact_a, contact_c, strategist, other_strategist, coordinator, admin;
  const httplib::Headers anonymous;
};

// --- authorisation matrix ---------------------------------------------------

TEST_F(GroupTest, ReadingAGroup) {
  const std::string path = "/api/v1/groups/" + std::to_string(group);
  EXPECT_EQ(send("GET", path, anonymous).status, 401);
  EXPECT_EQ(send("GET", path, contact_a.headers()).status, 200);  // member
  EXPECT_EQ(send("GET", path, contact_c.headers()).status, 404);  // not a member
  EXPECT_EQ(send("GET", path, strategist.headers()).status, 200);
  EXPECT_EQ(send("GET", path, other_strategist.headers()).status, 404);
  EXPECT_EQ(send("GET", path, coordinator.headers()).status, 200);
  EXPECT_EQ(send("GET", path, admin.headers()).status, 200);
  // A missing group answers 404, as one the user may not read (issue 9, item 14).
  EXPECT_EQ(send("GET", "/api/v1/groups/999999", contact_c.headers()).status, 404);
  EXPECT_EQ(send("GET", "/api/v1/groups/999999", strategist.headers()).status, 404);

  EXPECT_EQ(send("GET", "/api/v1/groups", anonymous).status, 401);
  EXPECT_EQ(send("GET", "/api/v1/groups", contact_a.headers()).data["count"], 1);
  EXPECT_EQ(send("GET", "/api/v1/groups", contact_c.headers()).data["count"], 0);
  EXPECT_EQ(send("GET", "/api/v1/groups", other_strategist.headers()).data["count"], 0);
  // Members read the member list; others do not.
  EXPECT_EQ(send("GET", "/api/v1/group-members?group_id=" + std::to_string(group), contact_a.headers()).data["count"], 2);
  EXPECT_EQ(send("GET", "/api/v1/group-members?group_id=" + std::to_string(group), contact_c.headers()).data["count"], 0);

  // Pages: the same answers.
  EXPECT_EQ(client->Get("/grupper")->status, 303);  // to the login page
  EXPECT_EQ(client->Get("/grupper/" + std::to_string(group))->status, 303);
  EXPECT_NE(page("/grupper", contact_a).find("Länsgruppen"), std::string::npos);
  EXPECT_EQ(page("/grupper", contact_c).find("Länsgruppen"), std::string::npos);
  page("/grupper/" + std::to_string(group), contact_c, 404);
  page("/grupper/" + std::to_string(group), other_strategist, 404);
  EXPECT_NE(page("/grupper/" + std::to_string(group), coordinator).find("Rut Representant"), std::string::npos);
}

TEST_F(GroupTest, CreatingAndChangingAGroup) {
  json body = {{"name", "Nätverket"}, {"type", "natverk"}, {"county_code", "08"}};
  EXPECT_EQ(send("POST", "/api/v1/groups", anonymous, body).status, 401);
  EXPECT_EQ(send("POST", "/api/v1/groups", contact_a.headers(), body).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/groups", contact_c.headers(), body).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/groups", strategist.headers(), body).status, 201);
  EXPECT_EQ(send("POST", "/api/v1/groups", other_strategist.headers(), body).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/groups", coordinator.headers(), body).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/groups", admin.headers(), body).status, 201);

  // Members read their group but may not change it or its memberships.
  const std::string path = "/api/v1/groups/" + std::to_string(group);
  EXPECT_EQ(send("PATCH", path, contact_a.headers(), {{"name", "Ändrat"}}).status, 403);
  EXPECT_EQ(send("DELETE", path, contact_a.headers()).status, 403);
  EXPECT_EQ(send("PATCH", "/api/v1/group-members/" + std::to_string(member_a), contact_a.headers(),
                 {{"member_to", "2026-01-01"}}).status, 403);
  EXPECT_EQ(send("PATCH", path, coordinator.headers(), {{"name", "Ändrat"}}).status, 403);
  EXPECT_EQ(send("PATCH", path, strategist.headers(), {{"name", "Länsgruppen mot våld"}}).status, 200);
  // Strategists cannot move a group out of their county.
  EXPECT_EQ(send("PATCH", path, strategist.headers(), {{"county_code", "01"}}).status, 403);

  // Overlapping periods of the same organisation are refused.
  auto overlap = send("POST", "/api/v1/group-members", strategist.headers(),
                      {{"group_id", group}, {"organisation_id", org_a}, {"member_from", "2025-06-01"}});
  EXPECT_EQ(overlap.status, 409) << overlap.body;
  // A representative must belong to the member organisation.
  auto wrong = send("POST", "/api/v1/group-members", strategist.headers(),
                    {{"group_id", group}, {"organisation_id", org_c}, {"member_from", "2026-01-01"},
                     {"representative_id", rep_a}});
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.data["error"]["field"], "representative_id");
}

TEST_F(GroupTest, FilingAChangeOfRepresentative) {
  json body = {{"group_id", group}, {"organisation_id", org_a}, {"representative_name", "Ny Person"},
               {"effective_from", "2026-06-01"}};
  EXPECT_EQ(send("POST", "/api/v1/representative-changes", anonymous, body).status, 401);
  EXPECT_EQ(send("POST", "/api/v1/representative-changes", contact_a.headers(), body).status, 201);
  EXPECT_EQ(send("POST", "/api/v1/representative-changes", contact_c.headers(), body).status, 403);  // not their organisation
  EXPECT_EQ(send("POST", "/api/v1/representative-changes", strategist.headers(), body).status, 201);
  EXPECT_EQ(send("POST", "/api/v1/representative-changes", other_strategist.headers(), body).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/representative-changes", coordinator.headers(), body).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/representative-changes", admin.headers(), body).status, 201);

  // A contact of an organisation that is not a member: refused, for its own organisation too.
  auto not_member = send("POST", "/api/v1/representative-changes", contact_c.headers(),
                         {{"group_id", group}, {"representative_name", "X Y"}, {"effective_from", "2026-06-01"}});
  EXPECT_EQ(not_member.status, 400);
  EXPECT_EQ(not_member.data["error"]["field"], "group_id");
  // Before the membership began.
  auto too_early = send("POST", "/api/v1/representative-changes", contact_a.headers(),
                        {{"group_id", group}, {"representative_name", "X Y"}, {"effective_from", "2024-06-01"}});
  EXPECT_EQ(too_early.status, 400);
  EXPECT_EQ(too_early.data["error"]["field"], "effective_from");
  // Nobody named.
  auto nobody = send("POST", "/api/v1/representative-changes", contact_a.headers(),
                     {{"group_id", group}, {"effective_from", "2026-06-01"}});
  EXPECT_EQ(nobody.status, 400);
  // A refused change leaves no person behind.
  auto bad_email = send("POST", "/api/v1/representative-changes", contact_a.headers(),
                        {{"group_id", group}, {"representative_name", "Kvar Inte"}, {"representative_email", "nej"},
                         {"effective_from", "2026-06-01"}});
  EXPECT_EQ(bad_email.status, 400);
  EXPECT_EQ(bad_email.data["error"]["field"], "representative_email");
  auto people = send("GET", "/api/v1/people?q=Kvar", admin.headers());
  EXPECT_EQ(people.data["count"], 0);

  // Contacts see only their own organisation's changes.
  EXPECT_EQ(send("GET", "/api/v1/representative-changes", contact_a.headers()).data["count"], 3);
  EXPECT_EQ(send("GET", "/api/v1/representative-changes", contact_c.headers()).data["count"], 0);
  EXPECT_EQ(send("GET", "/api/v1/representative-changes", other_strategist.headers()).data["count"], 0);
}

TEST_F(GroupTest, ConfirmingAChangeEndsThePeriodAndStartsANewOne) {
  auto id = file_change("Nora Nyman");
  const std::string confirm = "/api/v1/representative-changes/" + std::to_string(id) + "/confirm";
  EXPECT_EQ(send("POST", confirm, anonymous).status, 401);
  EXPECT_EQ(send("POST", confirm, contact_a.headers()).status, 403);
  EXPECT_EQ(send("POST", confirm, contact_c.headers()).status, 404);
  EXPECT_EQ(send("POST", confirm, other_strategist.headers()).status, 404);
  EXPECT_EQ(send("POST", confirm, coordinator.headers()).status, 403);
  auto done = send("POST", confirm, strategist.headers());
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.data["status"], "bekraftad");
  EXPECT_EQ(done.data["decided_by"], "strateg.kalmar@jamt.test");
  EXPECT_EQ(send("POST", confirm, strategist.headers()).status, 409);  // already decided

  auto periods = memberships_of(org_a);
  ASSERT_EQ(periods.size(), 2u);
  EXPECT_EQ(periods[0]["member_from"], "2025-01-01");
  EXPECT_EQ(periods[0]["member_to"], "2026-05-31");
  EXPECT_EQ(periods[0]["representative_id"], rep_a);
  EXPECT_EQ(periods[1]["member_from"], "2026-06-01");
  EXPECT_TRUE(periods[1]["member_to"].is_null());
  EXPECT_EQ(periods[1]["representative_id"], done.data["representative_id"]);
  EXPECT_EQ(periods[1]["substitute_id"], sub_a);  // the substitute stays

  // The new person is in the register with the role representant.
  auto person = send("GET", "/api/v1/people/" + done.data["representative_id"].dump(), contact_a.headers());
  EXPECT_EQ(person.data["name"], "Nora Nyman");
  EXPECT_EQ(person.data["role"], "representant");
  EXPECT_EQ(person.data["organisation_id"], org_a);

  // The group page shows the new representative now and who represented when.
  std::string html = page("/grupper/" + std::to_string(group), strategist);
  EXPECT_NE(html.find("Nora Nyman"), std::string::npos);
  EXPECT_NE(html.find("2026-05-31"), std::string::npos);

  // A decided change is read-only for the organisation.
  const std::string one = "/api/v1/representative-changes/" + std::to_string(id);
  EXPECT_EQ(send("GET", one, contact_a.headers()).status, 200);
  EXPECT_EQ(send("PATCH", one, contact_a.headers(), {{"message", "x"}}).status, 403);
  EXPECT_EQ(send("DELETE", one, contact_a.headers()).status, 403);
  EXPECT_EQ(send("DELETE", one, strategist.headers()).status, 409);

  // An admin decides too; the substitute moving up leaves the substitute's place empty.
  auto up = send("POST", "/api/v1/representative-changes", contact_a.headers(),
                 {{"group_id", group}, {"representative_id", sub_a}, {"effective_from", "2026-06-01"}});
  ASSERT_EQ(up.status, 201) << up.body;
  auto by_admin = send("POST", "/api/v1/representative-changes/" + up.data["id"].dump() + "/confirm", admin.headers());
  ASSERT_EQ(by_admin.status, 200) << by_admin.body;
  periods = memberships_of(org_a);
  ASSERT_EQ(periods.size(), 2u);  // same first day: the period is changed in place
  EXPECT_EQ(periods[1]["representative_id"], sub_a);
  EXPECT_TRUE(periods[1]["substitute_id"].is_null());
}

TEST_F(GroupTest, RejectingAndWithdrawingAChange) {
  auto id = file_change("Olle Avslag");
  const std::string reject = "/api/v1/representative-changes/" + std::to_string(id) + "/reject";
  EXPECT_EQ(send("POST", reject, anonymous, {{"reason", "x"}}).status, 401);
  EXPECT_EQ(send("POST", reject, contact_a.headers(), {{"reason", "x"}}).status, 403);
  EXPECT_EQ(send("POST", reject, coordinator.headers(), {{"reason", "x"}}).status, 403);
  auto empty = send("POST", reject, strategist.headers(), {{"reason", "  "}});
  EXPECT_EQ(empty.status, 400);
  EXPECT_EQ(empty.data["error"]["field"], "reason");
  auto done = send("POST", reject, strategist.headers(), {{"reason", "Fel grupp"}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.data["status"], "avslagen");
  EXPECT_EQ(done.data["decision_reason"], "Fel grupp");
  EXPECT_EQ(memberships_of(org_a).size(), 1u);  // nothing changed
  EXPECT_EQ(send("POST", "/api/v1/representative-changes/" + std::to_string(id) + "/confirm",
                 strategist.headers()).status, 409);

  auto pending = file_change("Per Återkallad");
  EXPECT_EQ(send("DELETE", "/api/v1/representative-changes/" + std::to_string(pending), contact_c.headers()).status, 404);
  EXPECT_EQ(send("DELETE", "/api/v1/representative-changes/" + std::to_string(pending), contact_a.headers()).status, 204);
}

TEST_F(GroupTest, RecordingAttendance) {
  auto meeting = add_meeting("2026-05-12", 2);
  const std::string path = "/api/v1/meetings/" + std::to_string(meeting) + "/attendance";
  json body = {{"attendance", json::array({{{"organisation_id", org_a}, {"present", true}, {"attended_by", rep_a}},
                                           {{"organisation_id", org_b}, {"present", false}}})}};
  EXPECT_EQ(send("PUT", path, anonymous, body).status, 401);
  EXPECT_EQ(send("PUT", path, contact_a.headers(), body).status, 403);
  EXPECT_EQ(send("PUT", path, contact_c.headers(), body).status, 404);
  EXPECT_EQ(send("PUT", path, other_strategist.headers(), body).status, 404);
  EXPECT_EQ(send("PUT", path, coordinator.headers(), body).status, 403);
  EXPECT_EQ(send("PUT", path, strategist.headers(), body).status, 204);
  EXPECT_EQ(send("PUT", path, admin.headers(), body).status, 204);
  // Organisation contacts may not mark attendance through the register API either, and
  // are refused before any check could tell them about other organisations' records.
  auto later = add_meeting("2026-06-02", 1);
  EXPECT_EQ(send("POST", "/api/v1/meeting-attendance", contact_a.headers(),
                 {{"meeting_id", later}, {"organisation_id", org_a}, {"present", true}}).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/meeting-attendance", contact_c.headers(),
                 {{"meeting_id", meeting}, {"organisation_id", org_a}, {"present", true}}).status, 403);
  EXPECT_EQ(send("POST", "/api/v1/group-members", contact_c.headers(),
                 {{"group_id", group}, {"organisation_id", org_a}, {"member_from", "2025-06-01"}}).status, 403);

  // A member reads the meeting but only its own attendance.
  EXPECT_EQ(send("GET", "/api/v1/meetings/" + std::to_string(meeting), contact_a.headers()).status, 200);
  EXPECT_EQ(send("GET", "/api/v1/meetings/" + std::to_string(meeting), contact_c.headers()).status, 404);
  auto mine = send("GET", "/api/v1/meeting-attendance?meeting_id=" + std::to_string(meeting), contact_a.headers());
  ASSERT_EQ(mine.data["count"], 1);
  EXPECT_EQ(mine.data["items"][0]["organisation_id"], org_a);
  EXPECT_EQ(send("GET", "/api/v1/meeting-attendance?meeting_id=" + std::to_string(meeting), strategist.headers())
                .data["count"], 2);
  std::string html = page("/grupper/moten/" + std::to_string(meeting), contact_a);
  EXPECT_EQ(html.find("Kommun B"), std::string::npos);
  EXPECT_EQ(html.find("<form method=\"post\" action=\"/grupper/moten/"), std::string::npos);

  // Someone of another organisation cannot be the one who attended; an organisation that was not a member cannot attend.
  auto wrong = send("PUT", path, strategist.headers(),
                    {{"attendance", json::array({{{"organisation_id", org_b}, {"present", true}, {"attended_by", rep_a}}})}});
  EXPECT_EQ(wrong.status, 400);
  auto early = add_meeting("2026-02-10", 1);
  auto not_member = send("PUT", "/api/v1/meetings/" + std::to_string(early) + "/attendance", strategist.headers(),
                         {{"attendance", json::array({{{"organisation_id", org_b}, {"present", true}}})}});
  EXPECT_EQ(not_member.status, 400);

  // The form on the meeting page.
  auto form = post_form("/grupper/moten/" + std::to_string(meeting) + "/narvaro", strategist,
                        {{"present-" + std::to_string(org_b), "1"}, {"attended_by-" + std::to_string(org_b), std::to_string(rep_b)}});
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 303);
  auto all = send("GET", "/api/v1/meeting-attendance?meeting_id=" + std::to_string(meeting), strategist.headers());
  for (const auto& a : all.data["items"]) {
    if (a["organisation_id"] == org_b) { EXPECT_EQ(a["attended_by"], rep_b); }
    if (a["organisation_id"] == org_a) { EXPECT_EQ(a["present"], false); }  // unticked in the form
  }
}

// --- CSRF -----------------------------------------------------------------------

TEST_F(GroupTest, ChangesWithoutTheCsrfTokenAreRefused) {
  json group_body = {{"name", "Utan token"}, {"type", "natverk"}, {"county_code", "08"}};
  auto no_token = send("POST", "/api/v1/groups", strategist.cookie_only(), group_body);
  EXPECT_EQ(no_token.status, 403);
  EXPECT_EQ(no_token.data["error"]["code"], "csrf");
  httplib::Headers wrong{{"Cookie", "jamt_session=" + strategist.cookie}, {"X-CSRF-Token", std::string(64, 'a')}};
  EXPECT_EQ(send("POST", "/api/v1/groups", wrong, group_body).status, 403);

  json change = {{"group_id", group}, {"representative_name", "Z Z"}, {"effective_from", "2026-06-01"}};
  EXPECT_EQ(send("POST", "/api/v1/representative-changes", contact_a.cookie_only(), change).status, 403);
  httplib::Headers wrong_a{{"Cookie", "jamt_session=" + contact_a.cookie}, {"X-CSRF-Token", strategist.csrf_token}};
  EXPECT_EQ(send("POST", "/api/v1/representative-changes", wrong_a, change).status, 403);
  auto id = file_change("Csrf Test");
  EXPECT_EQ(send("POST", "/api/v1/representative-changes/" + std::to_string(id) + "/confirm",
                 strategist.cookie_only()).status, 403);
  auto meeting = add_meeting("2026-05-12", 1);
  EXPECT_EQ(send("PUT", "/api/v1/meetings/" + std::to_string(meeting) + "/attendance", strategist.cookie_only(),
                 {{"attendance", json::array()}}).status, 403);

  // Forms: no token → 403 page, nothing saved.
  auto form = client->Post("/grupper/byten/ny", contact_a.cookie_only(),
                           httplib::Params{{"group_id", std::to_string(group)}, {"representative_name", "Form Utan"},
                                           {"effective_from", "2026-06-01"}});
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 403);
  auto decide = client->Post("/grupper/byten/" + std::to_string(id) + "/bekrafta", strategist.cookie_only(),
                             httplib::Params{{"csrf_token", "fel"}});
  ASSERT_TRUE(decide);
  EXPECT_EQ(decide->status, 403);
  auto still = send("GET", "/api/v1/representative-changes/" + std::to_string(id), strategist.headers());
  EXPECT_EQ(still.data["status"], "vantar");
  EXPECT_EQ(send("GET", "/api/v1/representative-changes", strategist.headers()).data["count"], 1);
}

// --- escaping -----------------------------------------------------------------

TEST_F(GroupTest, TypedMarkupComesBackEscapedInPagesAndAsPlainTextInCsv) {
  const std::string script = "<script>alert('grupp')</script>";
  const std::string image = "\"><img src=x onerror=alert(1)>";
  auto g = send("POST", "/api/v1/groups", strategist.headers(),
                {{"name", script}, {"type", "kommitte"}, {"county_code", "08"}, {"description", image}});
  ASSERT_EQ(g.status, 201);
  auto meeting = add_meeting("2026-03-03", 1, image);
  auto change = send("POST", "/api/v1/representative-changes", contact_a.headers(),
                     {{"group_id", group}, {"representative_name", "<b>Fet</b> Person"},
                      {"effective_from", "2026-06-01"}, {"message", script}});
  ASSERT_EQ(change.status, 201) << change.body;

  auto unescaped = [&](const std::string& html) {
    return html.find(script) != std::string::npos || html.find("<img src=x") != std::string::npos ||
           html.find("<b>Fet</b>") != std::string::npos;
  };
  std::string list = page("/grupper", strategist);
  EXPECT_FALSE(unescaped(list));
  EXPECT_NE(list.find("&lt;script&gt;"), std::string::npos);
  std::string group_page = page("/grupper/" + g.data["id"].dump(), strategist);
  EXPECT_FALSE(unescaped(group_page));
  std::string meeting_page = page("/grupper/moten/" + std::to_string(meeting), strategist);
  EXPECT_FALSE(unescaped(meeting_page));
  EXPECT_NE(meeting_page.find("&lt;img src=x"), std::string::npos);
  std::string change_page = page("/grupper/byten/" + change.data["id"].dump(), strategist);
  EXPECT_FALSE(unescaped(change_page));
  EXPECT_NE(change_page.find("&lt;b&gt;Fet&lt;/b&gt; Person"), std::string::npos);
  std::string own_group = page("/grupper/" + std::to_string(group), strategist);
  EXPECT_FALSE(unescaped(own_group));
  EXPECT_NE(own_group.find("&lt;b&gt;Fet&lt;/b&gt;"), std::string::npos);

  // The form keeps what was typed, escaped, when it is refused.
  auto refused = client->Post("/grupper/byten/ny", contact_a.headers(),
                              httplib::Params{{"group_id", std::to_string(group)}, {"representative_name", script},
                                              {"representative_email", "inte-en-adress"}, {"message", image},
                                              {"effective_from", "2026-06-01"}});
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 400);
  EXPECT_FALSE(unescaped(refused->body));
  EXPECT_NE(refused->body.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(refused->body.find("ska vara en e-postadress"), std::string::npos);

  // CSV: a download, the text as typed (CSV is not HTML), quoted where needed.
  auto csv = client->Get("/grupper/export.csv", strategist.cookie_only());
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv->get_header_value("Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_NE(csv->body.find(script), std::string::npos);
  EXPECT_NE(csv->body.find("\"\"\"><img src=x onerror=alert(1)>\""), std::string::npos);  // quotes doubled
  auto meetings_csv = client->Get("/grupper/moten/export.csv", strategist.cookie_only());
  ASSERT_TRUE(meetings_csv);
  EXPECT_NE(meetings_csv->body.find("\"\"\"><img"), std::string::npos);
  auto changes_csv = client->Get("/grupper/byten/export.csv", strategist.cookie_only());
  ASSERT_TRUE(changes_csv);
  EXPECT_NE(changes_csv->body.find("<b>Fet</b> Person"), std::string::npos);
  EXPECT_NE(changes_csv->body.find(script), std::string::npos);
}

// --- attendance rate ----------------------------------------------------------

TEST_F(GroupTest, AttendanceRateByHand) {
  // 2026: three meetings, the second of two days. A is a member all year; B
  // joins on 2026-04-01, after the first meeting. 2025: one meeting.
  auto m1 = add_meeting("2026-02-10", 1);
  auto m2 = add_meeting("2026-05-12", 2);
  auto m3 = add_meeting("2026-09-15", 1);
  auto m0 = add_meeting("2025-11-11", 1);
  auto mark = [&](std::int64_t meeting, json items) {
    auto r = send("PUT", "/api/v1/meetings/" + std::to_string(meeting) + "/attendance", strategist.headers(),
                  {{"attendance", items}});
    EXPECT_EQ(r.status, 204) << r.body;
  };
  mark(m1, json::array({{{"organisation_id", org_a}, {"present", true}}}));
  mark(m2, json::array({{{"organisation_id", org_a}, {"present", true}}, {{"organisation_id", org_b}, {"present", true}}}));
  mark(m3, json::array({{{"organisation_id", org_a}, {"present", false}}, {{"organisation_id", org_b}, {"present", true}}}));
  mark(m0, json::array({{{"organisation_id", org_a}, {"present", false}}}));

  const std::string path = "/api/v1/groups/" + std::to_string(group) + "/attendance?year=2026";
  auto r = send("GET", path, strategist.headers());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.data["rate_basis"], "meetings");
  auto rows = r.data["organisations"];
  ASSERT_EQ(rows.size(), 2u);
  // A: meetings 1, 2 of 1, 2, 3 → 2/3; days 1 + 2 of 1 + 2 + 1 → 3/4.
  EXPECT_EQ(rows[0]["organisation_id"], org_a);
  EXPECT_EQ(rows[0]["meetings_held"], 3);
  EXPECT_EQ(rows[0]["meetings_attended"], 2);
  EXPECT_NEAR(rows[0]["rate"].get<double>(), 2.0 / 3.0, 1e-9);
  EXPECT_EQ(rows[0]["days_held"], 4);
  EXPECT_EQ(rows[0]["days_attended"], 3);
  // B: meetings 2, 3 of 2, 3 → 1; days 2 + 1 of 2 + 1.
  EXPECT_EQ(rows[1]["organisation_id"], org_b);
  EXPECT_EQ(rows[1]["meetings_held"], 2);
  EXPECT_EQ(rows[1]["meetings_attended"], 2);
  EXPECT_DOUBLE_EQ(rows[1]["rate"].get<double>(), 1.0);
  EXPECT_EQ(rows[1]["days_held"], 3);
  EXPECT_EQ(rows[1]["days_attended"], 3);

  // 2025: only A was a member; absent from the one meeting.
  auto y2025 = send("GET", "/api/v1/groups/" + std::to_string(group) + "/attendance?year=2025", coordinator.headers());
  ASSERT_EQ(y2025.data["organisations"].size(), 1u);
  EXPECT_EQ(y2025.data["organisations"][0]["meetings_held"], 1);
  EXPECT_DOUBLE_EQ(y2025.data["organisations"][0]["rate"].get<double>(), 0.0);

  // Who may ask: members see only their own row.
  EXPECT_EQ(send("GET", path, anonymous).status, 401);
  EXPECT_EQ(send("GET", path, contact_c.headers()).status, 404);
  EXPECT_EQ(send("GET", path, other_strategist.headers()).status, 404);
  auto own = send("GET", path, contact_a.headers());
  ASSERT_EQ(own.data["organisations"].size(), 1u);
  EXPECT_EQ(own.data["organisations"][0]["organisation_id"], org_a);
  EXPECT_EQ(send("GET", "/api/v1/groups/" + std::to_string(group) + "/attendance?year=20x6", admin.headers()).status, 400);

  // The group page shows the same numbers, Swedish style.
  std::string html = page("/grupper/" + std::to_string(group), strategist);
  EXPECT_NE(html.find("<caption>Närvaro 2026</caption>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"number\">67 %</td>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"number\">100 %</td>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"number\">0 %</td>"), std::string::npos);  // 2025
  std::string mine = page("/grupper/" + std::to_string(group), contact_a);
  EXPECT_NE(mine.find("67 %"), std::string::npos);
  EXPECT_EQ(mine.find("100 %"), std::string::npos);  // B's row is not shown to A
  auto csv = client->Get("/grupper/" + std::to_string(group) + "/narvaro.csv?ar=2026", strategist.cookie_only());
  ASSERT_TRUE(csv);
  EXPECT_NE(csv->body.find("Kommun A;2026;3;2;66,7;4;3"), std::string::npos) << csv->body;
}

// --- the server's clock ------------------------------------------------------

TEST_F(GroupTest, TheCurrentYearAndTodayAreSwedensByTheServersClock) {
  const std::string attendance = "/api/v1/groups/" + std::to_string(group) + "/attendance";
  const std::string form = "/grupper/byten/ny?group_id=" + std::to_string(group);
  // 23:59 on New Year's Eve in Sweden (22:59 UTC).
  clock.set(*parse_utc_text("2025-12-31T22:59:00Z"));
  EXPECT_EQ(send("GET", attendance, strategist.headers()).data["year"], 2025);
  EXPECT_NE(page("/grupper/" + std::to_string(group), strategist).find("<caption>Närvaro 2025</caption>"),
            std::string::npos);
  EXPECT_NE(page(form, contact_a).find("value=\"2025-12-31\""), std::string::npos) << "the form's default date";
  // A minute later it is 2026 in Sweden, though still 2025 in UTC.
  clock.advance(std::chrono::minutes(1));
  EXPECT_EQ(send("GET", attendance, strategist.headers()).data["year"], 2026);
  EXPECT_NE(page("/grupper/" + std::to_string(group), strategist).find("<caption>Närvaro 2026</caption>"),
            std::string::npos);
  EXPECT_NE(page(form, contact_a).find("value=\"2026-01-01\""), std::string::npos);
  auto csv = client->Get("/grupper/" + std::to_string(group) + "/narvaro.csv", strategist.cookie_only());
  ASSERT_TRUE(csv);
  EXPECT_NE(csv->body.find("Kommun A;2026;"), std::string::npos) << csv->body;
}

TEST_F(GroupTest, ADecisionIsStampedWithTheServersTime) {
  auto id = file_change("Stina Sida");
  clock.set(*parse_utc_text("2028-02-29T13:45:00Z"));
  strategist = log_in_again(*db, strategist);  // the fixture's session has ended
  auto confirmed = send("POST", "/api/v1/representative-changes/" + std::to_string(id) + "/confirm",
                        strategist.headers(), json::object());
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(confirmed.data["decided_at"], "2028-02-29T13:45:00Z");
}

// --- person erasure -----------------------------------------------------------

TEST_F(GroupTest, ErasingAPersonClearsThemFromGroups) {
  auto meeting = add_meeting("2026-05-12", 1);
  auto marked = send("PUT", "/api/v1/meetings/" + std::to_string(meeting) + "/attendance", strategist.headers(),
                     {{"attendance", json::array({{{"organisation_id", org_a}, {"present", true}, {"attended_by", rep_a}}})}});
  ASSERT_EQ(marked.status, 204);
  auto change = send("POST", "/api/v1/representative-changes", contact_a.headers(),
                     {{"group_id", group}, {"substitute_id", rep_a}, {"effective_from", "2026-06-01"}});
  ASSERT_EQ(change.status, 201) << change.body;

  auto exported = send("GET", "/api/v1/people/" + std::to_string(rep_a) + "/export", strategist.headers());
  EXPECT_GE(exported.data["referenced_in"].size(), 3u);  // membership, attendance, change

  ASSERT_EQ(send("DELETE", "/api/v1/people/" + std::to_string(rep_a), strategist.headers()).status, 204);
  auto periods = memberships_of(org_a);
  ASSERT_EQ(periods.size(), 1u);
  EXPECT_TRUE(periods[0]["representative_id"].is_null());
  EXPECT_EQ(periods[0]["substitute_id"], sub_a);
  auto attendance = send("GET", "/api/v1/meeting-attendance?meeting_id=" + std::to_string(meeting), admin.headers());
  EXPECT_TRUE(attendance.data["items"][0]["attended_by"].is_null());
  EXPECT_EQ(attendance.data["items"][0]["present"], true);
  auto after = send("GET", "/api/v1/representative-changes/" + change.data["id"].dump(), admin.headers());
  EXPECT_TRUE(after.data["substitute_id"].is_null());
  // With nobody left in it, the change cannot be confirmed.
  EXPECT_EQ(send("POST", "/api/v1/representative-changes/" + change.data["id"].dump() + "/confirm",
                 strategist.headers()).status, 409);
  EXPECT_EQ(page("/grupper/" + std::to_string(group), strategist).find("Rut Representant"), std::string::npos);
}

// --- the pages end to end -----------------------------------------------------

TEST_F(GroupTest, FormsFileAndConfirmAChange) {
  std::string form = page("/grupper/byten/ny?group_id=" + std::to_string(group), contact_a);
  EXPECT_NE(form.find("Anmäl byte av representant"), std::string::npos);
  EXPECT_NE(form.find("Kommun A"), std::string::npos);
  EXPECT_NE(form.find("Sune Suppleant"), std::string::npos);    // own people to choose from
  EXPECT_EQ(form.find("Britt Representant"), std::string::npos);  // not another organisation's

  auto empty = post_form("/grupper/byten/ny", contact_a, {{"group_id", std::to_string(group)}, {"effective_from", ""}});
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->status, 400);
  EXPECT_NE(empty->body.find("Ingenting skickades"), std::string::npos);

  auto filed = post_form("/grupper/byten/ny", contact_a,
                         {{"group_id", std::to_string(group)}, {"representative_name", "Stina Sida"},
                          {"representative_email", "Stina.Sida@Kommun-A.se"}, {"effective_from", "2026-06-01"},
                          {"message", "Rut har slutat."}});
  ASSERT_TRUE(filed);
  ASSERT_EQ(filed->status, 303) << filed->body;
  std::string location = filed->get_header_value("Location");
  std::string change_path = location.substr(0, location.find('?'));
  std::string as_contact = page(change_path, contact_a);
  EXPECT_NE(as_contact.find("väntar på länsstyrelsens beslut"), std::string::npos);
  EXPECT_EQ(as_contact.find("Bekräfta bytet"), std::string::npos);

  std::string group_page = page("/grupper/" + std::to_string(group), strategist);
  EXPECT_NE(group_page.find("Stina Sida"), std::string::npos);  // among the pending changes
  std::string review = page(change_path, strategist);
  EXPECT_NE(review.find("Bekräfta bytet"), std::string::npos);

  auto no_reason = post_form(change_path + "/avsla", strategist, {{"decision_reason", ""}});
  ASSERT_TRUE(no_reason);
  EXPECT_EQ(no_reason->status, 400);
  EXPECT_NE(no_reason->body.find("Skäl för avslag: måste fyllas i"), std::string::npos);

  auto confirmed = post_form(change_path + "/bekrafta", strategist, {});
  ASSERT_TRUE(confirmed);
  ASSERT_EQ(confirmed->status, 303);
  EXPECT_EQ(confirmed->get_header_value("Location"), "/grupper/" + std::to_string(group) + "?sparad=1#medlemmar");
  auto periods = memberships_of(org_a);
  ASSERT_EQ(periods.size(), 2u);
  auto person = send("GET", "/api/v1/people/" + periods[1]["representative_id"].dump(), strategist.headers());
  EXPECT_EQ(person.data["name"], "Stina Sida");
  EXPECT_EQ(person.data["email"], "stina.sida@kommun-a.se");

  // Filing again with the same e-mail reuses the person.
  auto again = send("POST", "/api/v1/representative-changes", contact_a.headers(),
                    {{"group_id", group}, {"substitute_name", "Stina Sida"}, {"substitute_email", "stina.sida@kommun-a.se"},
                     {"effective_from", "2026-07-01"}});
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.data["substitute_id"], periods[1]["representative_id"]);
}

}  // namespace
}  // namespace jamt::testing

namespace jamt::testing {
namespace {

// The demo länsgrupp loads on both engines with the numbers the group page shows.
TEST(DemoGroup, LoadsMembersMeetingsAndAPendingChangeWithHandCountedRates) {
  auto db = fresh_database();
  ASSERT_NE(db, nullptr);
  auto loaded = service::load_demo_registers(*db, false);
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  User admin;
  admin.role = Role::admin;
  admin.email = "admin@jamt.test";
  auto groups = service::list_records(*db, service::group_rules(), {}, admin);
  ASSERT_TRUE(groups.ok());
  ASSERT_EQ(groups->size(), 1u);
  EXPECT_EQ(groups->front().at("name"), "Länsgrupp mot mäns våld mot kvinnor (demo)");
  EXPECT_EQ(groups->front().at("county_code"), "08");
  const std::string id = groups->front().at("id");
  service::RecordQuery by_group;
  by_group.equals = {{"group_id", id}};
  EXPECT_EQ(service::list_records(*db, service::group_member_rules(), by_group, admin)->size(), 6u);
  EXPECT_EQ(service::list_records(*db, service::meeting_rules(), by_group, admin)->size(), 5u);
  auto changes = service::list_records(*db, service::representative_change_rules(), by_group, admin);
  ASSERT_EQ(changes->size(), 1u);
  EXPECT_EQ(changes->front().at("status"), "vantar");
  EXPECT_EQ(changes->front().at("filed_by"), "kontakt.kalmar@jamt.local");

  // Exempelkommunen Kalmar (id 1) 2026: present 02-12, absent 04-23 (two days).
  auto y2026 = service::group_attendance(*db, std::stoll(id), 2026, admin);
  ASSERT_TRUE(y2026.ok());
  ASSERT_EQ(y2026->size(), 5u);
  EXPECT_EQ((*y2026)[0].meetings_held, 2);
  EXPECT_EQ((*y2026)[0].meetings_attended, 1);
  EXPECT_EQ((*y2026)[0].days_held, 3);
  EXPECT_EQ((*y2026)[0].days_attended, 1);
  // 2025: Region Exempel (3) over its two periods 3 of 3; Exempelhögskolan (5) joined in June: 1 of 1;
  // Kvinnojouren (4) 1 of 3.
  auto y2025 = service::group_attendance(*db, std::stoll(id), 2025, admin);
  ASSERT_TRUE(y2025.ok());
  ASSERT_EQ(y2025->size(), 5u);
  EXPECT_EQ((*y2025)[2].meetings_held, 3);
  EXPECT_EQ((*y2025)[2].meetings_attended, 3);
  EXPECT_EQ((*y2025)[3].meetings_attended, 1);
  EXPECT_NEAR(*(*y2025)[3].rate, 1.0 / 3.0, 1e-9);
  EXPECT_EQ((*y2025)[4].meetings_held, 1);
  EXPECT_EQ((*y2025)[4].days_held, 1);
}

}  // namespace
}  // namespace jamt::testing
