#pragma once
// The checklist API (docs/api.md):
//   GET    /api/v1/checklists?organisation_id=&year=&county_code=&q=
//   POST   /api/v1/checklists                 → 201 and the checklist
//   GET    /api/v1/checklists/{id}
//   PATCH  /api/v1/checklists/{id}            the fields and answers to change
//   DELETE /api/v1/checklists/{id}            → 204
//   GET    /api/v1/checklists/summary?county=08[&year=2026]
//   GET    /api/v1/checklists/summary?organisation_id=5[&year=2026]
// A checklist's answers are an array of ten (see service/checklist_json.hpp).
namespace httplib {
class Server;
}
namespace jamt::store {
class Database;
}

namespace jamt::web {

void register_checklist_api(httplib::Server& server, store::Database& db);

}  // namespace jamt::web
