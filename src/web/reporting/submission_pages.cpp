// The submission page: one organisation's report for one period as a
// table per data element (rows: categories, columns: sexes), with "Spara
// utkast" and "Skicka in", the history, and the board's decisions. A save
// or step that fails shows the page again with each message beside its
// cell and in a summary at the top, and what was typed still in the inputs.
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "domain/i18n/translate.hpp"
#include "domain/reporting/cell.hpp"
#include "service/reporting/submission_page.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/reporting/report_page_support.hpp"
#include "web/reporting/reporting_page_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;
using namespace reporting_pages;

// A message for the page: beside field `field` ("values.E1.total",
// "comment", "return_comment", "reason"; "" for the page as a whole).
struct Message {
  std::string field{};
  std::string text{};
  bool warning = false;
};

// What a failed POST puts back on the page.
struct Reshow {
  std::optional<std::map<std::string, std::string>> typed{};  // field → text as typed
  std::optional<std::string> comment{};
  std::string return_comment{}, reason{};
  std::vector<Message> errors{};  // the failure, shown in the summary and beside fields
  bool with_view_problems = true;  // the saved report's problems beside their cells too
};

std::string html_id(const std::string& field) {
  std::string out = field;
  for (auto& ch : out)
    if (ch == '.') ch = '-';
  return out;
}

std::string sex_field(const reporting::DataElement& e, const std::string& category, reporting::Sex sex) {
  return reporting::field_of({.element = e.code, .sex = sex, .category = category});
}

// Every cell field of `d`, in page order.
std::vector<std::string> cell_fields(const reporting::FormDefinition& d) {
  std::vector<std::string> out;
  for (const auto& e : d.elements) {
    std::vector<std::string> cats{""};
    if (e.categories) {
      cats.clear();
      for (const auto& c : e.categories->categories) cats.push_back(c.code);
    }
    for (const auto& cat : cats)
      for (auto sex : e.disaggregation) out.push_back(sex_field(e, cat, sex));
  }
  return out;
}

