// Indicator values computed from Jämt's own data (issue 13, item 1;
// docs/indicator-counts.md): a small Kalmar län built by hand — joinings at
// known dates (one withdrawn mid-year, one the year after), activities
// completed in two years, groups whose members come and go, steering
// documents, checklists, reports of a reporting form and two survey rounds —
// and every count per year checked against a hand count at 31 December.
#include <gtest/gtest.h>

#include "domain/registers/activity.hpp"
#include "domain/registers/checklist.hpp"
#include "domain/registers/group.hpp"
#include "domain/registers/group_member.hpp"
#include "domain/registers/joining.hpp"
#include "domain/registers/organisation.hpp"
#include "domain/registers/person.hpp"
#include "domain/registers/steering_document.hpp"
#include "domain/surveys/survey.hpp"
#include "domain/utc_time.hpp"
#include "reporting_fixture.hpp"
#include "service/indicator_counts/register_counts.hpp"
#include "service/indicator_counts/reporting_values.hpp"
#include "service/indicator_counts/survey_values.hpp"
#include "store/activity_repository.hpp"
#include "store/joining_file_repository.hpp"
#include "store/register_repository.hpp"
#include "store/surveys/respondent_repository.hpp"
#include "store/surveys/survey_repository.hpp"

namespace jamt::testing {
namespace {

using indicator_counts::CountValue;
using indicator_counts::RegisterCountSpec;
using indicator_counts::YearValue;
using registers::Record;

// "2019:1 2020:3 …": the totals per year, to compare with a hand count in one line.
std::string totals(const Result<std::vector<YearValue>>& values) {
  if (!values) return "error: " + values.error().to_string();
  std::string out;
  for (const auto& v : *values) {
    out += (out.empty() ? "" : " ") + std::to_string(v.year) + ":";
    if (!v.value.total) {
      out += "-";
      continue;
    }
    auto text = std::to_string(*v.value.total);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    out += text;
  }
  return out;
}

// "w/m/t" of one year, "-" for an unknown part.
std::string by_sex(const CountValue& v) {
  auto part = [](const std::optional<double>& d) { return d ? std::to_string(static_cast<long long>(*d)) : "-"; };
  return part(v.women) + "/" + part(v.men) + "/" + part(v.total);
}

class IndicatorCountsTest : public ReportingFixture {
 protected:
  void SetUp() override {
    ReportingFixture::SetUp();
    org_d = add_organisation(*db, 4, "Region Kalmar län", "08", "", "region");
    org_e = add_organisation(*db, 5, "Kvinnojouren Kalmar", "08", "0880", "civilsamhalle");
  }

  std::int64_t insert(const registers::EntitySpec& spec, const Record& record) {
    std::int64_t id = 0;
    Status st = db->transaction([&](soci::session& s) -> Status {
      id = store::insert_record(s, spec, record);
      return {};
    });
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().to_string());
    return id;
  }

  void update(const registers::EntitySpec& spec, std::int64_t id, const Record& changes) {
    Status st = db->transaction([&](soci::session& s) -> Status {
      store::update_record(s, spec, id, changes);
      return {};
    });
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().to_string());
  }

  // A joining of organisation `org` (type, municipality, county as given),
  // joined on `joined` ("" for an application not decided) and withdrawn on
  // `withdrawn` ("" while it stands).
  std::int64_t joining(std::int64_t org, const std::string& type, const std::string& municipality,
                       const std::string& county, const std::string& joined, const std::string& withdrawn = "",
                       const std::string& plan_url = "") {
    std::string status = joined.empty() ? registers::kJoiningApplied
                         : withdrawn.empty() ? registers::kJoiningApproved
                                             : registers::kJoiningWithdrawn;
    return insert(registers::joining_spec(), {{"organisation_name", "Organisation " + std::to_string(org)},
                                              {"org_number", "212000-" + std::to_string(1000 + org)},
                                              {"organisation_type", type},
                                              {"municipality_code", municipality},
                                              {"county_code", county},
                                              {"organisation_id", std::to_string(org)},
                                              {"publish_consent", "1"},
                                              {"action_plan_url", plan_url},
                                              {"status", status},
                                              {"applied_on", "2019-01-10"},
                                              {"joined_on", joined},
                                              {"withdrawn_on", withdrawn}});
  }

