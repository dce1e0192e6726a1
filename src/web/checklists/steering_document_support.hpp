#pragma once
// What the steering-document pages and API share.
#include <nlohmann/json.hpp>

#include "service/checklists/steering_document_register.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

// {"documents", "assessed", "relevant", "concrete", "general",
//  "not_assessed", "sentence"}
nlohmann::ordered_json steering_counts_json(const registers::SteeringCounts& counts);

}  // namespace jamt::web
