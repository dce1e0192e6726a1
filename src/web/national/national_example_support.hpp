#pragma once
// What an activity's page shows of its learning-example flag (issue 14,
// item 3): for web/activities/ to put beside the activity.
#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>

#include "store/database.hpp"
#include "web/http/request_auth.hpp"

namespace jamt::web {

// {"flagged", "area", "may_flag", "action", "csrf_token"} for activity
// `activity_id` of `county_code` as `auth` sees it: may_flag for the
// county's strategists and admins (authorize_example_flag). A store failure
// reads as not flagged.
nlohmann::json activity_example_context(store::Database& db, std::int64_t activity_id, const std::string& county_code,
                                        const RequestAuth& auth);

}  // namespace jamt::web
