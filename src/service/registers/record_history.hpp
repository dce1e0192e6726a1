#pragma once
// A register record's history as the history table on its page shows it:
// who changed what, in words, with references shown by name.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/registers/field_spec.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// One row of the history table.
struct HistoryRow {
  std::string at;       // "2026-11-23 10:15 UTC"
  std::string actor;    // the e-mail written in the audit log
  std::string action;   // "Skapad", "Ändrad", "Borttagen", …
  std::string changes;  // "Namn: Kommun A; Kontaktperson: Anna Andersson"
};

// A stored field value as a reader sees it: a reference by the title of
// the record it points to (the person's name, the organisation's name, …;
// the id when that record is gone), other kinds by registers::display_value.
// "" for an empty value.
std::string shown_field_value(store::Database& db, const registers::FieldSpec& field, const std::string& stored);

// The history of record `id` of `spec`, oldest first, as `user` may read it
// (see audit_trail): every changed field by its label and new value
// (shown_field_value), deletions by label only. Errors as for audit_trail.
Result<std::vector<HistoryRow>> record_history(store::Database& db, const registers::EntitySpec& spec, std::int64_t id,
                                               const std::optional<User>& user);

}  // namespace jamt::service