  std::int64_t activity(std::int64_t organiser, const std::string& county, const std::string& status,
                        const std::string& start, const std::string& end, int women, int men, int other,
                        const registers::ActivityLinks& links = {}) {
    auto id = insert(registers::activity_spec(), {{"title", "Insats " + start},
                                                  {"type", "utbildning"},
                                                  {"status", status},
                                                  {"start_date", start},
                                                  {"end_date", end},
                                                  {"organiser_id", std::to_string(organiser)},
                                                  {"county_code", county},
                                                  {"participants_women", std::to_string(women)},
                                                  {"participants_men", std::to_string(men)},
                                                  {"participants_other", std::to_string(other)},
                                                  {"published", "1"}});
    Status st = db->transaction([&](soci::session& s) -> Status {
      store::replace_activity_links(s, id, links, 0);
      return {};
    });
    EXPECT_TRUE(st.ok());
    return id;
  }

  std::int64_t person(std::int64_t org, const std::string& name, const std::string& sex) {
    return insert(registers::person_spec(), {{"name", name},
                                             {"organisation_id", std::to_string(org)},
                                             {"role", "representant"},
                                             {"sex", sex},
                                             {"county_code", "08"}});
  }

  std::int64_t member(std::int64_t group, std::int64_t org, std::optional<std::int64_t> representative,
                      const std::string& from, const std::string& to) {
    return insert(registers::group_member_spec(),
                  {{"group_id", std::to_string(group)},
                   {"organisation_id", std::to_string(org)},
                   {"representative_id", representative ? std::to_string(*representative) : ""},
                   {"member_from", from},
                   {"member_to", to},
                   {"county_code", "08"}});
  }

  void checklist(std::int64_t org, int year, int ja, int delvis) {
    Record r{{"organisation_id", std::to_string(org)}, {"year", std::to_string(year)}, {"county_code", "08"},
             {"title", "Checklista"}};
    for (int p = 1; p <= 10; ++p) r[registers::answer_field(p)] = p <= ja ? "ja" : p <= ja + delvis ? "delvis" : "nej";
    insert(registers::checklist_spec(), r);
  }

  void steering(std::int64_t org, int year, const std::string& relevant, const std::string& level) {
    insert(registers::steering_document_spec(), {{"organisation_id", std::to_string(org)},
                                                 {"county_code", "08"},
                                                 {"title", "Plan " + std::to_string(year)},
                                                 {"type", "plan"},
                                                 {"year", std::to_string(year)},
                                                 {"relevant", relevant},
                                                 {"level", level}});
  }

  Result<std::vector<YearValue>> count(const std::string& name, std::map<std::string, std::string> params = {},
                                       int from = 2018, int to = 2022) {
    return indicator_counts::count_years(*db, "08", {.count = name, .params = std::move(params)}, from, to);
  }

  // The joinings of the hand count: A (kommun 0880) from 2019-03-01 with a
  // plan link; B (kommun 0883) 2020-06-15 – withdrawn 2021-09-30; D (region)
  // 2020-02-01 – withdrawn 2022-01-15, its plan file uploaded 2021-05-01; E
  // applied but never decided; C joined in Stockholms län.
  void add_joinings() {
    joining(org_a, "kommun", "0880", "08", "2019-03-01", "", "https://kalmar.example/plan.pdf");
    joining(org_b, "kommun", "0883", "08", "2020-06-15", "2021-09-30");
    auto d = joining(org_d, "region", "", "08", "2020-02-01", "2022-01-15");
    joining(org_e, "civilsamhalle", "0880", "08", "");
    joining(org_c, "kommun", "0180", "01", "2019-01-01");
    set_clock("2021-05-01T08:00:00Z");
    Status st = db->transaction([&](soci::session& s) -> Status {
      store::put_joining_file(s, d, {.file_name = "plan.pdf", .content_type = "application/pdf",
                                     .content = "%PDF-1.4 plan", .created_at = ""});
      return {};
    });
    EXPECT_TRUE(st.ok());
    set_clock(kFixtureTime);
  }

  std::int64_t org_d = 0, org_e = 0;
};

