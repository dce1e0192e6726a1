// The strategy editor's pages for one goal node (issue 12, part A, item 2):
// add a node, change or move it (under another node with a select, or up
// and down among its siblings), remove it after a confirmation that names
// what goes with it, and its indicators. No JavaScript needed.
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <functional>

#include "domain/national_goals.hpp"
#include "service/strategy/strategy_content_editing.hpp"
#include "service/strategy/strategy_editing.hpp"
#include "service/strategy/strategy_lifecycle.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/strategy/strategy_editor_pages.hpp"
#include "web/strategy/strategy_editor_support.hpp"
#include "web/strategy/indicator_binding_form.hpp"  // issue 13, engineer IA
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;
using namespace strategy_editor;

std::string base_of(const Strategy& s) { return "/strategier/" + std::to_string(s.id); }

void parent_options(const std::vector<GoalNode>& nodes, std::int64_t except, int depth,
                    std::vector<std::pair<std::string, std::string>>& out) {
  for (const auto& n : nodes) {
    if (n.id == except) continue;  // not under itself or its own descendants
    out.emplace_back(std::to_string(n.id), std::string(static_cast<std::size_t>(depth) * 2, '-') +
                                               (depth ? " " : "") + n.code + " " + n.title);
    parent_options(n.children, except, depth + 1, out);
  }
}

std::optional<std::int64_t> parent_of(const std::vector<GoalNode>& nodes, std::int64_t id, std::int64_t here) {
  for (const auto& n : nodes) {
    if (n.id == id) return here;
    if (auto found = parent_of(n.children, id, n.id)) return found;
  }
  return std::nullopt;
}

std::vector<Field> node_fields(const Strategy& s, std::int64_t except) {
  std::vector<std::pair<std::string, std::string>> kinds;
  for (auto k : {NodeKind::overall, NodeKind::subgoal, NodeKind::focus_area, NodeKind::target})
    kinds.emplace_back(std::string(to_string(k)), i18n::tr(swedish_name(k)));
  std::vector<std::pair<std::string, std::string>> parents{{"", i18n::tr("Överst i målträdet")}};
  parent_options(s.goals, except, 0, parents);
  std::vector<std::pair<std::string, std::string>> goals;
  if (const auto* catalogue = find_national_goal_catalogue(s.national_goal_version))
    for (const auto& g : catalogue->subgoals)
      goals.emplace_back(g.reference(s.national_goal_version), i18n::trf("Delmål {1}: {2}", {g.code, g.title}));
  return {Field{.name = "kind", .label = i18n::tr("Nivå"), .type = "select", .required = true, .options = kinds},
          Field{.name = "code", .label = i18n::tr("Kod"), .hint = i18n::tr("Unik bland målen på samma nivå, till exempel FO5.1."), .required = true},
          Field{.name = "title", .label = i18n::tr("Rubrik"), .required = true},
          Field{.name = "description", .label = i18n::tr("Beskrivning"), .type = "textarea"},
          // The author's English (docs/i18n.md, "Content in English").
          Field{.name = "title_en", .label = i18n::tr("Rubrik på engelska"),
                .hint = i18n::tr("Frivillig. Engelska sidor visar den svenska texten där den engelska saknas.")},
          Field{.name = "description_en", .label = i18n::tr("Beskrivning på engelska"), .hint = i18n::tr("Frivillig."),
                .type = "textarea"},
          Field{.name = "parent_id", .label = i18n::tr("Ligger under"), .hint = i18n::tr("Välj ett annat mål för att flytta målet dit."),
                .type = "select", .options = parents},
          Field{.name = "national_goals", .label = i18n::tr("Nationella jämställdhetspolitiska delmål som målet bidrar till"),
                .type = "checkboxes", .options = goals}};
}

