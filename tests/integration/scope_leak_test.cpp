// Issue 9, items 5, 7, 8 and 14: references and ids are checked against the
// caller's scope before anything is revealed, and a record the caller may
// not read answers exactly like one that does not exist. Over HTTP against
// the real server, on SQLite and (with $JAMT_TEST_DB) PostgreSQL.
//
// The fixture: A and B in Kalmar län (08), C in Stockholms län (01).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "register_fixture.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

// An id no record has.
constexpr std::int64_t kMissing = 987654;

class ScopeLeakTest : public RegisterFixture {
 protected:
  // Creates a record through the API as `who`, expects 201, returns its id.
  std::int64_t create(const std::string& path, const json& body, const TestLogin& who) {
    auto a = post_json(*client, path, body, who.headers());
    EXPECT_EQ(a.status, 201) << path << ": " << a.body;
    return a.json.is_object() && a.json.contains("id") ? a.json["id"].get<std::int64_t>() : 0;
  }
  std::int64_t person_of(std::int64_t organisation, const std::string& name) {
    return create("/api/v1/people", {{"name", name}, {"organisation_id", organisation}, {"role", "representant"}},
                  admin());
  }
  // The error of an answer as a user sees it: status, code, message, field.
  static std::string refusal(const Answer& a) {
    if (!a.json.is_object() || !a.json.contains("error")) return std::to_string(a.status) + " " + a.body;
    const auto& e = a.json["error"];
    return std::to_string(a.status) + " " + e.value("code", "") + " " + e.value("message", "") + " " +
           e.value("field", "");
  }
};

// Item 5: a Stockholm strategist cannot put Kalmar's organisation and people
// into a Stockholm group, and learns nothing about which Kalmar ids exist.
TEST_F(ScopeLeakTest, GroupMemberReferencesOutsideTheCountyReadAsMissing) {
  std::int64_t kalmar_person = person_of(org_a, "Karin Kalmarsson");
  std::int64_t kalmar_substitute = person_of(org_a, "Kalle Kalmarsson");
  std::int64_t group = create("/api/v1/groups", {{"name", "Stockholms länsgrupp"}, {"type", "lansgrupp"}, {"county_code", "01"}},
                              strategist_01());
  ASSERT_GT(group, 0);
  auto member = [&](const json& org, const json& rep, const json& sub) {
    return post_json(*client, "/api/v1/group-members",
                     {{"group_id", group}, {"organisation_id", org}, {"representative_id", rep},
                      {"substitute_id", sub}, {"member_from", "2026-01-01"}},
                     strategist_01().headers());
  };
  // Kalmar's organisation with Kalmar's people, and a made-up organisation.
  auto kalmar = member(org_a, kalmar_person, kalmar_substitute);
  auto missing = member(kMissing, kMissing + 1, kMissing + 2);
  EXPECT_EQ(kalmar.status, 400) << kalmar.body;
  EXPECT_EQ(refusal(kalmar), "400 validation Organisation: finns inte organisation_id");
  EXPECT_EQ(refusal(kalmar), refusal(missing));
  // Stockholm's own organisation with Kalmar's people: the people read as missing.
  auto people = member(org_c, kalmar_person, kalmar_substitute);
  auto no_people = member(org_c, kMissing + 1, kMissing + 2);
  EXPECT_EQ(refusal(people), "400 validation Representant: finns inte representative_id");
  EXPECT_EQ(refusal(people), refusal(no_people));
  // Nothing was saved, and the group page names no one from Kalmar.
  auto page = get(*client, "/grupper/" + std::to_string(group), &strategist_01());
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.body.find("Karin Kalmarsson"), std::string::npos);
  EXPECT_EQ(page.body.find("Kommun A"), std::string::npos);
  // Kalmar's group, seen from Stockholm, is as missing as no group at all.
  std::int64_t kalmar_group =
      create("/api/v1/groups", {{"name", "Kalmar läns grupp"}, {"type", "lansgrupp"}, {"county_code", "08"}}, strategist_08());
  auto into_kalmar = post_json(*client, "/api/v1/group-members",
                               {{"group_id", kalmar_group}, {"organisation_id", org_c}, {"member_from", "2026-01-01"}},
                               strategist_01().headers());
  auto into_nothing = post_json(*client, "/api/v1/group-members",
                                {{"group_id", kMissing}, {"organisation_id", org_c}, {"member_from", "2026-01-01"}},
                                strategist_01().headers());
  EXPECT_EQ(refusal(into_kalmar), refusal(into_nothing));
  // Kalmar's strategist still adds Kalmar's organisation with its people.
  auto own = post_json(*client, "/api/v1/group-members",
                       {{"group_id", kalmar_group}, {"organisation_id", org_a}, {"representative_id", kalmar_person},
                        {"member_from", "2026-01-01"}},
                       strategist_08().headers());
  EXPECT_EQ(own.status, 201) << own.body;
}

