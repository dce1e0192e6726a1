// Small numbers protected in public (issue 15, item 2; docs/small-numbers.md):
// approved reports of Kalmar's form VALD become the measure VALD.E1; Kommun A
// (Kalmar, 0880) reported 3 women and 14 men in 2025Q2. The public sees ".."
// for both sexes (the total would give the 3 back) on the measure's page, in
// its CSV and in the API, with the reason once; Kalmar's strategist and Kommun
// A's contact see the numbers; with the threshold at 3 the public sees them
// too. On SQLite, and on PostgreSQL under scripts/test.
#include "reporting_fixture.hpp"
#include "service/disclosure/audience.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

constexpr const char* kReason = "Värden under 5 personer visas som .. för att skydda enskilda.";

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
  return n;
}

class SmallCounts : public ReportingFixture {
 protected:
  void SetUp() override {
    ReportingFixture::SetUp();
    set_clock("2025-07-10T09:00:00Z");
    form = define_form();
    approve(org_a, e1(3, 14, 0, 17));  // Kalmar (0880): 3 women
    approve(org_b, e1(12, 9, 0, 21));  // Västervik (0883)
    org_d = add_organisation(*db, 4, "Kommun D", "08", "0881");
    approve(org_d, e1(0, 30, 0, 30));  // Nybro (0881): no women, shown as 0
    measure = measure_id("VALD.E1");
    ASSERT_NE(measure, 0);
  }
  void TearDown() override {
    service::disclosure::configure_threshold(5);
    ReportingFixture::TearDown();
  }

  void approve(std::int64_t org, const json& values) {
    const auto path = submission(form, org, "2025Q2");
    ASSERT_EQ(save(path, {{"values", values}}, strategist_08()).status, 200);
    ASSERT_EQ(step(path, "submit", strategist_08()).status, 200);
    ASSERT_EQ(step(path, "approve", strategist_08()).status, 200);
  }

  std::int64_t measure_id(const std::string& code) {
    for (const auto& m : get(*client, "/api/v1/measures", nullptr).json)
      if (m["code"] == code) return m["id"].get<std::int64_t>();
    return 0;
  }

  // The API's one row for `region` in 2025Q2, as `who` (nullptr: the public).
  json data_row(const std::string& region, const TestLogin* who, const std::string& extra = "") {
    auto a = get(*client,
                 "/api/v1/measures/" + std::to_string(measure) + "/data?region=" + region + "&from=2025Q2&to=2025Q2" + extra,
                 who);
    EXPECT_EQ(a.status, 200) << a.body;
    EXPECT_EQ(a.json["rows"].size(), 1u) << a.body;
    return a.json["rows"].empty() ? json() : a.json["rows"][0];
  }

  std::int64_t form = 0, measure = 0, org_d = 0;
};

TEST_F(SmallCounts, ThePublicSeesDotsInTheApiWithTheReason) {
  auto row = data_row("0880", nullptr);
  EXPECT_TRUE(row["women"].is_null()) << row;
  EXPECT_TRUE(row["men"].is_null()) << "14 men would give the 3 women back from the total";
  EXPECT_EQ(row["status"]["women"], "..");
  EXPECT_EQ(row["status"]["men"], "..");
  EXPECT_EQ(row["total"], 17.0) << "the total alone names no one";

  auto a = get(*client, "/api/v1/measures/" + std::to_string(measure) + "/data?region=0880", nullptr);
  EXPECT_EQ(a.json["small_counts_note"], kReason);

  // The analysis: no women, no men, no share computed from them.
  auto analysis = get(*client, "/api/v1/measures/" + std::to_string(measure) + "/analysis?region=0880&period=2025Q2",
                      nullptr);
  ASSERT_EQ(analysis.status, 200) << analysis.body;
  EXPECT_TRUE(analysis.json["women"].is_null());
  EXPECT_TRUE(analysis.json["women_share"].is_null());
  EXPECT_TRUE(analysis.json["balance"].is_null());
  EXPECT_EQ(analysis.json["total"], 17.0);
  EXPECT_EQ(analysis.json["small_counts_note"], kReason);

  // The county's sum is no small count: 15 women, 53 men.
  auto county = data_row("08", nullptr);
  EXPECT_EQ(county["women"], 15.0) << county;
  EXPECT_EQ(county["men"], 53.0);
  EXPECT_FALSE(county.contains("status") && county["status"].contains("women"));

  // A zero is shown: there is no one to protect.
  auto none = data_row("0881", nullptr);
  EXPECT_EQ(none["women"], 0.0) << none;
  EXPECT_EQ(none["men"], 30.0);
}

