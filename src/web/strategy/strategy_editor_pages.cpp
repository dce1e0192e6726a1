// The strategy editor's pages for the strategy as a whole (issue 12, part A,
// item 2): the editor with the goal tree, the strategy's own fields, adopt,
// archive, a new strategy from scratch or from a file, a file as the
// revision. Forms work without JavaScript, keep what was typed and put each
// message beside its field; every change goes through one service function.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "domain/regions.hpp"
#include "service/authorization.hpp"
#include "service/strategy/strategy_editing.hpp"
#include "service/strategy/strategy_lifecycle.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/strategy/strategy_editor_pages.hpp"
#include "web/strategy/strategy_editor_support.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;
using namespace strategy_editor;

std::string county_label(const std::string& code) {
  const Region* r = RegionCatalogue::instance().find(code);
  return r ? r->name : code;
}

std::string base_of(const Strategy& s) { return "/strategier/" + std::to_string(s.id); }

std::string period_of(const Strategy& s) { return std::to_string(s.start_year) + "–" + std::to_string(s.end_year); }

void flatten(const std::vector<GoalNode>& nodes, int depth, const std::string& base, const std::string& csrf,
             bool editable, json& out) {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const auto& n = nodes[i];
    out.push_back({{"id", n.id}, {"code", n.code}, {"title", n.title}, {"kind_label", i18n::tr(swedish_name(n.kind))},
                   {"depth", std::min(depth, 3)}, {"indicator_count", n.indicators.size()},
                   {"problem_count", n.problem_areas.size()}, {"commitment_count", n.board_commitments.size()},  // part D
                   {"first", i == 0},
                   {"last", i + 1 == nodes.size()}, {"base", base}, {"csrf_token", csrf}, {"editable", editable}});
    flatten(n.children, depth + 1, base, csrf, editable, out);
  }
}

// A year typed in a form: the number, or nullopt with an error naming `field`.
std::optional<int> year_of(const std::string& text, const std::string& field, const std::string& what,
                           std::vector<Error>& errors) {
  if (text.size() == 4 && text.find_first_not_of("0123456789") == std::string::npos) return std::stoi(text);
  errors.push_back(validation_error(i18n::trf("Ange {1} som ett årtal med fyra siffror, till exempel 2024.", {what}), {}, field));
  return std::nullopt;
}

std::vector<Field> strategy_fields() {
  return {Field{.name = "title", .label = i18n::tr("Titel"), .required = true},
          Field{.name = "start_year", .label = i18n::tr("Första året"), .hint = i18n::tr("Till exempel 2024."), .required = true},
          Field{.name = "end_year", .label = i18n::tr("Sista året"), .hint = i18n::tr("Till exempel 2027."), .required = true},
          Field{.name = "vision", .label = i18n::tr("Vision"), .type = "textarea"},
          Field{.name = "description", .label = i18n::tr("Beskrivning"), .type = "textarea"},
          // The author's English (docs/i18n.md, "Content in English").
          Field{.name = "title_en", .label = i18n::tr("Titel på engelska"),
                .hint = i18n::tr("Frivillig. Engelska sidor visar den svenska texten där den engelska saknas.")},
          Field{.name = "vision_en", .label = i18n::tr("Vision på engelska"), .hint = i18n::tr("Frivillig."), .type = "textarea"},
          Field{.name = "description_en", .label = i18n::tr("Beskrivning på engelska"), .hint = i18n::tr("Frivillig."),
                .type = "textarea"}};
}

