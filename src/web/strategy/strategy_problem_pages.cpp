// The strategy editor's pages for a node's problem areas (issue 12, item 1,
// part D): each with its problem text and suggested actions — the action,
// who can contribute (one a line) and the strategy's sub-goals it serves
// (checkboxes). A form shows the stored actions and an empty row or more;
// a row left empty is dropped. No JavaScript needed.
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <functional>

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

std::string list_url(const Strategy& s, const GoalNode& n) {
  return "/strategier/" + std::to_string(s.id) + "/mal/" + std::to_string(n.id) + "/problemomraden";
}

void subgoal_options(const std::vector<GoalNode>& nodes, std::vector<std::pair<std::string, std::string>>& out) {
  for (const auto& n : nodes) {
    if (n.kind == NodeKind::subgoal) out.emplace_back(n.code, i18n::trf("Delmål {1}: {2}", {n.code, n.title}));
    subgoal_options(n.children, out);
  }
}

std::vector<Field> problem_fields(const Strategy& s, int slots) {
  std::vector<std::pair<std::string, std::string>> subgoals;
  subgoal_options(s.goals, subgoals);
  std::vector<Field> out{Field{.name = "problem", .label = i18n::tr("Problemområde"), .hint = i18n::tr("Vad är problemet?"),
                               .type = "textarea", .required = true, .options = {}}};
  for (int i = 1; i <= slots; ++i) {
    const std::string n = std::to_string(i);
    out.push_back(Field{.name = "action" + n, .label = i18n::trf("Föreslagen åtgärd {1}", {n}),
                        .hint = i == 1 ? i18n::tr("Lämna raden tom om den inte behövs.") : "", .type = "textarea",
                        .required = false, .options = {}});
    out.push_back(Field{.name = "contributors" + n, .label = i18n::trf("Åtgärd {1}: vem kan bidra", {n}),
                        .hint = i18n::tr("En aktör per rad."), .type = "textarea", .required = false, .options = {}});
    if (!subgoals.empty())
      out.push_back(Field{.name = "subgoals" + n, .label = i18n::trf("Åtgärd {1}: strategins delmål som åtgärden bidrar till", {n}),
                          .hint = "", .type = "checkboxes", .required = false, .options = subgoals});
  }
  return out;
}

FormValues problem_values(const ProblemArea& a) {
  FormValues v{{"problem", {a.problem}}};
  for (std::size_t i = 0; i < a.actions.size(); ++i) {
    v["action" + n_str(i + 1)] = {a.actions[i].action};
    v["contributors" + n_str(i + 1)] = {joined_lines(a.actions[i].contributors)};
    v["subgoals" + n_str(i + 1)] = a.actions[i].subgoals;
  }
  return v;
}

// The problem area a form describes; `slots_used` gets the form row of each
// action kept; errors for a row with contributors or sub-goals but no action.
ProblemArea problem_from(const FormValues& values, int slots, std::vector<int>& slots_used, std::vector<Error>& errors) {
  ProblemArea a{.problem = first(values, "problem"), .actions = {}};
  for (int i = 1; i <= slots; ++i) {
    const std::string n = std::to_string(i);
    SuggestedAction s{.action = first(values, "action" + n), .contributors = lines_of(first(values, "contributors" + n)),
                      .subgoals = {}};
    if (auto it = values.find("subgoals" + n); it != values.end()) s.subgoals = it->second;
    const auto b = s.action.find_first_not_of(" \t\r\n");
    s.action = b == std::string::npos ? "" : s.action.substr(b, s.action.find_last_not_of(" \t\r\n") - b + 1);
    if (s.action.empty() && s.contributors.empty() && s.subgoals.empty()) continue;
    if (s.action.empty()) {
      errors.push_back(validation_error(i18n::trf("Skriv åtgärd {1}, eller töm raden.", {n}), {}, "action" + n));
      continue;
    }
    slots_used.push_back(i);
    a.actions.push_back(std::move(s));
  }
  if (a.problem.find_first_not_of(" \t\r\n") == std::string::npos)
    errors.insert(errors.begin(), validation_error(i18n::tr("Beskriv problemområdet."), {}, "problem"));
  return a;
}

Error problem_error(const Error& e, const std::vector<int>& slots, const std::vector<Field>& fields) {
  return slot_error(e, "actions", slots, {{"action", "action"}, {"contributors", "contributors"}, {"subgoals", "subgoals"}},
                    fields);
}

const GoalNode* node_of(const Request& req, Response& res, const Editing& e) {
  auto id = path_id(req, res, 2);
  if (!id) return nullptr;
  const GoalNode* n = find_goal(e.strategy.goals, *id);
  if (!n) send_error_page(res, 404, i18n::tr("Strategin har inget sådant mål."));
  return n;
}

// The number in the path's third group when the node has such a problem area; 0 after a 404.
int number_of(const Request& req, Response& res, const GoalNode& n) {
  auto id = path_id(req, res, 3);
  if (!id) return 0;
  if (*id < 1 || static_cast<std::size_t>(*id) > n.problem_areas.size()) {
    send_error_page(res, 404, i18n::tr("Målet har inget sådant problemområde."));
    return 0;
  }
  return static_cast<int>(*id);
}

std::string short_text(const std::string& text) {
  if (text.size() <= 80) return text;
  std::size_t cut = 77;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
  return text.substr(0, cut) + "…";
}