TEST_F(IndicatorCountsTest, JoinedOrganisationsAreTheStateOnTheThirtyFirstOfDecember) {
  add_joinings();
  // 2019: A. 2020: A, B, D. 2021: A, D (B withdrew on 30 September). 2022: A (D withdrew in January).
  EXPECT_EQ(totals(count("joined_organisations")), "2018:0 2019:1 2020:3 2021:2 2022:1");
  EXPECT_EQ(totals(count("joined_organisations", {{"organisation_type", "kommun"}})),
            "2018:0 2019:1 2020:2 2021:1 2022:1");
  EXPECT_EQ(totals(count("joined_organisations", {{"organisation_type", "region"}})),
            "2018:0 2019:0 2020:1 2021:1 2022:0");
  // A's plan is a link, dated by its joining; D's file was uploaded on 2021-05-01.
  EXPECT_EQ(totals(count("organisations_with_action_plan")), "2018:0 2019:1 2020:1 2021:2 2022:1");
  // Kalmar län has 12 municipalities: 1 of 12 joined in 2019, 2 in 2020.
  auto share = count("municipalities_joined_share");
  ASSERT_TRUE(share.ok()) << share.error().to_string();
  EXPECT_DOUBLE_EQ(*(*share)[1].value.total, 100.0 / 12);
  EXPECT_DOUBLE_EQ(*(*share)[2].value.total, 200.0 / 12);
  EXPECT_DOUBLE_EQ(*(*share)[3].value.total, 100.0 / 12);
  EXPECT_FALSE((*share)[2].value.women.has_value());
  // Stockholms län counts only its own joining.
  auto stockholm = indicator_counts::count_years(*db, "01", {.count = "joined_organisations", .params = {}}, 2018, 2019);
  EXPECT_EQ(totals(stockholm), "2018:0 2019:1");
}

TEST_F(IndicatorCountsTest, ActivitiesCountInTheYearTheyWereCompleted) {
  registers::ActivityLinks joint_goal2{.co_organiser_ids = {org_b}, .goal_nodes = {}, .national_goals = {"2017:2"},
                                       .plan_targets = {}, .commitment_ids = {}};
  registers::ActivityLinks goal2{.co_organiser_ids = {}, .goal_nodes = {}, .national_goals = {"2017:2"},
                                 .plan_targets = {}, .commitment_ids = {}};
  activity(org_a, "08", "genomford", "2020-03-10", "2020-03-10", 10, 5, 1, joint_goal2);
  activity(org_a, "08", "genomford", "2020-11-20", "2021-01-15", 3, 7, 0);  // ends in 2021
  activity(org_a, "08", "pagar", "2021-02-01", "", 20, 20, 0);              // not completed
  activity(org_b, "08", "genomford", "2021-05-05", "", 4, 4, 0, goal2);     // no end date: its start
  activity(org_a, "08", "installd", "2021-06-01", "2021-06-01", 0, 0, 0);
  activity(org_c, "01", "genomford", "2021-05-05", "2021-05-06", 9, 9, 9);  // Stockholms län

  EXPECT_EQ(totals(count("activities_completed")), "2018:0 2019:0 2020:1 2021:2 2022:0");
  EXPECT_EQ(totals(count("activities_completed", {{"national_goal", "2017:2"}})), "2018:0 2019:0 2020:1 2021:1 2022:0");
  EXPECT_EQ(totals(count("activities_completed", {{"national_goal", "2017:6"}})), "2018:0 2019:0 2020:0 2021:0 2022:0");
  EXPECT_EQ(totals(count("joint_activities")), "2018:0 2019:0 2020:1 2021:0 2022:0");
  auto participants = count("activity_participants", {}, 2020, 2021);
  ASSERT_TRUE(participants.ok()) << participants.error().to_string();
  EXPECT_EQ(by_sex((*participants)[0].value), "10/5/16");
  EXPECT_EQ(by_sex((*participants)[1].value), "7/11/18");
}