void show_fields(Response& res, const Editing& e, const FormValues& values, const std::vector<Error>& errors, int status) {
  json ctx = {{"heading", i18n::tr("Strategins uppgifter")},
              {"action", base_of(e.strategy) + "/redigera/uppgifter"},
              {"submit", i18n::tr("Spara")},
              {"cancel_url", editor_url(e.strategy.id)},
              {"fields", form_context(strategy_fields(), values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()}};
  send_editor_page(res, e, "strategy_form", i18n::tr("Strategins uppgifter"), ctx, status);
}

std::vector<Field> adopt_fields() {
  return {Field{.name = "adopted_on", .label = i18n::tr("Beslutsdatum"), .hint = i18n::tr("ÅÅÅÅ-MM-DD, i dag eller tidigare."), .required = true},
          Field{.name = "decision", .label = i18n::tr("Beslut"), .hint = i18n::tr("Diarienummer eller annan referens till beslutet, till exempel Dnr 101-1234-2026."),
                .required = true}};
}

void show_adopt(Response& res, const Editing& e, const FormValues& values, const std::vector<Error>& errors, int status) {
  const bool revision = e.strategy.status == StrategyStatus::adopted;
  json ctx = {{"heading", revision ? i18n::tr("Anta revideringen") : i18n::tr("Anta strategin")},
              {"intro", revision ? i18n::trf("När revideringen antas blir den version {1}, och allmänheten ser den i stället för version {2}.",
                                                {std::to_string(e.public_version + 1), std::to_string(e.public_version)})
                                 : i18n::tr("När strategin antas blir den version 1 och syns för allmänheten.")},
              {"action", base_of(e.strategy) + "/anta"},
              {"submit", i18n::tr("Anta")},
              {"cancel_url", editor_url(e.strategy.id)},
              {"fields", form_context(adopt_fields(), values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()}};
  send_editor_page(res, e, "strategy_form", revision ? i18n::tr("Anta revideringen") : i18n::tr("Anta strategin"), ctx, status);
}

std::vector<Field> file_fields() {
  return {Field{.name = "file", .label = i18n::tr("Strategifil (JSON)"), .hint = i18n::tr("En fil i formatet jamt-strategy/1, till exempel en som laddats ner från en strategis sida."),
                .type = "file", .required = true}};
}

void show_file_into(Response& res, const Editing& e, const std::vector<Error>& errors, int status) {
  json ctx = {{"heading", i18n::tr("Läs in en strategifil")},
              {"intro", e.strategy.status == StrategyStatus::draft
                            ? i18n::tr("Filens innehåll ersätter utkastet. Mål och indikatorer med samma id eller kod behåller sin identitet.")
                            : i18n::tr("Filens innehåll blir strategins revidering. Mål och indikatorer med samma id eller kod behåller sin identitet.")},
              {"action", base_of(e.strategy) + "/las-in"},
              {"multipart", true},
              {"submit", i18n::tr("Läs in")},
              {"cancel_url", editor_url(e.strategy.id)},
              {"fields", form_context(file_fields(), {}, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()}};
  send_editor_page(res, e, "strategy_form", i18n::tr("Läs in en strategifil"), ctx, status);
}

// The message of an import error with the place in the file it names.
Error file_error(Error e) {
  if (!e.where.empty()) e.message += i18n::trf(" (i filen: {1})", {e.where});
  e.field = "file";
  return e;
}

// The new-strategy page: from scratch, or from a file.
std::vector<Field> new_fields(const std::optional<User>& user) {
  std::vector<std::pair<std::string, std::string>> counties;
  for (const auto& c : RegionCatalogue::instance().at_level(RegionLevel::county))
    if (service::authorize(user, service::Action::create, service::Scope{.county_code = c.code}).ok())
      counties.emplace_back(c.code, c.name);
  return {Field{.name = "county_code", .label = i18n::tr("Län"), .type = "select", .required = true, .options = counties},
          Field{.name = "title", .label = i18n::tr("Titel"), .required = true},
          Field{.name = "start_year", .label = i18n::tr("Första året"), .hint = i18n::tr("Till exempel 2028."), .required = true},
          Field{.name = "end_year", .label = i18n::tr("Sista året"), .hint = i18n::tr("Till exempel 2031."), .required = true}};
}

void show_new(Response& res, const RequestAuth& auth, const FormValues& values, const std::vector<Error>& errors,
              const std::vector<Error>& file_errors, int status) {
  json file_form = {{"csrf_token", auth.csrf_token},
                    {"heading", i18n::tr("Från en strategifil")},
                    {"fields", form_context(file_fields(), {}, file_errors)},
                    {"errors", error_summary(file_errors)},
                    {"has_errors", !file_errors.empty()}};
  json ctx = {{"heading", i18n::tr("Ny strategi")},
              {"intro", i18n::tr("Skapa ett utkast från början här, eller läs in en strategifil längre ned. En revidering av en antagen strategi görs från strategins redigeringssida.")},
              {"action", "/strategier/ny"},
              {"submit", i18n::tr("Skapa utkast")},
              {"cancel_url", "/"},
              {"fields", form_context(new_fields(auth.user), values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()},
              {"csrf_token", auth.csrf_token},
              {"after", render_template("strategy_new_file", file_form)},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}};
  ctx.update(page_context(auth));
  send_html(res, render_page("strategy_form", (errors.empty() && file_errors.empty() ? "" : i18n::tr("Fel i formuläret – ")) +
                                                  i18n::tr("Ny strategi"),
                             ctx),
            status);
}

// May the viewer create a strategy anywhere? nullopt after answering.
std::optional<RequestAuth> creator(const Request& req, Response& res, store::Database& db, bool posting) {
  auto auth = page_user(req, res, db, posting);
  if (!auth) return std::nullopt;
  bool any = false;
  for (const auto& c : RegionCatalogue::instance().at_level(RegionLevel::county))
    any = any || service::authorize(auth->user, service::Action::create, service::Scope{.county_code = c.code}).ok();
  if (!any) {
    send_error_page(res, 403, i18n::tr("Bara länsstyrelsens strateger och administratörer kan skapa strategier."));
    return std::nullopt;
  }
  return auth;
}

}  // namespace

Handler strategy_editor_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const Strategy& s = e->strategy;
    json nodes = json::array();
    flatten(s.goals, 0, base_of(s), e->auth.csrf_token, e->editable, nodes);
    const std::string message = req.get_param_value("sparat") == "1" ? i18n::tr("Ändringen är sparad.") : "";
    json ctx = {{"title", s.title},
                {"county", county_label(s.county_code)},
                {"county_code", s.county_code},
                {"period", period_of(s)},
                {"status", i18n::tr(swedish_name(s.status)) + (s.revision_open ? i18n::tr(", revidering pågår") : "")},
                {"base", base_of(s)},
                {"nodes", nodes},
                {"has_nodes", !nodes.empty()},
                {"editable", e->editable},
                {"revision", s.revision_open},
                {"archivable", s.status == StrategyStatus::adopted && !s.revision_open},
                {"adopt_what", s.status == StrategyStatus::draft ? i18n::tr("strategin") : i18n::tr("revideringen")},
                {"file_target", s.status == StrategyStatus::draft ? i18n::tr("utkastet") : i18n::tr("revidering")},
                {"message", message},
                {"has_message", !message.empty()}};
    send_editor_page(res, *e, "strategy_editor", i18n::trf("Redigera {1}", {s.title}), ctx, 200);
  };
}

