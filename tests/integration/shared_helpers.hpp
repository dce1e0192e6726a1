#pragma once
// Small helpers many integration tests use, defined once: the test files are
// compiled in batches (tests/CMakeLists.txt, unity build), where two private
// copies of one helper would collide.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "store/audit_repository.hpp"
#include "store/database.hpp"

namespace jamt::testing {

// Whether `text` holds `part` (a page's HTML, an answer's body, a file).
inline bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
inline bool contains(const std::string& text, const std::string& part) { return has(text, part); }

// The bytes of the file at `path` ("" when it cannot be read).
inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The node with `code` in a strategy's tree of goals (its "children",
// depth first), or null.
inline nlohmann::json find_node(const nlohmann::json& nodes, const std::string& code) {
  for (const auto& n : nodes) {
    if (n["code"] == code) return n;
    if (auto found = find_node(n["children"], code); !found.is_null()) return found;
  }
  return nullptr;
}

// A system administrator who is not in the database, for calling services
// directly in a fixture.
inline User system_admin() {
  User u;
  u.email = "fixture@jamt.test";
  u.role = Role::admin;
  return u;
}

// The audit log of one record (`entity`, `id`), as store::list_audit lists
// it; a read error fails the test.
inline std::vector<store::AuditEntry> audit_of(store::Database& db, const std::string& entity, std::int64_t id) {
  std::vector<store::AuditEntry> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_audit(s, entity, id);
    return {};
  });
  EXPECT_TRUE(st.ok());
  return out;
}

}  // namespace jamt::testing
