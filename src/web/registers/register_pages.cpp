#include "web/registers/register_pages.hpp"
#include "web/http/file_download.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"

#include <algorithm>

#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "domain/registers/label_text.hpp"
#include "domain/registers/org_number.hpp"
#include "report/csv_table.hpp"
#include "service/audit_service.hpp"
#include "service/registers/record_title.hpp"
#include "service/registers/record_history.hpp"
#include "service/registers/registers.hpp"
#include "web/http/messages.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::FieldKind;
using registers::Record;

std::string input_type(FieldKind kind) {
  switch (kind) {
    case FieldKind::date: return "date";
    case FieldKind::integer: return "number";
    case FieldKind::url: return "url";
    case FieldKind::email: return "email";
    case FieldKind::phone: return "tel";
    default: return "text";
  }
}

json region_options(RegionLevel level, const std::string& selected,
                    const std::vector<registers::Choice>& extra = {}) {
  json out = json::array();
  for (const auto& c : extra) out.push_back({{"code", c.code}, {"label", registers::label_text(c.label_sv)}, {"selected", c.code == selected}});
  for (const auto& r : RegionCatalogue::instance().at_level(level))
    out.push_back({{"code", r.code}, {"label", r.name + " (" + r.code + ")"}, {"selected", r.code == selected}});
  return out;
}

json reference_options(store::Database& db, const std::string& entity, const std::string& selected,
                       const RequestAuth& auth) {
  json out = json::array();
  const auto* rules = service::find_register(entity);
  if (!rules) return out;
  auto records = service::list_records(db, *rules, {}, auth.user);
  if (!records) return out;
  for (const auto& r : *records) {
    const auto& id = registers::value_of(r, "id");
    out.push_back({{"code", id}, {"label", registers::value_of(r, rules->spec->title_field)}, {"selected", id == selected}});
  }
  return out;
}

std::string page_of(const registers::EntitySpec& spec) { return "/" + spec.page_path; }

// "Ny organisation" / "New organisation".
std::string new_heading(const registers::EntitySpec& spec) {
  return i18n::trf("Ny {1}", {registers::fold_case(registers::label_text(spec.label_sv))});
}

json crumbs(const registers::EntitySpec& spec) {
  return json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", page_of(spec)}, {"label", registers::label_text(spec.plural_sv)}}});
}

json history(store::Database& db, const registers::EntitySpec& spec, std::int64_t id, const RequestAuth& auth) {
  json rows = json::array();
  auto entries = service::record_history(db, spec, id, auth.user);
  if (!entries) return rows;
  for (const auto& e : *entries)
    rows.push_back({{"at", e.at}, {"actor", e.actor}, {"action", e.action}, {"changes", e.changes}});
  return rows;
}

std::string form_value(const registers::FieldSpec& f, const std::string& stored) {
  if (f.kind == FieldKind::org_number) return registers::format_org_number(stored);
  return stored;
}

void show_form(Response& res, store::Database& db, const service::RegisterRules& rules,
               const RequestAuth& auth, const Record& values, const std::vector<Error>& errors,
               const std::string& action, const std::string& heading, int status) {
  const auto& spec = *rules.spec;
  json ctx = page_context(auth);
  json summary = json::array();
  for (const auto& e : errors) summary.push_back({{"field", e.field}, {"message", e.message}});
  ctx.update({{"heading", heading},
              {"action", action},
              {"csrf_token", auth.csrf_token},
              {"fields", form_fields(db, spec, values, errors, auth)},
              {"errors", summary},
              {"has_errors", !errors.empty()},
              {"cancel_url", page_of(spec)},
              {"breadcrumbs", crumbs(spec)}});
  send_html(res, render_page("register_form", (errors.empty() ? "" : i18n::tr(messages::validation_summary.sv)) + heading, ctx), status);
}

}  // namespace

std::string shown_value(store::Database& db, const registers::FieldSpec& f, const std::string& stored) {
  return service::shown_field_value(db, f, stored);
}

