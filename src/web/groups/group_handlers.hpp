#pragma once
// Groups, members, meetings, attendance and changes of representative beyond
// their generic register routes.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"
#include "web/registers/register_handlers.hpp"

namespace jamt::web {

// GET /api/v1/groups/{id}/attendance[?year=].
Handler api_group_attendance(store::Database& db);
// GET /grupper/{id}/narvaro.csv.
Handler group_attendance_csv(store::Database& db);
// The group pages' parts: members and meetings on a group's page, links above the list.
RecordPageHooks group_page_hooks();
// POST /grupper/moten/{id}/narvaro: the attendance form on a meeting's page.
Handler meeting_attendance_submit(store::Database& db);
// PUT /api/v1/meetings/{id}/attendance.
Handler api_meeting_attendance(store::Database& db);
// The meeting pages' parts: the attendance form on a meeting's page.
RecordPageHooks meeting_page_hooks();
// GET /grupper/byten/ny: the change-of-representative form.
Handler representative_change_form(store::Database& db);
// POST /grupper/byten/ny.
Handler representative_change_submit(store::Database& db);
// POST /grupper/byten/{id}/bekrafta.
Handler representative_change_confirm_submit(store::Database& db);
// POST /grupper/byten/{id}/avsla.
Handler representative_change_reject_submit(store::Database& db);
// POST /api/v1/representative-changes.
Handler api_representative_change_create(store::Database& db);
// POST /api/v1/representative-changes/{id}/confirm.
Handler api_representative_change_confirm(store::Database& db);
// POST /api/v1/representative-changes/{id}/reject.
Handler api_representative_change_reject(store::Database& db);
// The change pages' parts: the decision forms on a change's page.
RecordPageHooks representative_change_page_hooks();

}  // namespace jamt::web