void show_node(Response& res, const Editing& e, std::optional<std::int64_t> node, const FormValues& values,
               const std::vector<Error>& errors, int status) {
  const std::string title = node ? i18n::tr("Ändra målet") : i18n::tr("Nytt mål");
  json ctx = {{"heading", title},
              {"action", base_of(e.strategy) + "/mal/" + (node ? std::to_string(*node) : std::string("ny"))},
              {"submit", node ? i18n::tr("Spara") : i18n::tr("Lägg till")},
              {"cancel_url", editor_url(e.strategy.id)},
              {"fields", form_context(node_fields(e.strategy, node.value_or(0)), values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()}};
  send_editor_page(res, e, "strategy_form", title, ctx, status);
}

service::NodeInput node_input(const FormValues& values) {
  const std::string parent = first(values, "parent_id");
  std::optional<std::int64_t> parent_id;
  if (!parent.empty()) parent_id = std::atoll(parent.c_str());
  auto it = values.find("national_goals");
  return service::NodeInput{.kind = first(values, "kind"),
                            .code = first(values, "code"),
                            .title = first(values, "title"),
                            .description = first(values, "description"),
                            .parent_id = parent_id,
                            .national_goals = it == values.end() ? std::vector<std::string>{} : it->second,
                            .title_en = first(values, "title_en"),
                            .description_en = first(values, "description_en")};
}

// The node of the path's second group in the strategy being edited; nullopt after a 404.
const GoalNode* node_of(const Request& req, Response& res, const Editing& e) {
  auto id = path_id(req, res, 2);
  if (!id) return nullptr;
  const GoalNode* n = find_goal(e.strategy.goals, *id);
  if (!n) send_error_page(res, 404, i18n::tr("Strategin har inget sådant mål."));
  return n;
}

// --- indicators ---

std::vector<std::pair<std::string, std::string>> labelled(const std::vector<std::string_view>& values) {
  std::vector<std::pair<std::string, std::string>> out;
  for (auto v : values) out.emplace_back(std::string(v), i18n::tr(swedish_label(v)));
  return out;
}

std::vector<Field> indicator_fields() {
  return {Field{.name = "code", .label = i18n::tr("Kod"), .required = true},
          Field{.name = "name", .label = i18n::tr("Namn"), .required = true},
          Field{.name = "unit", .label = i18n::tr("Enhet"), .type = "select", .options = labelled(indicator_units())},
          Field{.name = "source", .label = i18n::tr("Källa"), .hint = i18n::tr("Till exempel SCB eller Kolada.")},
          Field{.name = "periodicity", .label = i18n::tr("Hur ofta"), .type = "select", .options = labelled(indicator_periodicities())},
          Field{.name = "disaggregation", .label = i18n::tr("Uppdelning"), .hint = i18n::tr("Alltid på kön."), .type = "checkboxes",
                .options = labelled(indicator_disaggregations())},
          Field{.name = "direction", .label = i18n::tr("Önskad riktning"), .type = "select", .options = labelled(indicator_directions())},
          Field{.name = "baseline_period", .label = i18n::tr("Utgångsläge: period"), .hint = i18n::tr("Till exempel 2024.")},
          Field{.name = "baseline_value", .label = i18n::tr("Utgångsläge: värde")},
          Field{.name = "target_period", .label = i18n::tr("Målvärde: period"), .hint = i18n::tr("Till exempel 2027.")},
          Field{.name = "target_value", .label = i18n::tr("Målvärde: värde")},
          Field{.name = "note", .label = i18n::tr("Anmärkning"), .type = "textarea"}};
}

// The indicator form's fields: the definition, what baseline and target are
// about, and the source binding (issue 13, engineer IA).
std::vector<Field> indicator_form_fields() {
  std::vector<Field> fields = indicator_fields();
  auto subjects = subject_fields(), binding = binding_fields();
  fields.insert(fields.end() - 1, subjects.begin(), subjects.end());
  fields.insert(fields.end(), binding.begin(), binding.end());
  return fields;
}

FormValues indicator_values(const Indicator& i) {
  auto number = [](double v) {
    std::string t = std::to_string(v);
    t.erase(t.find_last_not_of('0') + 1);
    if (!t.empty() && t.back() == '.') t.pop_back();
    return t;
  };
  return {{"code", {i.code}},
          {"name", {i.name}},
          {"unit", {i.unit}},
          {"source", {i.source}},
          {"periodicity", {i.periodicity}},
          {"disaggregation", i.disaggregation},
          {"direction", {i.direction}},
          {"baseline_period", {i.baseline ? i.baseline->period : ""}},
          {"baseline_value", {i.baseline ? number(i.baseline->value) : ""}},
          {"target_period", {i.target ? i.target->period : ""}},
          {"target_value", {i.target ? number(i.target->value) : ""}},
          {"note", {i.note}}};
}

FormValues indicator_form_values(const Indicator& i) {
  FormValues values = indicator_values(i);
  add_binding_values(i, values);
  return values;
}

// The indicator a form describes; errors naming the field for values that are not numbers.
Indicator indicator_from(const FormValues& values, const std::optional<MeasureLink>& kept, std::vector<Error>& errors) {
  Indicator i;
  i.code = first(values, "code");
  i.name = first(values, "name");
  i.unit = first(values, "unit");
  i.source = first(values, "source");
  i.periodicity = first(values, "periodicity");
  auto d = values.find("disaggregation");
  i.disaggregation = d == values.end() ? std::vector<std::string>{} : d->second;
  i.direction = first(values, "direction");
  i.note = first(values, "note");
  auto period_value = [&](const std::string& prefix, const std::string& what) -> std::optional<PeriodValue> {
    std::string period = first(values, prefix + "_period"), text = first(values, prefix + "_value");
    if (period.empty() && text.empty()) return std::nullopt;
    for (auto& c : text)
      if (c == ',') c = '.';
    char* end = nullptr;
    double v = text.empty() ? 0 : std::strtod(text.c_str(), &end);
    if (text.empty() || !end || *end != '\0') {
      errors.push_back(validation_error(i18n::trf("Ange {1} som ett tal, till exempel 42,5.", {what}), {}, prefix + "_value"));
      return std::nullopt;
    }
    if (period.empty()) {
      errors.push_back(validation_error(i18n::trf("Ange perioden för {1}, till exempel 2024.", {what}), {}, prefix + "_period"));
      return std::nullopt;
    }
    return PeriodValue{.period = period, .value = v};
  };
  i.baseline = period_value("baseline", i18n::tr("utgångsläget"));
  i.target = period_value("target", i18n::tr("målvärdet"));
  binding_from(values, kept, i, errors);
  return i;
}

// A model error's field as the form names it ("period" of a baseline → baseline_period).
Error form_field(Error e) {
  if (e.where.find(".baseline") != std::string::npos) e.field = "baseline_" + e.field;
  else if (e.where.find(".target") != std::string::npos) e.field = "target_" + e.field;
  else if (e.field == "measure") e.field = "measure_code";
  if (auto field = binding_form_field(e); !field.empty()) e.field = field;
  return e;
}

void show_indicators(Response& res, const Editing& e, const GoalNode& n, const FormValues& values,
                     const std::vector<Error>& errors, int status) {
  const std::string node_base = base_of(e.strategy) + "/mal/" + std::to_string(n.id);
  json list = json::array();
  for (const auto& i : n.indicators) list.push_back({{"code", i.code}, {"name", i.name}, {"url", node_base + "/indikatorer/" + std::to_string(i.id)}});
  json listing = {{"indicators", list}, {"has_indicators", !list.empty()}, {"code", n.code}};
  json ctx = {{"heading", i18n::trf("Indikatorer för {1} {2}", {n.code, n.title})},
              {"action", node_base + "/indikatorer"},
              {"submit", i18n::tr("Lägg till indikatorn")},
              {"cancel_url", editor_url(e.strategy.id)},
              {"intro", i18n::tr("Fyll i formuläret för att lägga till en indikator.")},
              {"fields", form_context(indicator_form_fields(), values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()},
              {"before", render_template("strategy_indicator_list", listing)}};
  ctx["after"] = nullptr;
  send_editor_page(res, e, "strategy_form", i18n::trf("Indikatorer för {1}", {n.code}), ctx, status);
}

void show_indicator(Response& res, const Editing& e, const GoalNode& n, const Indicator& i, const FormValues& values,
                    const std::vector<Error>& errors, int status) {
  const std::string url = base_of(e.strategy) + "/mal/" + std::to_string(n.id) + "/indikatorer/" + std::to_string(i.id);
  json remove = {{"action", url + "/ta-bort"}, {"csrf_token", e.auth.csrf_token}, {"code", i.code}};
  json ctx = {{"heading", i18n::trf("Ändra indikatorn {1}", {i.code})},
              {"action", url},
              {"submit", i18n::tr("Spara")},
              {"cancel_url", base_of(e.strategy) + "/mal/" + std::to_string(n.id) + "/indikatorer"},
              {"fields", form_context(indicator_form_fields(), values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()},
              {"after", render_template("strategy_indicator_remove", remove)}};
  send_editor_page(res, e, "strategy_form", i18n::trf("Ändra indikatorn {1}", {i.code}), ctx, status);
}

const Indicator* indicator_of(const Request& req, Response& res, const GoalNode& n) {
  auto id = path_id(req, res, 3);
  if (!id) return nullptr;
  for (const auto& i : n.indicators)
    if (i.id == *id) return &i;
  send_error_page(res, 404, i18n::tr("Målet har ingen sådan indikator."));
  return nullptr;
}

}  // namespace

Handler strategy_node_new_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    FormValues values{{"kind", {"target"}}, {"parent_id", {req.get_param_value("under")}}};
    show_node(res, *e, std::nullopt, values, {}, 200);
  };
}

