// The activity forms: /insatser/ny and /insatser/{id}/andra. The fields
// come from the register's field descriptions (form_fields); co-organisers,
// goal nodes and national sub-goals are groups of checkboxes; strategists
// also get the "publish" checkbox. After an error every typed value and
// ticked box is kept and each message stands beside its field.

#include <algorithm>

#include "web/http/messages.hpp"

#include "domain/i18n/translate.hpp"
#include <cctype>
#include <functional>
#include <map>

#include "domain/national_goals.hpp"
#include "web/activities/activity_handlers.hpp"
#include "web/http/http_types.hpp"
#include "web/http/guards.hpp"
#include "service/organisations/organisation_lookup.hpp"
#include "web/activities/activity_support.hpp"
#include "web/http/page_context.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::Record;
using registers::value_of;

const registers::EntitySpec& spec() { return registers::activity_spec(); }

// What the form shows: field values and ticked boxes.
struct FormState {
  Record values;
  std::vector<std::string> co_organisers;
  std::vector<std::string> goal_nodes;
  std::vector<std::string> national_goals;
  std::vector<std::string> plan_targets;  // issue 12 C
  std::vector<std::string> commitments{};  // ids, issue 12 item 3 (engineer B)
};

bool has(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

// An id attribute for a checkbox: the prefix and the value with anything
// but letters and digits as "-".
std::string box_id(const std::string& prefix, const std::string& value) {
  std::string out = prefix;
  for (unsigned char c : value) out += std::isalnum(c) ? static_cast<char>(c) : '-';
  return out;
}

std::string error_for(const std::vector<Error>& errors, const std::string& field) {
  std::string out;
  for (const auto& e : errors)
    if (e.field == field) out += (out.empty() ? "" : " ") + e.message;
  return out;
}

// The county whose organisations and strategy the form offers: the chosen
// organiser's, else the viewer's.
std::string form_county(store::Database& db, const FormState& state, const RequestAuth& auth) {
  std::string county;
  const auto& organiser = value_of(state.values, "organiser_id");
  if (!organiser.empty() && organiser.size() <= 12 &&
      std::all_of(organiser.begin(), organiser.end(), [](unsigned char c) { return std::isdigit(c); }))
    county = service::organisation_county(db, std::stoll(organiser)).value_or("");
  return county.empty() ? viewer_county(db, auth) : county;
}

json co_organiser_list(store::Database& db, const FormState& state, const std::string& county,
                       const std::vector<Error>& errors) {
  json options = json::array();
  std::vector<std::string> shown;
  std::map<std::string, std::string> all;
  for (const auto& [id, name] : service::organisation_names(db, county)) {
      shown.push_back(std::to_string(id));
      options.push_back({{"id", box_id("co-", std::to_string(id))}, {"name", "co_organiser_ids"},
                         {"value", std::to_string(id)}, {"label", name}, {"depth", 0},
                         {"checked", has(state.co_organisers, std::to_string(id))}});
    }
  for (const auto& [id, name] : service::organisation_names(db, "")) all[std::to_string(id)] = name;
  for (const auto& v : state.co_organisers)
    if (!has(shown, v))
      options.push_back({{"id", box_id("co-", v)}, {"name", "co_organiser_ids"}, {"value", v},
                         {"label", all.count(v) ? all[v] : v}, {"depth", 0}, {"checked", true}});
  return {{"name", "co_organiser_ids"},
          {"legend", i18n::tr("Medarrangörer")},
          {"hint", i18n::tr("Andra organisationer som arrangerar insatsen tillsammans med arrangören.")},
          {"error", error_for(errors, "co_organiser_ids")},
          {"options", options},
          {"empty_text", i18n::tr("Det finns inga organisationer att välja.")}};
}

json goal_node_list(store::Database& db, const FormState& state, const std::string& county,
                    const std::vector<Error>& errors) {
  const auto& start = value_of(state.values, "start_date");
  int year = is_iso_date(start) ? std::stoi(start.substr(0, 4)) : db.clock().current_year();
  json options = json::array();
  std::vector<std::string> shown;
  std::string hint = i18n::tr("Mål, fokusområden och mätbara mål i länets strategi som insatsen har bäring på.");
  if (auto strategy = strategy_for(db, county, year)) {
    hint = i18n::trf("Mål i {1} som insatsen har bäring på.", {strategy->title});
    for (const auto& n : flat_nodes(*strategy)) {
      shown.push_back(n.code);
      options.push_back({{"id", box_id("node-", n.code)}, {"name", "goal_nodes"}, {"value", n.code},
                         {"label", n.code + " " + n.title}, {"depth", n.depth}, {"checked", has(state.goal_nodes, n.code)}});
    }
  }
  for (const auto& v : state.goal_nodes)
    if (!has(shown, v))
      options.push_back({{"id", box_id("node-", v)}, {"name", "goal_nodes"}, {"value", v}, {"label", v}, {"depth", 0},
                         {"checked", true}});
  return {{"name", "goal_nodes"},
          {"legend", i18n::tr("Mål i strategin")},
          {"hint", hint},
          {"error", error_for(errors, "goal_nodes")},
          {"options", options},
          {"empty_text", i18n::tr("Länet har ingen jämställdhetsstrategi för insatsens år.")}};
}

// Issue 12, part C: the targets of the action plan of the county's strategy
// for the activity's year, grouped by objective (the label names both).
json plan_target_list(store::Database& db, const FormState& state, const std::string& county,
                      const std::vector<Error>& errors) {
  const auto& start = value_of(state.values, "start_date");
  int year = is_iso_date(start) ? std::stoi(start.substr(0, 4)) : db.clock().current_year();
  json options = json::array();
  std::vector<std::string> shown;
  std::string hint = i18n::tr("Mål i länets handlingsplan som insatsen bidrar till.");
  if (auto strategy = strategy_for(db, county, year); strategy && strategy->action_plan) {
    hint = i18n::trf("Mål i {1} som insatsen bidrar till.", {strategy->action_plan->title});
    for (const auto& o : strategy->action_plan->objectives)
      for (const auto& t : o.targets) {
        shown.push_back(t.code);
        options.push_back({{"id", box_id("target-", t.code)}, {"name", "plan_targets"}, {"value", t.code},
                           {"label", i18n::trf("Mål {1} {2} ({3} {4})", {t.code, t.title, o.code, o.title})},
                           {"depth", 0}, {"checked", has(state.plan_targets, t.code)}});
      }
  }
  for (const auto& v : state.plan_targets)
    if (!has(shown, v))
      options.push_back({{"id", box_id("target-", v)}, {"name", "plan_targets"}, {"value", v}, {"label", v},
                         {"depth", 0}, {"checked", true}});
  return {{"name", "plan_targets"},
          {"legend", i18n::tr("Mål i handlingsplanen")},
          {"hint", hint},
          {"error", error_for(errors, "plan_targets")},
          {"options", options},
          {"empty_text", i18n::tr("Länets strategi för insatsens år har ingen handlingsplan.")}};
}

json national_goal_list(const FormState& state, const std::vector<Error>& errors) {
  json options = json::array();
  std::vector<std::string> shown;
  if (const auto* catalogue = find_national_goal_catalogue("2017"))
    for (const auto& g : catalogue->subgoals) {
      std::string ref = g.reference(catalogue->version);
      shown.push_back(ref);
      options.push_back({{"id", box_id("goal-", ref)}, {"name", "national_goals"}, {"value", ref},
                         {"label", ref + " " + g.title}, {"depth", 0}, {"checked", has(state.national_goals, ref)}});
    }
  for (const auto& v : state.national_goals)
    if (!has(shown, v))
      options.push_back({{"id", box_id("goal-", v)}, {"name", "national_goals"}, {"value", v},
                         {"label", national_goal_label(v)}, {"depth", 0}, {"checked", true}});
  return {{"name", "national_goals"},
          {"legend", i18n::tr("Nationella jämställdhetspolitiska delmål")},
          {"hint", i18n::tr("De delmål som insatsen har bäring på. En insats räknas en gång under varje valt delmål.")},
          {"error", error_for(errors, "national_goals")},
          {"options", options},
          {"empty_text", ""}};
}

// --- Issue 12 item 3 (engineer B): the commitments the activity carries out ---
// Checkboxes of the commitments of the county's strategy for the activity's
// year, grouped by the goal node they serve.
json commitment_list(store::Database& db, const FormState& state, const std::string& county,
                     const std::vector<Error>& errors) {
  const auto& start = value_of(state.values, "start_date");
  int year = is_iso_date(start) ? std::stoi(start.substr(0, 4)) : db.clock().current_year();
  json options = json::array();
  std::vector<std::string> shown;
  std::function<void(const std::vector<GoalNode>&)> walk = [&](const std::vector<GoalNode>& nodes) {
    for (const auto& n : nodes) {
      bool first = true;
      for (const auto& c : n.board_commitments) {
        std::string id = std::to_string(c.id);
        shown.push_back(id);
        json option = {{"id", box_id("commitment-", id)}, {"name", "commitment_ids"}, {"value", id},
                       {"label", c.text + " (" + (c.owner.empty() ? i18n::tr("Länsstyrelsen") : c.owner) + ")"},
                       {"depth", 1}, {"checked", has(state.commitments, id)}};
        if (first) option["group"] = i18n::trf("Mål {1} {2}", {n.code, n.title});
        first = false;
        options.push_back(std::move(option));
      }
      walk(n.children);
    }
  };
  if (auto strategy = strategy_for(db, county, year)) walk(strategy->goals);
  for (const auto& v : state.commitments)
    if (!has(shown, v))
      options.push_back({{"id", box_id("commitment-", v)}, {"name", "commitment_ids"}, {"value", v},
                         {"label", i18n::trf("Åtagande {1}", {v})}, {"depth", 0}, {"checked", true}});
  return {{"name", "commitment_ids"},
          {"legend", i18n::tr("Åtaganden i strategin")},
          {"hint", i18n::tr("De åtaganden i länets strategi som insatsen genomför.")},
          {"error", error_for(errors, "commitment_ids")},
          {"options", options},
          {"empty_text", i18n::tr("Länets strategi för insatsens år har inga åtaganden.")}};
}
// --- end of engineer B's block ---

void show_form(Response& res, store::Database& db, const RequestAuth& auth, const FormState& state,
               const std::vector<Error>& errors, const std::string& action, const std::string& heading,
               bool may_publish, int status) {
  json summary = json::array();
  for (const auto& e : errors) summary.push_back({{"field", e.field}, {"message", e.message}});
  std::string county = form_county(db, state, auth);
  json ctx = page_context(auth);
  ctx.update({{"heading", heading},
              {"action", action},
              {"csrf_token", auth.csrf_token},
              {"fields", form_fields(db, spec(), state.values, errors, auth)},
              {"lists", json::array({co_organiser_list(db, state, county, errors), goal_node_list(db, state, county, errors),
                                     national_goal_list(state, errors),
                                     plan_target_list(db, state, county, errors),   // issue 12 C
                                     commitment_list(db, state, county, errors)})},  // issue 12 item 3
              {"may_publish", may_publish},
              {"published", value_of(state.values, "published") == "1"},
              {"published_error", error_for(errors, "published")},
              {"errors", summary},
              {"has_errors", !errors.empty()},
              {"cancel_url", "/insatser"},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}}, {{"url", "/insatser"}, {"label", i18n::tr("Insatser")}}})}});
  send_html(res, render_page("activity_form", (errors.empty() ? "" : i18n::tr(messages::validation_summary.sv)) + heading, ctx), status);
}

