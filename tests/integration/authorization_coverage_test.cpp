// PENDING: switch on (rename to .cpp) once web::route_table() exists
// (src/web/route_table.cpp, branch `routes`). Until then this file is not
// compiled: the integration tests are globbed as *.cpp.
//
// The coverage rule of docs/authorization.md: every route the server answers
// has at least one row there (same method, same pattern string), and every
// row names a route that exists, so the table can neither miss a new route
// nor keep a removed one.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <fstream>
#include <set>
#include <sstream>

#include "authorization_table.hpp"
#include "test_database.hpp"
#include "test_mail.hpp"
#include "web/route_table.hpp"

namespace jamt::testing::authz {
namespace {

std::vector<TableRow> documented_rows() {
  std::string path = JAMT_SOURCE_DIR;
  path += "/docs/authorization.md";
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  std::vector<std::string> problems;
  auto rows = parse_authorization_table(text.str(), &problems);
  for (const auto& p : problems) ADD_FAILURE() << p;
  return rows;
}

TEST(AuthorizationCoverage, EveryRouteHasARowInTheTable) {
  auto db = fresh_database();
  TestOutbox outbox;
  ASSERT_NE(db, nullptr);
  std::set<std::string> documented;
  for (const auto& row : documented_rows()) documented.insert(row.method + " " + row.pattern);
  ASSERT_FALSE(documented.empty()) << "docs/authorization.md has no rows";
  for (const auto& route : web::route_table(*db, outbox.setup)) {
    const std::string key = std::string(web::method_name(route.method)) + " " + route.pattern;
    EXPECT_TRUE(documented.count(key))
        << "`" << key << "` is in the route table but has no row in docs/authorization.md: add a row with the "
        << "status each role gets, and a request recipe in tests/integration/authorization_requests.cpp";
  }
}

TEST(AuthorizationCoverage, EveryRowNamesARouteThatExists) {
  auto db = fresh_database();
  TestOutbox outbox;
  ASSERT_NE(db, nullptr);
  std::set<std::string> routes;
  for (const auto& route : web::route_table(*db, outbox.setup))
    routes.insert(std::string(web::method_name(route.method)) + " " + route.pattern);
  for (const auto& row : documented_rows())
    EXPECT_TRUE(routes.count(row.method + " " + row.pattern))
        << "docs/authorization.md:" << row.line << " names `" << row.method << " " << row.pattern
        << "`, which the route table does not have (renamed or removed?)";
}

}  // namespace
}  // namespace jamt::testing::authz