Handler strategy_fields_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const Strategy& s = e->strategy;
    show_fields(res, *e, {{"title", {s.title}}, {"start_year", {std::to_string(s.start_year)}},
                          {"end_year", {std::to_string(s.end_year)}}, {"vision", {s.vision}},
                          {"description", {s.description}}, {"title_en", {s.title_en}},
                          {"vision_en", {s.vision_en}}, {"description_en", {s.description_en}}},
                {}, 200);
  };
}

Handler strategy_fields_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    auto values = form_values(req);
    std::vector<Error> errors;
    auto start = year_of(first(values, "start_year"), "start_year", i18n::tr("första året"), errors);
    auto end = year_of(first(values, "end_year"), "end_year", i18n::tr("sista året"), errors);
    if (first(values, "title").empty()) errors.push_back(validation_error(i18n::tr("Ange strategins titel."), {}, "title"));
    if (errors.empty()) {
      auto changed = service::update_strategy(db, e->strategy.id,
                                              service::StrategyPatch{.title = first(values, "title"),
                                                                     .start_year = start,
                                                                     .end_year = end,
                                                                     .vision = first(values, "vision"),
                                                                     .description = first(values, "description"),
                                                                     .title_en = first(values, "title_en"),
                                                                     .vision_en = first(values, "vision_en"),
                                                                     .description_en = first(values, "description_en")},
                                              e->auth.user);
      if (changed) return redirect(res, editor_url(e->strategy.id) + "?sparat=1");
      if (!keeps_form(changed.error())) return send_service_error_page(req, res, changed.error());
      errors.push_back(changed.error());
    }
    show_fields(res, *e, values, errors, 400);
  };
}

Handler strategy_adopt_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    show_adopt(res, *e, {}, {}, 200);
  };
}

Handler strategy_adopt_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    auto values = form_values(req);
    auto adopted = service::adopt_strategy(
        db, e->strategy.id,
        service::AdoptInput{.adopted_on = first(values, "adopted_on"), .decision = first(values, "decision")},
        e->auth.user);
    if (adopted) return redirect(res, base_of(e->strategy) + "?antagen=" + std::to_string(adopted->version));
    if (!keeps_form(adopted.error())) return send_service_error_page(req, res, adopted.error());
    show_adopt(res, *e, values, {adopted.error()}, 400);
  };
}