Handler strategy_node_new_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    auto values = form_values(req);
    auto made = service::add_node(db, e->strategy.id, node_input(values), e->auth.user);
    if (made) return redirect(res, editor_url(e->strategy.id) + "?sparat=1#nod-" + std::to_string(made->id));
    if (!keeps_form(made.error())) return send_service_error_page(req, res, made.error());
    show_node(res, *e, std::nullopt, values, {made.error()}, 400);
  };
}

Handler strategy_node_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    auto parent = parent_of(e->strategy.goals, n->id, 0);
    FormValues values{{"kind", {std::string(to_string(n->kind))}},
                      {"code", {n->code}},
                      {"title", {n->title}},
                      {"description", {n->description}},
                      {"title_en", {n->title_en}},
                      {"description_en", {n->description_en}},
                      {"parent_id", {parent && *parent ? std::to_string(*parent) : ""}},
                      {"national_goals", n->national_goals}};
    show_node(res, *e, n->id, values, {}, 200);
  };
}

Handler strategy_node_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    auto values = form_values(req);
    auto input = node_input(values);
    // Only a changed parent moves the node (it then goes last under its new parent).
    const std::int64_t now = parent_of(e->strategy.goals, n->id, 0).value_or(0);  // 0: at the top
    const std::int64_t chosen = input.parent_id && *input.parent_id ? **input.parent_id : 0;
    if (chosen == now) input.parent_id.reset();
    auto changed = service::update_node(db, e->strategy.id, n->id, input, e->auth.user);
    if (changed) return redirect(res, editor_url(e->strategy.id) + "?sparat=1#nod-" + std::to_string(n->id));
    if (!keeps_form(changed.error())) return send_service_error_page(req, res, changed.error());
    show_node(res, *e, n->id, values, {changed.error()}, 400);
  };
}

