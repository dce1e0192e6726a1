// Statistics sources over HTTP (issue 13, item 4): the add form with errors
// beside its fields, "Hämta nu" on the source's page, and the API, against
// the real server and a local SCB stand-in (fake_statistics_api.hpp).
#include <gtest/gtest.h>

#include "fake_statistics_api.hpp"
#include "service/statistics_fetch/fetch_settings.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"
#include "shared_helpers.hpp"

using jamt::testing::contains;

namespace {

using jamt::Role;
using nlohmann::json;

class StatisticsFetchHttp : public jamt::testing::ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    saved = jamt::service::fetch_settings();
    auto settings = saved;
    settings.endpoints = {.scb = api.scb_base(), .kolada = api.kolada_base()};
    jamt::service::set_fetch_settings(settings);
    kalmar = jamt::testing::sign_in(*db, "strateg@kalmar.example", Role::strategist, "08");
  }
  void TearDown() override {
    jamt::service::set_fetch_settings(saved);
    ServerFixture::TearDown();
  }

  jamt::testing::FakeStatisticsApi api;
  jamt::service::FetchSettings saved;
  jamt::testing::TestLogin kalmar;
};

TEST_F(StatisticsFetchHttp, AddFormShowsErrorsBesideTheFieldsThenHamtaNuFetches) {
  // A typo in the selection: the form comes back with the error beside it
  // and what was typed kept.
  httplib::Params bad{{"csrf_token", kalmar.csrf_token},
                      {"address", api.scb_base() + "/tables/TAB6471/data?lang=sv"},
                      {"selection", "Region"},
                      {"schedule", "monthly"}};
  auto refused = client->Post("/statistik/kallor", kalmar.cookie_only(), bad);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 400);
  EXPECT_TRUE(contains(refused->body, "<span class=\"field-error\" id=\"selection-error\">&quot;Region&quot; saknar"))
      << refused->body;
  EXPECT_TRUE(contains(refused->body, "aria-invalid=\"true\">Region</textarea>")) << refused->body;
  EXPECT_TRUE(contains(refused->body, "<option value=\"monthly\" selected>Varje månad</option>"));

  httplib::Params good = bad;
  good.erase("selection");
  good.emplace("selection", "Region=08");
  auto added = client->Post("/statistik/kallor", kalmar.cookie_only(), good);
  ASSERT_TRUE(added);
  ASSERT_EQ(added->status, 303);
  std::string page_path = added->get_header_value("Location");
  auto page = client->Get(page_path, kalmar.cookie_only());
  EXPECT_TRUE(contains(page->body, "Källan har inte hämtats ännu.")) << page->body;
  EXPECT_TRUE(contains(page->body, "<button type=\"submit\">Hämta nu</button>"));

  auto fetched = client->Post(page_path + "/hamta", kalmar.cookie_only(), httplib::Params{{"csrf_token", kalmar.csrf_token}});
  ASSERT_TRUE(fetched);
  ASSERT_EQ(fetched->status, 303);
  page = client->Get(fetched->get_header_value("Location"), kalmar.cookie_only());
  EXPECT_TRUE(contains(page->body, "Hämtat: Första hämtningen: 132 celler; 4 nya perioder: 2026M01, 2026M02, 2026M03, 2026M04."))
      << page->body;
  EXPECT_TRUE(contains(page->body, "<td>strateg@kalmar.example</td>"));

  // The list shows it as Kalmar län's, fetched monthly.
  auto list = client->Get("/statistik/kallor", kalmar.cookie_only());
  EXPECT_TRUE(contains(list->body, "SCB TAB6471</a>")) << list->body;
  EXPECT_TRUE(contains(list->body, "<td>Kalmar län</td><td>Varje månad</td>")) << list->body;
}

TEST_F(StatisticsFetchHttp, ApiAddsAndFetchesAndAFailingServerAnswers502NamingTheAddress) {
  auto admin = jamt::testing::sign_in(*db, "admin@jamt.example", Role::admin);
  auto created = client->Post("/api/v1/statistics/sources", admin.headers(),
                              json{{"address", api.scb_base() + "/tables/TAB6471/data?lang=sv&valueCodes[Region]=08"}}.dump(),
                              "application/json");
  ASSERT_TRUE(created);
  ASSERT_EQ(created->status, 201) << created->body;
  auto source = json::parse(created->body);
  EXPECT_EQ(source["selection"], "Region=08");
  EXPECT_EQ(source["county_code"], "");
  const std::string fetch_path = "/api/v1/statistics/sources/" + std::to_string(source["id"].get<std::int64_t>()) + "/fetch";

  auto first = client->Post(fetch_path, admin.headers(), "{}", "application/json");
  ASSERT_EQ(first->status, 200) << first->body;
  EXPECT_EQ(json::parse(first->body)["cells"], 132);
  auto again = client->Post(fetch_path, admin.headers(), "{}", "application/json");
  ASSERT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(json::parse(again->body)["unchanged"], true);

  api.fail_with(404);
  auto failed = client->Post(fetch_path, admin.headers(), "{}", "application/json");
  ASSERT_EQ(failed->status, 502) << failed->body;
  auto outcome = json::parse(failed->body);
  EXPECT_EQ(outcome["ok"], false);
  EXPECT_TRUE(contains(outcome["result"].get<std::string>(),
                       "SCB svarade 404 (Not Found) på " + api.scb_base() + "/tables/TAB6471/metadata?lang=sv"))
      << outcome["result"];

  // The Kalmar strategist sees the national source and may refresh it.
  auto listed = json::parse(client->Get("/api/v1/statistics/sources", kalmar.cookie_only())->body);
  ASSERT_EQ(listed["count"], 1);
  EXPECT_EQ(listed["items"][0]["last_ok"], false);
}

}  // namespace
