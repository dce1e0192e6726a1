#pragma once
// The joining register's route groups, all registered by
// register_joining_pages (routes.hpp).
namespace httplib {
class Server;
}
namespace jamt::store {
class Database;
}

namespace jamt::web {

// The public application form: GET/POST /anslut/{county_code}, guarded by a
// double-submit token (no session needed), answered with a receipt.
void register_joining_application_pages(httplib::Server& server, store::Database& db);

// The public list of joined organisations: /anslutna (every county),
// /anslutna/{county_code}, /anslutna/{county_code}.csv and
// GET /api/v1/counties/{code}/joined.
void register_joined_list_pages(httplib::Server& server, store::Database& db);

// The board's and the organisation's steps on a joining's page: POST
// /anslutningar/{id}/godkann, /avsla, /uttrade, /uppfoljning and
// /handlingsplan (upload), GET /anslutningar/{id}/handlingsplan (download),
// and GET /anslutningar/forsenade-uppfoljningar.
void register_joining_step_pages(httplib::Server& server, store::Database& db);

// The JSON API beyond the generic register API: POST
// /api/v1/joinings/{id}/approve, /reject, /withdraw, /follow-up; GET
// /api/v1/joinings/{id}/follow-ups and /action-plan; GET
// /api/v1/joinings/summary and /overdue (docs/api.md).
void register_joining_api(httplib::Server& server, store::Database& db);

}  // namespace jamt::web