std::string capitalised(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

json elements_json(const service::SubmissionPage& page, const std::map<std::string, std::string>& values,
                   const std::map<std::string, std::vector<Message>>& beside, bool editable) {
  json out = json::array();
  for (const auto& e : page.view.definition.elements) {
    const std::string base = "el-" + e.code;
    json sexes = json::array();
    for (auto sex : e.disaggregation)
      sexes.push_back({{"id", base + "-" + std::string(to_string(sex))}, {"label", capitalised(swedish_name(sex))}});
    std::vector<std::pair<std::string, std::string>> cats;
    if (e.categories)
      for (const auto& c : e.categories->categories) cats.emplace_back(c.code, c.name);
    else
      cats.emplace_back("", e.unit.empty() ? i18n::tr("Värde") : capitalised(e.unit));
    json rows = json::array();
    for (const auto& [code, name] : cats) {
      const std::string row_id = base + "-row-" + (code.empty() ? "value" : code);
      json cells = json::array();
      for (auto sex : e.disaggregation) {
        const std::string field = sex_field(e, code, sex);
        auto v = values.find(field);
        json errs = json::array(), warns = json::array();
        auto b = beside.find(field);
        if (b != beside.end())
          for (const auto& m : b->second) (m.warning ? warns : errs).push_back(m.text);
        const std::string id = html_id(field);
        std::string described = e.help_text.empty() ? "" : base + "-help";
        if (!errs.empty()) described += (described.empty() ? "" : " ") + id + "-error";
        if (!warns.empty()) described += (described.empty() ? "" : " ") + id + "-warning";
        cells.push_back({{"name", field},
                         {"id", id},
                         {"value", v == values.end() ? "" : v->second},
                         {"labelledby", base + "-caption " + row_id + " " + base + "-" + std::string(to_string(sex))},
                         {"describedby", described},
                         {"inputmode", e.value_type == reporting::ValueType::integer   ? "numeric"
                                       : e.value_type == reporting::ValueType::decimal ? "decimal"
                                                                                       : "text"},
                         {"errors", errs},
                         {"has_error", !errs.empty()},
                         {"warnings", warns},
                         {"has_warning", !warns.empty()},
                         {"editable", editable}});
      }
      rows.push_back({{"id", row_id}, {"label", name}, {"cells", cells}});
    }
    out.push_back({{"code", e.code},
                   {"caption_id", base + "-caption"},
                   {"name", e.name},
                   {"unit", e.unit},
                   {"help", e.help_text},
                   {"help_id", base + "-help"},
                   {"row_heading", e.categories ? e.categories->name : ""},
                   {"sexes", sexes},
                   {"rows", rows}});
  }
  return out;
}

std::string notice_of(const std::string& done) {
  if (done == "sparad") return i18n::tr("Utkastet är sparat.");
  if (done == "skickad") return i18n::tr("Rapporten är inskickad till länsstyrelsen.");
  if (done == "godkand") return i18n::tr("Rapporten är godkänd.");
  if (done == "returnerad") return i18n::tr("Rapporten är returnerad till organisationen med din kommentar.");
  if (done == "oppnad") return i18n::tr("Rapporten är öppnad igen och är nu ett utkast.");
  return "";
}

void render(const Request& req, Response& res, const RequestAuth& auth, const service::SubmissionPage& page,
            const Reshow& again, int status) {
  const auto& v = page.view;
  const auto& sub = v.submission;
  const std::string url = submission_url(page.form.id, page.organisation.id, sub.period);
  std::map<std::string, std::string> values;
  if (again.typed) {
    values = *again.typed;
  } else {
    for (const auto& [cell, value] : v.values) values[reporting::field_of(cell)] = value.text;
  }
  std::map<std::string, std::vector<Message>> beside;
  json errors = json::array();
  for (const auto& m : again.errors) {
    beside[m.field].push_back(m);
    errors.push_back({{"href", m.field.empty() ? "" : "#" + html_id(m.field)}, {"message", m.text}});
  }
  // The saved report's problems beside their cells; after a failed step in
  // the summary too, so that it lists every cell to put right.
  json problems = json::array();
  const bool failed = !errors.empty();
  if (again.with_view_problems && page.exists && sub.status != "approved")
    for (const auto& p : v.problems) {
      const bool warning = p.importance == reporting::Importance::warning;
      bool dup = false;
      for (const auto& m : beside[p.field]) dup = dup || m.text == p.message;
      if (dup) continue;
      beside[p.field].push_back({.field = p.field, .text = p.message, .warning = warning});
      json entry = {{"href", "#" + html_id(p.field)},
                    {"message", warning ? i18n::trf("Varning: {1} Skriv en kommentar som förklarar värdet.", {p.message})
                                       : p.message}};
      (failed ? errors : problems).push_back(entry);
    }
  auto field_errors = [&](const std::string& field) {
    std::string out;
    for (const auto& m : beside[field]) out += (out.empty() ? "" : " ") + m.text;
    return out;
  };
  json history = json::array();
  std::string return_comment;
  for (const auto& e : v.history) {
    history.push_back({{"at", time_sv(e.at)}, {"actor", e.actor}, {"action", action_sv(e.action)},
                       {"comment", e.comment}});
    if (e.action == "return") return_comment = e.comment;
  }
  const bool editable = page.may_edit;
  json ctx = page_context(auth);
  ctx.update({{"form_title", page.form.definition.title},
              {"form_url", form_url(page.form.id)},
              {"organisation", page.organisation.name},
              {"organisation_url", "/rapportering/organisation/" + std::to_string(page.organisation.id)},
              {"period", sub.period},
              {"version", v.version},
              {"status", status_sv(page.exists ? sub.status : "")},
              {"status_class", "status-" + (page.exists ? sub.status : std::string("none"))},
              {"late", v.late},
              {"due_date", v.due_date},
              {"submitted_at", time_sv(sub.submitted_at)},
              {"submitted_by", sub.submitted_by},
              {"approved_at", time_sv(sub.approved_at)},
              {"approved_by", sub.approved_by},
              {"returned", sub.status == "returned"},
              {"return_comment_latest", return_comment},
              {"notice", notice_of(req.get_param_value("klar"))},
              {"errors", errors},
              {"has_errors", !errors.empty()},
              {"problems", problems},
              {"has_problems", !problems.empty() && errors.empty()},
              {"locked_reason", v.locked_reason},
              {"editable", editable},
              {"action", url},
              {"csrf_token", auth.csrf_token},
              // "0": no report yet, so a second person starting it is told (If-Match).
              {"row_version", page.exists ? std::to_string(sub.row_version) : "0"},
              {"elements", elements_json(page, values, beside, editable)},
              {"comment", again.comment.value_or(sub.comment)},
              {"comment_error", field_errors("comment")},
              {"may_approve", page.may_decide && sub.status == "submitted"},
              {"may_reopen", page.may_decide && sub.status == "approved"},
              {"return_comment", again.return_comment},
              {"return_comment_error", field_errors("return_comment")},
              {"reason", again.reason},
              {"reason_error", field_errors("reason")},
              {"history", history},
              {"has_history", !history.empty()},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                           {{"url", "/rapportering"}, {"label", i18n::tr("Att rapportera")}}})}});
  std::string title = page.form.definition.title + " " + sub.period + " – " + page.organisation.name;
  if (!errors.empty()) title = i18n::trf("Fel i rapporten – {1}", {title});
  send_html(res, render_page("reporting_submission", title, ctx), status);
}

std::optional<service::SubmissionKey> key_of(const Request& req, Response& res) {
  auto form = path_id(req, res, 1);
  if (!form) return std::nullopt;
  auto org = path_id(req, res, 2);
  if (!org) return std::nullopt;
  return service::SubmissionKey{.form_id = *form, .organisation_id = *org, .period = req.matches.at(3),
                                .if_match = {}};
}

