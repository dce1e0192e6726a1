// The one route table: every route is reachable through the router whatever
// the order of the table, and a route listed twice is refused.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <regex>
#include <stdexcept>

#include "test_database.hpp"
#include "test_mail.hpp"
#include "web/http/router.hpp"
#include "web/route_table.hpp"

namespace jamt::testing {
namespace {

using web::Method;
using web::Route;
using web::Router;

void noop(const web::Request&, web::Response&) {}

// For every route: the sample path of its pattern goes to that same route.
void expect_every_route_found(const std::vector<Route>& table, const std::string& order) {
  Router router(table);
  for (const auto& route : table) {
    const std::string path = web::sample_path(route.pattern);
    ASSERT_TRUE(std::regex_match(path, std::regex(route.pattern))) << route.pattern << " vs " << path;
    auto found = router.find(route.method, path);
    ASSERT_TRUE(found.has_value()) << order << ": nothing for " << web::method_name(route.method) << " " << path;
    EXPECT_EQ(found->route->pattern, route.pattern)
        << order << ": " << web::method_name(route.method) << " " << path << " went to " << found->route->pattern;
  }
}

TEST(RouteTable, EveryRouteIsFoundInTableReversedAndShuffledOrder) {
  auto db = fresh_database();
  TestOutbox outbox;
  ASSERT_NE(db, nullptr);
  auto table = web::route_table(*db, outbox.setup);
  ASSERT_GT(table.size(), 150u);
  expect_every_route_found(table, "table order");
  std::reverse(table.begin(), table.end());
  expect_every_route_found(table, "reversed");
  std::mt19937 random(20260101);  // fixed seed: the same shuffles every run
  for (int i = 0; i < 3; ++i) {
    std::shuffle(table.begin(), table.end(), random);
    expect_every_route_found(table, "shuffle " + std::to_string(i));
  }
}

TEST(RouteTable, SpecificLiteralPathsWinOverCaptures) {
  auto db = fresh_database();
  TestOutbox outbox;
  ASSERT_NE(db, nullptr);
  Router router(web::route_table(*db, outbox.setup));
  auto pattern_for = [&](Method m, const std::string& path) {
    auto found = router.find(m, path);
    return found ? found->route->pattern : std::string("(none)");
  };
  EXPECT_EQ(pattern_for(Method::get, "/checklistor/ny"), "/checklistor/ny");
  EXPECT_EQ(pattern_for(Method::get, "/grupper/byten/ny"), "/grupper/byten/ny");
  EXPECT_EQ(pattern_for(Method::get, "/api/v1/joinings/summary"), "/api/v1/joinings/summary");
  EXPECT_EQ(pattern_for(Method::get, "/api/v1/joinings/12"), R"(/api/v1/joinings/(\d+))");
  auto strategy = router.find(Method::get, "/nationella-mal/2017/3");
  ASSERT_TRUE(strategy.has_value());
  EXPECT_EQ(strategy->captures, (std::vector<std::string>{"/nationella-mal/2017/3", "2017", "3"}));
  auto csv = router.find(Method::get, "/statistik/7");
  ASSERT_TRUE(csv.has_value());
  EXPECT_EQ(csv->captures.at(2), "");  // the optional "/data.csv" did not take part
}

TEST(RouteTable, MethodsAllowedForAPathAreListed) {
  auto db = fresh_database();
  TestOutbox outbox;
  ASSERT_NE(db, nullptr);
  Router router(web::route_table(*db, outbox.setup));
  EXPECT_FALSE(router.find(Method::del, "/organisationer/3").has_value());
  EXPECT_EQ(router.allowed_methods("/api/v1/organisations/3"),
            (std::vector<Method>{Method::get, Method::patch, Method::del}));
  EXPECT_TRUE(router.allowed_methods("/finns-inte").empty());
}

TEST(Router, TheSameMethodAndPatternTwiceIsRefused) {
  std::vector<Route> table{{Method::get, "/grupper/ny", noop}, {Method::get, "/grupper/ny", noop}};
  EXPECT_THROW(Router{table}, std::logic_error);
}

TEST(Router, TwoEquallySpecificPatternsForOnePathAreRefused) {
  std::vector<Route> table{{Method::get, R"(/a/(\d+))", noop}, {Method::get, R"(/a/([0-9]+))", noop}};
  EXPECT_THROW(Router{table}, std::logic_error);
}

TEST(Router, OnePatternUnderTwoMethodsIsFine) {
  std::vector<Route> table{{Method::get, "/grupper/ny", noop}, {Method::post, "/grupper/ny", noop}};
  EXPECT_NO_THROW(Router{table});
}

TEST(Router, SamplePathsReplaceEachCaptureWithAPlausibleValue) {
  EXPECT_EQ(web::sample_path(R"(/grupper/(\d+)/narvaro\.csv)"), "/grupper/1/narvaro.csv");
  EXPECT_EQ(web::sample_path(R"(/nationella-mal/(\d{4})/(\d{1,2}))"), "/nationella-mal/1111/1");
  EXPECT_EQ(web::sample_path(R"(/statistik/(\d{1,15})(/data\.csv)?)"), "/statistik/1");
  EXPECT_EQ(web::sample_path("/api/v1/strategies/([^/]+)"), "/api/v1/strategies/x");
}

}  // namespace
}  // namespace jamt::testing