Handler strategy_archive_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    json ctx = {{"heading", i18n::tr("Arkivera strategin")},
                {"question", i18n::trf("Vill du arkivera {1}? Allmänheten kan fortfarande läsa den, men den kan inte längre ändras eller revideras.", {e->strategy.title})},
                {"action", base_of(e->strategy) + "/arkivera"},
                {"submit", i18n::tr("Arkivera")},
                {"cancel_url", editor_url(e->strategy.id)}};
    send_editor_page(res, *e, "strategy_confirm", i18n::tr("Arkivera strategin"), ctx, 200);
  };
}

Handler strategy_archive_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    auto archived = service::archive_strategy(db, e->strategy.id, e->auth.user);
    if (archived) return redirect(res, base_of(e->strategy));
    if (!keeps_form(archived.error())) return send_service_error_page(req, res, archived.error());
    json ctx = {{"heading", i18n::tr("Arkivera strategin")},
                {"has_error", true},
                {"error", archived.error().message},
                {"question", i18n::tr("Strategin kan inte arkiveras nu.")},
                {"action", base_of(e->strategy) + "/arkivera"},
                {"submit", i18n::tr("Arkivera")},
                {"cancel_url", editor_url(e->strategy.id)}};
    send_editor_page(res, *e, "strategy_confirm", i18n::tr("Arkivera strategin"), ctx, 409);
  };
}

Handler strategy_file_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    show_file_into(res, *e, {}, 200);
  };
}

Handler strategy_file_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const auto file = req.get_file_value("file");
    if (file.content.empty())
      return show_file_into(res, *e, {validation_error(i18n::tr("Välj en strategifil att läsa in."), {}, "file")}, 400);
    auto changed = service::import_strategy_draft(db, file.content, e->strategy.id, e->auth.user);
    if (changed) return redirect(res, editor_url(e->strategy.id) + "?sparat=1");
    if (!keeps_form(changed.error())) return send_service_error_page(req, res, changed.error());
    show_file_into(res, *e, {file_error(changed.error())}, 400);
  };
}

Handler strategy_new_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = creator(req, res, db, false);
    if (!auth) return;
    FormValues values;
    if (auth->user && !auth->user->county_code.empty()) values["county_code"] = {auth->user->county_code};
    show_new(res, *auth, values, {}, {}, 200);
  };
}

Handler strategy_new_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = creator(req, res, db, true);
    if (!auth) return;
    auto values = form_values(req);
    std::vector<Error> errors;
    auto start = year_of(first(values, "start_year"), "start_year", i18n::tr("första året"), errors);
    auto end = year_of(first(values, "end_year"), "end_year", i18n::tr("sista året"), errors);
    if (first(values, "title").empty()) errors.push_back(validation_error(i18n::tr("Ange strategins titel."), {}, "title"));
    if (errors.empty()) {
      auto made = service::create_strategy(db,
                                           service::NewStrategyInput{.county_code = first(values, "county_code"),
                                                                     .title = first(values, "title"),
                                                                     .start_year = *start,
                                                                     .end_year = *end,
                                                                     .national_goal_version = "2017"},
                                           auth->user);
      if (made) return redirect(res, editor_url(made->id));
      if (!keeps_form(made.error())) return send_service_error_page(req, res, made.error());
      Error e = made.error();
      if (e.field.empty() && e.code == ErrorKind::conflict) e.field = "start_year";
      errors.push_back(e);
    }
    show_new(res, *auth, values, errors, {}, 400);
  };
}

Handler strategy_new_file_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = creator(req, res, db, true);
    if (!auth) return;
    FormValues none;
    if (auth->user && !auth->user->county_code.empty()) none["county_code"] = {auth->user->county_code};
    const auto file = req.get_file_value("file");
    if (file.content.empty())
      return show_new(res, *auth, none, {}, {validation_error(i18n::tr("Välj en strategifil att läsa in."), {}, "file")}, 400);
    auto made = service::import_strategy_draft(db, file.content, std::nullopt, auth->user);
    if (made) return redirect(res, editor_url(made->id));
    if (!keeps_form(made.error())) return send_service_error_page(req, res, made.error());
    show_new(res, *auth, none, {}, {file_error(made.error())}, 400);
  };
}

}  // namespace jamt::web
