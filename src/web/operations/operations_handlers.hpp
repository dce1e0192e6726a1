#pragma once
// Probes and metrics for whoever runs Jämt (docs/operations.md): each
// function returns the handler of one route of web/route_table.cpp, bound
// to `db` (which must outlive it).
#include "web/route_table.hpp"

namespace jamt::web {

// GET /healthz: {"status": "ok"} while the process answers HTTP (liveness;
// the database is /readyz's business).
Handler healthz(store::Database& db);

// GET /readyz: 200 {"status": "ready", "database": "ok", "schema_version": N}
// when the database answers and is migrated to this program's newest
// version; 503 {"status": "not_ready", "database": "unavailable" or "ok",
// "schema_version", "expected_schema_version", "request_id"} otherwise. What
// the database said goes to the log only.
Handler readyz(store::Database& db);

// GET /metrics: Prometheus text format (version 0.0.4) — requests by route
// and status, latencies, the database pool and the scheduled jobs. Answered
// only to loopback and the addresses of `metrics_allow`, not through a
// proxy that is not trusted; 404 to everyone else, so that the route is not
// advertised (request_origin().monitoring_allowed).
Handler metrics(store::Database& db);

}  // namespace jamt::web