json form_fields(store::Database& db, const registers::EntitySpec& spec, const Record& values,
                 const std::vector<Error>& errors, const RequestAuth& auth) {
  json out = json::array();
  for (const auto& f : spec.fields) {
    if (f.system) continue;
    std::string error;
    for (const auto& e : errors)
      if (e.field == f.name) error = e.message;
    const std::string& v = registers::value_of(values, f.name);
    json field = {{"name", f.name},
                  {"label", registers::label_text(f.label_sv)},
                  {"hint", f.hint_sv.empty() ? "" : registers::label_text(f.hint_sv)},
                  {"required", f.required},
                  {"error", error},
                  {"value", v},
                  {"input_type", input_type(f.kind)},
                  {"describedby", std::string(f.hint_sv.empty() ? "" : f.name + "-hint") +
                                      (error.empty() ? "" : (f.hint_sv.empty() ? "" : " ") + f.name + "-error")}};
    switch (f.kind) {
      case FieldKind::long_text:
        field["is_textarea"] = true;
        break;
      case FieldKind::boolean:
        field["is_checkbox"] = true;
        field["checked"] = v == "1";
        break;
      case FieldKind::choice: {
        json options = json::array();
        for (const auto& c : f.choices) options.push_back({{"code", c.code}, {"label", registers::label_text(c.label_sv)}, {"selected", c.code == v}});
        field["is_select"] = true;
        field["options"] = options;
        break;
      }
      case FieldKind::county:
        field["is_select"] = true;
        field["options"] = region_options(RegionLevel::county, v, f.choices);
        break;
      case FieldKind::municipality:
        field["is_select"] = true;
        field["options"] = region_options(RegionLevel::municipality, v);
        break;
      case FieldKind::reference:
        field["is_select"] = true;
        field["options"] = reference_options(db, f.references, v, auth);
        break;
      default:
        field["is_input"] = true;
    }
    out.push_back(field);
  }
  return out;
}

Record record_from_form(const registers::EntitySpec& spec, const Request& req) {
  Record r;
  for (const auto& f : spec.fields) {
    if (f.system) continue;
    if (f.kind == FieldKind::boolean) r[f.name] = req.has_param(f.name) && req.get_param_value(f.name) != "0" ? "1" : "0";
    else r[f.name] = req.get_param_value(f.name);
  }
  return r;
}

namespace {

// The list's query from the request: the search text and the filters of
// choice, county and reference fields.
auto list_query_for(const registers::EntitySpec& spec) {
  return [&spec](const Request& req) {
    service::RecordQuery q;
    q.search = req.get_param_value("q");
    for (const auto& f : spec.fields)
      if ((f.kind == FieldKind::choice || f.kind == FieldKind::county || f.kind == FieldKind::reference) &&
          !req.get_param_value(f.name).empty())
        q.equals.emplace_back(f.name, req.get_param_value(f.name));
    return q;
  };
}

}  // namespace

