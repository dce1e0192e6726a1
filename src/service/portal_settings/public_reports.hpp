#pragma once
// The published yearly reports the public may read, for /sitemap.xml
// (issue 15, item 1): versions of adopted and archived strategies.
#include <cstdint>
#include <vector>

#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// The ids of every published report version of a strategy the public may
// read (may_read_strategy for the public: adopted or archived), by id.
Result<std::vector<std::int64_t>> public_report_ids(store::Database& db);

}  // namespace jamt::service
