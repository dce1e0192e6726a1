#pragma once
// Reading the audit log of one record.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "store/audit_repository.hpp"
#include "store/database.hpp"

namespace jamt::service {

// One entry of the audit log (who did what to which record, before/after).
using AuditEntry = store::AuditEntry;

// The audit entries of record `id` of `entity`, oldest first. Admins see
// every record's history; strategists the history of their county's records
// (for a deleted record, judged by the county it had). Errors:
// "unauthorized", "forbidden", "validation" for an unknown entity.
Result<std::vector<store::AuditEntry>> audit_trail(store::Database& db, const std::string& entity, std::int64_t id,
                                                   const std::optional<User>& user);

// Whether `user` may read audit trails at all (admins, strategists).
bool may_read_audit(const std::optional<User>& user);

}  // namespace jamt::service
