#pragma once
// The authorisation table of docs/authorization.md, read as data: one row per
// route and action, one expected answer per role. Pure parsing, no HTTP.
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace jamt::testing::authz {

// The roles of the table's columns, in the documented order.
enum class Role { anonymous, admin, coordinator, strategist, other_strategist, contact, other_contact, co_organiser };

inline constexpr std::array<Role, 8> kRoles = {Role::anonymous,        Role::admin,   Role::coordinator,
                                              Role::strategist,       Role::other_strategist,
                                              Role::contact,          Role::other_contact,
                                              Role::co_organiser};

// The column heading of `role` in docs/authorization.md ("public", …).
const char* role_heading(Role role);

// What one cell expects: an HTTP status, or `to_login` (303 to /logga-in).
struct Expected {
  int status = 0;
  bool to_login = false;
};

// "200", "login", … as written in the table.
std::string to_string(const Expected& e);

// One row: `GET /api/v1/joinings/(\d+)` + action (+ an optional query such as
// `?county=08`, with `{name}` placeholders filled from the fixtures).
struct TableRow {
  std::string section;  // the Markdown heading above the table
  int line = 0;         // 1-based line in the file, for messages
  std::string method;   // "GET", "POST", "PUT", "PATCH", "DELETE"
  std::string pattern;  // the route's regex, exactly as the route table has it
  std::string action;   // list, read, create, update, delete, decide
  std::string query;    // "" or "?…"
  std::array<Expected, kRoles.size()> expected{};

  // "GET /api/v1/joinings/(\d+) read": the key the request recipes use.
  std::string key() const { return method + " " + pattern + " " + action; }
};

// The rows of every table in `markdown`; a malformed table row (unknown
// role heading, missing or unreadable cell) becomes an entry of `problems`
// naming its line.
std::vector<TableRow> parse_authorization_table(const std::string& markdown, std::vector<std::string>* problems);

}  // namespace jamt::testing::authz