std::vector<std::string> all_values(const Request& req, const std::string& name) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < req.get_param_value_count(name); ++i) out.push_back(req.get_param_value(name, i));
  return out;
}

service::ActivityInput input_from_form(const Request& req) {
  service::ActivityInput input;
  input.fields = record_from_form(spec(), req);
  if (req.has_param("published_shown")) input.fields["published"] = req.has_param("published") ? "1" : "0";
  input.co_organiser_ids = all_values(req, "co_organiser_ids");
  input.goal_nodes = all_values(req, "goal_nodes");
  input.national_goals = all_values(req, "national_goals");
  input.plan_targets = all_values(req, "plan_targets");  // issue 12 C
  input.commitment_ids = all_values(req, "commitment_ids");  // issue 12 item 3 (engineer B)
  return input;
}

FormState state_of(const service::ActivityInput& input) {
  FormState state{input.fields, input.co_organiser_ids.value_or(std::vector<std::string>{}),
                  input.goal_nodes.value_or(std::vector<std::string>{}),
                  input.national_goals.value_or(std::vector<std::string>{}),
                  input.plan_targets.value_or(std::vector<std::string>{})};
  state.commitments = input.commitment_ids.value_or(std::vector<std::string>{});  // issue 12 item 3
  return state;
}

FormState state_of(const registers::Activity& a) {
  FormState state{a.record, {}, a.links.goal_nodes, a.links.national_goals, a.links.plan_targets};
  for (auto id : a.links.co_organiser_ids) state.co_organisers.push_back(std::to_string(id));
  for (auto id : a.links.commitment_ids) state.commitments.push_back(std::to_string(id));  // engineer B
  return state;
}

