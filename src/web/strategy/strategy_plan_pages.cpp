// The strategy editor's pages for the action plan (issue 12, item 1, part
// D): its title, period and description (the first save creates the plan),
// removing it, and its objectives, each with its targets — code, title,
// example activities and follow-up sources one a line. A form shows the
// stored targets and an empty row or more; a row left empty is dropped.
#include <nlohmann/json.hpp>

#include "service/strategy/strategy_content_editing.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/strategy/strategy_content_pages.hpp"
#include "web/strategy/strategy_content_parts.hpp"
#include "web/strategy/strategy_editor_support.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;
using namespace strategy_editor;

std::string n_str(std::size_t n) { return std::to_string(n); }

std::string plan_url(const Strategy& s) { return "/strategier/" + std::to_string(s.id) + "/handlingsplan"; }

std::string trimmed(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::vector<Field> plan_fields() {
  return {Field{.name = "title", .label = i18n::tr("Handlingsplanens titel"), .hint = "", .type = "text", .required = true, .options = {}},
          Field{.name = "start_year", .label = i18n::tr("Första året"), .hint = i18n::tr("Till exempel 2024."), .type = "text", .required = true,
                .options = {}},
          Field{.name = "end_year", .label = i18n::tr("Sista året"), .hint = i18n::tr("Till exempel 2027."), .type = "text", .required = true,
                .options = {}},
          Field{.name = "description", .label = i18n::tr("Beskrivning"), .hint = "", .type = "textarea", .required = false,
                .options = {}}};
}

std::optional<int> year_in(const FormValues& values, const std::string& field, const std::string& what,
                           std::vector<Error>& errors) {
  const std::string text = trimmed(first(values, field));
  if (text.size() == 4 && text.find_first_not_of("0123456789") == std::string::npos) return std::stoi(text);
  errors.push_back(validation_error(i18n::trf("Ange {1} som ett årtal med fyra siffror, till exempel 2024.", {what}), {}, field));
  return std::nullopt;
}

std::vector<Field> objective_fields(int slots) {
  std::vector<Field> out{
      Field{.name = "code", .label = i18n::tr("Delmålets kod"), .hint = i18n::tr("Till exempel 1."), .type = "text", .required = true, .options = {}},
      Field{.name = "title", .label = i18n::tr("Delmålets rubrik"), .hint = "", .type = "text", .required = true, .options = {}},
      Field{.name = "description", .label = i18n::tr("Beskrivning"), .hint = "", .type = "textarea", .required = false, .options = {}}};
  for (int i = 1; i <= slots; ++i) {
    const std::string n = std::to_string(i);
    out.push_back(Field{.name = "target_code" + n, .label = i18n::trf("Målsättning {1}: kod", {n}),
                        .hint = i == 1 ? i18n::tr("Till exempel 1.1. Lämna målsättningens rader tomma om den inte behövs.") : "",
                        .type = "text", .required = false, .options = {}});
    out.push_back(Field{.name = "target_title" + n, .label = i18n::trf("Målsättning {1}: rubrik", {n}), .hint = "", .type = "text",
                        .required = false, .options = {}});
    out.push_back(Field{.name = "target_examples" + n, .label = i18n::trf("Målsättning {1}: exempel på aktiviteter", {n}),
                        .hint = i18n::tr("En per rad."), .type = "textarea", .required = false, .options = {}});
    out.push_back(Field{.name = "target_sources" + n, .label = i18n::trf("Målsättning {1}: källor för uppföljning", {n}),
                        .hint = i18n::tr("En per rad."), .type = "textarea", .required = false, .options = {}});
  }
  return out;
}

FormValues objective_values(const ActionPlanObjective& o) {
  FormValues v{{"code", {o.code}}, {"title", {o.title}}, {"description", {o.description}}};
  for (std::size_t i = 0; i < o.targets.size(); ++i) {
    const auto& t = o.targets[i];
    v["target_code" + n_str(i + 1)] = {t.code};
    v["target_title" + n_str(i + 1)] = {t.title};
    v["target_examples" + n_str(i + 1)] = {joined_lines(t.example_activities)};
    v["target_sources" + n_str(i + 1)] = {joined_lines(t.follow_up_sources)};
  }
  return v;
}

ActionPlanObjective objective_from(const FormValues& values, int slots, std::vector<int>& used, std::vector<Error>& errors) {
  ActionPlanObjective o{.code = trimmed(first(values, "code")), .title = trimmed(first(values, "title")),
                        .description = first(values, "description"), .targets = {}};
  if (o.code.empty()) errors.push_back(validation_error(i18n::tr("Ange delmålets kod."), {}, "code"));
  if (o.title.empty()) errors.push_back(validation_error(i18n::tr("Ange delmålets rubrik."), {}, "title"));
  for (int i = 1; i <= slots; ++i) {
    const std::string n = std::to_string(i);
    ActionPlanTarget t{.code = trimmed(first(values, "target_code" + n)), .title = trimmed(first(values, "target_title" + n)),
                       .example_activities = lines_of(first(values, "target_examples" + n)),
                       .follow_up_sources = lines_of(first(values, "target_sources" + n))};
    if (t.code.empty() && t.title.empty() && t.example_activities.empty() && t.follow_up_sources.empty()) continue;
    if (t.code.empty())
      errors.push_back(validation_error(i18n::trf("Ange målsättning {1}s kod, eller töm dess rader.", {n}), {}, "target_code" + n));
    if (t.title.empty())
      errors.push_back(validation_error(i18n::trf("Ange målsättning {1}s rubrik, eller töm dess rader.", {n}), {}, "target_title" + n));
    used.push_back(i);
    o.targets.push_back(std::move(t));
  }
  return o;
}

Error objective_error(const Error& e, const std::vector<int>& used, int slots) {
  return slot_error(e, "targets", used,
                    {{"code", "target_code"}, {"title", "target_title"}, {"target_code", "target_code"},
                     {"target_title", "target_title"}, {"example_activities", "target_examples"},
                     {"follow_up_sources", "target_sources"}},
                    objective_fields(slots));
}

std::vector<ListItem> objective_items(const Editing& e) {
  std::vector<ListItem> items;
  if (!e.strategy.action_plan) return items;
  const auto& list = e.strategy.action_plan->objectives;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string url = plan_url(e.strategy) + "/delmal/" + n_str(i + 1);
    const std::string count = list[i].targets.size() == 1
                                  ? i18n::tr("1 målsättning")
                                  : i18n::trf("{1} målsättningar", {n_str(list[i].targets.size())});
    items.push_back(ListItem{.label = list[i].code + " " + list[i].title + " (" + count + ")",
                             .url = url, .remove_url = e.editable ? url + "/ta-bort" : ""});
  }
  return items;
}

