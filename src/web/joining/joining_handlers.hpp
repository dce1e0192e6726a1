#pragma once
// The joining register beyond its generic routes: the public application
// form and list, the steps on a joining's page, and its JSON API.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"
#include "web/registers/register_handlers.hpp"

namespace jamt::web {

// GET /anslutna: the public list of joined organisations, every county.
Handler joined_list_page(store::Database& db);
// GET /anslutna/{county}: one county's joined organisations.
Handler joined_county_page(store::Database& db);
// GET /anslutna/{county}.csv: the same as CSV.
Handler joined_county_csv(store::Database& db);
// GET /api/v1/counties/{code}/joined.
Handler api_county_joined(store::Database& db);
// GET /anslut/{county}: the public application form (double-submit token, no session).
Handler joining_apply_form(store::Database& db);
// POST /anslut/{county}: saves the application and shows a receipt.
Handler joining_apply_submit(store::Database& db);
// POST /api/v1/joinings/{id}/approve {"date"}.
Handler api_joining_approve(store::Database& db);
// POST /api/v1/joinings/{id}/reject {"reason"}.
Handler api_joining_reject(store::Database& db);
// POST /api/v1/joinings/{id}/withdraw {"date", "reason"}.
Handler api_joining_withdraw(store::Database& db);
// POST /api/v1/joinings/{id}/follow-up {"date", "note"}.
Handler api_joining_follow_up(store::Database& db);
// GET /api/v1/joinings/{id}/follow-ups.
Handler api_joining_follow_ups(store::Database& db);
// GET /api/v1/joinings/{id}/action-plan: the uploaded file.
Handler api_joining_action_plan(store::Database& db);
// GET /api/v1/joinings/summary[?county=].
Handler api_joining_summary(store::Database& db);
// GET /api/v1/joinings/overdue[?county=].
Handler api_joining_overdue(store::Database& db);
// POST /anslutningar/{id}/<step> for step "godkann", "avsla", "uttrade", "uppfoljning"
// or "handlingsplan" (upload). Throws std::invalid_argument for another step.
Handler joining_step_submit(store::Database& db, const std::string& step);
// GET /anslutningar/{id}/handlingsplan: the uploaded action plan.
Handler joining_action_plan_download(store::Database& db);
// GET /anslutningar/forsenade-uppfoljningar.
Handler joining_overdue_page(store::Database& db);
// GET /anslutningar/{id}/uppfoljningar[?a=&b=]: every follow-up with the
// dialogue per commitment and the contributions, and two compared side by
// side (issue 12, item 5).
Handler joining_follow_ups_page(store::Database& db);

// GET /anslutningar/vantande[?county=]: the county's pending applications
// (the strategist's own county; admins choose one), with the form to reject
// many at once (pending_queue_pages.cpp).
Handler joining_pending_page(store::Database& db);
// POST /anslutningar/vantande/avsla[?county=] {mode "valda" with ids, or
// "period" with from and to; reason}: rejects them in one step, 303 back with
// how many, or the page again with the error (400).
Handler joining_pending_reject(store::Database& db);

// The joining register's page parts: its steps on a joining's page, counts above the list.
RecordPageHooks joining_page_hooks();

}  // namespace jamt::web
