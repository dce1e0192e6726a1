#pragma once
// Progress status of an indicator (issue 13): the method of Statistics
// Canada that Open SDG uses, adapted to gender equality — compound annual
// growth towards a target (or fixed growth rates without one), and for the
// directions "parity" and "within_40_60" the pace at which the gap between
// women's share and 50 % (or the 40–60 % zone) closes. The method with its
// thresholds and examples: docs/indicator-progress.md. Pure; no I/O.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jamt::indicators {

enum class ProgressStatus { target_achieved, substantial, moderate, limited, deterioration, not_enough_data, none };

// "target_achieved", "substantial_progress", "moderate_progress",
// "limited_progress", "deterioration", "not_enough_data", "none".
std::string_view to_string(ProgressStatus s);
// "Målet är nått", "Betydande framsteg", "Måttliga framsteg",
// "Begränsade framsteg", "Försämring", "För lite data", "Ingen status".
std::string_view swedish_name(ProgressStatus s);

// The desired direction of an indicator (Indicator::direction).
enum class Direction { increase, decrease, parity, within_40_60, none };
// The direction named `text` ("increase", …), or nullopt.
std::optional<Direction> parse_direction(std::string_view text);

// A value of a year.
struct YearValue {
  int year = 0;
  double value = 0;
  bool operator==(const YearValue&) const = default;
};

// What is assessed. For increase/decrease `series` holds the quantity the
// baseline and target are about (`subject` = "women", "men", "total" or
// "women_share"); for parity and within_40_60 it holds women's share in
// percent (subject "women_share").
struct ProgressInput {
  Direction direction = Direction::none;
  std::string subject = "total";
  std::vector<YearValue> series{};      // one value per year, any order
  std::optional<YearValue> baseline{};  // the indicator's baseline, same subject
  std::optional<YearValue> target{};    // increase/decrease: the level and year; parity/within: only its year counts
  std::optional<int> horizon_year{};    // parity/within without target: the year to reach it (the strategy's end)
};

// The assessment and the facts behind it, for the sentence and the API.
struct Progress {
  ProgressStatus status = ProgressStatus::not_enough_data;
  Direction direction = Direction::none;
  std::string subject = "total";
  std::optional<YearValue> from{};  // base year and its value
  std::optional<YearValue> to{};    // latest year with a value
  std::optional<YearValue> target{};  // the target used (parity: 50, within: the nearest edge of 40–60)
  bool has_target = false;            // a target level or zone was assessed against
  std::optional<double> observed_rate{};  // per year: growth rate (0.02 = 2 %) or, for shares' gap, percentage points
  std::optional<double> required_rate{};  // per year, to reach the target on time
  std::optional<double> ratio{};          // observed / required
  std::optional<int> forecast_year{};     // the year the target is reached at the current pace
  std::string reason{};                   // not_enough_data: why, in Swedish
};

// Assesses `input`. Direction none gives status none. Fewer than two years
// with a value from the base year on, or a base year without a later year,
// gives not_enough_data with a reason. Never fails.
Progress assess(const ProgressInput& input);

// Formats a number the Swedish way ("12 345,6"), supplied by the caller.
using NumberText = std::function<std::string(double)>;

// A sentence in the request's language (i18n::tr) that explains `progress`, e.g. "Kvinnors andel har ökat
// från 31 % (2014) till 38 % (2018); målet 40–60 % nås i nuvarande takt
// 2020." Numbers go through `number`.
std::string explain(const Progress& progress, const NumberText& number);

}  // namespace jamt::indicators
