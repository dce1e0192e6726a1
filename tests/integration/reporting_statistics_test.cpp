// Approved reports in the statistics: approving a quarter makes its numbers
// observations of the measure VALD.E1 — Kalmar municipality's own figure
// under 0880, the county's organisations summed under 08, with the gender
// analysis — reopening takes them out, approving again brings them back.
// On SQLite, and on PostgreSQL under scripts/test.
#include "reporting_fixture.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

class ReportingStatistics : public ReportingFixture {
 protected:
  void SetUp() override {
    ReportingFixture::SetUp();
    // A second organisation in Kalmar municipality (0880) and a county-wide
    // body (Region Kalmar län, no municipality).
    org_d = add_organisation(*db, 4, "Kalmar stadsdelsnämnd", "08", "0880");
    region_e = add_organisation(*db, 5, "Region Kalmar län", "08", "", "region");
  }

  // VALD: E1 by sex as in the fixture, E3 "Deltagare" by age band (u18, o18)
  // for women and men; assigned to the county's municipalities and the region.
  std::int64_t define_statistics_form() {
    json body = {
        {"code", "VALD"},
        {"title", "Våld i nära relationer"},
        {"periodicity", "quarterly"},
        {"due_days", 30},
        {"elements",
         {{{"code", "E1"}, {"title", "Utsatta för våld"}, {"value_type", "integer"}, {"unit", "antal"},
           {"disaggregation", {"women", "men", "unknown", "total"}}},
          {{"code", "E3"}, {"title", "Deltagare"}, {"value_type", "integer"}, {"unit", "antal"},
           {"disaggregation", {"women", "men"}},
           {"categories",
            {{"code", "alder"}, {"title", "Ålder"},
             {"items", {{{"code", "u18"}, {"title", "Under 18"}}, {{"code", "o18"}, {"title", "18 och äldre"}}}}}}}}},
        {"assignments",
         {{{"organisation_type", "kommun"}, {"county_code", "08"}}, {{"organisation_id", region_e}}}}};
    auto a = post_json(*client, "/api/v1/forms", body, strategist_08().headers());
    EXPECT_EQ(a.status, 201) << a.body;
    return a.json.value("id", std::int64_t{0});
  }

  // Saves, submits (as the strategist) and approves `values` for `org` in 2025Q2.
  void approve(std::int64_t form, std::int64_t org, const json& values) {
    const auto path = submission(form, org, "2025Q2");
    auto saved = save(path, {{"values", values}}, strategist_08());
    ASSERT_EQ(saved.status, 200) << saved.body;
    auto submitted = step(path, "submit", strategist_08());
    ASSERT_EQ(submitted.status, 200) << submitted.body;
    auto approved = step(path, "approve", strategist_08());
    ASSERT_EQ(approved.status, 200) << approved.body;
  }

  // The measure's id by code, 0 when there is none.
  std::int64_t measure_id(const std::string& code) {
    auto list = get(*client, "/api/v1/measures", nullptr);
    for (const auto& m : list.json)
      if (m["code"] == code) return m["id"].get<std::int64_t>();
    return 0;
  }

  // The analysis as Kalmar's strategist, who owns the county's figures and
  // so sees small counts too (the public's view: small_counts_test.cpp).
  Answer analysis(std::int64_t measure, const std::string& region, const std::string& extra = "") {
    return get(*client,
               "/api/v1/measures/" + std::to_string(measure) + "/analysis?region=" + region + "&period=2025Q2" + extra,
               &strategist_08());
  }

  std::int64_t org_d = 0, region_e = 0;
};

