#pragma once
// Organisations and people beyond their generic register routes.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"
#include "web/registers/register_handlers.hpp"

namespace jamt::web {

// GET /api/v1/organisations/summary[?county=].
Handler api_organisation_summary(store::Database& db);
// The organisation pages' parts: its people on its page, counts above the list.
RecordPageHooks organisation_page_hooks();
// GET /api/v1/people/{id}/export: everything stored about a person (GDPR).
Handler api_person_export(store::Database& db);
// GET /personer/{id}/export.json: the same as a download.
Handler person_export_download(store::Database& db);
// The person pages' parts: the export link on a person's page.
RecordPageHooks person_page_hooks();

}  // namespace jamt::web
