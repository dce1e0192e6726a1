// The organisation's plan page (/organisationer/{id}/plan) and the board's
// view per target (/strategier/{id}/handlingsplan/bidrag). Both work
// without JavaScript; after an error every ticked box and typed note is
// kept and each message stands beside its field.

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "service/organisation_plan/organisation_plan.hpp"
#include "web/http/guards.hpp"
#include "web/http/http_types.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/organisation_plan/plan_handlers.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

std::vector<std::string> all_values(const Request& req, const std::string& name) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < req.get_param_value_count(name); ++i) out.push_back(req.get_param_value(name, i));
  return out;
}

std::string anchor_of(const std::string& code) {
  std::string out;
  for (unsigned char c : code) out += std::isalnum(c) ? static_cast<char>(c) : '-';
  return out;
}

std::string error_for(const std::vector<Error>& errors, const std::string& field) {
  for (const auto& e : errors)
    if (e.field == field) return e.message;
  return "";
}

const PlanLink* link_to(const std::vector<PlanLink>& links, const std::string& code, std::int64_t node) {
  for (const auto& l : links)
    if ((!code.empty() && l.target_code == code) || (node && l.node_id == node)) return &l;
  return nullptr;
}

void add_nodes(const std::vector<GoalNode>& nodes, int depth, const std::vector<PlanLink>& links,
               const std::vector<Error>& errors, bool may_change, json& out) {
  for (const auto& n : nodes) {
    if (n.kind == NodeKind::target) continue;
    const auto* l = link_to(links, "", n.id);
    out.push_back({{"id", std::to_string(n.id)}, {"kind", i18n::tr(swedish_name(n.kind))}, {"code", n.code},
                   {"title", n.title}, {"depth", depth}, {"checked", l != nullptr}, {"note", l ? l->note : ""},
                   {"note_error", error_for(errors, "note_node_" + std::to_string(n.id))},
                   {"may_change", may_change}});
    add_nodes(n.children, depth + 1, links, errors, may_change, out);
  }
}

void show_plan(Response& res, const RequestAuth& auth, const service::OrganisationPlan& plan,
               const std::vector<PlanLink>& links, const std::vector<Error>& errors, bool saved, int status) {
  const std::string base = "/organisationer/" + std::to_string(plan.organisation_id);
  json objectives = json::array();
  if (plan.strategy.action_plan)
    for (const auto& o : plan.strategy.action_plan->objectives) {
      json targets = json::array();
      for (const auto& t : o.targets) {
        const auto* l = link_to(links, t.code, 0);
        targets.push_back({{"code", t.code}, {"title", t.title}, {"box_id", "target-" + anchor_of(t.code)},
                           {"checked", l != nullptr}, {"note", l ? l->note : ""},
                           {"note_error", error_for(errors, "note_target_" + t.code)},
                           {"may_change", plan.may_change}});
      }
      objectives.push_back({{"code", o.code}, {"title", o.title}, {"targets", targets}});
    }
  json nodes = json::array();
  add_nodes(plan.strategy.goals, 0, links, errors, plan.may_change, nodes);
  json summary = json::array();
  for (const auto& e : errors) summary.push_back({{"field", e.field}, {"message", e.message}});
  json ctx = page_context(auth);
  ctx.update({{"organisation", plan.organisation_name},
              {"strategy_title", plan.strategy.title},
              {"action_plan_title", plan.strategy.action_plan ? plan.strategy.action_plan->title : ""},
              {"has_action_plan", plan.strategy.action_plan.has_value()},
              {"objectives", objectives},
              {"nodes", nodes},
              {"targets_error", error_for(errors, "targets")},
              {"nodes_error", error_for(errors, "nodes")},
              {"may_change", plan.may_change},
              {"saved", saved},
              {"errors", summary},
              {"has_errors", !errors.empty()},
              {"action", base + "/plan"},
              {"csrf_token", auth.csrf_token},
              {"cancel_url", base},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                           {{"url", "/organisationer"}, {"label", i18n::tr("Organisationer")}},
                                           {{"url", base}, {"label", plan.organisation_name}}})}});
  send_html(res,
            render_page("organisation_plan",
                        (errors.empty() ? "" : i18n::tr("Fel i formuläret – ")) + i18n::trf("Egen plan – {1}", {plan.organisation_name}), ctx),
            status);
}

