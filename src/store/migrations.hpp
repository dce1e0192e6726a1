#pragma once
// Versioned schema migrations, written once for both engines.
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::store {

// Applies, on `session` (inside the caller's transaction), every migration
// whose version is not yet recorded in schema_migrations, in version order.
// Returns the highest version applied. Throws soci errors (the caller's
// transaction turns them into an Error). With `up_to` > 0 it stops after that
// version (restoring a backup made at an older schema version).
Result<int> apply_migrations(soci::session& session, Engine engine, int up_to = 0);

// The version the newest migration brings the schema to.
int latest_schema_version();

// Whether `name` is a table or view that some migration creates (or
// renames a table to), or schema_migrations: Jämt's own, as opposed to
// another application's table in the same schema, which backup and restore
// leave alone.
bool is_jamt_schema_object(const std::string& name);

}  // namespace jamt::store
