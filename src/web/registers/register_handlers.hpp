#pragma once
// The generic handlers every register shares, one factory per route. Each is
// bound to `db` and `rules` (both must outlive it; the rules are static),
// and is listed in web/route_table.cpp once per register.
//
// The HTML pages of a register, the same for every one:
//   /<page>                 list with search, filters and a CSV download link
//   /<page>/export.csv      the list as CSV for Excel
//   /<page>/ny              form for a new record (POST creates)
//   /<page>/{id}            the record, its history and register-specific parts
//   /<page>/{id}/andra      form to change it (POST saves)
//   /<page>/{id}/ta-bort    POST deletes
// Forms keep what the user typed and show each message beside its field.
//
// The JSON API of a register, the same shape for every one (docs/api.md):
//   GET    /api/v1/<path>?<field>=<value>&q=<text>&order=<field>
//   POST   /api/v1/<path>            body: the fields → 201 and the record
//   GET    /api/v1/<path>/{id}
//   PATCH  /api/v1/<path>/{id}       body: the fields to change
//   DELETE /api/v1/<path>/{id}       → 204
// Changes need a logged-in user and, with a session cookie, the
// X-CSRF-Token header.
#include <functional>
#include <string>
#include <vector>

#include "service/registers/register_service.hpp"
#include "web/http/request_auth.hpp"
#include "web/route_table.hpp"

namespace jamt::web {

struct RecordPageHooks {
  // HTML shown after the record's fields on its page (already escaped,
  // e.g. from render_template), or "".
  std::function<std::string(store::Database&, const registers::Record&, const RequestAuth&)> detail_extra{};
  // HTML shown above the list, or "".
  std::function<std::string(store::Database&, const RequestAuth&)> list_extra{};
  // The fields listed on the record's page, in spec order; all when empty.
  std::vector<std::string> detail_fields{};
};

// GET /<page>: the list with search, filters and a CSV link; hooks.list_extra above it.
Handler record_list_page(store::Database& db, const service::RegisterRules& rules, RecordPageHooks hooks = {});
// GET /<page>/export.csv: the filtered list as CSV for Excel.
Handler record_export_csv(store::Database& db, const service::RegisterRules& rules);
// GET /<page>/ny: the form for a new record.
Handler record_new_form(store::Database& db, const service::RegisterRules& rules);
// POST /<page>/ny: creates the record, or shows the form again with its problems.
Handler record_new_submit(store::Database& db, const service::RegisterRules& rules);
// GET /<page>/{id}: the record, its history and hooks.detail_extra.
Handler record_page(store::Database& db, const service::RegisterRules& rules, RecordPageHooks hooks = {});
// GET /<page>/{id}/andra: the form to change the record.
Handler record_edit_form(store::Database& db, const service::RegisterRules& rules);
// POST /<page>/{id}/andra: saves, or shows the form again with its problems.
Handler record_edit_submit(store::Database& db, const service::RegisterRules& rules);
// POST /<page>/{id}/ta-bort: deletes the record and goes to the list.
Handler record_delete_submit(store::Database& db, const service::RegisterRules& rules);

// GET /api/v1/<path>?<field>=<value>&q=&order=
Handler record_api_list(store::Database& db, const service::RegisterRules& rules);
// POST /api/v1/<path> → 201 and the record, with a Location header.
Handler record_api_create(store::Database& db, const service::RegisterRules& rules);
// GET /api/v1/<path>/{id}
Handler record_api_get(store::Database& db, const service::RegisterRules& rules);
// PATCH /api/v1/<path>/{id}: the fields to change.
Handler record_api_update(store::Database& db, const service::RegisterRules& rules);
// DELETE /api/v1/<path>/{id} → 204.
Handler record_api_delete(store::Database& db, const service::RegisterRules& rules);

// GET /api/v1/audit?entity=<entity>&id=<id> for admins and strategists.
Handler api_audit(store::Database& db);

}  // namespace jamt::web
