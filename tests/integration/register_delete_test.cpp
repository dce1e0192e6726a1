// Who may delete what, over HTTP on a real port, on SQLite and PostgreSQL
// (issue 8): deleting a joining is the board's decision and takes its
// follow-ups and file with it; organisation contacts delete their own
// organisation's checklists and steering documents, but not another
// organisation's, and not their organisation. docs/api.md is the reference.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "register_fixture.hpp"
#include "service/joining/joining_application.hpp"
#include "service/joining/joining_decisions.hpp"
#include "service/joining/joining_register.hpp"
#include "test_documents.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

class RegisterDelete : public RegisterFixture {
 protected:
  User board() const {
    User u;
    u.email = "styrelse@example.se";
    u.role = Role::admin;
    return u;
  }

  // An approved joining of organisation A (Kalmar län) with two recorded
  // follow-ups and an uploaded action plan, made through the services at
  // fixed dates.
  std::int64_t approved_joining_with_follow_ups_and_file() {
    auto saved =
        service::create_record(*db, service::joining_rules(),
                               {{"organisation_id", std::to_string(org_a)}, {"decision_date", "2024-01-10"}}, board());
    EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().to_string());
    if (!saved.ok()) return 0;
    auto id = std::stoll(saved->at("id"));
    auto approved = service::approve_joining(*db, id, "2024-02-01", board());
    EXPECT_TRUE(approved.ok()) << (approved.ok() ? "" : approved.error().to_string());
    for (const char* date : {"2024-09-01", "2025-03-03"}) {
      auto f = service::record_follow_up(*db, id, date, "Dialog med ledningen", board());
      EXPECT_TRUE(f.ok()) << (f.ok() ? "" : f.error().to_string());
    }
    auto file = service::replace_action_plan(
        *db, id, service::UploadedFile{.file_name = "plan.pdf", .content = jamt::testing::real_pdf()}, board());
    EXPECT_TRUE(file.ok()) << (file.ok() ? "" : file.error().to_string());
    return id;
  }

  Answer remove(const std::string& path, const TestLogin& login) {
    return answer_of(client->Delete(path, login.headers()));
  }

  // Rows in `table` whose `column` is `id`, counted straight in the database.
  long long rows(const std::string& table, const std::string& column, std::int64_t id) {
    long long n = -1, key = id;
    (void)db->read([&](soci::session& s) -> Status {
      s << "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :id", soci::use(key), soci::into(n);
      return {};
    });
    return n;
  }
};

TEST_F(RegisterDelete, OnlyTheCountysStrategistDeletesAJoiningAndItsFollowUpsAndFileGoWithIt) {
  auto id = approved_joining_with_follow_ups_and_file();
  ASSERT_NE(id, 0);
  const std::string one = "/api/v1/joinings/" + std::to_string(id);
  auto before = get(*client, one, &strategist_08());
  ASSERT_EQ(before.status, 200) << before.body;
  ASSERT_EQ(before.json["status"], "godkand");

  // The organisation's own contact and a coordinator read it and are
  // refused; to a contact of another organisation and a strategist of
  // another county it is as missing as any unknown id (issue 9, item 14).
  for (const TestLogin* who : {&contact_a(), &coordinator()}) {
    auto refused = remove(one, *who);
    EXPECT_EQ(refused.status, 403) << who->email << ": " << refused.body;
  }
  for (const TestLogin* who : {&contact_b(), &strategist_01()}) {
    auto refused = remove(one, *who);
    EXPECT_EQ(refused.status, 404) << who->email << ": " << refused.body;
  }
  auto after = get(*client, one, &strategist_08());
  ASSERT_EQ(after.status, 200);
  EXPECT_EQ(after.json, before.json) << "the joining is untouched";
  EXPECT_EQ(get(*client, one, &contact_a()).status, 200);
  auto follow_ups = get(*client, one + "/follow-ups", &strategist_08());
  EXPECT_EQ(follow_ups.json["count"], 2);
  auto file = answer_of(client->Get(one + "/action-plan", strategist_08().headers()));
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.body, jamt::testing::real_pdf());

  auto deleted = remove(one, strategist_08());
  EXPECT_EQ(deleted.status, 204) << deleted.body;
  EXPECT_EQ(get(*client, one, &strategist_08()).status, 404);
  EXPECT_EQ(get(*client, one + "/follow-ups", &strategist_08()).status, 404);
  EXPECT_EQ(answer_of(client->Get(one + "/action-plan", strategist_08().headers())).status, 404);
  EXPECT_EQ(rows("joining_follow_ups", "joining_id", id), 0);
  EXPECT_EQ(rows("joining_files", "joining_id", id), 0);

  auto trail = get(*client, "/api/v1/audit?entity=joining&id=" + std::to_string(id), &admin());
  ASSERT_EQ(trail.status, 200) << trail.body;
  ASSERT_FALSE(trail.json["entries"].empty());
  EXPECT_EQ(trail.json["entries"].back()["action"], "delete");
  EXPECT_EQ(trail.json["entries"].back()["actor"], "strateg@kalmar.example");
}