Handler strategy_node_move(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    auto moved = service::reorder_node(db, e->strategy.id, n->id,
                                       service::NewPosition{.direction = req.get_param_value("direction"), .position = {}},
                                       e->auth.user);
    if (!moved && !keeps_form(moved.error())) return send_service_error_page(req, res, moved.error());
    if (!moved) return send_error_page(res, 400, moved.error().message);
    redirect(res, editor_url(e->strategy.id) + "?sparat=1#nod-" + std::to_string(n->id));
  };
}

Handler strategy_node_remove_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    json consequences = json::array();
    std::function<void(const GoalNode&)> children = [&](const GoalNode& g) {
      for (const auto& c : g.children) {
        consequences.push_back(i18n::trf("Målet under: {1} {2}", {c.code, c.title}));
        children(c);
      }
    };
    children(*n);
    for (const auto& i : n->indicators) consequences.push_back(i18n::trf("Indikatorn {1} {2}", {i.code, i.name}));
    auto linked = service::activities_linking(db, e->strategy.id, n->id, e->auth.user);
    if (!linked) return send_service_error_page(req, res, linked.error());
    if (*linked > 0)
      consequences.push_back(
          *linked == 1
              ? i18n::tr("1 insats länkar till målet eller målen under det. Länkarna pekar inte längre på något mål när borttagningen antas.")
              : i18n::trf("{1} insatser länkar till målet eller målen under det. Länkarna pekar inte längre på något mål när borttagningen antas.",
                          {std::to_string(*linked)}));
    json ctx = {{"heading", i18n::trf("Ta bort {1} {2}", {n->code, n->title})},
                {"question", consequences.empty() ? i18n::tr("Vill du ta bort målet?") : i18n::tr("Vill du ta bort målet? Detta följer med:")},
                {"consequences", consequences},
                {"has_consequences", !consequences.empty()},
                {"action", base_of(e->strategy) + "/mal/" + std::to_string(n->id) + "/ta-bort"},
                {"submit", i18n::tr("Ta bort")},
                {"cancel_url", editor_url(e->strategy.id)}};
    send_editor_page(res, *e, "strategy_confirm", i18n::trf("Ta bort {1}", {n->code}), ctx, 200);
  };
}

