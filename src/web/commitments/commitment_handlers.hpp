#pragma once
// Strategy commitments followed up (issue 12, item 3): the JSON API
// (docs/api.md, "Strategy commitments") and the page /strategier/{id}/ataganden.
// Each function returns the handler of one route of web/route_table.cpp,
// bound to `db` (which must outlive it). Handlers answer every failure
// themselves (error page or JSON error) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /api/v1/strategies/{id}/commitments: every commitment with its node
// (code, title), owner, targets, statuses by year and linked activities.
Handler api_commitments(store::Database& db);
// PUT /api/v1/strategies/{id}/commitments/{cid}/status/{year}: {status, comment}.
Handler api_commitment_status(store::Database& db);
// POST /api/v1/strategies/{id}/commitments: {node_id, text, owner?, owner_organisation_id?, targets?} (201).
Handler api_commitment_create(store::Database& db);
// PATCH /api/v1/strategies/{id}/commitments/{cid}: any of the fields above.
Handler api_commitment_update(store::Database& db);
// DELETE /api/v1/strategies/{id}/commitments/{cid}: removes it (204).
Handler api_commitment_delete(store::Database& db);

// GET /strategier/{id}/ataganden[?agare=&ar=]: the commitments by node with
// their statuses per year and a form per commitment for a year's status.
Handler commitments_page(store::Database& db);
// POST /strategier/{id}/ataganden/{cid}/status: the form's status for a year.
Handler commitment_status_form(store::Database& db);

}  // namespace jamt::web
