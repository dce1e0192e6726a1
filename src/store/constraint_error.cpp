#include "store/constraint_error.hpp"

#include <string>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace jamt::store {

namespace {

// `code` is an extended result code (sqlite3_extended_result_codes is on).
ConstraintKind sqlite_kind(int code) {
  switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return ConstraintKind::unique;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return ConstraintKind::foreign_key;
    case SQLITE_CONSTRAINT_CHECK:
      return ConstraintKind::check;
    case SQLITE_CONSTRAINT_NOTNULL:
      return ConstraintKind::not_null;
    default:
      return ConstraintKind::none;
  }
}

ConstraintKind postgresql_kind(const std::string& sqlstate) {
  if (sqlstate == "23505") return ConstraintKind::unique;
  if (sqlstate == "23503") return ConstraintKind::foreign_key;
  if (sqlstate == "23514") return ConstraintKind::check;
  if (sqlstate == "23502") return ConstraintKind::not_null;
  return ConstraintKind::none;
}

}  // namespace

ConstraintKind constraint_kind(const std::exception& e) noexcept {
  try {
    if (const auto* s = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) return sqlite_kind(s->result());
    if (const auto* p = dynamic_cast<const soci::postgresql_soci_error*>(&e)) return postgresql_kind(p->sqlstate());
  } catch (...) {
  }
  return ConstraintKind::none;
}

bool is_busy(const std::exception& e) noexcept {
  try {
    if (const auto* s = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
      int primary = s->result() & 0xff;
      return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    }
    if (const auto* p = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
      auto state = p->sqlstate();
      return state == "40001" || state == "40P01";
    }
  } catch (...) {
  }
  return false;
}

}  // namespace jamt::store
