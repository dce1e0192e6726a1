#include "service/demo/demo_commitments.hpp"

#include <array>
#include <chrono>

#include "service/commitments/commitment_followup.hpp"
#include "service/demo/demo_clock.hpp"
#include "service/strategy/strategy_service.hpp"

namespace jamt::service {

namespace {

struct DemoStatus {
  const char* status;
  const char* comment;
};

// The statuses of the n-th commitment in tree order, by pattern: most of the
// board's work under way in the first year and done or going on in the second.
constexpr std::array<std::array<DemoStatus, 2>, 4> kPattern{{
    {{{"ongoing", "Arbetet har startat med tre kommuner."}, {"done", "Genomfört enligt plan."}}},
    {{{"planned", "Planeras till hösten."}, {"ongoing", "Pågår, försenat av personalbyte."}}},
    {{{"done", "Genomfört på länets jämställdhetsdag."}, {"done", ""}}},
    {{{"ongoing", ""}, {"not_done", "Inga medel avsattes i budgeten."}}},
}};

}  // namespace

Result<int> load_demo_commitments(store::Database& db) {
  const User strategist{.id = 0, .email = "strateg.kalmar@jamt.local", .role = Role::strategist, .county_code = "08",
                        .organisation_id = std::nullopt, .disabled = false};
  std::optional<std::int64_t> kalmar;
  auto strategies = list_strategies(db);
  if (!strategies) return strategies.error();
  for (const auto& s : *strategies)
    if (s.county_code == "08" && s.start_year <= 2024 && s.end_year >= 2025) kalmar = s.id;
  if (!kalmar) return 0;
  auto overview = list_commitments(db, *kalmar, strategist);
  if (!overview) return overview.error();
  for (const auto& c : overview->commitments)
    if (!c.statuses.empty()) return 0;

  using namespace std::chrono;
  DemoClock clock{db};
  int set = 0;
  for (int y = 0; y < 2; ++y) {
    const int year = 2024 + y;
    clock.then().set(sys_seconds{sys_days{year_month_day{std::chrono::year{year}, December, day{15}}}} + hours{9});
    for (std::size_t i = 0; i < overview->commitments.size(); ++i) {
      const DemoStatus& d = kPattern[i % kPattern.size()][y];
      auto saved = set_commitment_status(db, *kalmar, overview->commitments[i].commitment.id, year,
                                         CommitmentStatusInput{.status = d.status, .comment = d.comment}, strategist);
      if (!saved) return saved.error();
      ++set;
    }
  }
  return set;
}

}  // namespace jamt::service
