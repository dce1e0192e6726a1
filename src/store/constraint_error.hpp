#pragma once
// What kind of database refusal an exception from the store is, told by the
// engine's own error code (SQLite's extended result code, PostgreSQL's
// SQLSTATE), never by the wording of its message.
#include <exception>

namespace jamt::store {

// The constraint a statement broke; `none` when the exception is not a
// constraint violation (or not a database error at all).
enum class ConstraintKind { none, unique, foreign_key, check, not_null };

// The kind of constraint `e` reports: SQLite SQLITE_CONSTRAINT_UNIQUE /
// _PRIMARYKEY → unique, _FOREIGNKEY → foreign_key, _CHECK → check,
// _NOTNULL → not_null; PostgreSQL 23505, 23503, 23514, 23502 likewise.
// Needs SQLite's extended result codes, which Database::open turns on.
// Thread-safe; never throws.
ConstraintKind constraint_kind(const std::exception& e) noexcept;

// Whether `e` says the database was busy and the work may succeed if tried
// again: SQLite SQLITE_BUSY / SQLITE_LOCKED (any extended form), PostgreSQL
// 40001 (serialization failure) or 40P01 (deadlock). Never throws.
bool is_busy(const std::exception& e) noexcept;

}  // namespace jamt::store
