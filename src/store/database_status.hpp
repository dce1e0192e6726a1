#pragma once
// How a Database is doing, for /metrics and /readyz (docs/operations.md):
// its connection pool's counters and the schema version it is at.
#include <cstddef>
#include <cstdint>

#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::store {

// How busy a Database's connection pool is.
struct PoolStats {
  std::size_t size = 0;      // connections in the pool
  std::size_t in_use = 0;    // leased right now
  std::uint64_t leases = 0;  // leases since the pool opened
  std::uint64_t waits = 0;   // of them, how many had to wait for a free connection
};

// The counters of `db`'s pool now. Thread-safe.
PoolStats pool_stats(const Database& db);

// The schema version recorded in `db` (0 for none), to compare with
// latest_schema_version() (store/migrations.hpp). Error "database" when the
// database does not answer.
Result<int> schema_version(Database& db);

// The version the newest migration brings the schema to.
int newest_schema_version();

}  // namespace jamt::store
