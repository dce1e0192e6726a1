// "Ny", "Ändra" and "Ta bort" show only to someone who may use them: the
// pages ask the same authorisation functions as the actions themselves.
#include <gtest/gtest.h>

#include "register_fixture.hpp"
#include "service/joining/joining_register.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;

class RegisterButtons : public RegisterFixture {
 protected:
  // A joining of organisation A, by the admin.
  std::int64_t joining_of_a() {
    User a;
    a.role = Role::admin;
    a.email = "fixture@jamt.test";
    auto saved = service::create_record(*db, service::joining_rules(),
                                        {{"organisation_id", std::to_string(org_a)},
                                         {"decision_date", "2024-01-10"},
                                         {"action_plan_url", "https://kommun-a.example/plan"}},
                                        a);
    EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().to_string());
    return saved.ok() ? std::stoll(saved->at("id")) : 0;
  }
};

TEST_F(RegisterButtons, OnlyTheBoardSeesTaBortOnAJoining) {
  auto id = joining_of_a();
  const std::string page = "/anslutningar/" + std::to_string(id);
  const std::string remove = "action=\"" + page + "/ta-bort\"";

  auto contact = get(*client, page, &contact_a());
  ASSERT_EQ(contact.status, 200);
  EXPECT_FALSE(contains(contact.body, remove)) << "the contact may not delete the joining";
  auto strategist = get(*client, page, &strategist_08());
  ASSERT_EQ(strategist.status, 200);
  EXPECT_TRUE(contains(strategist.body, remove));
  EXPECT_TRUE(contains(strategist.body, "href=\"" + page + "/andra\""));
  // What the page shows is what the action allows.
  EXPECT_EQ(post_form(*client, page + "/ta-bort", {}, contact_a()).status, 403);
  EXPECT_EQ(answer_of(client->Delete("/api/v1/joinings/" + std::to_string(id), contact_a().headers())).status, 403);
  EXPECT_EQ(get(*client, page, &strategist_08()).status, 200) << "the joining is still there";
}

TEST_F(RegisterButtons, AContactChangesButDoesNotDeleteTheirOrganisation) {
  const std::string page = "/organisationer/" + std::to_string(org_a);
  auto contact = get(*client, page, &contact_a());
  ASSERT_EQ(contact.status, 200);
  EXPECT_TRUE(contains(contact.body, "href=\"" + page + "/andra\""));
  EXPECT_FALSE(contains(contact.body, "action=\"" + page + "/ta-bort\""));
  auto admin_page = get(*client, page, &admin());
  EXPECT_TRUE(contains(admin_page.body, "action=\"" + page + "/ta-bort\""));
  // The coordinator reads everything and changes nothing.
  auto coordinator_page = get(*client, page, &coordinator());
  ASSERT_EQ(coordinator_page.status, 200);
  EXPECT_FALSE(contains(coordinator_page.body, page + "/andra"));
  EXPECT_FALSE(contains(coordinator_page.body, page + "/ta-bort"));
}

TEST_F(RegisterButtons, NyShowsOnlyWhereTheUserMayCreate) {
  EXPECT_FALSE(contains(get(*client, "/organisationer", &contact_a()).body, "href=\"/organisationer/ny\""))
      << "contacts do not add organisations";
  EXPECT_TRUE(contains(get(*client, "/organisationer", &strategist_08()).body, "href=\"/organisationer/ny\""));
  EXPECT_TRUE(contains(get(*client, "/personer", &contact_a()).body, "href=\"/personer/ny\""))
      << "contacts add people of their own organisation";
  EXPECT_FALSE(contains(get(*client, "/personer", &coordinator()).body, "href=\"/personer/ny\""));
  // The public sees no "Ny" anywhere it may look.
  for (const std::string path : {"/", "/insatser", "/grupper", "/anslutna", "/anslutna/08"}) {
    auto r = client->Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_FALSE(contains(r->body, "/ny\"")) << path;
    EXPECT_FALSE(contains(r->body, ">Ny ")) << path;
  }
}