TEST_F(ReportingStatistics, ApprovedValuesAreInTheAnalysisUntilReopened) {
  set_clock("2025-07-10T09:00:00Z");
  auto form = define_statistics_form();
  EXPECT_EQ(measure_id("VALD.E1"), 0) << "no measure before anything is approved";

  approve(form, org_a, e1(12, 4, 1, 17));
  const auto e1_id = measure_id("VALD.E1");
  ASSERT_NE(e1_id, 0);
  auto measures = get(*client, "/api/v1/measures", nullptr);
  for (const auto& m : measures.json)
    if (m["code"] == "VALD.E1") {
      EXPECT_EQ(m["title"], "Utsatta för våld");
      EXPECT_EQ(m["unit"], "antal");
      EXPECT_EQ(m["source"], "Jämt periodisk rapportering");
    }

  // Kalmar municipality (0880) and the county (08) show women, men and the analysis.
  auto kalmar = analysis(e1_id, "0880");
  ASSERT_EQ(kalmar.status, 200) << kalmar.body;
  EXPECT_EQ(kalmar.json["women"], 12.0);
  EXPECT_EQ(kalmar.json["men"], 4.0);
  EXPECT_EQ(kalmar.json["total"], 17.0);
  EXPECT_DOUBLE_EQ(kalmar.json["women_share"].get<double>(), 75.0);
  EXPECT_EQ(kalmar.json["balance"], "women_dominated");
  auto county = analysis(e1_id, "08");
  ASSERT_EQ(county.status, 200) << county.body;
  EXPECT_EQ(county.json["women"], 12.0);

  // Nybro (0881) has no report: nothing there.
  EXPECT_EQ(analysis(e1_id, "0881").status, 404);

  // Kommun B (Nybro 0883), a second organisation in 0880 and the region:
  // the county sums all four, 0880 sums its two, 0883 is B alone.
  approve(form, org_b, e1(3, 5, 0, 8));
  approve(form, org_d, e1(2, 2, 0, 4));
  approve(form, region_e, e1(20, 10, 0, 30));
  kalmar = analysis(e1_id, "0880");
  EXPECT_EQ(kalmar.json["women"], 14.0) << kalmar.body;
  EXPECT_EQ(kalmar.json["men"], 6.0);
  EXPECT_EQ(analysis(e1_id, "0883").json["women"], 3.0);
  county = analysis(e1_id, "08");
  EXPECT_EQ(county.json["women"], 12.0 + 3 + 2 + 20) << county.body;
  EXPECT_EQ(county.json["men"], 4.0 + 5 + 2 + 10);
  EXPECT_EQ(county.json["total"], 17.0 + 8 + 4 + 30);
  // One organisation on its own, through the dimension "organisation".
  auto only_a = analysis(e1_id, "08", "&organisation=" + std::to_string(org_a));
  EXPECT_EQ(only_a.json["women"], 12.0) << only_a.body;

  // Reopened: Kommun A's figures leave the statistics.
  const auto path_a = submission(form, org_a, "2025Q2");
  auto reopened = step(path_a, "reopen", strategist_08(), {{"reason", "Fel antal män."}});
  ASSERT_EQ(reopened.status, 200) << reopened.body;
  kalmar = analysis(e1_id, "0880");
  EXPECT_EQ(kalmar.json["women"], 2.0) << kalmar.body;
  EXPECT_EQ(analysis(e1_id, "08").json["women"], 3.0 + 2 + 20);

  // Corrected and approved again: back, with the new numbers.
  approve(form, org_a, e1(12, 5, 1, 18));
  kalmar = analysis(e1_id, "0880");
  EXPECT_EQ(kalmar.json["women"], 14.0) << kalmar.body;
  EXPECT_EQ(kalmar.json["men"], 7.0);
  EXPECT_EQ(analysis(e1_id, "08").json["men"], 5.0 + 5 + 2 + 10);

  // The statistics' own page for the measure shows it.
  auto page = get(*client, "/statistik/" + std::to_string(e1_id) + "?region=0880", nullptr);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Utsatta för våld"), std::string::npos);
  EXPECT_NE(page.body.find("2025Q2"), std::string::npos);

  // Kommun A's first batch is rolled back, with audit entries for its
  // creation and its rollback.
  auto batches = get(*client, "/api/v1/statistics/batches", &strategist_08());
  std::int64_t first = 0;
  for (const auto& b : batches.json["items"])
    if (b["file_name"] == "VALD 2025Q2 Kommun A" && !b["rolled_back_at"].is_null()) first = b["id"].get<std::int64_t>();
  ASSERT_NE(first, 0) << batches.body;
  std::vector<std::string> actions;
  Status st = db->read([&](soci::session& s) -> Status {
    for (const auto& e : store::list_audit(s, "import_batch", first)) actions.push_back(e.action);
    return {};
  });
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(actions, (std::vector<std::string>{"create", "update"}));
}

TEST_F(ReportingStatistics, CategoriesBecomeADimension) {
  set_clock("2025-07-10T09:00:00Z");
  auto form = define_statistics_form();
  approve(form, org_a, {{"E3", {{"u18", {{"women", 3}, {"men", 1}}}, {"o18", {{"women", 7}, {"men", 2}}}}}});
  const auto e3 = measure_id("VALD.E3");
  ASSERT_NE(e3, 0);
  auto all = analysis(e3, "0880");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(all.json["women"], 10.0);
  EXPECT_EQ(all.json["men"], 3.0);
  auto young = analysis(e3, "0880", "&alder=u18");
  ASSERT_EQ(young.status, 200) << young.body;
  EXPECT_EQ(young.json["women"], 3.0);
  EXPECT_EQ(young.json["men"], 1.0);
}

TEST_F(ReportingStatistics, AReportingBatchIsNotRolledBackFromTheImportsPage) {
  set_clock("2025-07-10T09:00:00Z");
  auto form = define_statistics_form();
  approve(form, org_a, e1(12, 4, 1, 17));
  auto batches = get(*client, "/api/v1/statistics/batches", &strategist_08());
  ASSERT_EQ(batches.status, 200) << batches.body;
  ASSERT_FALSE(batches.json["items"].empty()) << batches.body;
  EXPECT_EQ(batches.json["items"][0]["format"], "reporting");
  EXPECT_EQ(batches.json["items"][0]["may_roll_back"], false) << batches.body;
  // Rolling it back by the API is refused: the report would still say approved.
  const auto id = batches.json["items"][0]["id"].get<std::int64_t>();
  auto refused = answer_of(
      client->Delete("/api/v1/statistics/batches/" + std::to_string(id), strategist_08().headers()));
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_NE(refused.body.find("reopen the report instead"), std::string::npos) << refused.body;
  EXPECT_EQ(analysis(measure_id("VALD.E1"), "0880").json["women"], 12.0);
}

}  // namespace
}  // namespace jamt::testing