Handler strategy_node_remove_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    if (auto removed = service::remove_node(db, e->strategy.id, n->id, e->auth.user); !removed)
      return send_service_error_page(req, res, removed.error());
    redirect(res, editor_url(e->strategy.id) + "?sparat=1");
  };
}

Handler strategy_indicators_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    show_indicators(res, *e, *n, indicator_form_values(Indicator{}), {}, 200);
  };
}

Handler strategy_indicator_add(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    auto values = form_values(req);
    std::vector<Error> errors;
    Indicator i = indicator_from(values, std::nullopt, errors);
    if (errors.empty()) {
      auto made = service::add_indicator(db, e->strategy.id, n->id, i, e->auth.user);
      if (made) return redirect(res, base_of(e->strategy) + "/mal/" + std::to_string(n->id) + "/indikatorer");
      if (!keeps_form(made.error())) return send_service_error_page(req, res, made.error());
      errors.push_back(form_field(made.error()));
    }
    show_indicators(res, *e, *n, values, errors, 400);
  };
}

Handler strategy_indicator_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    const Indicator* i = indicator_of(req, res, *n);
    if (!i) return;
    show_indicator(res, *e, *n, *i, indicator_form_values(*i), {}, 200);
  };
}

Handler strategy_indicator_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    const Indicator* i = indicator_of(req, res, *n);
    if (!i) return;
    auto values = form_values(req);
    std::vector<Error> errors;
    Indicator changed = indicator_from(values, i->measure, errors);
    if (errors.empty()) {
      auto saved = service::update_indicator(db, e->strategy.id, n->id, i->id, changed, e->auth.user);
      if (saved) return redirect(res, base_of(e->strategy) + "/mal/" + std::to_string(n->id) + "/indikatorer");
      if (!keeps_form(saved.error())) return send_service_error_page(req, res, saved.error());
      errors.push_back(form_field(saved.error()));
    }
    show_indicator(res, *e, *n, *i, values, errors, 400);
  };
}

Handler strategy_indicator_remove(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    const Indicator* i = indicator_of(req, res, *n);
    if (!i) return;
    if (auto removed = service::remove_indicator(db, e->strategy.id, n->id, i->id, e->auth.user); !removed)
      return send_service_error_page(req, res, removed.error());
    redirect(res, base_of(e->strategy) + "/mal/" + std::to_string(n->id) + "/indikatorer");
  };
}

}  // namespace jamt::web