void show_problems(Response& res, const Editing& e, const GoalNode& n, const FormValues& values,
                   const std::vector<Error>& errors, int status) {
  std::vector<ListItem> items;
  for (std::size_t i = 0; i < n.problem_areas.size(); ++i)
    items.push_back(ListItem{.label = n_str(i + 1) + ". " + short_text(n.problem_areas[i].problem),
                             .url = list_url(e.strategy, n) + "/" + n_str(i + 1),
                             .remove_url = e.editable ? list_url(e.strategy, n) + "/" + n_str(i + 1) + "/ta-bort" : ""});
  const auto fields = problem_fields(e.strategy, slot_count(values, "action", 1));
  json ctx = {{"heading", i18n::trf("Problemområden för {1} {2}", {n.code, n.title})},
              {"action", list_url(e.strategy, n)},
              {"submit", i18n::tr("Lägg till problemområdet")},
              {"cancel_url", editor_url(e.strategy.id)},
              {"fields", form_context(fields, values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()},
              {"before", item_list(i18n::tr("Problemområden nu"), items, i18n::trf("Målet {1} har inga problemområden ännu.", {n.code}),
                                   i18n::tr("Nytt problemområde"))}};
  send_editor_page(res, e, "strategy_form", i18n::trf("Problemområden för {1}", {n.code}), ctx, status);
}

void show_problem(Response& res, const Editing& e, const GoalNode& n, int number, const FormValues& values,
                  const std::vector<Error>& errors, int status) {
  const auto& stored = n.problem_areas[static_cast<std::size_t>(number - 1)];
  const auto fields = problem_fields(e.strategy, slot_count(values, "action", stored.actions.size()));
  const std::string title = i18n::trf("Ändra problemområde {1} för {2}", {std::to_string(number), n.code});
  json ctx = {{"heading", title},
              {"action", list_url(e.strategy, n) + "/" + std::to_string(number)},
              {"submit", i18n::tr("Spara")},
              {"cancel_url", list_url(e.strategy, n)},
              {"fields", form_context(fields, values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()}};
  send_editor_page(res, e, "strategy_form", title, ctx, status);
}

}  // namespace

Handler strategy_problems_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    show_problems(res, *e, *n, {}, {}, 200);
  };
}

Handler strategy_problem_add(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    auto values = form_values(req);
    const int slots = slot_count(values, "action", 1);
    std::vector<int> used;
    std::vector<Error> errors;
    ProblemArea area = problem_from(values, slots, used, errors);
    if (errors.empty()) {
      auto made = service::add_problem_area(db, e->strategy.id, n->id, area, e->auth.user);
      if (made) return redirect(res, editor_url(e->strategy.id) + "?sparat=1#nod-" + std::to_string(n->id));
      if (!keeps_form(made.error())) return send_service_error_page(req, res, made.error());
      errors.push_back(problem_error(made.error(), used, problem_fields(e->strategy, slots)));
    }
    show_problems(res, *e, *n, values, errors, 400);
  };
}

Handler strategy_problem_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    const int number = number_of(req, res, *n);
    if (!number) return;
    show_problem(res, *e, *n, number, problem_values(n->problem_areas[static_cast<std::size_t>(number - 1)]), {}, 200);
  };
}

Handler strategy_problem_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    const int number = number_of(req, res, *n);
    if (!number) return;
    auto values = form_values(req);
    const int slots = slot_count(values, "action", 1);
    std::vector<int> used;
    std::vector<Error> errors;
    ProblemArea area = problem_from(values, slots, used, errors);
    if (errors.empty()) {
      auto saved = service::update_problem_area(db, e->strategy.id, n->id, number, area, e->auth.user);
      if (saved) return redirect(res, editor_url(e->strategy.id) + "?sparat=1#nod-" + std::to_string(n->id));
      if (!keeps_form(saved.error())) return send_service_error_page(req, res, saved.error());
      errors.push_back(problem_error(saved.error(), used, problem_fields(e->strategy, slots)));
    }
    show_problem(res, *e, *n, number, values, errors, 400);
  };
}

Handler strategy_problem_remove_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    const int number = number_of(req, res, *n);
    if (!number) return;
    const auto& area = n->problem_areas[static_cast<std::size_t>(number - 1)];
    json consequences = json::array();
    consequences.push_back(i18n::trf("Problemområdet: {1}", {area.problem}));
    for (const auto& a : area.actions) consequences.push_back(i18n::trf("Den föreslagna åtgärden: {1}", {a.action}));
    json ctx = {{"heading", i18n::trf("Ta bort problemområde {1} för {2}", {std::to_string(number), n->code})},
                {"question", i18n::tr("Vill du ta bort problemområdet? Detta tas bort:")},
                {"consequences", consequences},
                {"has_consequences", true},
                {"action", list_url(e->strategy, *n) + "/" + std::to_string(number) + "/ta-bort"},
                {"submit", i18n::tr("Ta bort")},
                {"cancel_url", list_url(e->strategy, *n)}};
    send_editor_page(res, *e, "strategy_confirm", i18n::trf("Ta bort problemområde {1}", {std::to_string(number)}), ctx, 200);
  };
}

Handler strategy_problem_remove_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    const int number = number_of(req, res, *n);
    if (!number) return;
    if (auto removed = service::remove_problem_area(db, e->strategy.id, n->id, number, e->auth.user); !removed)
      return send_service_error_page(req, res, removed.error());
    redirect(res, editor_url(e->strategy.id) + "?sparat=1#nod-" + std::to_string(n->id));
  };
}

}  // namespace jamt::web