// Item 7: a person's county follows the organisation.
TEST_F(ScopeLeakTest, PersonCountyFollowsTheOrganisation) {
  // A contact of A (Kalmar) cannot file A's person under Stockholm.
  auto hidden = post_json(*client, "/api/v1/people",
                          {{"name", "Greta Gömd"}, {"organisation_id", org_a}, {"role", "annan"}, {"county_code", "01"}},
                          contact_a().headers());
  EXPECT_EQ(hidden.status, 400) << hidden.body;
  EXPECT_EQ(error_field(hidden), "county_code");
  EXPECT_NE(hidden.body.find("organisationens län (08)"), std::string::npos) << hidden.body;
  // Without a county (or with the right one) the person is Kalmar's, and
  // Kalmar's strategist reads her; Stockholm's does not.
  std::int64_t greta = create("/api/v1/people", {{"name", "Greta Synlig"}, {"organisation_id", org_a}, {"role", "annan"}},
                              contact_a());
  auto seen = get(*client, "/api/v1/people/" + std::to_string(greta), &strategist_08());
  EXPECT_EQ(seen.status, 200);
  EXPECT_EQ(seen.json.value("county_code", ""), "08");
  EXPECT_EQ(get(*client, "/api/v1/people/" + std::to_string(greta), &strategist_01()).status, 404);

  // Kalmar's strategist cannot move her to Stockholm's organisation C: the
  // same refusal as for an organisation that does not exist.
  auto moved = patch_json(*client, "/api/v1/people/" + std::to_string(greta), {{"organisation_id", org_c}},
                          strategist_08().headers());
  auto nowhere = patch_json(*client, "/api/v1/people/" + std::to_string(greta), {{"organisation_id", kMissing}},
                            strategist_08().headers());
  EXPECT_EQ(refusal(moved), "400 validation Organisation: finns inte organisation_id");
  EXPECT_EQ(refusal(moved), refusal(nowhere));
  // C's contact still cannot read her.
  const TestLogin contact_c = sign_in(*db, "kontakt.c@example.se", Role::org_contact, "", org_c);
  EXPECT_EQ(get(*client, "/api/v1/people/" + std::to_string(greta), &contact_c).status, 404);

  // An admin moves her; her county follows, and now Stockholm reads her.
  auto by_admin = patch_json(*client, "/api/v1/people/" + std::to_string(greta), {{"organisation_id", org_c}},
                             admin().headers());
  EXPECT_EQ(by_admin.status, 200) << by_admin.body;
  EXPECT_EQ(by_admin.json.value("county_code", ""), "01");
  EXPECT_EQ(get(*client, "/api/v1/people/" + std::to_string(greta), &contact_c).status, 200);
  EXPECT_EQ(get(*client, "/api/v1/people/" + std::to_string(greta), &strategist_08()).status, 404);
}

