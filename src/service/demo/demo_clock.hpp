#pragma once
// The demo's time travel: while a DemoClock lives, the database runs on a
// FixedClock that the demo moves to each step's day, so histories, audit
// entries and lateness read as if things happened then; its destructor puts
// the database's own clock back.
#include <chrono>

#include "domain/clock.hpp"
#include "store/database.hpp"

namespace jamt::service {

class DemoClock {
 public:
  // Swaps `db` onto a FixedClock standing at the database's now; `db` must
  // outlive this object.
  explicit DemoClock(store::Database& db) : db_(db), real_(db.clock()), today_(real_.today()), then_(real_.now()) {
    db_.use_clock(then_);
  }
  ~DemoClock() { db_.use_clock(real_); }
  DemoClock(const DemoClock&) = delete;
  DemoClock& operator=(const DemoClock&) = delete;

  // The clock to move (then().set(...)).
  FixedClock& then() { return then_; }
  // The Swedish date it was when the clock was swapped.
  std::chrono::year_month_day today() const { return today_; }

 private:
  store::Database& db_;
  const Clock& real_;
  std::chrono::year_month_day today_;
  FixedClock then_;
};

}  // namespace jamt::service