void show_plan(Response& res, const Editing& e, const FormValues& values, const std::vector<Error>& errors, int status) {
  const bool has_plan = e.strategy.action_plan.has_value();
  json after = nullptr;
  if (has_plan) {
    after = item_list(i18n::tr("Delmål i handlingsplanen"), objective_items(e), i18n::tr("Handlingsplanen har inga delmål ännu."), "");
    after = after.get<std::string>() + "<ul class=\"editor-links\"><li><a href=\"" + plan_url(e.strategy) +
             "/delmal/ny\">" + i18n::tr("Lägg till ett delmål") + "</a></li><li><a href=\"" + plan_url(e.strategy) +
             "/ta-bort\">" + i18n::tr("Ta bort handlingsplanen") + "</a></li></ul>";
  }
  json ctx = {{"heading", has_plan ? i18n::tr("Handlingsplanen") : i18n::tr("Ny handlingsplan")},
              {"action", plan_url(e.strategy)},
              {"submit", has_plan ? i18n::tr("Spara") : i18n::tr("Skapa handlingsplanen")},
              {"cancel_url", editor_url(e.strategy.id)},
              {"fields", form_context(plan_fields(), values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()},
              {"after", after}};
  if (!has_plan) ctx["intro"] = i18n::tr("Strategin har ingen handlingsplan. Fyll i formuläret för att skapa den.");
  send_editor_page(res, e, "strategy_form", has_plan ? i18n::tr("Handlingsplanen") : i18n::tr("Ny handlingsplan"), ctx, status);
}

void show_objective(Response& res, const Editing& e, int number, const FormValues& values, const std::vector<Error>& errors,
                    int status, std::size_t stored_targets) {
  const std::string title = number ? i18n::trf("Ändra delmål {1} i handlingsplanen", {std::to_string(number)}) : i18n::tr("Nytt delmål i handlingsplanen");
  json ctx = {{"heading", title},
              {"action", plan_url(e.strategy) + "/delmal/" + (number ? std::to_string(number) : std::string("ny"))},
              {"submit", number ? i18n::tr("Spara") : i18n::tr("Lägg till delmålet")},
              {"cancel_url", plan_url(e.strategy)},
              {"fields", form_context(objective_fields(slot_count(values, "target_code", stored_targets)), values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()}};
  send_editor_page(res, e, "strategy_form", title, ctx, status);
}

// The objective number in the path's second group; 0 after a 404.
int objective_of(const Request& req, Response& res, const Editing& e) {
  auto id = path_id(req, res, 2);
  if (!id) return 0;
  if (!e.strategy.action_plan || *id < 1 || static_cast<std::size_t>(*id) > e.strategy.action_plan->objectives.size()) {
    send_error_page(res, 404, i18n::tr("Handlingsplanen har inget sådant delmål."));
    return 0;
  }
  return static_cast<int>(*id);
}

bool need_plan(Response& res, const Editing& e) {
  if (e.strategy.action_plan) return true;
  send_error_page(res, 404, i18n::tr("Strategin har ingen handlingsplan. Skapa den först."));
  return false;
}

}  // namespace

Handler strategy_plan_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    FormValues values;
    if (const auto& p = e->strategy.action_plan)
      values = {{"title", {p->title}}, {"start_year", {n_str(static_cast<std::size_t>(p->start_year))}},
                {"end_year", {n_str(static_cast<std::size_t>(p->end_year))}}, {"description", {p->description}}};
    else
      values = {{"start_year", {std::to_string(e->strategy.start_year)}}, {"end_year", {std::to_string(e->strategy.end_year)}}};
    show_plan(res, *e, values, {}, 200);
  };
}

