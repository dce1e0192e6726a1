#pragma once
// The steering-document API (docs/api.md): the generic register API under
// /api/v1/steering-documents, plus
//   POST /api/v1/steering-documents/{id}/assessment  {"relevant", "level", "comment"}
//   GET  /api/v1/steering-documents/summary?county=08[&year=2025]
//   GET  /api/v1/steering-documents/summary?organisation_id=5[&year=2025]
#include <nlohmann/json.hpp>

#include "service/checklists/steering_document_register.hpp"

namespace httplib {
class Server;
}

namespace jamt::web {

void register_steering_document_api(httplib::Server& server, store::Database& db);

// {"documents", "assessed", "relevant", "concrete", "general",
//  "not_assessed", "sentence"}
nlohmann::ordered_json steering_counts_json(const registers::SteeringCounts& counts);

}  // namespace jamt::web
