#include "authorization_table.hpp"

#include <sstream>

namespace jamt::testing::authz {

namespace {

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// The cells of a Markdown table line "| a | b |"; a `|` inside backticks
// belongs to the cell (route patterns such as `(a|b)`).
std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> cells;
  std::string cell;
  bool code = false;
  for (std::size_t i = 1; i < line.size(); ++i) {
    char c = line[i];
    if (c == '`') code = !code;
    if (c == '|' && !code) {
      cells.push_back(trim(cell));
      cell.clear();
    } else {
      cell += c;
    }
  }
  if (!trim(cell).empty()) cells.push_back(trim(cell));
  return cells;
}

// The text between the first pair of backticks, or "".
std::string code_of(const std::string& cell) {
  auto b = cell.find('`');
  if (b == std::string::npos) return "";
  auto e = cell.find('`', b + 1);
  if (e == std::string::npos) return "";
  return cell.substr(b + 1, e - b - 1);
}

std::optional<Expected> expected_of(const std::string& cell) {
  if (cell == "login") return Expected{303, true};
  if (cell.size() != 3) return std::nullopt;
  for (char c : cell)
    if (c < '0' || c > '9') return std::nullopt;
  return Expected{std::stoi(cell), false};
}

}  // namespace

const char* role_heading(Role role) {
  switch (role) {
    case Role::anonymous: return "public";
    case Role::admin: return "admin";
    case Role::coordinator: return "coordinator";
    case Role::strategist: return "strategist";
    case Role::other_strategist: return "other strategist";
    case Role::contact: return "contact";
    case Role::other_contact: return "other contact";
    case Role::co_organiser: return "co-organiser";
  }
  return "?";
}

std::string to_string(const Expected& e) { return e.to_login ? "login (303 to /logga-in)" : std::to_string(e.status); }

std::vector<TableRow> parse_authorization_table(const std::string& markdown, std::vector<std::string>* problems) {
  std::vector<TableRow> rows;
  std::istringstream in(markdown);
  std::string line, section;
  bool in_table = false;
  int number = 0;
  auto problem = [&](const std::string& what) {
    if (problems) problems->push_back("docs/authorization.md:" + std::to_string(number) + ": " + what);
  };
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("#", 0) == 0) {
      section = trim(line.substr(line.find_first_not_of('#')));
      in_table = false;
      continue;
    }
    if (line.rfind("|", 0) != 0) {
      in_table = false;
      continue;
    }
    auto cells = cells_of(line);
    if (!cells.empty() && cells[0] == "Route") {
      in_table = true;
      if (cells.size() != 2 + kRoles.size()) {
        problem("a table needs the columns Route, Action and one per role");
        in_table = false;
        continue;
      }
      for (std::size_t i = 0; i < kRoles.size(); ++i)
        if (cells[2 + i] != role_heading(kRoles[i]))
          problem("column " + std::to_string(3 + i) + " is \"" + cells[2 + i] + "\", expected \"" +
                  role_heading(kRoles[i]) + "\"");
      continue;
    }
    if (!in_table || (!cells.empty() && cells[0].rfind("---", 0) == 0)) continue;
    if (cells.size() != 2 + kRoles.size()) {
      problem("expected " + std::to_string(2 + kRoles.size()) + " cells, found " + std::to_string(cells.size()));
      continue;
    }
    TableRow row;
    row.section = section;
    row.line = number;
    std::string route = code_of(cells[0]);
    auto space = route.find(' ');
    if (space == std::string::npos) {
      problem("the route cell must be `METHOD /pattern`");
      continue;
    }
    row.method = route.substr(0, space);
    row.pattern = route.substr(space + 1);
    row.action = trim(cells[1].substr(0, cells[1].find('`')));
    row.query = code_of(cells[1]);
    bool ok = true;
    for (std::size_t i = 0; i < kRoles.size(); ++i) {
      auto e = expected_of(cells[2 + i]);
      if (!e) {
        problem("cell \"" + cells[2 + i] + "\" for " + role_heading(kRoles[i]) + " is neither a status nor login");
        ok = false;
        continue;
      }
      row.expected[i] = *e;
    }
    if (ok) rows.push_back(row);
  }
  return rows;
}

}  // namespace jamt::testing::authz
