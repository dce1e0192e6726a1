#pragma once
// The yearly follow-up of a strategy (issue 14, items 1 and 6): the live
// report with the strategist's text and sign-off per section, publishing
// frozen versions, and the versions with what changed since the previous.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /api/v1/reports/strategies/{id}/{year}: the live report as report
// document JSON.
Handler api_yearly_report(store::Database& db);
// POST /api/v1/reports/strategies/{id}/{year}/publish: publishes the next
// version (201 with its id, version and URLs).
Handler api_publish_yearly_report(store::Database& db);
// GET /api/v1/reports/{report_id}: a published version with its frozen
// document and its changes since the previous version.
Handler api_published_report(store::Database& db);

// GET /strategier/{id}/uppfoljning/{year}[?format=print|json|xlsx]: the live
// report as a page (with a text area and a "Klar" box per section for those
// who may write it) or in another format.
Handler yearly_report_page(store::Database& db);
// POST /strategier/{id}/uppfoljning/{year}/avsnitt: saves one section's text
// and sign-off (form fields section_id, text, done), back to the section.
Handler save_report_section_form(store::Database& db);
// POST /strategier/{id}/uppfoljning/{year}/publicera: publishes (form field
// confirm=ja), then to the new version's page.
Handler publish_report_form(store::Database& db);
// GET /rapporter/{report_id}[?format=…]: a published version's page with the
// changes since the previous version, or its frozen document in a format.
Handler published_report_page(store::Database& db);
// GET /rapporter/{report_id}/filer/{format}: a file the version was
// published as, exactly as stored.
Handler published_report_file(store::Database& db);

}  // namespace jamt::web