Handler strategy_plan_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    auto values = form_values(req);
    std::vector<Error> errors;
    ActionPlan plan = e->strategy.action_plan.value_or(ActionPlan{});
    plan.title = trimmed(first(values, "title"));
    plan.description = first(values, "description");
    if (plan.title.empty()) errors.push_back(validation_error(i18n::tr("Ange handlingsplanens titel."), {}, "title"));
    auto start = year_in(values, "start_year", i18n::tr("första året"), errors);
    auto end = year_in(values, "end_year", i18n::tr("sista året"), errors);
    if (errors.empty()) {
      plan.start_year = *start;
      plan.end_year = *end;
      auto saved = service::set_action_plan(db, e->strategy.id, plan, e->auth.user);
      if (saved) return redirect(res, editor_url(e->strategy.id) + "?sparat=1");
      if (!keeps_form(saved.error())) return send_service_error_page(req, res, saved.error());
      Error err = saved.error();
      if (err.field != "title" && err.field != "start_year" && err.field != "end_year" && err.field != "description")
        err.field.clear();
      errors.push_back(err);
    }
    show_plan(res, *e, values, errors, 400);
  };
}

Handler strategy_plan_remove_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e || !need_plan(res, *e)) return;
    json consequences = json::array();
    for (const auto& o : e->strategy.action_plan->objectives) {
      consequences.push_back(i18n::trf("Delmålet {1} {2}", {o.code, o.title}));
      for (const auto& t : o.targets) consequences.push_back(i18n::trf("Målsättningen {1} {2}", {t.code, t.title}));
    }
    json ctx = {{"heading", i18n::trf("Ta bort handlingsplanen {1}", {e->strategy.action_plan->title})},
                {"question", consequences.empty() ? i18n::tr("Vill du ta bort handlingsplanen?")
                                                  : i18n::tr("Vill du ta bort handlingsplanen? Detta följer med:")},
                {"consequences", consequences},
                {"has_consequences", !consequences.empty()},
                {"action", plan_url(e->strategy) + "/ta-bort"},
                {"submit", i18n::tr("Ta bort")},
                {"cancel_url", plan_url(e->strategy)}};
    send_editor_page(res, *e, "strategy_confirm", i18n::tr("Ta bort handlingsplanen"), ctx, 200);
  };
}