TEST_F(IndicatorCountsTest, CemrSteeringDocumentsAndChecklistsCountTheirYears) {
  update(registers::organisation_spec(), org_a, {{"cemr_signed", "2019-05-14"}});
  update(registers::organisation_spec(), org_d, {{"cemr_signed", "2021-12-31"}});
  update(registers::organisation_spec(), org_c, {{"cemr_signed", "2018-01-01"}});  // Stockholms län
  EXPECT_EQ(totals(count("cemr_signatories")), "2018:0 2019:1 2020:1 2021:2 2022:2");

  steering(org_a, 2020, "1", "konkret");
  steering(org_a, 2020, "0", "");
  steering(org_b, 2020, "1", "allman");
  steering(org_b, 2020, "", "");  // not assessed
  steering(org_a, 2021, "1", "konkret");
  EXPECT_EQ(totals(count("steering_documents_relevant")), "2018:0 2019:0 2020:2 2021:1 2022:0");
  EXPECT_EQ(totals(count("steering_documents_concrete")), "2018:0 2019:0 2020:1 2021:1 2022:0");

  checklist(org_a, 2020, 4, 3);
  checklist(org_b, 2020, 2, 0);
  checklist(org_a, 2021, 6, 1);
  EXPECT_EQ(totals(count("checklist_points_yes")), "2018:0 2019:0 2020:6 2021:6 2022:0");
}

TEST_F(IndicatorCountsTest, GroupRepresentativesAreThoseOfMembersOnTheThirtyFirstOfDecember) {
  auto lansgrupp = insert(registers::group_spec(), {{"name", "Länsgruppen"}, {"type", "lansgrupp"}, {"county_code", "08"}});
  auto natverk = insert(registers::group_spec(), {{"name", "Nätverket"}, {"type", "natverk"}, {"county_code", "08"}});
  auto anna = person(org_a, "Anna Andersson", "kvinna"), bengt = person(org_b, "Bengt Berg", "man"),
       eva = person(org_e, "Eva Ek", "kvinna"), kim = person(org_a, "Kim Ahl", "");
  member(lansgrupp, org_a, anna, "2019-01-01", "2020-06-30");  // leaves in 2020
  member(lansgrupp, org_b, bengt, "2020-01-01", "");
  member(lansgrupp, org_d, std::nullopt, "2020-01-01", "");    // no representative named
  member(lansgrupp, org_e, eva, "2021-02-01", "2021-12-31");   // a member through 31 December
  member(natverk, org_a, kim, "2020-01-01", "");                // sex not given: in the total only
  auto lans = count("group_representatives", {{"group", std::to_string(lansgrupp)}});
  EXPECT_EQ(totals(lans), "2018:0 2019:1 2020:1 2021:2 2022:1");
  ASSERT_TRUE(lans.ok());
  EXPECT_EQ(by_sex((*lans)[1].value), "1/0/1");  // Anna
  EXPECT_EQ(by_sex((*lans)[2].value), "0/1/1");  // Bengt
  EXPECT_EQ(by_sex((*lans)[3].value), "1/1/2");  // Bengt, Eva
  EXPECT_EQ(by_sex((*lans)[4].value), "0/1/1");  // Bengt
  auto all = count("group_representatives");
  EXPECT_EQ(totals(all), "2018:0 2019:1 2020:2 2021:3 2022:2");
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(by_sex((*all)[3].value), "1/1/3");
}

TEST_F(IndicatorCountsTest, ValidateNamesTheBadCountOrParameter) {
  auto bad = [](const std::string& name, std::map<std::string, std::string> params) {
    auto st = indicator_counts::validate({.count = name, .params = std::move(params)});
    return st.ok() ? std::string("ok") : st.error().field + " | " + st.error().message;
  };
  EXPECT_EQ(bad("joined_organisations", {}), "ok");
  EXPECT_EQ(bad("activities_completed", {{"national_goal", "2017:2"}}), "ok");
  auto unknown = bad("anslutna", {});
  EXPECT_EQ(unknown.substr(0, unknown.find(" | ")), "register.count");
  EXPECT_NE(unknown.find("”anslutna” finns inte"), std::string::npos) << unknown;
  EXPECT_NE(bad("", {}).find("register.count | Registerräkning: ange vad som ska räknas"), std::string::npos);
  EXPECT_EQ(bad("cemr_signatories", {{"organisation_type", "kommun"}}),
            "register.organisation_type | Registerräkning: ”cemr_signatories” tar inte parametern "
            "”organisation_type” (den tar inga parametrar).");
  EXPECT_EQ(bad("joined_organisations", {{"organisation_type", "kommuner"}}),
            "register.organisation_type | Registerräkning: organisationstypen ”kommuner” finns inte i registret.");
  EXPECT_EQ(bad("activities_completed", {{"national_goal", "2017:9"}}),
            "register.national_goal | Registerräkning: ”2017:9” är inget nationellt delmål (skriv version:nummer, "
            "t.ex. 2017:2).");
  EXPECT_EQ(bad("group_representatives", {{"group", "Länsgruppen"}}),
            "register.group | Registerräkning: gruppen anges med sitt id, ett heltal (inte ”Länsgruppen”).");
  // count_years checks the same, and the county and the years.
  auto r = indicator_counts::count_years(*db, "08", {.count = "x", .params = {}}, 2018, 2019);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "register.count");
  r = indicator_counts::count_years(*db, "0880", {.count = "cemr_signatories", .params = {}}, 2018, 2019);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "county");
  r = indicator_counts::count_years(*db, "08", {.count = "cemr_signatories", .params = {}}, 2019, 2018);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "to");
}

