#include "web/operations/operations_handlers.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "service/operations/operations_status.hpp"
#include "web/http/json_response.hpp"
#include "web/http/request_metrics.hpp"
#include "web/http/request_origin.hpp"

namespace jamt::web {

Handler healthz(store::Database&) {
  return [](const Request&, Response& res) { send_json(res, {{"status", "ok"}}); };
}

Handler readyz(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const auto r = service::operations::readiness(db);
    if (r.ready) {
      return send_json(res, {{"status", "ready"}, {"database", "ok"}, {"schema_version", r.schema_version}});
    }
    spdlog::error("request {}: readyz: database {}, schema version {} of {}", req.request_id,
                  r.database_reachable ? "answers" : "does not answer", r.schema_version, r.expected_version);
    send_json(res,
              {{"status", "not_ready"},
               {"database", r.database_reachable ? "ok" : "unavailable"},
               {"schema_version", r.schema_version},
               {"expected_schema_version", r.expected_version},
               {"request_id", req.request_id}},
              503);
  };
}

Handler metrics(store::Database& db) {
  return [&db](const Request&, Response& res) {
    if (!request_origin().monitoring_allowed) {
      res.status = 404;
      return;
    }
    res.set_content(request_metrics().render() + service::operations::database_and_job_metrics(db),
                    "text/plain; version=0.0.4; charset=utf-8");
    res.set_header("Cache-Control", "no-store");
  };
}

}  // namespace jamt::web
