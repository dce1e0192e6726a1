#pragma once
// What /sitemap.xml needs from the store in one query each (issue 15,
// item 1). Work on a leased session and throw soci errors.
#include <cstdint>
#include <utility>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// Every published report version as (report id, strategy id), by id.
std::vector<std::pair<std::int64_t, std::int64_t>> published_report_ids(soci::session& s);

}  // namespace jamt::store
