// The statistics upload page for strategists: a file in any supported
// format, imported all or nothing.

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "report/number_text.hpp"
#include "web/statistics/statistics_handlers.hpp"
#include "web/http/http_types.hpp"
#include "service/statistics/statistics_files.hpp"
#include "service/authorization.hpp"
#include "service/statistics/statistics_import.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/session.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

const char* const kPath = "/statistik/importera";

json format_options(const std::string& selected) {
  json out = json::array();
  for (auto [code, label] : {std::pair{"", i18n::N_("Känn igen formatet")}, std::pair{"px", i18n::N_("PX (SCB)")},
                             std::pair{"jsonstat", i18n::N_("JSON-stat")}, std::pair{"csv", i18n::N_("CSV")},
                             std::pair{"kolada", i18n::N_("Kolada")}})
    out.push_back({{"code", code}, {"label", i18n::tr(label)}, {"selected", selected == code}});
  return out;
}

void show_form(Response& res, const service::SessionInfo& s, int status, const json& extra) {
  json ctx = page_context(RequestAuth{s.user, s.csrf_token, false});
  ctx.update({{"csrf_token", s.csrf_token},
              {"user", s.user.email},
              {"formats", format_options(extra.value("format", ""))},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", "/statistik"}, {"label", i18n::tr("Statistik")}}})}});
  ctx.update(extra);
  res.status = status;
  res.set_content(render_page("import", i18n::tr("Importera statistik"), ctx), "text/html; charset=utf-8");
}

// The session of a user who may import, or an answer already sent: a
// redirect to the login page, or 403.
std::optional<service::SessionInfo> importer(const Request& req, Response& res,
                                             store::Database& db) {
  auto session = current_session(req, db);
  if (!session) {
    res.status = 303;
    res.set_header("Location", std::string("/logga-in?next=") + encode_query_param(kPath));
    return std::nullopt;
  }
  if (!service::may_import_statistics(session->user)) {
    send_error_page(res, 403, i18n::tr("Bara strateger och administratörer kan importera statistik."));
    return std::nullopt;
  }
  return session;
}

}  // namespace

Handler import_form_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto session = importer(req, res, db);
    if (session) show_form(res, *session, 200, json::object());
  };
}

Admission import_admission(store::Database& db) {
  return [&db](const Request& req, Response& res) { return importer(req, res, db).has_value(); };
}

Handler import_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto session = importer(req, res, db);
    if (!session) return;
    auto field = [&](const std::string& name) {
      return req.has_file(name) ? req.get_file_value(name).content : req.get_param_value(name);
    };
    std::string format_name = field("format"), measure_code = field("measure");
    json kept = {{"format", format_name}, {"measure", measure_code}};
    if (!csrf_ok(req, *session)) {
      kept["error"] = i18n::tr("Formuläret saknar en giltig säkerhetskod. Ladda om sidan och försök igen.");
      return show_form(res, *session, 403, kept);
    }
    if (!req.has_file("file") || (req.get_file_value("file").size == 0 && req.get_file_value("file").content.empty())) {
      kept["error"] = i18n::tr("Välj en fil att importera.");
      kept["file_error"] = true;
      return show_form(res, *session, 400, kept);
    }
    const auto& file = req.get_file_value("file");
    std::string name = file.filename.empty() ? i18n::tr("uppladdad fil") : file.filename;
    // The server streams this upload to disk (BodyStore::disk): read it from
    // there, so a PX file is parsed without being held whole in memory.
    auto read = file.path.empty()
                    ? service::read_statistics_bytes(file.content, name, formats::parse_format_name(format_name))
                    : service::read_statistics_file(file.path, formats::parse_format_name(format_name));
    if (!read) {
      kept["error"] = i18n::trf("Filen kunde inte läsas: {1}", {read.error().to_string()});
      kept["file_error"] = true;
      return show_form(res, *session, 400, kept);
    }
    service::ImportOptions options;
    options.file_name = name;
    options.sha256 = read->sha256;
    options.format = std::string(formats::to_string(read->format));
    if (!measure_code.empty()) options.measure_code = measure_code;
    options.actor = service::Actor{session->user.email};
    options.user = session->user;
    auto summary = service::import_datasets(db, read->datasets, options);
    if (!summary) {
      const Error& e = summary.error();
      if (e.code == ErrorKind::database || e.code == ErrorKind::io || e.code == ErrorKind::internal) {
        // What the database said is for the log, under the request id.
        spdlog::error("request {}: {} {}: import of {}: {}", req.request_id, req.method, req.path, name, e.to_string());
        kept["error"] = i18n::trf(
            "Ingenting importerades: ett oväntat fel inträffade. Försök igen senare. (Felkod för supporten: {1})",
            {req.request_id});
        return show_form(res, *session, 500, kept);
      }
      kept["error"] = i18n::trf("Ingenting importerades: {1}", {e.to_string()});
      kept[e.field == "measure" ? "measure_error" : "file_error"] = true;
      return show_form(res, *session, e.code == ErrorKind::forbidden ? 403 : 400, kept);
    }
    json measures = json::array();
    for (const auto& code : summary->measure_codes) measures.push_back(code);
    kept["done"] = {{"file", name},
                    {"format", options.format},
                    {"unchanged", summary->unchanged},
                    {"batch", std::to_string(summary->batch_id)},
                    {"observations", report::number_text(static_cast<double>(summary->observations), 0)},
                    {"regions", std::to_string(summary->regions)},
                    {"periods", std::to_string(summary->periods)},
                    {"measures", measures},
                    {"warnings", summary->warnings},
                    {"has_warnings", !summary->warnings.empty()}};
    show_form(res, *session, 200, kept);
  };
}

}  // namespace jamt::web
