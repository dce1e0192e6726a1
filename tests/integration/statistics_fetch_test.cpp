// Official statistics kept current (issue 13, item 4): sources fetched from a
// local server that answers as SCB's PxWebApi 2 and Kolada's API v3 document
// (fake_statistics_api.hpp), on SQLite or the PostgreSQL of $JAMT_TEST_DB.
#include <gtest/gtest.h>

#include <chrono>

#include "domain/clock.hpp"
#include "domain/utc_time.hpp"
#include "fake_statistics_api.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/statistics_fetch/fetch_settings.hpp"
#include "service/statistics_fetch/statistics_fetch.hpp"
#include "store/observation_repository.hpp"
#include "test_database.hpp"

namespace jamt::testing {
namespace {

using namespace std::chrono_literals;

User admin() { return User{.id = 1, .email = "admin@jamt.test", .role = Role::admin, .county_code = "", .organisation_id = std::nullopt, .disabled = false}; }
User kalmar_strategist() {
  return User{.id = 2, .email = "strateg@kalmar.test", .role = Role::strategist, .county_code = "08", .organisation_id = std::nullopt, .disabled = false};
}

class StatisticsFetchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db = fresh_database();
    ASSERT_NE(db, nullptr);
    db->use_clock(clock);
    saved = service::fetch_settings();
    settings.endpoints = service::FetchEndpoints{.scb = api.scb_base(), .kolada = api.kolada_base()};
    settings.limits.first_backoff = 100ms;
    service::set_fetch_settings(settings);
  }
  void TearDown() override { service::set_fetch_settings(saved); }

  void use_limits(const service::FetchLimits& limits) {
    settings.limits = limits;
    service::set_fetch_settings(settings);
  }

  std::int64_t add(const User& user, const std::string& address, const std::string& selection = "",
                   const std::string& schedule = "manual") {
    auto source = service::add_source(*db, user, service::SourceInput{.address = address, .selection = selection,
                                                                      .measure_code = "", .schedule = schedule});
    EXPECT_TRUE(source.ok()) << source.error().to_string();
    return source.ok() ? source->id : 0;
  }

  service::FetchOutcome fetch(std::int64_t id, const User& user) {
    auto outcome = service::fetch_source(*db, user, id);
    EXPECT_TRUE(outcome.ok()) << outcome.error().to_string();
    return outcome.ok() ? *outcome : service::FetchOutcome{};
  }

  // The stored value of `measure` for one region, period, sex and dims.
  std::optional<double> stored(const std::string& measure, const std::string& region, const std::string& period,
                               stats::Sex sex, const std::string& dims) {
    std::optional<double> out;
    Status st = db->read([&](soci::session& s) -> Status {
      auto m = store::find_measure_by_code(s, measure);
      if (!m) return {};
      for (const auto& o : store::query_observations(s, {.measure_id = m->id, .regions = {region}, .from = {}, .to = {}, .periods = {period}}))
        if (o.sex == sex && o.dims == dims) out = o.value;
      return {};
    });
    EXPECT_TRUE(st.ok());
    return out;
  }

  std::size_t batch_count() {
    auto batches = service::list_import_batches(*db);
    EXPECT_TRUE(batches.ok());
    return batches.ok() ? batches->size() : 0;
  }

  FakeStatisticsApi api;
  FixedClock clock{*parse_utc_text("2026-06-10T08:00:00Z")};
  std::unique_ptr<store::Database> db;
  service::FetchSettings saved;
  service::FetchSettings settings;
};

const std::string kTab = "/tables/TAB6471/data?lang=sv";

TEST_F(StatisticsFetchTest, LargeSelectionComesInChunksUnderTheCellLimitAndPaced) {
  // 2 772 cells against a limit of 1 000: the server refuses anything larger
  // with 403, as SCB does above 150 000; two calls per 400 ms at most.
  api.set_max_cells(1000);
  use_limits({.max_cells = 1000, .calls_per_window = 2, .window = 400ms, .max_retries = 5, .first_backoff = 100ms,
              .longest_wait = 60000ms, .max_pages = 1000});
  std::int64_t id = add(admin(), api.scb_base() + kTab);
  auto outcome = fetch(id, admin());
  ASSERT_TRUE(outcome.ok) << outcome.result;
  EXPECT_EQ(outcome.cells, 2772);
  EXPECT_EQ(outcome.chunks, 4);  // one month per call: 21 × 11 × 3 = 693 cells
  EXPECT_EQ(api.refused_too_large(), 0);
  for (auto cells : api.data_call_cells()) EXPECT_LE(cells, 1000u);
  EXPECT_EQ(api.data_call_cells().size(), 4u);
  EXPECT_EQ(outcome.result, "Första hämtningen: 2772 celler; 4 nya perioder: 2026M01, 2026M02, 2026M03, 2026M04.");
  // Paced: no three calls within the 400 ms window.
  auto times = api.data_call_times();
  for (std::size_t i = 0; i + 2 < times.size(); ++i) EXPECT_GE(times[i + 2] - times[i], 390ms) << "calls " << i;
  // The values are the file's: Kalmar län (08), women, 20–29, April.
  auto expected = api.scb_value({"08", "20-29", "2", "000007SF", "2026M04"});
  ASSERT_TRUE(expected.has_value());
  EXPECT_EQ(stored("TAB6471", "08", "2026M04", stats::Sex::women, "Alder=20-29"), expected);
  EXPECT_EQ(batch_count(), 1u);
}

