// The authorisation table, docs/authorization.md, run over HTTP: every row
// (route + action) is one test case that sends the row's request as each
// role and expects the status in that role's column. Runs on SQLite, or on
// PostgreSQL when $JAMT_TEST_DB names a server.
//
// JAMT_AUTHZ_PRINT=1 prints each row as the server answers it, in the
// table's own format, to help write rows for a new route.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "authorization_requests.hpp"
#include "authorization_table.hpp"
#include "authorization_world.hpp"

namespace jamt::testing::authz {
namespace {

std::string table_text() {
  std::string path = JAMT_SOURCE_DIR;  // appended in two steps: GCC 12 warns (-Warray-bounds) on a + b here
  path += "/docs/authorization.md";
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<TableRow> table_rows() {
  std::vector<std::string> problems;
  auto rows = parse_authorization_table(table_text(), &problems);
  return rows;
}

std::string shown(const HttpAnswer& a) {
  if (a.status == 303 && a.location.rfind("/logga-in", 0) == 0) return "login";
  return std::to_string(a.status);
}

}  // namespace

// Rows print as their place in the file, not as bytes.
void PrintTo(const TableRow& row, std::ostream* os) {
  *os << "docs/authorization.md:" << row.line << " " << row.method << " " << row.pattern << " " << row.action
      << row.query;
}

namespace {

class AuthorizationTable : public ::testing::TestWithParam<TableRow> {
 protected:
  static void SetUpTestSuite() { world_ = new World(); }
  static void TearDownTestSuite() {
    delete world_;
    world_ = nullptr;
  }
  static World* world_;
};

World* AuthorizationTable::world_ = nullptr;

TEST(AuthorizationTableFile, ParsesWithoutProblemsAndHasRows) {
  std::vector<std::string> problems;
  auto rows = parse_authorization_table(table_text(), &problems);
  for (const auto& p : problems) ADD_FAILURE() << p;
  EXPECT_GT(rows.size(), 100u);
  std::map<std::string, int> seen;
  for (const auto& row : rows)
    if (auto [it, fresh] = seen.emplace(row.key() + row.query, row.line); !fresh)
      ADD_FAILURE() << "docs/authorization.md:" << row.line << " repeats the row of line " << it->second << ": "
                    << row.key() << row.query;
}

TEST_P(AuthorizationTable, EachRoleGetsTheDocumentedAnswer) {
  ASSERT_TRUE(world_ && world_->ready()) << "the fixtures could not be made";
  const TableRow& row = GetParam();
  const std::string where = "docs/authorization.md:" + std::to_string(row.line) + " `" + row.method + " " +
                            row.pattern + "` " + row.action + (row.query.empty() ? "" : " `" + row.query + "`");
  auto recipe = recipes().find(row.key());
  ASSERT_NE(recipe, recipes().end()) << where << ": no request recipe in authorization_requests.cpp for \""
                                     << row.key() << "\"";
  std::string printed = "| `" + row.method + " " + row.pattern + "` | " + row.action +
                        (row.query.empty() ? "" : " `" + row.query + "`") + " |";
  for (std::size_t i = 0; i < kRoles.size(); ++i) {
    const Role role = kRoles[i];
    HttpCall call = recipe->second(*world_, row, role);
    HttpAnswer got = world_->send(call, role);
    printed += " " + shown(got) + " |";
    const Expected& want = row.expected[i];
    bool ok = want.to_login ? (got.status == 303 && got.location.rfind("/logga-in", 0) == 0) : got.status == want.status;
    EXPECT_TRUE(ok) << where << "\n  role:     " << role_heading(role) << "\n  request:  " << call.method << " "
                    << call.path << "\n  expected: " << to_string(want) << "\n  got:      " << got.status
                    << (got.location.empty() ? "" : " → " + got.location) << "\n  body:     "
                    << got.body.substr(0, 300);
  }
  if (std::getenv("JAMT_AUTHZ_PRINT")) std::cout << "ROW " << printed << "\n";
}

// "L123_GET_api_v1_joinings_id_read": the line keeps names unique.
std::string test_name(const ::testing::TestParamInfo<TableRow>& info) {
  const TableRow& row = info.param;
  std::string text = "L" + std::to_string(row.line) + "_" + row.method + "_" + row.action + "_";
  std::string path = row.pattern;
  for (const char* group : {R"((\d+))", R"((\d\d))", R"((\d{1,15}))", R"((\d{4}))", R"((\d{1,2}))", "([^/]+)", "(.+)"})
    for (auto at = path.find(group); at != std::string::npos; at = path.find(group)) path.replace(at, std::string(group).size(), "id");
  for (char c : path) text += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  std::string out;
  for (char c : text)
    if (!(c == '_' && !out.empty() && out.back() == '_')) out += c;
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

INSTANTIATE_TEST_SUITE_P(Docs, AuthorizationTable, ::testing::ValuesIn(table_rows()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(AuthorizationTable);

}  // namespace
}  // namespace jamt::testing::authz