// Whether the viewer could publish an activity of their own county (for
// the "new" form; the service decides on save).
bool may_publish_new(const RequestAuth& auth) {
  return service::works_for_board(auth.user);
}

}  // namespace

Handler activity_new_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    if (!service::may_create_activities(auth->user))
      return send_error_page(res, 403, i18n::tr("Du har inte behörighet att registrera insatser."));
    FormState state;
    state.values["status"] = "genomford";
    if (service::is_org_contact(auth->user) && auth->user->organisation_id)
      state.values["organiser_id"] = std::to_string(*auth->user->organisation_id);
    for (const auto& f : spec().fields)
      if (req.has_param(f.name)) state.values[f.name] = req.get_param_value(f.name);
    show_form(res, db, *auth, state, {}, "/insatser/ny", i18n::tr("Ny insats"), may_publish_new(*auth), 200);
  };
}

Handler activity_new_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto input = input_from_form(req);
    std::vector<Error> problems;
    auto saved = service::create_activity(db, input, auth->user, &problems);
    if (!saved) {
      if (problems.empty() && keeps_form(saved.error())) problems.push_back(saved.error());
      if (problems.empty()) return send_service_error_page(req, res, saved.error());
      return show_form(res, db, *auth, state_of(input), problems, "/insatser/ny", i18n::tr("Ny insats"), may_publish_new(*auth),
                       400);
    }
    res.status = 303;
    res.set_header("Location", "/insatser/" + value_of(saved->record, "id") + "?sparad=1");
  };
}