// The row version the page was opened at (hidden field), if any.
std::optional<int> row_version_of(const Request& req) {
  const std::string text = req.get_param_value("row_version");
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stoi(text);
}

// Loads the page, or answers with the error page.
std::optional<service::SubmissionPage> load(const Request& req, Response& res, store::Database& db,
                                            const service::SubmissionKey& key, const RequestAuth& auth) {
  auto page = service::submission_page(db, key, auth.user);
  if (!page) {
    send_service_error_page(req, res, page.error());
    return std::nullopt;
  }
  return std::move(*page);
}

int status_of(const Error& e) { return e.code == ErrorKind::conflict ? 409 : 400; }

// The message of a failed step, beside field `field_as` when the error
// names `field` (or its own field when `field` is empty).
Message message_of(const Error& e, const std::string& field = "", const std::string& field_as = "") {
  std::string f = e.field;
  if (!field.empty() && f == field) f = field_as;
  return {.field = f, .text = e.message, .warning = false};
}

}  // namespace

Handler reporting_submission_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto key = key_of(req, res);
    if (!key) return;
    auto page = load(req, res, db, *key, *auth);
    if (!page) return;
    render(req, res, *auth, *page, {}, 200);
  };
}

Handler reporting_submission_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto key = key_of(req, res);
    if (!key) return;
    auto page = load(req, res, db, *key, *auth);
    if (!page) return;
    Reshow again;
    again.typed.emplace();
    json body = json::object();
    for (const auto& field : cell_fields(page->view.definition)) {
      const std::string text = req.get_param_value(field);
      (*again.typed)[field] = text;
      if (text.empty()) continue;
      auto cell = reporting::parse_cell(field.substr(7));
      if (!cell) continue;
      if (cell->category.empty())
        body[cell->element][std::string(to_string(cell->sex))] = text;
      else
        body[cell->element][cell->category][std::string(to_string(cell->sex))] = text;
    }
    again.comment = req.get_param_value("comment");
    key->if_match = row_version_of(req);
    const bool submit = req.get_param_value("action") == "skicka";
    auto saved = service::save_submission(db, *key, body, *again.comment, auth->user);
    if (!saved) {
      const auto& e = saved.error();
      if (!keeps_form(e)) return send_service_error_page(req, res, e);
      again.errors.push_back(message_of(e));
      again.with_view_problems = false;
      auto fresh = load(req, res, db, *key, *auth);
      if (!fresh) return;
      return render(req, res, *auth, *fresh, again, status_of(e));
    }
    if (submit) {
      key->if_match = saved->submission.row_version;
      auto sent = service::submit_submission(db, *key, *again.comment, auth->user);
      if (!sent) {
        const auto& e = sent.error();
        if (!keeps_form(e)) return send_service_error_page(req, res, e);
        again.errors.push_back({.field = "", .text = i18n::tr("Rapporten sparades som utkast men skickades inte in."),
                                .warning = false});
        again.errors.push_back(message_of(e));
        auto fresh = load(req, res, db, *key, *auth);
        if (!fresh) return;
        return render(req, res, *auth, *fresh, again, status_of(e));
      }
    }
    res.status = 303;
    res.set_header("Location", submission_url(key->form_id, key->organisation_id, saved->submission.period) +
                                   (submit ? "?klar=skickad" : "?klar=sparad"));
  };
}

Handler reporting_decision_submit(store::Database& db, const std::string& step) {
  if (step != "godkann" && step != "returnera" && step != "oppna-igen")
    throw std::invalid_argument("no reporting decision \"" + step + "\"");
  return [&db, step](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto key = key_of(req, res);
    if (!key) return;
    key->if_match = row_version_of(req);
    Reshow again;
    again.return_comment = req.get_param_value("return_comment");
    again.reason = req.get_param_value("reason");
    Result<service::SubmissionView> done = step == "godkann"     ? service::approve_submission(db, *key, auth->user)
                                           : step == "returnera" ? service::return_submission(db, *key, again.return_comment, auth->user)
                                                                 : service::reopen_submission(db, *key, again.reason, auth->user);
    if (!done) {
      const auto& e = done.error();
      if (!keeps_form(e)) return send_service_error_page(req, res, e);
      again.errors.push_back(step == "returnera" ? message_of(e, "comment", "return_comment") : message_of(e));
      auto page = load(req, res, db, *key, *auth);
      if (!page) return;
      return render(req, res, *auth, *page, again, status_of(e));
    }
    const char* klar = step == "godkann" ? "godkand" : step == "returnera" ? "returnerad" : "oppnad";
    res.status = 303;
    res.set_header("Location",
                   submission_url(key->form_id, key->organisation_id, done->submission.period) + "?klar=" + klar);
  };
}

}  // namespace jamt::web
