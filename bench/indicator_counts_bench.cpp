// Indicator values from Jämt's registers (issue 13, items 1 and 8): every
// register count of docs/indicator-counts.md for Kalmar län over ten years
// (2015–2024), on SQLite, with the demo registers plus 300 joinings (a
// fifth withdrawn), 2 000 activities (half completed, a third joint) and
// 40 group members added — more than a county holds. Part of the issue's
// target "all indicators of the Kalmar strategy with ten years of values in
// under 200 ms". The data is written once, outside the timing.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <unistd.h>

#include "domain/clock.hpp"
#include "domain/registers/activity.hpp"
#include "domain/registers/group.hpp"
#include "domain/registers/group_member.hpp"
#include "domain/registers/joining.hpp"
#include "domain/utc_time.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/indicator_counts/register_counts.hpp"
#include "store/activity_repository.hpp"
#include "store/database.hpp"
#include "store/register_repository.hpp"

using namespace jamt;

namespace {

struct CountFiles {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("jamt-counts-bench-" + std::to_string(getpid()));
  std::unique_ptr<store::Database> db{};
  ~CountFiles() {
    db.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
};

std::string day(int year, int n) {
  char text[11];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, 1 + n % 12, 1 + n % 28);
  return text;
}

store::Database* counts_db() {
  static FixedClock clock{*parse_utc_text("2026-03-31T10:00:00Z")};
  static CountFiles files;
  if (files.db) return files.db.get();
  std::filesystem::remove_all(files.dir);
  std::filesystem::create_directories(files.dir);
  auto opened = store::Database::open(store::DatabaseConfig::from_url((files.dir / "jamt.db").string()));
  if (!opened || !(*opened)->migrate()) return nullptr;
  files.db = std::move(*opened);
  files.db->use_clock(clock);
  if (!service::load_demo_registers(*files.db, false)) return nullptr;
  Status st = files.db->transaction([&](soci::session& s) -> Status {
    auto orgs = store::organisation_names(s, "08");
    auto group = store::insert_record(s, registers::group_spec(),
                                      {{"name", "Bänkgruppen"}, {"type", "natverk"}, {"county_code", "08"}});
    for (int i = 0; i < 300; ++i) {
      auto org = std::to_string(orgs[static_cast<std::size_t>(i) % orgs.size()].first);
      store::insert_record(s, registers::joining_spec(),
                           {{"organisation_name", "Org " + std::to_string(i)}, {"org_number", "212000-0142"},
                            {"organisation_type", i % 3 == 0 ? "kommun" : "annan"}, {"municipality_code", "0880"},
                            {"county_code", "08"}, {"organisation_id", org}, {"publish_consent", "1"},
                            {"status", i % 5 == 0 ? "uttradd" : "godkand"}, {"applied_on", day(2014 + i % 10, i)},
                            {"joined_on", day(2014 + i % 10, i)},
                            {"withdrawn_on", i % 5 == 0 ? day(2019 + i % 5, i + 3) : ""},
                            {"action_plan_url", i % 2 ? "https://example.se/plan.pdf" : ""}});
    }
    for (int i = 0; i < 2000; ++i) {
      auto org = orgs[static_cast<std::size_t>(i) % orgs.size()].first;
      auto id = store::insert_record(
          s, registers::activity_spec(),
          {{"title", "Insats " + std::to_string(i)}, {"type", "utbildning"},
           {"status", i % 2 ? "genomford" : "planerad"}, {"start_date", day(2015 + i % 10, i)},
           {"end_date", day(2015 + i % 10, i + 1)}, {"organiser_id", std::to_string(org)}, {"county_code", "08"},
           {"participants_women", std::to_string(i % 17)}, {"participants_men", std::to_string(i % 13)}});
      registers::ActivityLinks links{.co_organiser_ids = {}, .goal_nodes = {}, .national_goals = {"2017:2"},
                                     .plan_targets = {}, .commitment_ids = {}};
      if (i % 3 == 0) links.co_organiser_ids.push_back(orgs[(static_cast<std::size_t>(i) + 1) % orgs.size()].first);
      store::replace_activity_links(s, id, links, 0);
    }
    for (int i = 0; i < 40; ++i)
      store::insert_record(s, registers::group_member_spec(),
                           {{"group_id", std::to_string(group)},
                            {"organisation_id", std::to_string(orgs[static_cast<std::size_t>(i) % orgs.size()].first)},
                            {"member_from", day(2015 + i % 8, i)}, {"member_to", i % 4 ? "" : day(2023, i)},
                            {"county_code", "08"}});
    return {};
  });
  return st ? files.db.get() : nullptr;
}

void BM_AllRegisterCountsTenYears(benchmark::State& state) {
  auto* db = counts_db();
  if (!db) {
    state.SkipWithError("could not build the database");
    return;
  }
  for (auto _ : state) {
    for (const auto& def : indicator_counts::register_count_definitions()) {
      auto values = indicator_counts::count_years(*db, "08", {.count = def.name, .params = {}}, 2015, 2024);
      if (!values) state.SkipWithError(values.error().to_string().c_str());
      benchmark::DoNotOptimize(values);
    }
  }
}

}  // namespace

BENCHMARK(BM_AllRegisterCountsTenYears)->Unit(benchmark::kMillisecond)->Iterations(10);