Handler record_list_page(store::Database& db, const service::RegisterRules& rules, RecordPageHooks hooks) {
  const auto& spec = *rules.spec;
  const std::string base = page_of(*rules.spec);
  auto list_query = list_query_for(*rules.spec);
  return [&db, &rules, &spec, hooks, list_query, base](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto records = service::list_records(db, rules, list_query(req), auth.user);
    if (!records) return send_service_error_page(req, res, records.error());
    json ctx = page_context(auth);
    json columns = json::array(), rows = json::array(), filters = json::array();
    for (const auto& name : spec.list_columns) columns.push_back(registers::label_text(spec.field(name)->label_sv));
    for (const auto& r : *records) {
      json cells = json::array();
      for (const auto& name : spec.list_columns) {
        json cell = {{"cell_text", shown_value(db, *spec.field(name), registers::value_of(r, name))}};
        if (name == spec.title_field) cell["cell_url"] = page_of(spec) + "/" + registers::value_of(r, "id");
        cells.push_back(cell);
      }
      rows.push_back({{"cells", cells}});
    }
    std::string export_query;
    for (const auto& f : spec.fields) {
      std::string selected = req.get_param_value(f.name);
      if (f.kind == FieldKind::reference && !selected.empty())
        export_query += "&" + f.name + "=" + encode_query_param(selected);
      if (f.kind != FieldKind::choice && f.kind != FieldKind::county) continue;
      json options = json::array();
      if (f.kind == FieldKind::choice)
        for (const auto& c : f.choices) options.push_back({{"code", c.code}, {"label", registers::label_text(c.label_sv)}, {"selected", c.code == selected}});
      else
        options = region_options(RegionLevel::county, selected);
      filters.push_back({{"name", f.name}, {"label", registers::label_text(f.label_sv)}, {"options", options}});
      if (!selected.empty()) export_query += "&" + f.name + "=" + encode_query_param(selected);
    }
    std::string q = req.get_param_value("q");
    if (!q.empty()) export_query += "&q=" + encode_query_param(q);
    ctx.update({{"heading", registers::label_text(spec.plural_sv)},
                {"page_path", spec.page_path},
                {"q", q},
                {"filters", filters},
                {"columns", columns},
                {"rows", rows},
                {"has_rows", !rows.empty()},
                {"count_text", rows.size() == 1 ? i18n::tr("1 post") : i18n::trf("{1} poster", {i18n::format_number(static_cast<double>(rows.size()), 0)})},
                {"may_create", service::may_create(rules, auth.user)},
                {"new_label", new_heading(spec)},
                {"export_url", base + "/export.csv" + (export_query.empty() ? "" : "?" + export_query.substr(1))},
                {"list_extra", hooks.list_extra ? hooks.list_extra(db, auth) : ""},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
    send_html(res, render_page("register_list", registers::label_text(spec.plural_sv), ctx));
  };
}

Handler record_export_csv(store::Database& db, const service::RegisterRules& rules) {
  const auto& spec = *rules.spec;
  auto list_query = list_query_for(*rules.spec);
  return [&db, &rules, &spec, list_query](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto records = service::list_records(db, rules, list_query(req), auth.user);
    if (!records) return send_service_error_page(req, res, records.error());
    i18n::LanguageScope swedish(i18n::Language::sv);  // downloads stay Swedish (docs/i18n.md)
    std::vector<std::string> header{"Id"};
    for (const auto& f : spec.fields) header.push_back(f.label_sv);
    report::CsvTable table(header);
    for (const auto& r : *records) {
      std::vector<std::string> row{registers::value_of(r, "id")};
      for (const auto& f : spec.fields) row.push_back(shown_value(db, f, registers::value_of(r, f.name)));
      table.add_row(row);
    }
    send_file_download(res, spec.page_path, "text/csv; charset=utf-8", table.str());
  };
}

Handler record_new_form(store::Database& db, const service::RegisterRules& rules) {
  const auto& spec = *rules.spec;
  return [&db, &rules, &spec](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    Record values;
    for (const auto& f : spec.fields)
      if (req.has_param(f.name)) values[f.name] = req.get_param_value(f.name);
    show_form(res, db, rules, *auth, values, {}, page_of(spec) + "/ny", new_heading(spec), 200);
  };
}

Handler record_new_submit(store::Database& db, const service::RegisterRules& rules) {
  const auto& spec = *rules.spec;
  return [&db, &rules, &spec](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    Record input = record_from_form(spec, req);
    std::vector<Error> problems;
    auto saved = service::create_record(db, rules, input, auth->user, &problems);
    if (!saved) {
      if (problems.empty() && (saved.error().code == ErrorKind::validation || saved.error().code == ErrorKind::conflict))
        problems.push_back(saved.error());
      if (problems.empty()) return send_service_error_page(req, res, saved.error());
      return show_form(res, db, rules, *auth, input, problems, page_of(spec) + "/ny",
                       new_heading(spec), 400);
    }
    res.status = 303;
    res.set_header("Location", page_of(spec) + "/" + registers::value_of(*saved, "id") + "?sparad=1");
  };
}

Handler record_page(store::Database& db, const service::RegisterRules& rules, RecordPageHooks hooks) {
  const auto& spec = *rules.spec;
  return [&db, &rules, &spec, hooks](const Request& req, Response& res) {
    auto id = parse_id(req.matches[1]);
    auto auth = authenticate(req, db);
    if (!id) return send_error_page(res, 404, i18n::tr(messages::not_found.sv));
    auto found = service::get_record(db, rules, *id, auth.user);
    if (!found) return send_service_error_page(req, res, found.error());
    json ctx = page_context(auth);
    json fields = json::array();
    for (const auto& f : spec.fields) {
      if (!hooks.detail_fields.empty() && std::ranges::count(hooks.detail_fields, f.name) == 0) continue;
      std::string v = shown_value(db, f, registers::value_of(*found, f.name));
      json item = {{"label", registers::label_text(f.label_sv)}, {"value", v.empty() ? "–" : v}};
      if (f.kind == FieldKind::reference && !v.empty()) {
        if (const auto* other = service::find_register(f.references))
          item["url"] = page_of(*other->spec) + "/" + registers::value_of(*found, f.name);
      } else if (f.kind == FieldKind::url && !v.empty()) {
        item["url"] = v;
      }
      fields.push_back(item);
    }
    bool may_change = service::allowed(db, rules, service::Action::update, *found, auth.user);
    std::string title = shown_value(db, *spec.field(spec.title_field), registers::value_of(*found, spec.title_field));
    ctx.update({{"heading", title},
                {"label", registers::label_text(spec.label_sv)},
                {"fields", fields},
                {"saved", req.has_param("sparad")},
                {"may_change", may_change},
                {"may_delete", service::allowed(db, rules, service::Action::remove, *found, auth.user)},
                {"csrf_token", auth.csrf_token},
                {"edit_url", page_of(spec) + "/" + std::to_string(*id) + "/andra"},
                {"delete_url", page_of(spec) + "/" + std::to_string(*id) + "/ta-bort"},
                {"delete_label", spec.entity == "person" ? i18n::tr("Radera personuppgifterna") : i18n::tr("Ta bort")},
                {"history", service::may_read_audit(auth.user) ? history(db, spec, *id, auth) : json::array()},
                {"show_history", service::may_read_audit(auth.user)},
                {"detail_extra", hooks.detail_extra ? hooks.detail_extra(db, *found, auth) : ""},
                {"breadcrumbs", crumbs(spec)}});
    send_html(res, render_page("register_detail", title, ctx));
  };
}

Handler record_edit_form(store::Database& db, const service::RegisterRules& rules) {
  const auto& spec = *rules.spec;
  return [&db, &rules, &spec](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto found = service::get_record(db, rules, *id, auth->user);
    if (!found) return send_service_error_page(req, res, found.error());
    Record values;
    for (const auto& f : spec.fields) values[f.name] = form_value(f, registers::value_of(*found, f.name));
    show_form(res, db, rules, *auth, values, {}, page_of(spec) + "/" + std::to_string(*id) + "/andra",
              i18n::trf("Ändra {1}", {shown_value(db, *spec.field(spec.title_field), registers::value_of(*found, spec.title_field))}), 200);
  };
}

Handler record_edit_submit(store::Database& db, const service::RegisterRules& rules) {
  const auto& spec = *rules.spec;
  return [&db, &rules, &spec](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    Record input = record_from_form(spec, req);
    std::vector<Error> problems;
    auto saved = service::update_record(db, rules, *id, input, auth->user, &problems);
    if (!saved) {
      if (problems.empty() && (saved.error().code == ErrorKind::validation || saved.error().code == ErrorKind::conflict))
        problems.push_back(saved.error());
      if (problems.empty()) return send_service_error_page(req, res, saved.error());
      return show_form(res, db, rules, *auth, input, problems, page_of(spec) + "/" + std::to_string(*id) + "/andra",
                       i18n::trf("Ändra {1}", {registers::fold_case(registers::label_text(spec.label_sv))}), 400);
    }
    res.status = 303;
    res.set_header("Location", page_of(spec) + "/" + std::to_string(*id) + "?sparad=1");
  };
}

Handler record_delete_submit(store::Database& db, const service::RegisterRules& rules) {
  const auto& spec = *rules.spec;
  return [&db, &rules, &spec](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto done = service::delete_record(db, rules, *id, auth->user);
    if (!done) return send_service_error_page(req, res, done.error());
    res.status = 303;
    res.set_header("Location", page_of(spec));
  };
}

}  // namespace jamt::web
