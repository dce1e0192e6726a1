#include "web/http/guards.hpp"

#include "web/http/json_response.hpp"
#include "web/http/messages.hpp"
#include "web/http/page_context.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

std::string_view error_title_sv(int status) {
  switch (status) {
    case 401: return i18n::N_("Logga in");
    case 403: return i18n::N_("Åtkomst nekad");
    case 404: return i18n::N_("Sidan finns inte");
    case 405: return i18n::N_("Fel sorts begäran");
    case 500: return i18n::N_("Ett fel inträffade");
    default: return i18n::N_("Det gick inte");
  }
}

std::optional<RequestAuth> page_user(const Request& req, Response& res, store::Database& db, bool posting) {
  auto auth = authenticate(req, db);
  if (!auth.user) {
    redirect_to_login(req, res);
    return std::nullopt;
  }
  if (posting && !csrf_satisfied(req, auth)) {
    send_error_page(res, messages::csrf.status, i18n::tr(messages::csrf.sv));
    return std::nullopt;
  }
  return auth;
}

std::optional<RequestAuth> changing_user(const Request& req, Response& res, store::Database& db) {
  auto auth = authenticate(req, db);
  if (!auth.user) {
    send_json_error(res, messages::unauthorized.status, std::string(messages::unauthorized.code),
                    std::string(messages::unauthorized.en));
    return std::nullopt;
  }
  if (!csrf_satisfied(req, auth)) {
    send_json_error(res, messages::csrf.status, std::string(messages::csrf.code), std::string(messages::csrf.en));
    return std::nullopt;
  }
  return auth;
}

std::optional<std::int64_t> path_id(const Request& req, Response& res, std::size_t group) {
  auto id = group < req.matches.size() ? parse_id(req.matches[group]) : std::nullopt;
  if (id) return id;
  if (req.path.rfind("/api/", 0) == 0)
    send_json_error(res, messages::not_found.status, std::string(messages::not_found.code),
                    std::string(messages::not_found.en));
  else
    send_error_page(res, messages::not_found.status, i18n::tr(messages::not_found.sv));
  return std::nullopt;
}

bool keeps_form(const Error& error) { return error.code == ErrorKind::validation || error.code == ErrorKind::conflict; }

bool reshow_form_after(const Request& req, Response& res, std::vector<Error>& problems, const Error& error) {
  if (problems.empty() && keeps_form(error)) problems.push_back(error);
  if (!problems.empty()) return true;
  send_service_error_page(req, res, error);
  return false;
}

}  // namespace jamt::web