// Item 8: a joining is to the organisation's own county's strategy.
TEST_F(ScopeLeakTest, JoiningCountyIsTheOrganisationsCounty) {
  auto elsewhere = post_json(*client, "/api/v1/joinings",
                             {{"organisation_id", org_a}, {"county_code", "01"}, {"decision_date", "2026-02-01"}},
                             contact_a().headers());
  EXPECT_EQ(elsewhere.status, 400) << elsewhere.body;
  EXPECT_EQ(error_field(elsewhere), "county_code");
  EXPECT_NE(elsewhere.body.find("organisationens län (08)"), std::string::npos) << elsewhere.body;
  auto by_strategist = post_json(*client, "/api/v1/joinings",
                                 {{"organisation_id", org_b}, {"county_code", "01"}, {"decision_date", "2026-02-01"}},
                                 strategist_08().headers());
  EXPECT_EQ(by_strategist.status, 400) << by_strategist.body;
  EXPECT_EQ(error_field(by_strategist), "county_code");
  // Nothing was filed in Stockholm.
  auto stockholm = get(*client, "/api/v1/joinings?county_code=01", &admin());
  ASSERT_EQ(stockholm.status, 200) << stockholm.body;
  EXPECT_EQ(stockholm.json.value("count", -1), 0) << stockholm.body;
  // The contact's own county works.
  auto own = post_json(*client, "/api/v1/joinings",
                       {{"organisation_id", org_a}, {"county_code", "08"}, {"decision_date", "2026-02-01"}},
                       contact_a().headers());
  EXPECT_EQ(own.status, 201) << own.body;
}

// Item 14: 404 for what the caller could never see, 403 only for what the
// caller reads but may not change; references read as missing.
TEST_F(ScopeLeakTest, RecordsOutsideTheReadScopeAnswerLikeMissingOnes) {
  std::int64_t person = person_of(org_a, "Anna Andersson");
  const std::string a = std::to_string(org_a), p = std::to_string(person), none = std::to_string(kMissing);
  for (const auto* who : {&strategist_01(), &contact_b()}) {
    for (const auto& [path_of, missing_path] :
         {std::pair{"/api/v1/organisations/" + a, "/api/v1/organisations/" + none},
          std::pair{"/api/v1/people/" + p, "/api/v1/people/" + none}}) {
      auto seen = get(*client, path_of, who);
      EXPECT_EQ(seen.status, 404) << who->email << " " << path_of;
      EXPECT_EQ(refusal(seen), refusal(get(*client, missing_path, who))) << who->email;
      auto changed = patch_json(*client, path_of, {{"name", "Nytt namn"}}, who->headers());
      EXPECT_EQ(refusal(changed), refusal(patch_json(*client, missing_path, {{"name", "Nytt namn"}}, who->headers())))
          << who->email << " " << path_of;
      EXPECT_EQ(changed.status, 404);
      auto deleted = answer_of(client->Delete(path_of, who->headers()));
      EXPECT_EQ(refusal(deleted), refusal(answer_of(client->Delete(missing_path, who->headers()))))
          << who->email << " " << path_of;
      EXPECT_EQ(deleted.status, 404);
    }
  }
  // A's contact reads its organisation but may not delete it: 403.
  EXPECT_EQ(answer_of(client->Delete("/api/v1/organisations/" + a, contact_a().headers())).status, 403);
  // The coordinator reads everything and changes nothing: 403.
  EXPECT_EQ(patch_json(*client, "/api/v1/people/" + p, {{"name", "X"}}, coordinator().headers()).status, 403);

  // An activity's organiser tells a Stockholm strategist nothing about Kalmar.
  auto activity = [&](std::int64_t organiser) {
    return post_json(*client, "/api/v1/activities",
                     {{"title", "Utbildning"}, {"type", "utbildning"}, {"status", "planerad"},
                      {"start_date", "2026-05-12"}, {"organiser_id", organiser}, {"goal_nodes", {"FO1"}}},
                     strategist_01().headers());
  };
  auto kalmar = activity(org_a), nothing = activity(kMissing);
  EXPECT_EQ(refusal(kalmar), "400 validation Arrangör: finns inte organiser_id");
  EXPECT_EQ(refusal(kalmar), refusal(nothing));
}

}  // namespace
}  // namespace jamt::testing