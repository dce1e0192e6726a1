#pragma once
// Reporting periods: the stretch of time one report covers, written the way
// the API and the statistics write periods — "2025" (yearly), "2025H1"
// (half-yearly), "2025Q2" (quarterly), "2025M04" (monthly). Dates are
// Swedish calendar dates; a period opens on its first day and is due a
// number of days after its last (docs/reporting.md, "Periods").
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace jamt::reporting {

// How often a form is reported: a property of the form.
enum class Periodicity { monthly, quarterly, half_yearly, yearly };

// "monthly", "quarterly", "half_yearly", "yearly".
std::string_view to_string(Periodicity periodicity);
// The periodicity named `text` (as to_string writes it), or nullopt.
std::optional<Periodicity> parse_periodicity(std::string_view text);
// "månad", "kvartal", "halvår", "år".
std::string_view swedish_name(Periodicity periodicity);

// One period: a year and, below a year, its half (1–2), quarter (1–4) or
// month (1–12) in `index` (1 for yearly periods).
struct Period {
  Periodicity periodicity = Periodicity::yearly;
  int year = 0;
  int index = 1;

  bool operator==(const Period&) const = default;
};

// The earliest and latest year a period may have.
inline constexpr int kFirstReportingYear = 1900;
inline constexpr int kLastReportingYear = 2999;

// Reads "2025", "2025H1", "2025Q2" or "2025M04" (upper-case letter, month
// with two digits). Error "validation" with field `field` and a Swedish
// message naming the accepted forms for anything else, for a year outside
// kFirstReportingYear–kLastReportingYear, or — when `expected` is given — for
// a period of another periodicity ("formuläret rapporteras per kvartal, t.ex. 2025Q2").
Result<Period> parse_period(std::string_view text, std::optional<Periodicity> expected = std::nullopt,
                            const std::string& field = "period");

// The period as parse_period reads it: "2025", "2025H1", "2025Q2", "2025M04".
std::string to_string(const Period& period);

// The first and the last day of the period.
std::chrono::year_month_day start_date(const Period& period);
std::chrono::year_month_day end_date(const Period& period);

// The day a report is due: `due_days` days after the period's last day (0:
// the last day itself).
std::chrono::year_month_day due_date(const Period& period, int due_days);

// Whether reporting for `period` is open on `today` (a Swedish date): from
// the period's first day on.
bool is_open(const Period& period, std::chrono::year_month_day today);

// Whether a report submitted on `day` (or, unsubmitted, still missing on
// `day`) is late: `day` is after the due date.
bool is_late(const Period& period, int due_days, std::chrono::year_month_day day);

// The period that follows `period` (2025Q4 → 2026Q1).
Period next_period(const Period& period);

}  // namespace jamt::reporting