TEST_F(SmallCounts, TheSecondSmallestMunicipalityIsProtectedSoTheCountyDoesNotGiveTheFirstBack) {
  // The county (15 women) minus the municipalities shown would give Kalmar's
  // 3: the smallest other municipality with women (Kommun B's 12) goes too,
  // whichever region is asked for. Kommun C's 0 women stay.
  auto b = data_row("0883", nullptr);
  EXPECT_TRUE(b["women"].is_null()) << b;
  EXPECT_TRUE(b["men"].is_null()) << b;
  EXPECT_EQ(b["total"], 21.0);
  auto c = data_row("0881", nullptr);
  EXPECT_EQ(c["women"], 0.0) << c;
  // The owner sees Kommun B's figures.
  EXPECT_EQ(data_row("0883", &strategist_08())["women"], 12.0);
}

TEST_F(SmallCounts, ThePublicSeesDotsOnThePageAndInTheCsvAndTheReasonOnce) {
  auto page = get(*client, "/statistik/" + std::to_string(measure) + "?region=0880", nullptr);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(occurrences(page.body, kReason), 1u) << page.body;
  EXPECT_EQ(page.body.find(">3<"), std::string::npos) << "the 3 women are nowhere on the page";
  EXPECT_NE(page.body.find(">..<"), std::string::npos);

  auto csv = get(*client, "/statistik/" + std::to_string(measure) + "/data.csv?region=0880", nullptr);
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.body.find(";2025Q2;..;..;17;..;.."), std::string::npos) << csv.body;

  // The county's page compares its municipalities: Kalmar's row reads "..".
  auto county_page = get(*client, "/statistik/" + std::to_string(measure) + "?region=08", nullptr);
  ASSERT_EQ(county_page.status, 200);
  EXPECT_EQ(occurrences(county_page.body, kReason), 1u);
  EXPECT_EQ(county_page.body.find(">3<"), std::string::npos);
}

TEST_F(SmallCounts, OwnersSeeTheNumbers) {
  EXPECT_EQ(data_row("0880", &strategist_08())["women"], 3.0);
  EXPECT_EQ(data_row("0880", &admin())["women"], 3.0);
  // Kommun A's contact sees Kommun A's own figures, not the municipality's sum.
  const std::string own = "&organisation=" + std::to_string(org_a);
  EXPECT_EQ(data_row("0880", &contact_a(), own)["women"], 3.0);
  EXPECT_TRUE(data_row("0880", &contact_a())["women"].is_null());
  // Everyone else signed in is the public here.
  EXPECT_TRUE(data_row("0880", &contact_b(), own)["women"].is_null());
  EXPECT_TRUE(data_row("0880", &strategist_01())["women"].is_null());
  EXPECT_TRUE(data_row("0880", &coordinator())["women"].is_null());

  auto page = get(*client, "/statistik/" + std::to_string(measure) + "?region=0880", &strategist_08());
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(occurrences(page.body, kReason), 0u);
  EXPECT_NE(page.body.find(">3<"), std::string::npos);
  auto csv = get(*client, "/statistik/" + std::to_string(measure) + "/data.csv?region=0880", &strategist_08());
  EXPECT_NE(csv.body.find(";2025Q2;3;14;17;"), std::string::npos) << csv.body;
}

