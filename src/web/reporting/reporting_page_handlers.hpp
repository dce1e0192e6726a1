#pragma once
// Periodic reporting's pages (docs/reporting.md, "Pages"): "Att
// rapportera", the submission page with the board's decisions, a form's
// completeness page, the national completeness page (and its JSON twin),
// and an organisation's reporting history. Each function returns the
// handler of one route of web/route_table.cpp, bound to `db` (which must
// outlive it). Every page works without JavaScript.
#include <string>

#include "web/route_table.hpp"

namespace jamt::web {

// GET /rapportering: a contact's open reports; the board's forms with the
// latest period's completeness and the reports waiting for approval.
Handler reporting_home_page(store::Database& db);
// GET /rapportering/formular/{form}/{organisation}/{period}: the report.
Handler reporting_submission_page(store::Database& db);
// POST the same: "Spara utkast" (action=spara) or "Skicka in"
// (action=skicka) with the cells, the comment and the row version the page
// was opened at; 303 back to the page when done, else the page again (400
// or 409) with the messages beside the fields and what was typed.
Handler reporting_submission_submit(store::Database& db);
// POST …/godkann, …/returnera (return_comment), …/oppna-igen (reason):
// `step` is "godkann", "returnera" or "oppna-igen". Throws
// std::invalid_argument for another step (a programming error).
Handler reporting_decision_submit(store::Database& db, const std::string& step);
// GET /rapportering/formular/{form}[?period=…][&county=…]: the form, its
// versions, and completeness per period.
Handler reporting_form_page(store::Database& db);
// GET /rapportering/formular/{form}/nationellt?period=…: the 21 counties.
Handler reporting_national_page(store::Database& db);
// GET /api/v1/forms/{id}/completeness/counties?period=…: the same as JSON.
Handler api_form_county_completeness(store::Database& db);
// GET /rapportering/organisation/{id}: the organisation's history.
Handler reporting_organisation_page(store::Database& db);

}  // namespace jamt::web