Handler activity_edit_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto found = service::get_activity(db, *id, auth->user);
    if (!found) return send_service_error_page(req, res, found.error());
    if (!service::allowed(db, service::activity_rules(), service::Action::update, found->record, auth->user))
      return send_error_page(res, 403, i18n::tr("Du har inte behörighet att ändra den här insatsen."));
    show_form(res, db, *auth, state_of(*found), {}, "/insatser/" + std::to_string(*id) + "/andra",
              i18n::trf("Ändra {1}", {value_of(found->record, "title")}), service::may_publish(db, found->record, auth->user), 200);
  };
}

Handler activity_edit_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto input = input_from_form(req);
    std::vector<Error> problems;
    auto saved = service::update_activity(db, *id, input, auth->user, &problems);
    if (!saved) {
      if (problems.empty() && keeps_form(saved.error())) problems.push_back(saved.error());
      if (problems.empty()) return send_service_error_page(req, res, saved.error());
      auto current = service::get_activity(db, *id, auth->user);
      bool publish = current && service::may_publish(db, current->record, auth->user);
      return show_form(res, db, *auth, state_of(input), problems, "/insatser/" + std::to_string(*id) + "/andra",
                       i18n::tr("Ändra insats"), publish, 400);
    }
    res.status = 303;
    res.set_header("Location", "/insatser/" + std::to_string(*id) + "?sparad=1");
  };
}

}  // namespace jamt::web
