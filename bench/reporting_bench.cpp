// Periodic reporting at national scale (issue 10, item 11): the national
// completeness overview — 290 municipalities of 21 counties as
// organisations, a national quarterly form of 9 elements × 4 sexes, 4
// quarters all submitted — for all counties at once and county by county
// (target < 200 ms), and saving a submission with 16 users at once on
// SQLite, each for their own organisation (target p99 < 50 ms), back to
// back and with a pause between saves.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <nlohmann/json.hpp>
#include <soci/soci.h>
#include <thread>
#include <unistd.h>

#include "domain/clock.hpp"
#include "domain/regions.hpp"
#include "domain/utc_time.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/organisations/organisation_register.hpp"
#include "service/registers/register_service.hpp"
#include "service/reporting/completeness.hpp"
#include "service/reporting/reporting_overview.hpp"
#include "service/reporting/form_service.hpp"
#include "service/reporting/submission_service.hpp"
#include "store/reporting/submission_repository.hpp"

using namespace jamt;

namespace {

const char* kQuarters[] = {"2025Q1", "2025Q2", "2025Q3", "2025Q4"};

User bench_admin() {
  return User{.id = 0, .email = "bench@jamt.local", .role = Role::admin, .county_code = "",
              .organisation_id = std::nullopt, .disabled = false};
}

nlohmann::json values_json(int seed) {
  nlohmann::json v = nlohmann::json::object();
  for (int e = 1; e <= 9; ++e) {
    int w = (seed + e * 3) % 17, m = (seed + e) % 11, u = (seed + e) % 3;
    v["E" + std::to_string(e)] = {{"women", w}, {"men", m}, {"unknown", u}, {"total", w + m + u}};
  }
  return v;
}

// A SQLite database in a temporary folder with the national picture; built
// once for every benchmark of this file, at a fixed time (10 May 2026).
struct NationalPicture {
  std::filesystem::path dir;
  FixedClock clock{*parse_utc_text("2026-05-10T10:00:00Z")};
  std::unique_ptr<store::Database> db;
  std::int64_t form = 0;
  std::vector<std::int64_t> organisations;  // the 290 municipalities, by code
  std::string error;

