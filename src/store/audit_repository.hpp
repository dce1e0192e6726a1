#pragma once
// The append-only audit log: who changed what, when, before and after.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

struct AuditEntry {
  std::int64_t id = 0;
  std::string at{};      // UTC "YYYY-MM-DDTHH:MM:SSZ"
  std::string actor{};   // user e-mail, or "cli:<unix user>" / "system"
  std::string action{};  // "create", "update", "delete"
  std::string entity{};  // "strategy", …
  std::int64_t entity_id = 0;
  std::optional<std::string> before_json{};
  std::optional<std::string> after_json{};
};

// Appends an entry (its id and time are set here). Never updates or deletes.
void append_audit(soci::session& s, const AuditEntry& entry);

// Entries about one entity, oldest first.
std::vector<AuditEntry> list_audit(soci::session& s, const std::string& entity, std::int64_t entity_id);

}  // namespace jamt::store
