// Uploading a period's reports: the template (CSV for Excel, or XLSX), the
// upload page (a file, a period and "skicka in", all or nothing, every
// problem by row and column) and the same upload over the JSON API.

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "domain/i18n/translate.hpp"
#include "report/csv_table.hpp"
#include "report/xlsx_table.hpp"
#include "service/authorization.hpp"
#include "service/reporting/form_service.hpp"
#include "service/reporting/template.hpp"
#include "service/reporting/upload.hpp"
#include "web/http/file_download.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/reporting/upload_handlers.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

std::string form_field(const Request& req, const std::string& name) {
  return req.has_file(name) ? req.get_file_value(name).content : req.get_param_value(name);
}

// How a period of the form is written, for the hint beside the field.
std::string period_example(reporting::Periodicity p) {
  switch (p) {
    case reporting::Periodicity::monthly:
      return "2025M04";
    case reporting::Periodicity::quarterly:
      return "2025Q2";
    case reporting::Periodicity::half_yearly:
      return "2025H1";
    case reporting::Periodicity::yearly:
      return "2025";
  }
  return "2025";
}

// The template download of either kind.
Handler template_download(store::Database& db, bool xlsx) {
  return [&db, xlsx](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto form = path_id(req, res);
    if (!form) return;
    auto t = service::upload_template(db, *form, req.get_param_value("period"), auth->user);
    if (!t) return send_service_error_page(req, res, t.error());
    const std::string name = t->form_code + "-" + t->period + "-mall";
    if (!xlsx) {
      report::CsvTable table(t->columns);
      table.add_row(t->labels);
      for (const auto& r : t->rows) table.add_row(r);
      return send_file_download(res, name, "text/csv; charset=utf-8", table.str());
    }
    // XLSX: the machine names as the header, the Swedish labels as row 2,
    // numbers as numbers so that Excel can sum them.
    std::vector<std::vector<report::XlsxCell>> rows;
    std::vector<report::XlsxCell> labels;
    for (const auto& l : t->labels) labels.push_back(report::XlsxCell::text(l));
    rows.push_back(std::move(labels));
    for (const auto& r : t->rows) {
      std::vector<report::XlsxCell> cells;
      for (std::size_t i = 0; i < r.size(); ++i) {
        std::string text = r[i];
        for (char& c : text)
          if (c == ',') c = '.';
        char* end = nullptr;
        double n = text.empty() ? 0 : std::strtod(text.c_str(), &end);
        if (t->numeric[i] && !text.empty() && end && *end == '\0') cells.push_back(report::XlsxCell::number(n));
        else if (r[i].empty()) cells.push_back(report::XlsxCell::empty());
        else cells.push_back(report::XlsxCell::text(r[i]));
      }
      rows.push_back(std::move(cells));
    }
    auto bytes = report::xlsx_table(t->period, t->columns, rows);
    if (!bytes) return send_service_error_page(req, res, bytes.error());
    send_file_download(res, name, report::kXlsxContentType, *bytes);
  };
}

// The upload page with what was typed, `problems` listed at the top and
// `done` (a success) when given.
void show_upload(Response& res, const RequestAuth& auth, const service::FormView& form, const std::string& period,
                 bool submit, const std::vector<service::UploadProblem>& problems, const std::string& field_error,
                 const std::string& field, const json& done, int status) {
  const auto& d = form.form.definition;
  json list = json::array();
  for (const auto& p : problems) list.push_back(p.text());
  json ctx = page_context(auth);
  const std::string base = "/rapportering/formular/" + std::to_string(form.form.id);
  ctx.update({{"csrf_token", auth.csrf_token},
              {"form_id", form.form.id},
              {"form_title", d.title},
              {"form_code", d.code},
              {"action", base + "/uppladdning"},
              {"csv_url", base + "/mall.csv"},
              {"xlsx_url", base + "/mall.xlsx"},
              {"period", period},
              {"period_example", period_example(d.periodicity)},
              {"submit", submit},
              {"problems", list},
              {"has_problems", !problems.empty() || !field_error.empty()},
              {"period_error", field == "period" ? field_error : ""},
              {"file_error", field == "file" ? field_error : ""},
              {"done", done},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
  send_html(res,
            render_page("reporting_upload",
                        ctx["has_problems"].get<bool>()
                            ? i18n::trf("Fel i uppladdningen – {1}", {i18n::trf("Ladda upp rapporter: {1}", {d.title})})
                            : i18n::trf("Ladda upp rapporter: {1}", {d.title}),
                        ctx),
            status);
}

// The form of the path, when the signed-in user may upload to it; nullopt
// after answering (404, or 403 for the coordinator, who reads reports but
// never makes them).
std::optional<service::FormView> form_to_upload_to(const Request& req, Response& res, store::Database& db,
                                                   const RequestAuth& auth) {
  auto id = path_id(req, res);
  if (!id) return std::nullopt;
  auto form = service::get_reporting_form(db, *id, auth.user);
  if (!form) {
    send_service_error_page(req, res, form.error());
    return std::nullopt;
  }
  if (service::is_coordinator(auth.user)) {
    send_error_page(res, 403, i18n::tr("Samordnare läser rapporterna men lämnar inga."));
    return std::nullopt;
  }
  return std::move(*form);
}

}  // namespace

Handler reporting_template_csv(store::Database& db) { return template_download(db, false); }
Handler reporting_template_xlsx(store::Database& db) { return template_download(db, true); }

Handler reporting_upload_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto form = form_to_upload_to(req, res, db, *auth);
    if (!form) return;
    show_upload(res, *auth, *form, req.get_param_value("period"), false, {}, "", "", nullptr, 200);
  };
}