TEST_F(StatisticsFetchTest, TooManyRequestsIsBackedOffAsRetryAfterSaysAndRetried) {
  api.throttle_next(2, "1");
  std::int64_t id = add(admin(), api.scb_base() + kTab, "Region=08");
  auto started = std::chrono::steady_clock::now();
  auto outcome = fetch(id, admin());
  auto took = std::chrono::steady_clock::now() - started;
  ASSERT_TRUE(outcome.ok) << outcome.result;
  EXPECT_EQ(api.throttled_answers(), 2);
  EXPECT_EQ(outcome.calls, 4);  // metadata, two 429s, the data
  EXPECT_GE(took, 2s);          // Retry-After: 1, twice
  EXPECT_EQ(outcome.cells, 132);
}

TEST_F(StatisticsFetchTest, TooManyRequestsWithoutRetryAfterBacksOffExponentiallyThenGivesUp) {
  use_limits({.max_cells = 150000, .calls_per_window = 30, .window = 10000ms, .max_retries = 2,
              .first_backoff = 100ms, .longest_wait = 60000ms, .max_pages = 1000});
  api.throttle_next(3, "");
  std::int64_t id = add(admin(), api.scb_base() + kTab, "Region=08");
  auto outcome = fetch(id, admin());
  EXPECT_FALSE(outcome.ok);
  EXPECT_EQ(api.throttled_answers(), 3);  // the first call and two retries
  EXPECT_NE(outcome.result.find("SCB svarade 429 (Too Many Requests) på " + api.scb_base() +
                                "/tables/TAB6471/data?lang=sv&outputFormat=json-stat2"),
            std::string::npos)
      << outcome.result;
  EXPECT_NE(outcome.result.find("även efter 2 nya försök"), std::string::npos) << outcome.result;
  EXPECT_EQ(batch_count(), 0u);
}

TEST_F(StatisticsFetchTest, SecondFetchOfTheSameDataChangesNothing) {
  std::int64_t id = add(admin(), api.scb_base() + kTab);
  ASSERT_TRUE(fetch(id, admin()).ok);
  clock.advance(24h);
  auto again = fetch(id, admin());
  EXPECT_TRUE(again.ok);
  EXPECT_TRUE(again.unchanged);
  EXPECT_FALSE(again.batch_id.has_value());
  EXPECT_EQ(again.result, "Inga ändringar sedan förra hämtningen (2772 celler).");
  EXPECT_EQ(batch_count(), 1u);
  auto details = service::source_details(*db, admin(), id);
  ASSERT_TRUE(details.ok());
  ASSERT_EQ(details->fetches.size(), 2u);
  EXPECT_EQ(details->fetches[0].result, again.result);
  EXPECT_EQ(details->fetches[0].finished_at, "2026-06-11T08:00:00Z");
  EXPECT_EQ(details->source.last_result, again.result);
}

TEST_F(StatisticsFetchTest, NewPeriodAndRevisedValueAreReportedAndServed) {
  std::int64_t id = add(admin(), api.scb_base() + kTab);
  auto first = fetch(id, admin());
  ASSERT_TRUE(first.ok) << first.result;
  // SCB publishes May and revises Kalmar län's women 30–39 in February.
  api.add_scb_period("2026M05", "2026M05");
  api.revise_scb({"08", "30-39", "2", "000007SF", "2026M02"}, 12345);
  clock.advance(std::chrono::days(30));
  auto second = fetch(id, admin());
  ASSERT_TRUE(second.ok) << second.result;
  EXPECT_EQ(second.result, "1 ny period: 2026M05; 1 reviderat värde.");
  EXPECT_EQ(second.new_periods, std::vector<std::string>{"2026M05"});
  EXPECT_EQ(second.revised_values, 1);
  EXPECT_EQ(second.new_values, 693);
  EXPECT_EQ(stored("TAB6471", "08", "2026M02", stats::Sex::women, "Alder=30-39"), 12345.0);
  EXPECT_EQ(stored("TAB6471", "08", "2026M05", stats::Sex::women, "Alder=30-39"),
            api.scb_value({"08", "30-39", "2", "000007SF", "2026M05"}));
  // Provenance: a second batch replaced the first.
  EXPECT_EQ(batch_count(), 2u);
  ASSERT_TRUE(second.batch_id.has_value());
  EXPECT_NE(*second.batch_id, *first.batch_id);
}

