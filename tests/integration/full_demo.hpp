#pragma once
// The whole demo of `jamt serve --demo` (strategies, statistics, accounts,
// registers, reports, surveys, commitments, the portal) loaded into a
// database, in the order serve loads it, for tests that need every table
// filled.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "service/account/auth_service.hpp"
#include "service/demo/demo_commitments.hpp"
#include "service/demo/demo_portal.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/demo/demo_reporting.hpp"
#include "service/demo/demo_statistics.hpp"
#include "service/demo/demo_surveys.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/strategy/strategy_service.hpp"

namespace jamt::testing {

// Loads the full demo into `db`; returns the demo logins (e-mail and
// password), or fails the current test and returns what it has.
inline std::vector<service::DemoLogin> load_full_demo(store::Database& db) {
  auto check = [](const auto& r, const char* what) {
    EXPECT_TRUE(r.ok()) << what << ": " << (r.ok() ? "" : r.error().to_string());
    return r.ok();
  };
  if (!check(service::load_demo_strategies(db), "strategies")) return {};
  if (!check(service::load_demo_statistics(db), "statistics")) return {};
  if (!check(service::load_demo_real_statistics(db), "real statistics")) return {};
  auto logins = service::create_demo_accounts(db);
  if (!check(logins, "accounts")) return {};
  auto contacts = service::load_demo_registers(db, !logins->empty());
  if (!check(contacts, "registers")) return {};
  if (!check(service::load_demo_reporting(db), "reporting")) return {};
  if (!check(service::load_demo_surveys(db), "surveys")) return {};
  if (!check(service::load_demo_commitments(db), "commitments")) return {};
  if (!check(service::load_demo_portal(db), "portal")) return {};
  std::vector<service::DemoLogin> out = *logins;
  out.insert(out.end(), contacts->begin(), contacts->end());
  return out;
}

}  // namespace jamt::testing