Handler reporting_upload_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto form = form_to_upload_to(req, res, db, *auth);
    if (!form) return;
    const std::string period = form_field(req, "period");
    const bool submit = !form_field(req, "skicka_in").empty();
    if (!req.has_file("file") || req.get_file_value("file").content.empty())
      return show_upload(res, *auth, *form, period, submit, {}, i18n::tr("Välj filen att ladda upp."), "file", nullptr, 400);
    const auto file = req.get_file_value("file");
    const std::string name = file.filename.empty() ? "uppladdad fil" : file.filename;
    auto outcome = service::upload_reports(
        db,
        {.form_id = form->form.id, .period = period, .submit = submit, .file_name = name,
         .format = service::detect_upload_format(file.content)},
        file.content, auth->user);
    if (!outcome) {
      const Error& e = outcome.error();
      if (e.code == ErrorKind::validation)
        return show_upload(res, *auth, *form, period, submit, {}, e.message, e.field == "period" ? "period" : "file",
                           nullptr, 400);
      return send_service_error_page(req, res, e);
    }
    if (!outcome->problems.empty())
      return show_upload(res, *auth, *form, period, submit, outcome->problems, "", "", nullptr, 400);
    json done = {{"file", name},
                 {"saved", outcome->saved},
                 {"submitted", outcome->submitted},
                 {"any_submitted", outcome->submitted > 0},
                 {"organisations", outcome->organisations}};
    show_upload(res, *auth, *form, period, submit, {}, "", "", done, 200);
  };
}

Handler api_form_upload(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    const std::string type = req.get_header_value("Content-Type");
    service::UploadFormat format = service::detect_upload_format(req.body);
    if (type.rfind("text/csv", 0) == 0) format = service::UploadFormat::csv;
    else if (type.rfind(report::kXlsxContentType, 0) == 0) format = service::UploadFormat::xlsx;
    const std::string submit = req.get_param_value("submit");
    auto outcome = service::upload_reports(
        db,
        {.form_id = *id, .period = req.get_param_value("period"), .submit = submit == "true" || submit == "1",
         .file_name = format == service::UploadFormat::xlsx ? "upload.xlsx" : "upload.csv", .format = format},
        req.body, auth->user);
    if (!outcome) return send_service_error(req, res, outcome.error());
    if (!outcome->problems.empty()) {
      nlohmann::ordered_json problems = nlohmann::ordered_json::array();
      for (const auto& p : outcome->problems)
        problems.push_back({{"row", p.row}, {"column", p.column}, {"message", p.message}, {"text", p.text()}});
      return send_json(res,
                       {{"error",
                         {{"code", "validation"},
                          {"message", "Ingenting sparades: filen har " + std::to_string(problems.size()) + " fel."},
                          {"field", "file"},
                          {"problems", problems}}}},
                       400);
    }
    send_json(res, {{"saved", outcome->saved},
                    {"submitted", outcome->submitted},
                    {"organisations", outcome->organisations}});
  };
}

}  // namespace jamt::web
