#pragma once
// Systematics checklists and steering documents: their own forms, summaries
// and API beyond the generic register routes. A checklist's answers are an
// array of ten (see service/checklist_json.hpp).
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"
#include "web/registers/register_handlers.hpp"

namespace jamt::web {

// GET /api/v1/checklists/summary?county=08|organisation_id=5[&year=2026].
Handler api_checklist_summary(store::Database& db);
// GET /api/v1/checklists?organisation_id=&year=&county_code=&q=
Handler api_checklist_list(store::Database& db);
// POST /api/v1/checklists → 201 and the checklist.
Handler api_checklist_create(store::Database& db);
// GET /api/v1/checklists/{id}.
Handler api_checklist_get(store::Database& db);
// PATCH /api/v1/checklists/{id}: the fields and answers to change.
Handler api_checklist_update(store::Database& db);
// DELETE /api/v1/checklists/{id} → 204.
Handler api_checklist_delete(store::Database& db);
// GET /checklistor/ny[?organisation_id=&year=]: the checklist form.
Handler checklist_new_form(store::Database& db);
// POST /checklistor/ny.
Handler checklist_new_submit(store::Database& db);
// GET /checklistor/{id}/andra.
Handler checklist_edit_form(store::Database& db);
// POST /checklistor/{id}/andra.
Handler checklist_edit_submit(store::Database& db);
// GET /checklistor/sammanstallning[?county=&year=].
Handler checklist_county_summary_page(store::Database& db);
// GET /checklistor/organisation/{id}: one organisation over the years.
Handler checklist_organisation_summary_page(store::Database& db);
// The checklist pages' parts: answers on a checklist's page, links above the list.
RecordPageHooks checklist_page_hooks();
// POST /api/v1/steering-documents/{id}/assessment {"relevant", "level", "comment"}.
Handler api_steering_document_assessment(store::Database& db);
// GET /api/v1/steering-documents/summary?county=08|organisation_id=5[&year=2025].
Handler api_steering_document_summary(store::Database& db);
// GET /styrdokument/{id}/bedomning.
Handler steering_document_assessment_form(store::Database& db);
// POST /styrdokument/{id}/bedomning.
Handler steering_document_assessment_submit(store::Database& db);
// GET /styrdokument/sammanstallning.
Handler steering_document_summary_page(store::Database& db);
// The steering-document pages' parts: the assessment on a document's page, links above the list.
RecordPageHooks steering_document_page_hooks();

}  // namespace jamt::web