TEST_F(StatisticsFetchTest, FailingServerGivesASwedishMessageNamingTheAddress) {
  std::int64_t id = add(admin(), api.scb_base() + kTab);
  api.fail_with(503);
  auto outcome = fetch(id, admin());
  EXPECT_FALSE(outcome.ok);
  EXPECT_EQ(outcome.result, "Hämtningen misslyckades: SCB svarade 503 (Service Unavailable) på " + api.scb_base() +
                                "/tables/TAB6471/metadata?lang=sv: {\"title\":\"Service Unavailable\"}");
  auto details = service::source_details(*db, admin(), id);
  ASSERT_TRUE(details.ok());
  EXPECT_EQ(details->source.last_ok, false);
  EXPECT_EQ(batch_count(), 0u);
}

TEST_F(StatisticsFetchTest, KoladaPagesAreFollowedByNextUrl) {
  api.set_per_page(3);
  std::int64_t id = add(admin(), api.kolada_base() + "/data/kpi/N00906/municipality/0880,0881/year/2019,2020,2021,2022");
  auto outcome = fetch(id, admin());
  ASSERT_TRUE(outcome.ok) << outcome.result;
  EXPECT_EQ(api.kolada_pages_served(), 3);  // 8 entries, 3 per page
  EXPECT_EQ(outcome.chunks, 3);
  // Kalmar kommun, women, 2022: 327 500 kr in the Kolada file.
  EXPECT_EQ(stored("N00906", "0880", "2022", stats::Sex::women, "kpi=N00906"), 327500.0);
  EXPECT_EQ(stored("N00906", "0881", "2019", stats::Sex::men, "kpi=N00906"), api.kolada_value("0881", "2019", "M"));
}

TEST_F(StatisticsFetchTest, AStrategistsSourceStaysInTheirCounty) {
  std::int64_t own = add(kalmar_strategist(), api.scb_base() + kTab, "Region=08");
  auto outcome = fetch(own, kalmar_strategist());
  ASSERT_TRUE(outcome.ok) << outcome.result;
  auto sources = service::list_sources(*db, kalmar_strategist());
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 1u);
  EXPECT_EQ(sources->front().county_code, "08");
  // The whole country is not a strategist's to fetch into their figures.
  auto everything = service::add_source(*db, kalmar_strategist(),
                                        {.address = api.scb_base() + kTab, .selection = "", .measure_code = "FOLK",
                                         .schedule = "manual"});
  ASSERT_TRUE(everything.ok());
  auto refused = fetch(everything->id, kalmar_strategist());
  EXPECT_FALSE(refused.ok);
  EXPECT_NE(refused.result.find("regionen 01 (Stockholms län)"), std::string::npos) << refused.result;
  EXPECT_NE(refused.result.find("ligger utanför Kalmar län (08)"), std::string::npos) << refused.result;
}

TEST_F(StatisticsFetchTest, AnAddressOutsideTheConfiguredServicesIsRefusedBesideTheField) {
  auto refused = service::add_source(*db, admin(), {.address = "http://169.254.169.254/tables/TAB1/data",
                                                    .selection = "", .measure_code = "", .schedule = "manual"});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "address");
  EXPECT_NE(refused.error().message.find("är ingen adress som Jämt hämtar från"), std::string::npos);
  auto bad_selection = service::add_source(*db, admin(), {.address = api.scb_base() + kTab, .selection = "Region",
                                                          .measure_code = "", .schedule = "manual"});
  ASSERT_FALSE(bad_selection.ok());
  EXPECT_EQ(bad_selection.error().field, "selection");
  auto bad_schedule = service::add_source(*db, admin(), {.address = "N00906", .selection = "", .measure_code = "",
                                                         .schedule = "daily"});
  ASSERT_FALSE(bad_schedule.ok());
  EXPECT_EQ(bad_schedule.error().field, "schedule");
}

TEST_F(StatisticsFetchTest, ScheduledSourcesAreFetchedWhenDue) {
  std::int64_t weekly = add(admin(), api.scb_base() + kTab, "Region=08", "weekly");
  add(admin(), api.kolada_base() + "/data/kpi/N00906/municipality/0880/year/2022", "", "manual");
  auto run = service::fetch_due_sources(*db, service::Actor{"system"});
  ASSERT_TRUE(run.ok());
  ASSERT_EQ(run->size(), 1u);  // never fetched: due; the manual one never is
  EXPECT_EQ(run->front().source_id, weekly);
  clock.advance(std::chrono::days(6));
  run = service::fetch_due_sources(*db, service::Actor{"system"});
  ASSERT_TRUE(run.ok());
  EXPECT_TRUE(run->empty());
  clock.advance(std::chrono::days(1));
  run = service::fetch_due_sources(*db, service::Actor{"system"});
  ASSERT_TRUE(run.ok());
  ASSERT_EQ(run->size(), 1u);
  EXPECT_TRUE(run->front().unchanged);
}

}  // namespace
}  // namespace jamt::testing
