#pragma once
// Periodic reporting's JSON API (docs/api.md, "Reporting"): forms, the
// submissions of one organisation and period, and completeness. Each
// function returns the handler of one route of web/route_table.cpp, bound
// to `db` (which must outlive it). Handlers answer every failure themselves
// with the JSON error shape and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /api/v1/forms → [{id, code, title, periodicity, version}].
Handler api_form_list(store::Database& db);
// POST /api/v1/forms: defines a form; 201 with the form.
Handler api_form_create(store::Database& db);
// GET /api/v1/forms/{id}: the form with elements, rules and assignments.
Handler api_form_get(store::Database& db);
// PUT /api/v1/forms/{id}: changes it; "new_version" says whether it made one.
Handler api_form_update(store::Database& db);
// GET /api/v1/forms/{id}/completeness?period=2025Q2[&county=08].
Handler api_form_completeness(store::Database& db);
// GET /api/v1/forms/{id}/submissions/{organisation_id}/{period}; ETag: the row version.
Handler api_submission_get(store::Database& db);
// PUT …/submissions/{organisation_id}/{period} {values, comment}: saves a draft.
Handler api_submission_save(store::Database& db);
// POST …/submit {comment?}, …/approve, …/return {comment}, …/reopen {reason}.
Handler api_submission_submit(store::Database& db);
Handler api_submission_approve(store::Database& db);
Handler api_submission_return(store::Database& db);
Handler api_submission_reopen(store::Database& db);

}  // namespace jamt::web
