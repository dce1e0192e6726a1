// Contacts of a co-organising organisation read the activity they help
// arrange, but only the organiser's contacts (and the board) change it.
#include <gtest/gtest.h>

#include "register_fixture.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

class CoOrganisers : public RegisterFixture {
 protected:
  // An unpublished activity arranged by A with B as co-organiser, by the admin.
  std::int64_t joint_activity() {
    auto made = post_json(*client, "/api/v1/activities",
                          {{"title", "Gemensam utbildning"},
                           {"type", "utbildning"},
                           {"status", "planerad"},
                           {"start_date", "2026-03-12"},
                           {"organiser_id", org_a},
                           {"co_organiser_ids", {org_b}}},
                          admin().headers());
    EXPECT_EQ(made.status, 201) << made.body;
    return made.status == 201 ? made.json["id"].get<std::int64_t>() : 0;
  }
};

TEST_F(CoOrganisers, ContactsOfACoOrganiserReadButDoNotChangeTheActivity) {
  auto id = joint_activity();
  const std::string one = "/api/v1/activities/" + std::to_string(id);

  auto read = get(*client, one, &contact_b());
  EXPECT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json.value("title", ""), "Gemensam utbildning");
  auto page = get(*client, "/insatser/" + std::to_string(id), &contact_b());
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Gemensam utbildning"), std::string::npos);
  EXPECT_EQ(page.body.find("/insatser/" + std::to_string(id) + "/andra"), std::string::npos) << "no Ändra link";
  EXPECT_EQ(page.body.find("/insatser/" + std::to_string(id) + "/ta-bort"), std::string::npos) << "no Ta bort button";
  auto list = get(*client, "/api/v1/activities", &contact_b());
  EXPECT_NE(list.body.find("Gemensam utbildning"), std::string::npos) << "listed for the co-organiser";

  EXPECT_EQ(patch_json(*client, one, {{"title", "Ändrad av medarrangören"}}, contact_b().headers()).status, 403);
  EXPECT_EQ(answer_of(client->Delete(one, contact_b().headers())).status, 403);
  auto form = post_form(*client, "/insatser/" + std::to_string(id) + "/andra", {{"title", "Via formuläret"}}, contact_b());
  EXPECT_EQ(form.status, 403) << "the edit form refuses too";
  EXPECT_EQ(get(*client, one, &admin()).json.value("title", ""), "Gemensam utbildning") << "nothing changed";

  // The organiser's contact still changes it; a contact of neither reads nothing.
  EXPECT_EQ(patch_json(*client, one, {{"title", "Ändrad av arrangören"}}, contact_a().headers()).status, 200);
  auto stranger = sign_in(*db, "kontakt.c@example.se", Role::org_contact, "", org_c);
  EXPECT_EQ(get(*client, one, &stranger).status, 404) << "as if it did not exist (issue 9, item 14)";
  EXPECT_EQ(get(*client, "/api/v1/activities", &stranger).body.find("Ändrad av arrangören"), std::string::npos);
}
