#include "web/http/page_context.hpp"
#include "web/http/messages.hpp"
#include "web/http/http_types.hpp"

#include <spdlog/spdlog.h>

#include "domain/i18n/translate.hpp"
#include "domain/registers/label_text.hpp"

#include "service/authorization.hpp"
#include "service/registers/registers.hpp"
#include "web/http/page_viewer.hpp"
#include "web/http/render.hpp"

namespace jamt::web {

nlohmann::json page_context(const RequestAuth& auth) {
  nlohmann::json ctx = nlohmann::json::object();
  if (!auth.user) return ctx;
  nlohmann::json menu = nlohmann::json::array();
  menu.push_back({{"url", "/hem"}, {"label", i18n::tr("Att göra")}});  // with a no-break space; the home page by role (web/home)
  for (const auto* rules : service::all_registers())
    if (!rules->spec->page_path.empty() && rules->spec->page_path.find('/') == std::string::npos)
      menu.push_back({{"url", "/" + rules->spec->page_path}, {"label", registers::label_text(rules->spec->plural_sv)}});
  // Periodic reporting: contacts of an organisation report, the board approves, the coordinator follows.
  if ((service::is_org_contact(auth.user) && auth.user->organisation_id) || service::works_for_board(auth.user) ||
      service::is_coordinator(auth.user))
    menu.push_back({{"url", "/rapportering"}, {"label", i18n::tr("Att rapportera")}});
  // Surveys: the board's and the coordinator's (docs/surveys.md, "Pages").
  if (service::works_for_board(auth.user) || service::is_coordinator(auth.user))
    menu.push_back({{"url", "/enkater"}, {"label", i18n::tr("Enkäter")}});
  if (service::account_list_county(auth.user))
    menu.push_back({{"url", "/konton"}, {"label", i18n::tr("Konton")}});
  else if (service::may_invite(auth.user))
    menu.push_back({{"url", "/konton/bjud-in"}, {"label", i18n::tr("Bjud in")}});
  ctx["signed_in"] = {{"email", auth.user->email},
                      {"role", i18n::tr(swedish_name(auth.user->role))},
                      {"csrf_token", auth.csrf_token},
                      {"menu", menu}};
  return ctx;
}

void redirect_to_login(const Request& req, Response& res) {
  res.status = 303;
  std::string back = req.path;
  if (!req.params.empty() && req.method == "GET") {
    std::string query;
    for (const auto& [k, v] : req.params)
      query += (query.empty() ? "?" : "&") + encode_query_param(k) + "=" +
               encode_query_param(v);
    back += query;
  }
  res.set_header("Location", "/logga-in?next=" + encode_query_param(back));
}

void send_html(Response& res, const std::string& html, int status) {
  res.status = status;
  res.set_content(html, "text/html; charset=utf-8");
}

std::string render_error_page(int status, const std::string& title, const std::string& message) {
  nlohmann::json context = page_context(noted_page_viewer());
  context["status"] = std::to_string(status);
  context["message"] = message;
  return render_page("error", title, context);
}

void send_error_page(Response& res, int status, const std::string& message) {
  send_html(res, render_error_page(status, i18n::tr(error_title_sv(status)), message), status);
}

void send_service_error_page(const Request& req, Response& res, const Error& e) {
  if (e.code == ErrorKind::unauthorized) return redirect_to_login(req, res);
  if (e.code == ErrorKind::forbidden) return send_error_page(res, 403, i18n::tr(messages::forbidden.sv));
  if (e.code == ErrorKind::not_found) return send_error_page(res, 404, i18n::tr(messages::not_found.sv));
  if (e.code == ErrorKind::validation || e.code == ErrorKind::conflict) return send_error_page(res, 400, e.to_string());
  send_internal_error_page(req, res, std::string(to_code(e.code)) + " error: " + e.to_string());
}

void send_internal_error_page(const Request& req, Response& res, const std::string& detail) {
  spdlog::error("request {}: {} {}: {}", req.request_id, req.method, req.path, detail);
  send_error_page(res, 500, i18n::tr(messages::internal.sv) + " " + i18n::trf("(Felkod för supporten: {1})", {req.request_id}));
}

}  // namespace jamt::web
