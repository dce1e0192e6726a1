// The import batches page (issue 9, item 6): those who may import see their
// batches in the browser and roll one back with a plain form (no
// JavaScript), on both engines.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_accounts.hpp"
#include "test_server.hpp"
#include "shared_helpers.hpp"

using jamt::testing::contains;

using namespace jamt;
using nlohmann::json;

namespace {

// Births in Kalmar län, women and men, 2023.
std::string kalmar_births(int women) {
  return "region;kön;år;antal\n08;kvinnor;2023;" + std::to_string(women) + "\n08;män;2023;190\n";
}

}  // namespace

class ImportBatchesPage : public jamt::testing::ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    kalmar = jamt::testing::sign_in(*db, "strateg@kalmar.example", Role::strategist, "08");
    stockholm = jamt::testing::sign_in(*db, "strateg@stockholm.example", Role::strategist, "01");
  }

  // Imports `content` as `who` through the upload form; returns the batch id.
  std::int64_t upload(const jamt::testing::TestLogin& who, const std::string& name, const std::string& content) {
    httplib::MultipartFormDataItems items{{"file", content, name, "text/csv"},
                                          {"format", "csv", "", ""},
                                          {"measure", "FODDA_KALMAR", "", ""},
                                          {"csrf_token", who.csrf_token, "", ""}};
    auto r = client->Post("/statistik/importera", who.cookie_only(), items);
    EXPECT_TRUE(r && r->status == 200) << (r ? r->body.substr(0, 2000) : "no answer");
    auto list = json::parse(client->Get("/api/v1/statistics/batches", who.cookie_only())->body);
    return list["items"][0]["id"].get<std::int64_t>();
  }

  // Kalmar län's women in 2023, as anyone reads them.
  std::optional<double> women() {
    for (const auto& m : get_json("/api/v1/measures")) {
      if (m["code"] != "FODDA_KALMAR") continue;
      auto data = get_json("/api/v1/measures/" + std::to_string(m["id"].get<std::int64_t>()) + "/data?region=08");
      if (data["rows"].empty() || data["rows"][0]["women"].is_null()) return std::nullopt;
      return data["rows"][0]["women"].get<double>();
    }
    return std::nullopt;
  }

  httplib::Result roll_back(const jamt::testing::TestLogin& who, std::int64_t batch, bool with_token = true) {
    httplib::Params form;
    if (with_token) form.emplace("csrf_token", who.csrf_token);
    return client->Post("/statistik/importer/" + std::to_string(batch) + "/angra", who.cookie_only(), form);
  }

  jamt::testing::TestLogin kalmar, stockholm;
};

TEST_F(ImportBatchesPage, StrategistSeesAndRollsBackOwnImportInTheBrowser) {
  std::int64_t first = upload(kalmar, "fodda.csv", kalmar_births(207));
  std::int64_t second = upload(kalmar, "fodda-rattad.csv", kalmar_births(210));
  ASSERT_NE(first, second);
  EXPECT_EQ(women(), 210);

  // The upload page links to the list.
  auto form = client->Get("/statistik/importera", kalmar.cookie_only());
  EXPECT_TRUE(contains(form->body, "href=\"/statistik/importer\"")) << form->body;

  auto page = client->Get("/statistik/importer", kalmar.cookie_only());
  ASSERT_EQ(page->status, 200);
  const std::string& html = page->body;
  EXPECT_TRUE(contains(html, "<th scope=\"col\">Mått</th>")) << html;
  EXPECT_TRUE(contains(html, "fodda-rattad.csv (csv)"));
  EXPECT_TRUE(contains(html, "<span class=\"tag\">FODDA_KALMAR</span>"));
  EXPECT_TRUE(contains(html, "<td>Kalmar län</td>"));
  EXPECT_TRUE(contains(html, "<td>strateg@kalmar.example</td>"));
  EXPECT_TRUE(contains(html, "2026-03-31 12:00"));
  EXPECT_TRUE(contains(html, "går inte att göra om"));
  EXPECT_TRUE(contains(html, "Här ser du ditt läns egna importer och de som gäller hela landet."));
  // The newest batch has a rollback button; it posts the CSRF token.
  std::string action = "action=\"/statistik/importer/" + std::to_string(second) + "/angra\"";
  EXPECT_TRUE(contains(html, action)) << html;
  EXPECT_TRUE(contains(html, "name=\"csrf_token\" value=\"" + kalmar.csrf_token + "\""));
  EXPECT_TRUE(contains(html, ">Ångra import " + std::to_string(second) + "</button>"));

  // Stockholm's strategist sees no Kalmar batch and cannot roll it back: the
  // same 404 as for a batch that does not exist.
  auto theirs = client->Get("/statistik/importer", stockholm.cookie_only());
  ASSERT_EQ(theirs->status, 200);
  EXPECT_FALSE(contains(theirs->body, "fodda-rattad.csv"));
  EXPECT_EQ(roll_back(stockholm, second)->status, 404);
  EXPECT_EQ(roll_back(stockholm, 999999)->status, 404);
  // Without the CSRF token nothing happens.
  EXPECT_EQ(roll_back(kalmar, second, false)->status, 403);
  EXPECT_EQ(women(), 210);

  // Kalmar rolls the correction back: the earlier values come back.
  auto done = roll_back(kalmar, second);
  ASSERT_EQ(done->status, 303) << done->body;
  EXPECT_EQ(done->get_header_value("Location"), "/statistik/importer?angrad=" + std::to_string(second));
  EXPECT_EQ(women(), 207);
  auto after = client->Get(done->get_header_value("Location"), kalmar.cookie_only());
  EXPECT_TRUE(contains(after->body, "Import " + std::to_string(second) + " är ångrad"));
  EXPECT_TRUE(contains(after->body, "Ångrad 2026-03-31 12:00 av strateg@kalmar.example")) << after->body;
  // Rolling it back twice is refused with the reason, on the list.
  auto again = roll_back(kalmar, second);
  EXPECT_EQ(again->status, 409);
  EXPECT_TRUE(contains(again->body, "kunde inte ångras"));
}

TEST_F(ImportBatchesPage, ContactsAndThePublicAreKeptOut) {
  auto contact = jamt::testing::sign_in(*db, "kontakt@example.se", Role::org_contact, "",
                                        jamt::testing::add_organisation(*db, 1, "Kommun A", "08"));
  EXPECT_EQ(client->Get("/statistik/importer", contact.cookie_only())->status, 403);
  auto anonymous = client->Get("/statistik/importer");
  EXPECT_EQ(anonymous->status, 303);
  EXPECT_EQ(anonymous->get_header_value("Location"), "/logga-in?next=/statistik/importer");
}
