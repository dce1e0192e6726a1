#pragma once
// The JSON API of a register, the same shape for every one (docs/api.md):
//   GET    /api/v1/<path>?<field>=<value>&q=<text>&order=<field>
//   POST   /api/v1/<path>            body: the fields → 201 and the record
//   GET    /api/v1/<path>/{id}
//   PATCH  /api/v1/<path>/{id}       body: the fields to change
//   DELETE /api/v1/<path>/{id}       → 204
// Changes need a logged-in user and, with a session cookie, the
// X-CSRF-Token header.
#include "service/registers/register_service.hpp"

namespace httplib {
class Server;
}

namespace jamt::web {

void register_record_api(httplib::Server& server, store::Database& db, const service::RegisterRules& rules);

// GET /api/v1/audit?entity=<entity>&id=<id> for admins and strategists.
void register_api_audit(httplib::Server& server, store::Database& db);

}  // namespace jamt::web