TEST_F(IndicatorCountsTest, ReportingValuesSumTheCountysSubmittedReportsOfEachYear) {
  auto form = define_form();
  auto submit = [&](std::int64_t org, const std::string& period, const nlohmann::json& values, bool send) {
    auto saved = save(submission(form, org, period), {{"values", values}}, strategist_08());
    ASSERT_EQ(saved.status, 200) << saved.body;
    if (send) {
      auto sent = step(submission(form, org, period), "submit", strategist_08());
      ASSERT_EQ(sent.status, 200) << sent.body;
    }
  };
  submit(org_a, "2024Q4", e1(1, 1, 0, 2), true);
  auto a = e1(3, 2, 1, 6);
  a["E2"] = {{"total", 1}};
  submit(org_a, "2025Q1", a, true);
  submit(org_b, "2025Q1", e1(4, 4, 0, 8), false);  // a draft: not counted
  submit(org_b, "2025Q2", e1(5, 0, 0, 5), true);
  auto approved = step(submission(form, org_b, "2025Q2"), "approve", strategist_08());
  ASSERT_EQ(approved.status, 200) << approved.body;

  auto e1_values = indicator_counts::reporting_values(*db, "08", "VALD", "E1", 2023, 2025);
  ASSERT_TRUE(e1_values.ok()) << e1_values.error().to_string();
  EXPECT_EQ(by_sex((*e1_values)[0].value), "-/-/-");  // no reports in 2023
  EXPECT_EQ(by_sex((*e1_values)[1].value), "1/1/2");
  EXPECT_EQ(by_sex((*e1_values)[2].value), "8/2/11");
  auto e2_values = indicator_counts::reporting_values(*db, "08", "VALD", "E2", 2025, 2025);
  ASSERT_TRUE(e2_values.ok()) << e2_values.error().to_string();
  EXPECT_EQ(by_sex((*e2_values)[0].value), "-/-/1");  // reported as a total only

  auto other_county = indicator_counts::reporting_values(*db, "01", "VALD", "E1", 2025, 2025);
  ASSERT_FALSE(other_county.ok());
  EXPECT_EQ(other_county.error().field, "reporting.form");
  auto no_element = indicator_counts::reporting_values(*db, "08", "VALD", "E9", 2025, 2025);
  ASSERT_FALSE(no_element.ok());
  EXPECT_EQ(no_element.error().field, "reporting.element");
  EXPECT_EQ(no_element.error().message, "Dataelement: ”E9” finns inte i formuläret VALD.");
}

