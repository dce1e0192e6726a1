// The public application form /anslut/{county_code}: anyone may apply to
// join a county's strategy, without an account. With no session to carry a
// CSRF token, the form carries a token the server issued and stored
// (service/joining/join_guard.hpp), spent by the application it brings; the
// same token is also in a cookie, which must match (double submit). Each
// client address may send a few applications an hour (429 after that).

#include <nlohmann/json.hpp>

#include "web/http/messages.hpp"

#include "domain/i18n/translate.hpp"
#include <set>

#include "domain/regions.hpp"
#include "web/http/http_types.hpp"
#include "domain/registers/action_plan_file.hpp"
#include "domain/registers/joining.hpp"
#include "service/account/auth_service.hpp"
#include "service/joining/joining_application.hpp"
#include "web/joining/joining_handlers.hpp"
#include "web/http/page_context.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"
#include "web/http/session.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::Record;
using registers::value_of;

const char* const kTokenCookie = "jamt_apply";

// The value of form field `name`, from a multipart or a plain form.
std::string form_field(const Request& req, const std::string& name) {
  return req.has_file(name) ? req.get_file_value(name).content : req.get_param_value(name);
}

json group(const json& fields, const std::set<std::string>& names) {
  json out = json::array();
  for (const auto& f : fields)
    if (names.count(f["name"].get<std::string>())) out.push_back(f);
  return out;
}

// The form, with a fresh double-submit token, the values as typed and each
// problem beside its field.
// `file_chosen`: the failed submission carried a file, which the browser
// will not fill in again.
void show_form(const Request& req, Response& res, store::Database& db, const Region& county, const RequestAuth& auth,
               const Record& values, const std::vector<Error>& errors, int status, bool file_chosen = false) {
  auto issued = service::issue_join_token(db, county.code);
  if (!issued) return send_service_error_page(req, res, issued.error());
  const std::string& token = *issued;
  res.set_header("Set-Cookie", std::string(kTokenCookie) + "=" + token +
                                   "; Path=/anslut; HttpOnly; SameSite=Strict; Max-Age=7200");
  json fields = form_fields(db, registers::joining_application_spec(), values, errors, auth);
  json summary = json::array();
  std::string file_error;
  for (const auto& e : errors) {
    summary.push_back({{"field", e.field}, {"message", e.message}});
    if (e.field == "action_plan_file") file_error = e.message;
  }
  json ctx = page_context(auth);
  ctx.update({{"county", county.name},
              {"county_code", county.code},
              {"token", token},
              {"groups",
               json::array({{{"legend", i18n::tr("Organisationen")},
                             {"fields", group(fields, {"organisation_name", "org_number", "organisation_type",
                                                       "municipality_code"})}},
                            {{"legend", i18n::tr("Kontaktperson")},
                             {"intro", i18n::tr("Personen som är länk mellan verksamheten och länsstyrelsen.")},
                             {"fields", group(fields, {"contact_name", "contact_email", "contact_phone"})}},
                            {{"legend", i18n::tr("Ledningsbeslut och handlingsplan")},
                             {"fields", group(fields, {"decision_date", "action_plan_url"})},
                             {"with_file", true}},
                            {{"legend", i18n::tr("Publicering")}, {"fields", group(fields, {"publish_consent"})}}})},
              {"file_error", file_error},
              {"file_again", file_chosen && file_error.empty() && !errors.empty()},
              {"errors", summary},
              {"has_errors", !errors.empty()},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                           {{"url", "/anslutna/" + county.code}, {"label", i18n::tr("Anslutna verksamheter")}}})}});
  std::string title = i18n::trf("Anslut din verksamhet till strategin i {1}", {county.name});
  send_html(res, render_page("joining_apply", (errors.empty() ? "" : i18n::tr(messages::validation_summary.sv)) + title, ctx), status);
}

const Region* county_of(const Request& req) { return RegionCatalogue::instance().find_county(req.matches[1]); }

}  // namespace

Handler joining_apply_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const Region* county = county_of(req);
    if (!county) return send_error_page(res, 404, i18n::tr("Det finns inget län med den koden."));
    show_form(req, res, db, *county, authenticate(req, db), {}, {}, 200);
  };
}

Handler joining_apply_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const Region* county = county_of(req);
    if (!county) return send_error_page(res, 404, i18n::tr("Det finns inget län med den koden."));
    auto auth = authenticate(req, db);
    Record values;
    for (const auto& f : registers::joining_application_spec().fields) values[f.name] = form_field(req, f.name);
    // assign(), not = with a conditional literal: GCC 12 misreads the
    // latter as a copy of unbounded size (-Wstringop-overflow).
    std::string& consent = values["publish_consent"];
    const char flag = consent.empty() ? '0' : '1';
    consent.assign(1, flag);
    std::optional<service::UploadedFile> file;
    if (req.has_file("action_plan_file")) {
      const auto& part = req.get_file_value("action_plan_file");
      if (!part.filename.empty() || !part.content.empty()) file = service::UploadedFile{part.filename, part.content};
    }
    std::string token = form_field(req, "csrf_token");
    if (token.empty() || !service::constant_time_equal(token, cookie_value(req, kTokenCookie)))
      return show_form(req, res, db, *county, auth, values,
                       {Error{ErrorKind::csrf, i18n::tr("Formuläret hade gått ut. Kontrollera uppgifterna och skicka igen."), {}, {}}}, 403,
                       file.has_value());
    std::vector<Error> problems;
    auto saved = service::submit_application(db, county->code, values, file, auth.user,
                                             service::JoinGuard{.token = token, .client_address = req.remote_addr},
                                             &problems);
    if (!saved) {
      if (problems.empty()) problems.push_back(saved.error());
      const auto& code = saved.error().code;
      if (code == ErrorKind::csrf)
        return show_form(req, res, db, *county, auth, values, {saved.error()}, 403, file.has_value());
      if (code == ErrorKind::throttled) {
        res.set_header("Retry-After", "3600");
        return send_error_page(res, 429, saved.error().message);
      }
      if (code != ErrorKind::validation && code != ErrorKind::conflict) return send_service_error_page(req, res, saved.error());
      return show_form(req, res, db, *county, auth, values, problems, code == ErrorKind::conflict ? 409 : 400, file.has_value());
    }
    // The token is spent: sending the same form again (reload) is refused.
    res.set_header("Set-Cookie", std::string(kTokenCookie) + "=; Path=/anslut; HttpOnly; SameSite=Strict; Max-Age=0");
    json ctx = page_context(auth);
    ctx.update({{"county", county->name},
                {"county_code", county->code},
                {"reference", value_of(*saved, "id")},
                {"organisation", value_of(*saved, "organisation_name")},
                {"applied_on", value_of(*saved, "applied_on")},
                {"file_name", value_of(*saved, "action_plan_file")},
                {"consent", value_of(*saved, "publish_consent") == "1"},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                             {{"url", "/anslutna/" + county->code}, {"label", i18n::tr("Anslutna verksamheter")}}})}});
    send_html(res, render_page("joining_receipt", i18n::tr("Ansökan är mottagen"), ctx), 201);
  };
}

}  // namespace jamt::web