TEST_F(SmallCounts, AThresholdOfThreeShowsThree) {
  service::disclosure::configure_threshold(3);
  auto row = data_row("0880", nullptr);
  EXPECT_EQ(row["women"], 3.0) << row;
  EXPECT_EQ(row["men"], 14.0);
  auto page = get(*client, "/statistik/" + std::to_string(measure) + "?region=0880", nullptr);
  EXPECT_EQ(occurrences(page.body, "Värden under"), 0u);

  // A count of 2 is still protected, and the sentence names the threshold.
  const auto org_e = add_organisation(*db, 5, "Kommun E", "08", "0884");
  approve(org_e, e1(2, 14, 0, 16));
  auto again = get(*client, "/api/v1/measures/" + std::to_string(measure) + "/data?region=0884&from=2025Q2&to=2025Q2",
                   nullptr);
  EXPECT_TRUE(again.json["rows"][0]["women"].is_null()) << again.body;
  EXPECT_EQ(again.json["small_counts_note"], "Värden under 3 personer visas som .. för att skydda enskilda.");
}

// Participants of activities are persons: a published, completed activity
// of Kommun A with 3 women, 20 men and 1 of other or unknown sex.
class SmallActivityCounts : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    json body = {{"title", "Utbildning om våld"}, {"type", "utbildning"}, {"status", "genomford"},
                 {"start_date", "2026-03-12"}, {"organiser_id", org_a}, {"published", true},
                 {"participants_women", 3}, {"participants_men", 20}, {"participants_other", 1}};
    auto a = post_json(*client, "/api/v1/activities", body, admin().headers());
    ASSERT_EQ(a.status, 201) << a.body;
  }
};

TEST_F(SmallActivityCounts, ThePublicSeesDotsInTheSummaryTheListTheCsvAndTheApi) {
  auto summary = get(*client, "/api/v1/activities/summary?county=08&year=2026", nullptr);
  ASSERT_EQ(summary.status, 200) << summary.body;
  const auto& p = summary.json["participants"];
  EXPECT_TRUE(p["women"].is_null()) << p;
  EXPECT_TRUE(p["men"].is_null());
  EXPECT_TRUE(p["women_share"].is_null());
  EXPECT_EQ(p["status"]["women"], "..");
  // 1 of other or unknown sex is small: the sum would give it back.
  EXPECT_TRUE(p["other"].is_null());
  EXPECT_TRUE(p["total"].is_null());
  EXPECT_EQ(summary.json["small_counts_note"], kReason);

  auto list = get(*client, "/api/v1/activities?county=08", nullptr);
  ASSERT_EQ(list.json["count"], 1) << list.body;
  EXPECT_TRUE(list.json["items"][0]["participants_women"].is_null());
  EXPECT_EQ(list.json["items"][0]["status"]["participants_women"], "..");

  auto page = get(*client, "/insatser/sammanstallning?county=08&year=2026", nullptr);
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(occurrences(page.body, kReason), 1u) << page.body;
  EXPECT_NE(page.body.find("<td class=\"number\">..</td>"), std::string::npos);
  auto list_page = get(*client, "/insatser?county=08", nullptr);
  EXPECT_EQ(occurrences(list_page.body, kReason), 1u);

  auto csv = get(*client, "/insatser/export.csv?county=08", nullptr);
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find(";..;..;..;..;"), std::string::npos) << csv.body;
}

TEST_F(SmallActivityCounts, TheCountyAndTheOrganiserSeeTheParticipants) {
  for (const TestLogin* owner : {&strategist_08(), &contact_a(), &admin()}) {
    auto list = get(*client, "/api/v1/activities?county=08", owner);
    ASSERT_EQ(list.json["count"], 1) << list.body;
    EXPECT_EQ(list.json["items"][0]["participants_women"], 3) << owner->email;
    EXPECT_FALSE(list.json.contains("small_counts_note"));
  }
  auto summary = get(*client, "/api/v1/activities/summary?county=08&year=2026", &strategist_08());
  EXPECT_EQ(summary.json["participants"]["women"], 3) << summary.body;
  EXPECT_EQ(summary.json["participants"]["total"], 24);
  // Another organisation's contact is the public here.
  auto other = get(*client, "/api/v1/activities?county=08", &contact_b());
  EXPECT_TRUE(other.json["items"][0]["participants_women"].is_null()) << other.body;
}

}  // namespace
}  // namespace jamt::testing