// A survey of Kalmar län, anonymous, with the profile question "kon" and a
// ja/delvis/nej question Q1; `answers` are (sex, Q1) per respondent.
std::int64_t add_survey_round(store::Database& db, const std::string& round,
                              const std::vector<std::pair<std::string, std::string>>& answers) {
  surveys::Survey survey{.id = 0, .code = "NYCKEL", .title = "Nyckelpersoner " + round, .description = "",
                         .anonymous = true, .round = round, .previous_round_id = {}, .county = "08",
                         .national = false, .max_reminders = 2, .reminder_interval_days = 7, .questions = {},
                         .status = surveys::SurveyStatus::draft};
  survey.questions.push_back({.code = "kon", .kind = surveys::QuestionKind::single, .text = "Kön", .text_en = "",
                              .help = "", .required = false,
                              .options = {{.value = "kvinna", .label = "Kvinna"}, {.value = "man", .label = "Man"}},
                              .statements = {}, .section = "", .profile = true, .version = 1, .hidden = false});
  survey.questions.push_back({.code = "Q1", .kind = surveys::QuestionKind::yes_partly_no,
                              .text = "Är arbetet meningsfullt?", .text_en = "", .help = "", .required = false,
                              .options = {}, .statements = {}, .section = "", .profile = false, .version = 1,
                              .hidden = false});
  std::int64_t id = 0;
  Status st = db.transaction([&](soci::session& s) -> Status {
    id = store::insert_survey(s, survey, "strateg@kalmar.example");
    int n = 0;
    for (const auto& [sex, q1] : answers) {
      std::map<std::string, surveys::Answer> a;
      a["kon"] = {.kind = surveys::Answer::Kind::choice, .choice = sex};
      a["Q1"] = {.kind = surveys::Answer::Kind::choice, .choice = q1};
      char rid[33];
      std::snprintf(rid, sizeof rid, "%08x%024d", static_cast<unsigned>(id), ++n);
      store::insert_response(s, {.id = rid, .survey_id = id, .respondent_id = {}, .submitted_on = {},
                                 .profile_json = "{}", .answers = a, .versions = {{"kon", 1}, {"Q1", 1}}});
    }
    store::set_survey_status(s, id, surveys::SurveyStatus::closed);
    return {};
  });
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().to_string());
  return id;
}

TEST_F(IndicatorCountsTest, SurveyValuesCountAnOptionPerRoundBySexOnlyWhereGroupsAreLargeEnough) {
  // 2024: 6 women (4 ja, 2 nej), 5 men (3 ja, 2 delvis).
  std::vector<std::pair<std::string, std::string>> y2024;
  for (auto q : {"ja", "ja", "ja", "ja", "nej", "nej"}) y2024.emplace_back("kvinna", q);
  for (auto q : {"ja", "ja", "ja", "delvis", "delvis"}) y2024.emplace_back("man", q);
  add_survey_round(*db, "2024", y2024);
  // 2025: 3 women (all ja) and 6 men (1 ja): three women are too few to be
  // shown apart, and the men alone would give them away — no split by sex.
  std::vector<std::pair<std::string, std::string>> y2025;
  for (int i = 0; i < 3; ++i) y2025.emplace_back("kvinna", "ja");
  for (auto q : {"ja", "nej", "nej", "nej", "nej", "nej"}) y2025.emplace_back("man", q);
  add_survey_round(*db, "2025", y2025);

  auto ja = indicator_counts::survey_values(*db, "08", "NYCKEL", "Q1", "ja", 2023, 2025);
  ASSERT_TRUE(ja.ok()) << ja.error().to_string();
  EXPECT_EQ(by_sex((*ja)[0].value), "-/-/-");  // no round in 2023
  EXPECT_EQ(by_sex((*ja)[1].value), "4/3/7");
  EXPECT_EQ(by_sex((*ja)[2].value), "-/-/4");
  auto delvis = indicator_counts::survey_values(*db, "08", "NYCKEL", "Q1", "delvis", 2024, 2024);
  ASSERT_TRUE(delvis.ok());
  EXPECT_EQ(by_sex((*delvis)[0].value), "0/2/2");

  auto bad_option = indicator_counts::survey_values(*db, "08", "NYCKEL", "Q1", "kanske", 2024, 2024);
  ASSERT_FALSE(bad_option.ok());
  EXPECT_EQ(bad_option.error().field, "survey.option");
  auto bad_question = indicator_counts::survey_values(*db, "08", "NYCKEL", "Q9", "ja", 2024, 2024);
  ASSERT_FALSE(bad_question.ok());
  EXPECT_EQ(bad_question.error().field, "survey.question");
  auto other_county = indicator_counts::survey_values(*db, "01", "NYCKEL", "Q1", "ja", 2024, 2024);
  ASSERT_FALSE(other_county.ok());
  EXPECT_EQ(other_county.error().field, "survey.survey");
}

}  // namespace
}  // namespace jamt::testing
