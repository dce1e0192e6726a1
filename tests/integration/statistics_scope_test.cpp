// Who may change which figures, over HTTP on both engines: a strategist
// imports and rolls back only their own county's figures; the batches API
// lists what the user may see.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "service/statistics/statistics_import.hpp"
#include "test_accounts.hpp"
#include "test_datasets.hpp"
#include "test_server.hpp"

using namespace jamt;
using nlohmann::json;

namespace {

// Births in Kalmar län and the municipality of Kalmar, women and men, 2023.
std::string kalmar_births(int women_in_county) {
  return "region;kön;år;antal\n08;kvinnor;2023;" + std::to_string(women_in_county) +
         "\n08;män;2023;190\n0880;kvinnor;2023;100\n0880;män;2023;90\n";
}

}  // namespace

class StatisticsScope : public jamt::testing::ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    kalmar = jamt::testing::sign_in(*db, "strateg@kalmar.example", Role::strategist, "08");
    stockholm = jamt::testing::sign_in(*db, "strateg@stockholm.example", Role::strategist, "01");
    admin = jamt::testing::sign_in(*db, "admin@jamt.example", Role::admin);
  }

  httplib::Result upload(const jamt::testing::TestLogin& who, const std::string& name, const std::string& content,
                         const std::string& measure = "FODDA_KALMAR") {
    httplib::MultipartFormDataItems items{{"file", content, name, "text/csv"},
                                          {"format", "csv", "", ""},
                                          {"measure", measure, "", ""},
                                          {"csrf_token", who.csrf_token, "", ""}};
    return client->Post("/statistik/importera", who.cookie_only(), items);
  }

  // Kalmar län's women in 2023 of the measure, as anyone reads them.
  std::optional<double> women_in_kalmar_lan(const std::string& code = "FODDA_KALMAR") {
    for (const auto& m : get_json("/api/v1/measures")) {
      if (m["code"] != code) continue;
      auto data = get_json("/api/v1/measures/" + std::to_string(m["id"].get<std::int64_t>()) + "/data?region=08");
      if (data["rows"].empty() || data["rows"][0]["women"].is_null()) return std::nullopt;
      return data["rows"][0]["women"].get<double>();
    }
    return std::nullopt;
  }

  json batches(const jamt::testing::TestLogin& who, int expected = 200) {
    auto r = client->Get("/api/v1/statistics/batches", who.cookie_only());
    EXPECT_TRUE(r);
    if (!r) return nullptr;
    EXPECT_EQ(r->status, expected) << r->body;
    return json::parse(r->body, nullptr, false);
  }

  jamt::testing::TestLogin kalmar, stockholm, admin;
};

TEST_F(StatisticsScope, AnotherCountysStrategistCannotReplaceKalmarsFigures) {
  auto first = upload(kalmar, "fodda.csv", kalmar_births(207));
  ASSERT_EQ(first->status, 200) << first->body.substr(0, 2000);
  EXPECT_EQ(women_in_kalmar_lan(), 207);

  // Stockholm's strategist with a changed copy of Kalmar's measure: refused.
  auto theirs = upload(stockholm, "fodda-andrad.csv", kalmar_births(18000));
  EXPECT_EQ(theirs->status, 403);
  EXPECT_NE(theirs->body.find("FODDA_KALMAR hör till Kalmar läns siffror"), std::string::npos)
      << theirs->body.substr(0, 3000);
  EXPECT_EQ(women_in_kalmar_lan(), 207) << "Kalmar's values unchanged";

  // Nor with a file of Stockholm's own regions under Kalmar's measure code.
  auto own_regions = upload(stockholm, "fodda-sthlm.csv", "region;kön;år;antal\n01;kvinnor;2023;5\n01;män;2023;6\n");
  EXPECT_EQ(own_regions->status, 403);
  EXPECT_EQ(women_in_kalmar_lan(), 207);

  // Kalmar's own strategist replaces them.
  auto corrected = upload(kalmar, "fodda-rattad.csv", kalmar_births(211));
  EXPECT_EQ(corrected->status, 200) << corrected->body.substr(0, 2000);
  EXPECT_EQ(women_in_kalmar_lan(), 211);
}

