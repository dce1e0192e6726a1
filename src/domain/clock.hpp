#pragma once
// Where Jämt gets the time from. Service code asks a Clock (normally the one
// the store::Database handle carries) instead of the system, so tests and
// demos can run at a fixed date. Instants are UTC; "today" is the date in
// Sweden (Europe/Stockholm), which differs from the UTC date between 22:00
// (summer) or 23:00 (winter) UTC and midnight.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace jamt {

class Clock {
 public:
  virtual ~Clock() = default;
  // The current instant, UTC, whole seconds. Implementations are thread-safe.
  virtual std::chrono::sys_seconds now() const = 0;

  // now() as stored in the database: "YYYY-MM-DDTHH:MM:SSZ".
  std::string now_text() const;
  // Today's date in Sweden.
  std::chrono::year_month_day today() const;
  // today() as "YYYY-MM-DD".
  std::string today_text() const;
  // The year of today() (the Swedish calendar year, so 2026 from 23:00 UTC
  // on 31 December 2025).
  int current_year() const;
};

// The operating system's clock.
class SystemClock final : public Clock {
 public:
  std::chrono::sys_seconds now() const override;
};

// The one SystemClock of the process; lives for the whole program.
const Clock& real_clock();

// A clock that stands still at the time it is set to, for tests and demos.
// set() and advance() may be called from any thread while others read now().
class FixedClock final : public Clock {
 public:
  explicit FixedClock(std::chrono::sys_seconds at);
  std::chrono::sys_seconds now() const override;
  // Makes now() return `at` from here on.
  void set(std::chrono::sys_seconds at);
  // Moves the clock forward (or, with a negative step, back) by `step`.
  void advance(std::chrono::seconds step);

 private:
  std::atomic<std::int64_t> seconds_;
};

// How far Swedish time is ahead of UTC at `t`: one hour (CET), or two (CEST)
// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
// of October — the EU rule in force since 1996. (libstdc++ 12 has no time
// zone database in <chrono>.)
std::chrono::seconds stockholm_offset(std::chrono::sys_seconds t);

// The calendar date in Sweden at the instant `t`.
std::chrono::year_month_day stockholm_date(std::chrono::sys_seconds t);

// The instant `t` as Swedish wall-clock time, "YYYY-MM-DD HH:MM"
// (2026-03-31T10:00:00Z → "2026-03-31 12:00").
std::string stockholm_time_text(std::chrono::sys_seconds t);

// `d` as "YYYY-MM-DD".
std::string iso_date(std::chrono::year_month_day d);

}  // namespace jamt
