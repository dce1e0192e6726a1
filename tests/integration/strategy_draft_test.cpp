// A strategy with status draft is the county's work in progress: the public
// (and organisation contacts) neither see it listed nor can open it, on the
// pages or in the API; the board — admins, coordinators and the county's
// strategists — still sees it.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <filesystem>
#include <fstream>
#include <sstream>

#include "register_fixture.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

namespace {

const char* const kDraftTitle = "Utkast: Ett jämställt Kalmar län 2028–2031";

}  // namespace

class DraftStrategies : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    std::ifstream in(std::filesystem::path(JAMT_SOURCE_DIR) / "data" / "strategies" / "kalmar-2024-2027.json");
    std::stringstream text;
    text << in.rdbuf();
    json doc = json::parse(text.str());
    doc["title"] = kDraftTitle;
    doc["start_year"] = 2028;
    doc["end_year"] = 2031;
    doc["status"] = "draft";
    doc.erase("adopted_on");
    auto imported = service::import_strategy(*db, doc.dump(), false, service::Actor{"test"});
    ASSERT_TRUE(imported.ok()) << imported.error().to_string();
    draft = imported->strategy_id;
  }
  std::int64_t draft = 0;
};

TEST_F(DraftStrategies, ThePublicNeitherSeesNorOpensADraft) {
  const std::string page = "/strategier/" + std::to_string(draft);
  const std::string api = "/api/v1/strategies/" + std::to_string(draft);
  for (const TestLogin* who : {static_cast<const TestLogin*>(nullptr), &contact_a()}) {
    const std::string name = who ? "contact" : "public";
    EXPECT_EQ(get(*client, page, who).status, 404) << name;
    EXPECT_EQ(get(*client, api, who).status, 404) << name;
    auto start = get(*client, "/", who);
    EXPECT_EQ(start.status, 200);
    EXPECT_FALSE(contains(start.body, kDraftTitle)) << name;
    EXPECT_FALSE(contains(start.body, page + "\"")) << name;
    EXPECT_TRUE(contains(start.body, "Ett jämställt Kalmar län – regional jämställdhetsstrategi 2024–2027")) << name;
    auto list = get(*client, "/api/v1/strategies", who);
    ASSERT_TRUE(list.json.is_array()) << list.body;
    EXPECT_EQ(list.json.size(), 3u) << name << ": the three adopted demo strategies only";
    for (const auto& s : list.json) EXPECT_NE(s["id"], draft) << name;
    auto goal = get(*client, "/nationella-mal/2017/6", who);
    EXPECT_EQ(goal.status, 200);
    EXPECT_FALSE(contains(goal.body, kDraftTitle)) << name;
  }
}

TEST_F(DraftStrategies, TheBoardStillSeesItsDraft) {
  const std::string page = "/strategier/" + std::to_string(draft);
  for (const TestLogin* who : {&strategist_08(), &admin(), &coordinator()}) {
    auto opened = get(*client, page, who);
    EXPECT_EQ(opened.status, 200) << who->email;
    EXPECT_TRUE(contains(opened.body, kDraftTitle)) << who->email;
    EXPECT_EQ(get(*client, "/api/v1/strategies/" + std::to_string(draft), who).status, 200) << who->email;
    EXPECT_TRUE(contains(get(*client, "/", who).body, kDraftTitle)) << who->email;
    auto list = get(*client, "/api/v1/strategies", who);
    EXPECT_EQ(list.json.size(), 4u) << who->email;
    EXPECT_TRUE(contains(get(*client, "/nationella-mal/2017/6", who).body, kDraftTitle)) << who->email;
  }
  // Another county's strategist does not see Kalmar's draft.
  EXPECT_EQ(get(*client, page, &strategist_01()).status, 404);
}