TEST_F(StatisticsScope, AStrategistsFileWithAnotherCountysRegionIsRefusedNamingIt) {
  auto r = upload(stockholm, "fodda.csv", "region;kön;år;antal\n01;kvinnor;2023;5\n0880;kvinnor;2023;7\n",
                  "FODDA_STHLM");
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("regionen 0880 (Kalmar), kategori 2 av 2 i dimensionen region, ligger utanför "
                         "Stockholms län (01)"),
            std::string::npos)
      << r->body.substr(0, 3000);
  EXPECT_EQ(women_in_kalmar_lan("FODDA_STHLM"), std::nullopt);
  EXPECT_TRUE(batches(stockholm)["items"].empty()) << "nothing was written";
}

TEST_F(StatisticsScope, NationalFiguresAreChangedOnlyByAnAdministrator) {
  auto national = upload(admin, "fodda.csv", kalmar_births(207));
  ASSERT_EQ(national->status, 200) << national->body.substr(0, 2000);
  EXPECT_EQ(upload(kalmar, "fodda-andrad.csv", kalmar_births(300))->status, 403);
  EXPECT_EQ(women_in_kalmar_lan(), 207);
  EXPECT_EQ(upload(admin, "fodda-andrad.csv", kalmar_births(300))->status, 200);
  EXPECT_EQ(women_in_kalmar_lan(), 300);
}

TEST_F(StatisticsScope, BatchesAreListedAndRolledBackByThoseWhoMayImportThem) {
  ASSERT_EQ(upload(kalmar, "fodda.csv", kalmar_births(207))->status, 200);
  ASSERT_EQ(upload(kalmar, "fodda-rattad.csv", kalmar_births(211))->status, 200);
  json mine = batches(kalmar);
  ASSERT_EQ(mine["count"], 2);
  const json& latest = mine["items"][0];
  EXPECT_EQ(latest["file_name"], "fodda-rattad.csv");
  EXPECT_EQ(latest["county_code"], "08");
  EXPECT_EQ(latest["status"], "complete");
  EXPECT_EQ(latest["observations"], 4);
  EXPECT_EQ(latest["measures"], json::array({"FODDA_KALMAR"}));
  EXPECT_EQ(latest["may_roll_back"], true);
  std::int64_t id = latest["id"].get<std::int64_t>(), older = mine["items"][1]["id"].get<std::int64_t>();

  // Another county's strategist neither sees nor rolls back Kalmar's batches.
  EXPECT_TRUE(batches(stockholm)["items"].empty());
  auto refused = client->Delete("/api/v1/statistics/batches/" + std::to_string(id), stockholm.headers());
  EXPECT_EQ(refused->status, 404) << refused->body;
  auto unknown = client->Delete("/api/v1/statistics/batches/999999", stockholm.headers());
  EXPECT_EQ(unknown->status, 404) << "the same answer as for a batch that exists";
  EXPECT_EQ(women_in_kalmar_lan(), 211);
  // No one without a login; no change without the CSRF token.
  EXPECT_EQ(client->Get("/api/v1/statistics/batches")->status, 401);
  EXPECT_EQ(client->Delete("/api/v1/statistics/batches/" + std::to_string(id), kalmar.cookie_only())->status, 403);

  // The older batch waits for the newer one.
  auto blocked = client->Delete("/api/v1/statistics/batches/" + std::to_string(older), kalmar.headers());
  EXPECT_EQ(blocked->status, 409) << blocked->body;

  auto done = client->Delete("/api/v1/statistics/batches/" + std::to_string(id), kalmar.headers());
  EXPECT_EQ(done->status, 204) << done->body;
  EXPECT_EQ(women_in_kalmar_lan(), 207) << "the values it replaced are back";
  json after = batches(kalmar);
  EXPECT_FALSE(after["items"][0]["rolled_back_at"].is_null());
  EXPECT_EQ(after["items"][0]["rolled_back_by"], "strateg@kalmar.example");
  EXPECT_EQ(after["items"][0]["may_roll_back"], false);
  EXPECT_EQ(client->Delete("/api/v1/statistics/batches/" + std::to_string(id), kalmar.headers())->status, 409);

  // The administrator sees every batch; the audit log has the rollback.
  EXPECT_EQ(batches(admin)["count"], 2);
  long long audited = 0;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
    s << "SELECT COUNT(*) FROM audit_log WHERE entity = 'import_batch' AND entity_id = :id AND action = 'update' "
         "AND actor = 'strateg@kalmar.example'",
        soci::use(id), soci::into(audited);
    return {};
  }).ok());
  EXPECT_EQ(audited, 1);
}