TEST_F(RegisterDelete, AnAdminDeletesAJoiningOfAnyCounty) {
  auto id = approved_joining_with_follow_ups_and_file();
  ASSERT_NE(id, 0);
  EXPECT_EQ(remove("/api/v1/joinings/" + std::to_string(id), admin()).status, 204);
  EXPECT_EQ(rows("joinings", "id", id), 0);
  EXPECT_EQ(rows("joining_follow_ups", "joining_id", id), 0);
}

TEST_F(RegisterDelete, AContactDeletesTheirOwnOrganisationsChecklistButNotAnothers) {
  auto made =
      post_json(*client, "/api/v1/checklists",
                {{"organisation_id", org_a},
                 {"year", 2026},
                 {"answers", json::array({"ja", "ja", "ja", "ja", "delvis", "delvis", "nej", "nej", "ja", "ja"})}},
                contact_a().headers());
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string one = "/api/v1/checklists/" + std::to_string(made.json["id"].get<std::int64_t>());

  EXPECT_EQ(remove(one, contact_b()).status, 404);
  EXPECT_EQ(remove(one, strategist_01()).status, 404);
  EXPECT_EQ(get(*client, one, &contact_a()).status, 200) << "still there";

  auto deleted = remove(one, contact_a());
  EXPECT_EQ(deleted.status, 204) << deleted.body;
  EXPECT_EQ(get(*client, one, &strategist_08()).status, 404);
}

TEST_F(RegisterDelete, AContactDeletesTheirOwnOrganisationsSteeringDocumentButNotAnothers) {
  auto made = post_json(*client, "/api/v1/steering-documents",
                        {{"organisation_id", org_a},
                         {"title", "Jämställdhetsplan 2024–2026"},
                         {"type", "plan"},
                         {"year", 2024},
                         {"url", "https://exempel.se/plan.pdf"}},
                        contact_a().headers());
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string one = "/api/v1/steering-documents/" + std::to_string(made.json["id"].get<std::int64_t>());

  EXPECT_EQ(remove(one, contact_b()).status, 404);
  EXPECT_EQ(remove(one, strategist_01()).status, 404);
  EXPECT_EQ(get(*client, one, &contact_a()).status, 200) << "still there";

  auto deleted = remove(one, contact_a());
  EXPECT_EQ(deleted.status, 204) << deleted.body;
  EXPECT_EQ(get(*client, one, &strategist_08()).status, 404);
}

TEST_F(RegisterDelete, AContactMayNotDeleteTheirOrganisation) {
  const std::string own = "/api/v1/organisations/" + std::to_string(org_a);
  EXPECT_EQ(remove(own, contact_a()).status, 403);
  EXPECT_EQ(get(*client, own, &contact_a()).status, 200);
}