// The links the form asks for: each ticked target and goal with its note.
std::vector<service::PlanLinkInput> links_from_form(const Request& req) {
  std::vector<service::PlanLinkInput> out;
  for (const auto& code : all_values(req, "targets"))
    out.push_back({.target_code = code, .node_id = "", .note = req.get_param_value("note_target_" + code)});
  for (const auto& id : all_values(req, "nodes"))
    out.push_back({.target_code = "", .node_id = id, .note = req.get_param_value("note_node_" + id)});
  return out;
}

}  // namespace

Handler organisation_plan_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto plan = service::organisation_plan(db, *id, auth->user);
    if (!plan) return send_service_error_page(req, res, plan.error());
    show_plan(res, *auth, *plan, plan->links, {}, req.has_param("sparad"), 200);
  };
}

Handler organisation_plan_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto inputs = links_from_form(req);
    auto saved = service::save_organisation_plan(db, *id, inputs, auth->user);
    if (saved) {
      res.status = 303;
      res.set_header("Location", "/organisationer/" + std::to_string(*id) + "/plan?sparad=1");
      return;
    }
    if (!keeps_form(saved.error())) return send_service_error_page(req, res, saved.error());
    auto plan = service::organisation_plan(db, *id, auth->user);
    if (!plan) return send_service_error_page(req, res, plan.error());
    // What was ticked and typed, as links, so the form shows it again.
    std::vector<PlanLink> typed;
    for (const auto& in : inputs) {
      char* end = nullptr;
      long long node = in.node_id.empty() ? 0 : std::strtoll(in.node_id.c_str(), &end, 10);
      typed.push_back({.strategy_id = plan->strategy.id, .target_code = in.target_code, .node_id = node,
                       .note = in.note, .declared_by = "", .declared_at = ""});
    }
    show_plan(res, *auth, *plan, typed, {saved.error()}, false, 400);
  };
}

Handler plan_contributions_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto view = service::action_plan_contributions(db, *id, auth->user);
    if (!view) return send_service_error_page(req, res, view.error());
    json objectives = json::array();
    for (const auto& t : view->targets) {
      if (objectives.empty() || objectives.back()["code"] != t.objective_code)
        objectives.push_back({{"index", objectives.size() + 1}, {"code", t.objective_code},
                              {"title", t.objective_title}, {"targets", json::array()}});
      json organisations = json::array();
      for (const auto& o : t.organisations) {
        json years = json::array(), activities = json::array();
        for (const auto& [year, n] : o.activities_per_year)
          years.push_back({{"year", std::to_string(year)}, {"count", std::to_string(n)}});
        for (const auto& a : o.activities)
          activities.push_back({{"id", std::to_string(a.activity_id)}, {"title", a.title}, {"start_date", a.start_date}});
        organisations.push_back({{"name", o.name}, {"declared", o.declared}, {"note", o.note}, {"years", years},
                                 {"activities", activities}});
      }
      objectives.back()["targets"].push_back({{"code", t.target_code}, {"anchor", anchor_of(t.target_code)},
                                              {"title", t.target_title}, {"organisations", organisations},
                                              {"has_organisations", !organisations.empty()}});
    }
    json ctx = page_context(*auth);
    const std::string base = "/strategier/" + std::to_string(*id);
    ctx.update({{"strategy_title", view->strategy_title},
                {"action_plan_title", view->action_plan_title},
                {"has_targets", !view->targets.empty()},
                {"objectives", objectives},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                             {{"url", base}, {"label", view->strategy_title}}})}});
    send_html(res, render_page("plan_contributions", i18n::trf("Bidrag till handlingsplanen – {1}", {view->strategy_title}), ctx));
  };
}

}  // namespace jamt::web