Handler strategy_plan_remove_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e || !need_plan(res, *e)) return;
    auto removed = service::set_action_plan(db, e->strategy.id, std::nullopt, e->auth.user);
    if (!removed && !keeps_form(removed.error())) return send_service_error_page(req, res, removed.error());
    if (!removed) return send_error_page(res, 400, removed.error().message);
    redirect(res, editor_url(e->strategy.id) + "?sparat=1");
  };
}

Handler strategy_objective_new_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e || !need_plan(res, *e)) return;
    show_objective(res, *e, 0, {}, {}, 200, 1);
  };
}

Handler strategy_objective_new_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e || !need_plan(res, *e)) return;
    auto values = form_values(req);
    const int slots = slot_count(values, "target_code", 1);
    std::vector<int> used;
    std::vector<Error> errors;
    auto objective = objective_from(values, slots, used, errors);
    if (errors.empty()) {
      auto made = service::add_objective(db, e->strategy.id, objective, e->auth.user);
      if (made) return redirect(res, editor_url(e->strategy.id) + "?sparat=1");
      if (!keeps_form(made.error())) return send_service_error_page(req, res, made.error());
      errors.push_back(objective_error(made.error(), used, slots));
    }
    show_objective(res, *e, 0, values, errors, 400, 1);
  };
}

Handler strategy_objective_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const int number = objective_of(req, res, *e);
    if (!number) return;
    const auto& o = e->strategy.action_plan->objectives[static_cast<std::size_t>(number - 1)];
    show_objective(res, *e, number, objective_values(o), {}, 200, o.targets.size());
  };
}

Handler strategy_objective_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const int number = objective_of(req, res, *e);
    if (!number) return;
    auto values = form_values(req);
    const int slots = slot_count(values, "target_code", 1);
    std::vector<int> used;
    std::vector<Error> errors;
    auto objective = objective_from(values, slots, used, errors);
    if (errors.empty()) {
      auto saved = service::update_objective(db, e->strategy.id, number, objective, e->auth.user);
      if (saved) return redirect(res, editor_url(e->strategy.id) + "?sparat=1");
      if (!keeps_form(saved.error())) return send_service_error_page(req, res, saved.error());
      errors.push_back(objective_error(saved.error(), used, slots));
    }
    show_objective(res, *e, number, values, errors, 400, 1);
  };
}

Handler strategy_objective_remove_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const int number = objective_of(req, res, *e);
    if (!number) return;
    const auto& o = e->strategy.action_plan->objectives[static_cast<std::size_t>(number - 1)];
    json consequences = json::array();
    for (const auto& t : o.targets) consequences.push_back(i18n::trf("Målsättningen {1} {2}", {t.code, t.title}));
    if (!o.targets.empty())
      consequences.push_back(i18n::tr("Åtaganden, egna planer och insatser som pekar på målsättningarna gör det inte längre."));
    json ctx = {{"heading", i18n::trf("Ta bort delmålet {1} {2}", {o.code, o.title})},
                {"question", o.targets.empty() ? i18n::tr("Vill du ta bort delmålet?") : i18n::tr("Vill du ta bort delmålet? Detta följer med:")},
                {"consequences", consequences},
                {"has_consequences", !consequences.empty()},
                {"action", plan_url(e->strategy) + "/delmal/" + std::to_string(number) + "/ta-bort"},
                {"submit", i18n::tr("Ta bort")},
                {"cancel_url", plan_url(e->strategy)}};
    send_editor_page(res, *e, "strategy_confirm", i18n::trf("Ta bort delmålet {1}", {o.code}), ctx, 200);
  };
}

Handler strategy_objective_remove_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const int number = objective_of(req, res, *e);
    if (!number) return;
    auto removed = service::remove_objective(db, e->strategy.id, number, e->auth.user);
    if (!removed && !keeps_form(removed.error())) return send_service_error_page(req, res, removed.error());
    if (!removed) return send_error_page(res, 400, removed.error().message);
    redirect(res, editor_url(e->strategy.id) + "?sparat=1");
  };
}

}  // namespace jamt::web
