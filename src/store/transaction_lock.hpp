#pragma once
// A lock that serialises the write transactions taking it with the same
// space and key, for check-then-insert rules (a limit per address, one run
// per job) and for rows whose ids must follow their commit order (login
// attempts) when requests race.
#include <string>

#include "store/database.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// Lock spaces, one per rule; 4711 is the migrations' lock.
enum class LockSpace : int { job_claims = 4712, join_submissions = 4713, login_attempts = 4714 };

// Inside a transaction: waits until no other transaction holds (space, key),
// then holds it to commit or rollback. On PostgreSQL an advisory lock on
// (space, hashtext(key)); on SQLite nothing, since Database::transaction
// begins IMMEDIATE and so writers are serialised already. Throws soci errors.
void lock_for_transaction(soci::session& s, Engine engine, LockSpace space, const std::string& key);

}  // namespace jamt::store
