// Pages and API of the register of people, with a person's right to their
// data: export as JSON and erasure.

#include "service/organisations/person_register.hpp"
#include "web/organisations/organisation_handlers.hpp"
#include "web/http/file_download.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"
#include "web/registers/register_handlers.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

namespace {

std::string person_rights(store::Database&, const registers::Record& person, const RequestAuth&) {
  return render_template("person_rights", {{"export_url", "/personer/" + registers::value_of(person, "id") + "/export.json"}});
}

void send_export(const Request& req, Response& res, store::Database& db, bool page) {
  auto id = path_id(req, res);
  if (!id) return;
  auto auth = authenticate(req, db);
  auto data = service::export_person(db, *id, auth.user);
  if (!data) return page ? send_service_error_page(req, res, data.error()) : send_service_error(req, res, data.error());
  if (page) return send_file_download(res, "person-" + std::to_string(*id), "application/json; charset=utf-8", data->dump());
  send_json(res, *data);
}

}  // namespace

RecordPageHooks person_page_hooks() { return {.detail_extra = person_rights, .list_extra = {}, .detail_fields = {}}; }

Handler api_person_export(store::Database& db) {
  return [&db](const Request& req, Response& res) {send_export(req, res, db, false); };
}

Handler person_export_download(store::Database& db) {
  return [&db](const Request& req, Response& res) {send_export(req, res, db, true); };
}

}  // namespace jamt::web
