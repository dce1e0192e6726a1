// Pages and API of the register of people, with a person's right to their
// data: export as JSON and erasure.
#include <httplib.h>

#include "service/organisations/person_register.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"
#include "web/registers/register_api.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"
#include "web/http/routes.hpp"

namespace jamt::web {

namespace {

std::string person_rights(store::Database&, const registers::Record& person, const RequestAuth&) {
  return render_template("person_rights", {{"export_url", "/personer/" + registers::value_of(person, "id") + "/export.json"}});
}

void send_export(const httplib::Request& req, httplib::Response& res, store::Database& db, bool page) {
  auto id = parse_id(req.matches[1]);
  if (!id) return send_json_error(res, 404, "not_found", "no such record");
  auto auth = authenticate(req, db);
  auto data = service::export_person(db, *id, auth.user);
  if (!data) return page ? send_service_error_page(req, res, data.error()) : send_service_error(res, data.error());
  if (page) res.set_header("Content-Disposition", "attachment; filename=\"person-" + std::to_string(*id) + ".json\"");
  send_json(res, *data);
}

}  // namespace

void register_person_pages(httplib::Server& server, store::Database& db) {
  register_record_api(server, db, service::person_rules());
  register_record_pages(server, db, service::person_rules(), {person_rights, {}});
  server.Get(R"(/api/v1/people/(\d+)/export)",
             [&db](const httplib::Request& req, httplib::Response& res) { send_export(req, res, db, false); });
  server.Get(R"(/personer/(\d+)/export\.json)",
             [&db](const httplib::Request& req, httplib::Response& res) { send_export(req, res, db, true); });
}

}  // namespace jamt::web
