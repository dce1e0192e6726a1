// The national action plan's page and edit form (issue 14, item 3).
#include <nlohmann/json.hpp>

#include "service/authorization.hpp"
#include "service/national/national_plan.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"
#include "web/national/national_handlers.hpp"
#include "web/strategy/strategy_editor_support.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
namespace editor = strategy_editor;

constexpr const char* kPlanUrl = "/nationellt/handlingsplan";
constexpr int kMaxSubgoalBlocks = 30;

std::string block(int n, const std::string& part) { return "subgoal-" + std::to_string(n) + "-" + part; }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    auto first = line.find_first_not_of(' ');
    if (first != std::string::npos) out.push_back(line.substr(first));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

// The form's values for `plan` (the stored plan, shown for editing).
editor::FormValues values_of(const NationalPlan& plan) {
  editor::FormValues v{{"title", {plan.title}}, {"overall_goal", {plan.overall_goal}}};
  for (std::size_t i = 0; i < plan.subgoals.size(); ++i) {
    int n = static_cast<int>(i) + 1;
    v[block(n, "title")] = {plan.subgoals[i].title};
    v[block(n, "insatser")] = {joined(plan.subgoals[i].insatser)};
    v[block(n, "effects")] = {joined(plan.subgoals[i].expected_effects)};
  }
  return v;
}

// How many sub-goal blocks the submitted form has.
int blocks_in(const editor::FormValues& values) {
  int n = 0;
  while (n < kMaxSubgoalBlocks && values.count(block(n + 1, "title"))) ++n;
  return n;
}

// The fields of the form with `blocks` sub-goal blocks.
std::vector<editor::Field> plan_fields(int blocks) {
  std::vector<editor::Field> f{
      {.name = "title", .label = i18n::tr("Handlingsplanens namn"), .hint = "", .type = "text", .required = true, .options = {}},
      {.name = "overall_goal", .label = i18n::tr("Övergripande mål"), .hint = "", .type = "textarea", .required = true, .options = {}}};
  for (int n = 1; n <= blocks; ++n) {
    const std::string d = std::to_string(n);
    f.push_back({.name = block(n, "title"), .label = i18n::trf("Delmål {1}: operativt delmål", {d}), .hint = n == blocks ? i18n::tr("Lämna tomt om inget delmål ska läggas till.") : i18n::tr("Töm alla tre fälten för att ta bort delmålet."), .type = "textarea", .required = false, .options = {}});
    f.push_back({.name = block(n, "insatser"), .label = i18n::trf("Delmål {1}: insatser", {d}), .hint = i18n::tr("En insats per rad."), .type = "textarea", .required = false, .options = {}});
    f.push_back({.name = block(n, "effects"), .label = i18n::trf("Delmål {1}: förväntad effekt", {d}), .hint = i18n::tr("En effekt per rad."), .type = "textarea", .required = false, .options = {}});
  }
  return f;
}

// The plan the form describes; `form_block[i]` is the form's block number of
// the plan's sub-goal i (empty blocks are left out).
NationalPlan plan_of(const editor::FormValues& values, std::vector<int>& form_block) {
  NationalPlan plan{.title = editor::first(values, "title"), .overall_goal = editor::first(values, "overall_goal")};
  for (int n = 1; n <= blocks_in(values); ++n) {
    NationalSubGoal g{.title = editor::first(values, block(n, "title")),
                      .insatser = lines_of(editor::first(values, block(n, "insatser"))),
                      .expected_effects = lines_of(editor::first(values, block(n, "effects")))};
    while (!g.title.empty() && (g.title.back() == ' ' || g.title.back() == '\n' || g.title.back() == '\r')) g.title.pop_back();
    if (g.title.empty() && g.insatser.empty() && g.expected_effects.empty()) continue;
    plan.subgoals.push_back(std::move(g));
    form_block.push_back(n);
  }
  return plan;
}

// The form field of a plan problem's field ("subgoals[1].insatser[0]" →
// "subgoal-2-insatser" when the plan's sub-goal 1 is the form's block 2).
std::string form_field(const std::string& field, const std::vector<int>& form_block) {
  if (field.rfind("subgoals[", 0) != 0) return field == "subgoals" ? block(1, "title") : field;
  std::size_t close = field.find(']');
  std::size_t index = std::stoul(field.substr(9, close - 9));
  int n = index < form_block.size() ? form_block[index] : static_cast<int>(index) + 1;
  std::string rest = field.substr(close + 1);
  if (rest.rfind(".insatser", 0) == 0) return block(n, "insatser");
  if (rest.rfind(".expected_effects", 0) == 0) return block(n, "effects");
  return block(n, "title");
}

json plan_view(const NationalPlan& plan) {
  json subgoals = json::array();
  for (std::size_t i = 0; i < plan.subgoals.size(); ++i)
    subgoals.push_back({{"number", i + 1},
                        {"title", plan.subgoals[i].title},
                        {"insatser", plan.subgoals[i].insatser},
                        {"effects", plan.subgoals[i].expected_effects}});
  return {{"title", plan.title}, {"overall_goal", plan.overall_goal}, {"subgoals", subgoals},
          {"updated_by", plan.updated_by}, {"updated_at", plan.updated_at}};
}

void send_plan_page(Response& res, const RequestAuth& auth, const std::optional<NationalPlan>& stored,
                    const editor::FormValues& values, const std::vector<Error>& errors, bool saved, int status) {
  bool may_edit = service::authorize_national_change(auth.user).ok();
  int blocks = std::max(blocks_in(values), stored ? static_cast<int>(stored->subgoals.size()) + 1 : 1);
  if (!errors.empty()) blocks = std::max(blocks_in(values), 1);
  json ctx = page_context(auth);
  ctx.update({{"has_plan", stored.has_value()},
              {"plan", stored ? plan_view(*stored) : json::object()},
              {"may_edit", may_edit},
              {"saved", saved},
              {"action", kPlanUrl},
              {"csrf_token", auth.csrf_token},
              {"fields", may_edit ? editor::form_context(plan_fields(blocks), values, errors) : json::array()},
              {"errors", editor::error_summary(errors)},
              {"has_errors", !errors.empty()},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}})}});
  send_html(res, render_page("national_plan", i18n::tr("Nationell handlingsplan"), ctx), status);
}

}  // namespace

Handler national_plan_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = authenticate(req, db);
    auto plan = service::national_plan(db, auth.user);
    if (!plan) return send_service_error_page(req, res, plan.error());
    send_plan_page(res, auth, *plan, *plan ? values_of(**plan) : editor::FormValues{}, {}, req.has_param("sparad"), 200);
  };
}

Handler national_plan_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    if (auto allowed = service::authorize_national_change(auth->user); !allowed)
      return send_service_error_page(req, res, allowed.error());
    editor::FormValues values = editor::form_values(req);
    std::vector<int> form_block;
    NationalPlan plan = plan_of(values, form_block);
    std::vector<Error> errors;
    for (const auto& p : plan_problems(plan))
      errors.push_back(validation_error(p.message, {}, form_field(p.field, form_block)));
    if (errors.empty()) {
      auto saved = service::save_national_plan(db, plan, auth->user);
      if (saved) return res.set_redirect(std::string(kPlanUrl) + "?sparad=1", 303);
      Error e = saved.error();
      e.field = form_field(e.field, form_block);
      if (!reshow_form_after(req, res, errors, e)) return;
    }
    auto stored = service::national_plan(db, auth->user);
    if (!stored) return send_service_error_page(req, res, stored.error());
    send_plan_page(res, *auth, *stored, values, errors, false, 400);
  };
}

}  // namespace jamt::web
