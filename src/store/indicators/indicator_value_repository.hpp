#pragma once
// Storage of the values typed in for an indicator (issue 13; table
// indicator_values, migration 24): one row per indicator and period.
// Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// One period's typed-in values; any of women, men and total may be absent.
struct IndicatorValueRow {
  std::string period{};  // "2018"
  std::optional<double> women{};
  std::optional<double> men{};
  std::optional<double> total{};
  std::string source{};       // where the figures come from, always named
  std::string recorded_by{};  // the user's e-mail
  std::string recorded_at{};  // the store clock's now, set by upsert
};

// The rows of indicator `indicator_id`, by period.
std::vector<IndicatorValueRow> list_indicator_values(soci::session& s, std::int64_t indicator_id);

// The row of `period`, or nullopt.
std::optional<IndicatorValueRow> find_indicator_value(soci::session& s, std::int64_t indicator_id,
                                                      const std::string& period);

// Stores `row` as the indicator's value of row.period, replacing one there
// was; recorded_at becomes the store clock's now.
void upsert_indicator_value(soci::session& s, std::int64_t indicator_id, const IndicatorValueRow& row);

}  // namespace jamt::store
