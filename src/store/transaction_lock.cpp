#include "store/transaction_lock.hpp"

#include <soci/soci.h>

namespace jamt::store {

void lock_for_transaction(soci::session& s, Engine engine, LockSpace space, const std::string& key) {
  if (engine != Engine::postgresql) return;
  const int space_id = static_cast<int>(space);
  s << "SELECT pg_advisory_xact_lock(:space, hashtext(:key))", soci::use(space_id), soci::use(key);
}

}  // namespace jamt::store
