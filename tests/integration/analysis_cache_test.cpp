// The analysis API's answer cache (docs/performance.md): answers are kept
// per data version of the measure, so an import, a re-import, a roll-back
// or a deletion is seen by the very next request — on this server and on a
// second server on the same database — and If-None-Match gets 304.
#include <gtest/gtest.h>

#include "service/statistics/statistics_import.hpp"
#include "test_datasets.hpp"
#include "test_server.hpp"

using namespace jamt;
using nlohmann::json;

namespace {

service::ImportOptions px_options(const std::string& sha) {
  return {.file_name = "befolkning.px",
          .sha256 = sha,
          .format = "px",
          .measure_code = std::nullopt,
          .actor = service::Actor{.name = "t"},
          .progress = {},
          .user = std::nullopt,
          .owner_county = std::nullopt,
          .rows_per_step = 0};
}

// Kalmar län's women in 2023 as the analysis of `client` answers it.
json analysis(httplib::Client& client, std::int64_t measure, const std::string& query = "region=08&period=2023") {
  auto r = client.Get("/api/v1/measures/" + std::to_string(measure) + "/analysis?" + query);
  if (!r) return nullptr;
  if (r->status != 200) return json{{"status", r->status}};
  return json::parse(r->body, nullptr, false);
}

}  // namespace

class AnalysisCache : public jamt::testing::ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    auto first = service::import_datasets(*db, {jamt::testing::population()}, px_options("sha-1"));
    ASSERT_TRUE(first.ok()) << first.error().to_string();
    first_batch = first->batch_id;
    for (const auto& m : get_json("/api/v1/measures"))
      if (m["code"] == "BE0101N1") measure = m["id"].get<std::int64_t>();
    ASSERT_GT(measure, 0);
  }
  std::string path(const std::string& query = "region=08&period=2023") const {
    return "/api/v1/measures/" + std::to_string(measure) + "/analysis?" + query;
  }
  std::int64_t first_batch = 0;
  std::int64_t measure = 0;
};

TEST_F(AnalysisCache, ARepeatedAnswerIsTheSameWithAnEntityTagAndIfNoneMatchGets304) {
  auto a = client->Get(path());
  auto b = client->Get(path());
  ASSERT_TRUE(a && b);
  ASSERT_EQ(a->status, 200);
  EXPECT_EQ(a->body, b->body);
  const std::string etag = a->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(b->get_header_value("ETag"), etag);
  EXPECT_EQ(json::parse(a->body)["women"], 122400);

  auto not_modified = client->Get(path(), {{"If-None-Match", "\"other\", " + etag}});
  ASSERT_TRUE(not_modified);
  EXPECT_EQ(not_modified->status, 304);
  EXPECT_TRUE(not_modified->body.empty());
  auto other = client->Get(path(), {{"If-None-Match", "\"0000000000000000\""}});
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 200);

  // Another query is another answer with another tag; parameter order does not matter.
  auto base = client->Get(path("period=2023&base=2022&region=08"));
  auto same = client->Get(path("region=08&base=2022&period=2023"));
  ASSERT_TRUE(base && same);
  EXPECT_NE(base->get_header_value("ETag"), etag);
  EXPECT_EQ(base->body, same->body);
  EXPECT_EQ(json::parse(base->body)["base_period"], "2022");
}

TEST_F(AnalysisCache, FormFieldsInTheBodyOfAGetCannotStoreAnAnswerUnderAnotherAddress) {
  // The answer for 2022, asked with the address of 2023 and the period in a body.
  httplib::Request sneaky;
  sneaky.method = "GET";
  sneaky.path = path();
  sneaky.body = "period=2022";
  sneaky.set_header("Content-Type", "application/x-www-form-urlencoded");
  auto planted = client->send(sneaky);
  ASSERT_TRUE(planted);
  // Whatever it answered, the address of 2023 still gives 2023's figures.
  auto honest = client->Get(path());
  ASSERT_TRUE(honest);
  ASSERT_EQ(honest->status, 200);
  EXPECT_EQ(json::parse(honest->body)["women"], 122400);
  EXPECT_EQ(json::parse(honest->body)["period"], "2023");
}

TEST_F(AnalysisCache, AReimportRollBackAndDeletionAreSeenByTheNextRequest) {
  const std::string before_tag = client->Get(path())->get_header_value("ETag");
  EXPECT_EQ(analysis(*client, measure)["women"], 122400);  // now cached

  // Re-import: every value doubled.
  auto second = service::import_datasets(*db, {jamt::testing::population(2.0)}, px_options("sha-2"));
  ASSERT_TRUE(second.ok()) << second.error().to_string();
  EXPECT_EQ(analysis(*client, measure)["women"], 244800);
  auto after = client->Get(path(), {{"If-None-Match", before_tag}});
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 200) << "the old tag must not match the new answer";

  // Rolling the re-import back brings the first values back.
  ASSERT_TRUE(service::rollback_import(*db, second->batch_id, service::Actor{.name = "t"}).ok());
  EXPECT_EQ(analysis(*client, measure)["women"], 122400);

  // Rolling back the first import leaves the measure without figures.
  ASSERT_TRUE(service::rollback_import(*db, first_batch, service::Actor{.name = "t"}).ok());
  EXPECT_EQ(analysis(*client, measure)["status"], 404);

  // A new import of the same code answers with its own figures.
  auto third = service::import_datasets(*db, {jamt::testing::population(3.0)}, px_options("sha-3"));
  ASSERT_TRUE(third.ok()) << third.error().to_string();
  std::int64_t now_measure = 0;
  for (const auto& m : get_json("/api/v1/measures"))
    if (m["code"] == "BE0101N1") now_measure = m["id"].get<std::int64_t>();
  EXPECT_EQ(analysis(*client, now_measure)["women"], 367200);
}

TEST_F(AnalysisCache, ASecondServerOnTheSameDatabaseSeesAnImportAtOnce) {
  auto other_db = store::Database::open(db->config());
  ASSERT_TRUE(other_db.ok()) << other_db.error().to_string();
  (*other_db)->use_clock(clock);
  web::Server other(**other_db, mail_setup());
  auto bound = other.bind("127.0.0.1", 0);
  ASSERT_TRUE(bound.ok());
  std::thread other_thread([&] { other.listen(); });
  httplib::Client other_client("127.0.0.1", *bound);
  other_client.set_read_timeout(std::chrono::seconds(60));

  EXPECT_EQ(analysis(other_client, measure)["women"], 122400);  // cached by the second server
  EXPECT_EQ(analysis(*client, measure)["women"], 122400);       // and by the first
  // The first server's database handle writes; the second server must not serve its copy.
  auto second = service::import_datasets(*db, {jamt::testing::population(2.0)}, px_options("sha-2"));
  ASSERT_TRUE(second.ok()) << second.error().to_string();
  EXPECT_EQ(analysis(other_client, measure)["women"], 244800);
  EXPECT_EQ(analysis(*client, measure)["women"], 244800);

  other.stop();
  other_thread.join();
}

TEST_F(AnalysisCache, ASignedInReaderIsNotServedTheAnonymousCopy) {
  EXPECT_EQ(analysis(*client, measure)["women"], 122400);
  // With credentials (here a bogus session) the answer is computed, not taken
  // from the anonymous copy: no entity tag.
  auto r = client->Get(path(), {{"Cookie", "jamt_session=not-a-session"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(r->get_header_value("ETag").empty());
  EXPECT_EQ(json::parse(r->body)["women"], 122400);
}