  NationalPicture() {
    dir = std::filesystem::temp_directory_path() / ("jamt-reporting-bench-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    auto opened = store::Database::open(store::DatabaseConfig::from_url((dir / "jamt.db").string()));
    if (!opened || !(*opened)->migrate()) {
      error = "cannot open SQLite";
      return;
    }
    db = std::move(*opened);
    db->use_clock(clock);
    Status st = db->transaction([&](soci::session& s) -> Status {
      int n = 0;
      for (const auto& m : RegionCatalogue::instance().at_level(RegionLevel::municipality)) {
        registers::Record r{{"name", m.name + " kommun"}, {"org_number", service::demo_org_number(++n)},
                            {"type", "kommun"},           {"county_code", m.parent},
                            {"municipality_code", m.code}, {"website", ""}, {"cemr_signed", ""}};
        organisations.push_back(std::stoll(service::insert_checked(s, service::organisation_rules(), r, "bench")["id"]));
      }
      return {};
    });
    if (!st) {
      error = st.error().to_string();
      return;
    }
    nlohmann::json elements = nlohmann::json::array(), rules = nlohmann::json::array();
    for (int e = 1; e <= 9; ++e) {
      std::string c = "E" + std::to_string(e);
      elements.push_back({{"code", c}, {"title", "Uppgift " + c}, {"value_type", "integer"},
                          {"disaggregation", {"women", "men", "unknown", "total"}}});
      rules.push_back({{"left", c + ".total"}, {"operator", "=="}, {"right", c + ".women + " + c + ".men + " + c + ".unknown"},
                       {"importance", "error"}, {"message", "Totalt ska vara summan av delarna."}});
    }
    auto input = service::form_input_from_json({{"code", "NATIONELL"}, {"title", "Nationell kvartalsstatistik"},
                                                {"periodicity", "quarterly"}, {"elements", elements}, {"rules", rules},
                                                {"assignments", {{{"organisation_type", "kommun"}}}}});
    if (!input) {
      error = input.error().to_string();
      return;
    }
    auto made = service::create_reporting_form(*db, *input, bench_admin());
    if (!made) {
      error = made.error().to_string();
      return;
    }
    form = made->form.id;
    // Four quarters, every municipality submitted: written straight through
    // the repositories in one transaction (the service's own path is what
    // the save benchmark measures).
    st = db->transaction([&](soci::session& s) -> Status {
      auto definition = made->form.definition;
      int seed = 0;
      for (const char* q : kQuarters)
        for (auto org : organisations) {
          auto values = service::values_from_json(definition, values_json(++seed));
          store::StoredSubmission sub{.id = 0, .form_id = form, .version_id = made->form.version_id,
                                      .organisation_id = org, .period = q, .status = "draft", .row_version = 1,
                                      .comment = "", .submitted_at = "", .submitted_by = "", .approved_at = "",
                                      .approved_by = ""};
          sub.id = store::insert_submission(s, sub);
          store::replace_values(s, sub.id, *values);
          sub.status = "submitted";
          sub.submitted_at = std::string(q).substr(0, 4) + "-12-31T10:00:00Z";
          sub.submitted_by = "bench@jamt.local";
          store::update_submission(s, sub);
        }
      return {};
    });
    if (!st) error = st.error().to_string();
  }
  ~NationalPicture() {
    db.reset();
    std::filesystem::remove_all(dir);
  }
};

NationalPicture& picture() {
  static NationalPicture p;
  return p;
}

}  // namespace

// GET /api/v1/forms/{id}/completeness?period=2025Q2 for the coordinator:
// every county at once (290 expected).
static void BM_ReportingCompletenessNational(benchmark::State& state) {
  auto& p = picture();
  if (!p.error.empty()) return state.SkipWithError(p.error.c_str());
  int expected = 0;
  for (auto _ : state) {
    auto c = service::form_completeness(*p.db, p.form, "2025Q2", "", bench_admin());
    if (!c) return state.SkipWithError(c.error().to_string().c_str());
    expected = c->expected;
  }
  state.counters["expected"] = expected;
}
BENCHMARK(BM_ReportingCompletenessNational)->Unit(benchmark::kMillisecond);

// The overview as the national page (/rapportering/formular/{id}/nationellt)
// and its JSON twin build it: the 21 counties side by side, from three
// queries (service/reporting/reporting_overview.hpp, county_completeness).
static void BM_ReportingCompletenessPerCounty(benchmark::State& state) {
  auto& p = picture();
  if (!p.error.empty()) return state.SkipWithError(p.error.c_str());
  int expected = 0, counties = 0;
  for (auto _ : state) {
    auto c = service::county_completeness(*p.db, p.form, "2025Q2", bench_admin());
    if (!c) return state.SkipWithError(c.error().to_string().c_str());
    expected = 0;
    counties = static_cast<int>(c->size());
    for (const auto& county : *c) expected += county.expected;
  }
  state.counters["expected"] = expected;
  state.counters["counties"] = counties;
}
BENCHMARK(BM_ReportingCompletenessPerCounty)->Unit(benchmark::kMillisecond);

// Users save their organisation's 2026Q1 draft at the same time, 20 saves
// each, through save_submission on SQLite. Arguments: the number of users
// and each one's pause between saves in milliseconds (0: back to back, the
// worst case, where SQLite's one writer at a time makes every save wait for
// the others; 200: people typing between saves). Counters: p50, p99 and the
// slowest save in milliseconds, and the saves that failed.
static void BM_ReportingSaveConcurrentUsers(benchmark::State& state) {
  auto& p = picture();
  if (!p.error.empty()) return state.SkipWithError(p.error.c_str());
  const int users_n = static_cast<int>(state.range(0));
  const auto pause = std::chrono::milliseconds(state.range(1));
  constexpr int kSaves = 20;
  std::vector<double> ms;
  int failures = 0;
  std::mutex mutex;
  for (auto _ : state) {
    std::vector<std::thread> users;
    for (int u = 0; u < users_n; ++u)
      users.emplace_back([&, u] {
        const auto org = p.organisations[static_cast<std::size_t>(u * 17)];
        User contact{.id = 0, .email = "kontakt" + std::to_string(u) + "@bench.se", .role = Role::org_contact,
                     .county_code = "", .organisation_id = org, .disabled = false};
        std::vector<double> mine;
        int failed = 0;
        for (int k = 0; k < kSaves; ++k) {
          // Staggered starts, so paused users do not arrive in lockstep.
          if (pause.count() > 0) std::this_thread::sleep_for(k == 0 ? pause * u / users_n : pause);
          auto start = std::chrono::steady_clock::now();
          auto saved = service::save_submission(
              *p.db, {.form_id = p.form, .organisation_id = org, .period = "2026Q1", .if_match = std::nullopt},
              values_json(u * 100 + k), "", contact);
          mine.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
          if (!saved) ++failed;
        }
        std::lock_guard lock(mutex);
        ms.insert(ms.end(), mine.begin(), mine.end());
        failures += failed;
      });
    for (auto& t : users) t.join();
  }
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * ms.size()))]; };
  state.counters["saves"] = static_cast<double>(ms.size());
  state.counters["failed"] = failures;
  state.counters["p50_ms"] = at(0.50);
  state.counters["p99_ms"] = at(0.99);
  state.counters["max_ms"] = ms.empty() ? 0 : ms.back();
}
BENCHMARK(BM_ReportingSaveConcurrentUsers)
    ->ArgNames({"users", "pause_ms"})
    ->Args({1, 0})
    ->Args({16, 0})
    ->Args({16, 200})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();
