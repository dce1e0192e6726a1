// The page of a strategy's commitments (/strategier/{id}/ataganden): by goal
// node, each with its statuses per year, its activities per year and — for
// those who may — a form to set a year's status. Works without JavaScript;
// a refused form is shown again with what was typed and the message beside
// its field.
#include <algorithm>
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "domain/regions.hpp"
#include "domain/strategy/commitment_status.hpp"
#include "service/commitments/commitment_followup.hpp"
#include "web/commitments/commitment_handlers.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;

constexpr const char* kBoard = "lansstyrelsen";  // the owner filter's value for the county board

// What a refused status form sent, to show it again.
struct FormState {
  std::int64_t commitment_id = 0;
  std::string year{};
  std::string status{};
  std::string comment{};
  std::vector<Error> errors{};
};

std::string str(std::int64_t v) { return std::to_string(v); }

std::string owner_value(const service::CommitmentFollowUp& f) {
  return f.commitment.owner.empty() ? kBoard : f.commitment.owner;
}

json years_of(int first, int last, int selected) {
  json out = json::array();
  for (int y = first; y <= last; ++y) out.push_back({{"value", std::to_string(y)}, {"selected", y == selected}});
  return out;
}

json activities_by_year(const std::vector<service::CommitmentActivity>& activities) {
  std::map<std::string, json> by_year;
  for (const auto& a : activities) {
    json& list = by_year[a.start_date.substr(0, 4)];
    if (list.is_null()) list = json::array();
    list.push_back({{"id", a.activity_id}, {"title", a.title}, {"last", false}});
  }
  json out = json::array();
  for (auto& [year, list] : by_year) {
    list.back()["last"] = true;
    out.push_back({{"year", year}, {"activities", list}});
  }
  return out;
}

json commitment_context(const service::CommitmentFollowUp& f, std::int64_t strategy_id, int year, int first, int last,
                        const FormState* form) {
  const Commitment& c = f.commitment;
  std::string targets;
  for (const auto& t : c.targets) targets += (targets.empty() ? "" : ", ") + t;
  json statuses = json::array();
  for (const auto& s : f.statuses) {
    auto parsed = parse_commitment_status(s.status);
    statuses.push_back({{"year", s.year},
                        {"status_label", parsed ? i18n::tr(swedish_name(*parsed)) : s.status},
                        {"comment", s.comment},
                        {"set_by", s.set_by}});
  }
  // The form starts from the chosen year's status, or what was sent.
  int form_year = year;
  std::string status = "planned", comment;
  for (const auto& s : f.statuses)
    if (s.year == year) status = s.status, comment = s.comment;
  json out = {{"id", c.id},
              {"text", c.text},
              {"owner_name", f.owner_name},
              {"targets", targets},
              {"has_targets", !c.targets.empty()},
              {"statuses", statuses},
              {"has_statuses", !statuses.empty()},
              {"activity_years", activities_by_year(f.activities)},
              {"has_activities", !f.activities.empty()},
              {"may_set_status", f.may_set_status},
              {"status_action", "/strategier/" + str(strategy_id) + "/ataganden/" + str(c.id) + "/status"}};
  if (form && form->commitment_id == c.id) {
    try {
      form_year = std::stoi(form->year);
    } catch (...) {
      form_year = year;
    }
    status = form->status;
    comment = form->comment;
    for (const auto& e : form->errors)
      if (!e.field.empty()) out[e.field + "_error"] = e.message;
  }
  json options = json::array();
  for (auto s : commitment_statuses())
    options.push_back({{"value", std::string(to_string(s))},
                       {"label", i18n::tr(swedish_name(s))},
                       {"selected", to_string(s) == status}});
  out["status_options"] = options;
  out["form_years"] = years_of(first, last, form_year);
  out["comment"] = comment;
  return out;
}

void show_page(const Request& req, Response& res, store::Database& db, const RequestAuth& auth, std::int64_t id,
               const FormState* form) {
  auto overview = service::list_commitments(db, id, auth.user);
  if (!overview) return send_service_error_page(req, res, overview.error());
  const Strategy& s = overview->strategy;
  auto [first, last] = service::commitment_years(s);
  int year = db.clock().current_year();
  if (req.has_param("ar")) {
    try {
      year = std::stoi(req.get_param_value("ar"));
    } catch (...) {
    }
  }
  year = std::clamp(year, first, last);
  const std::string owner = req.get_param_value("agare");

  json owners = json::array({{{"value", ""}, {"label", i18n::tr("Alla")}, {"selected", owner.empty()}}});
  std::set<std::string> seen;
  for (const auto& f : overview->commitments)
    if (seen.insert(owner_value(f)).second)
      owners.push_back({{"value", owner_value(f)}, {"label", f.owner_name}, {"selected", owner == owner_value(f)}});

  json nodes = json::array();
  for (const auto& f : overview->commitments) {
    if (!owner.empty() && owner_value(f) != owner) continue;
    if (nodes.empty() || nodes.back()["node_code"] != f.node_code)
      nodes.push_back({{"node_code", f.node_code}, {"node_title", f.node_title}, {"commitments", json::array()}});
    json c = commitment_context(f, id, year, first, last, form);
    c["csrf_token"] = auth.csrf_token;
    nodes.back()["commitments"].push_back(std::move(c));
  }
  json errors = json::array();
  if (form)
    for (const auto& e : form->errors)
      errors.push_back({{"message", e.message},
                        {"anchor", e.field.empty() ? "atagande-" + str(form->commitment_id)
                                                   : "status-" + str(form->commitment_id) + "-" + e.field}});
  const Region* region = RegionCatalogue::instance().find_county(s.county_code);
  const std::string page_url = "/strategier/" + str(id) + "/ataganden";
  json ctx = {{"county", region ? region->name : s.county_code},
              {"period", std::to_string(s.start_year) + "–" + std::to_string(s.end_year)},
              {"strategy_title", s.title},
              {"strategy_url", "/strategier/" + str(id)},
              {"json_url", "/api/v1/strategies/" + str(id) + "/commitments"},
              {"page_url", page_url},
              {"saved", req.get_param_value("sparad") == "1"},
              {"owners", owners},
              {"years", years_of(first, last, year)},
              {"nodes", nodes},
              {"has_nodes", !nodes.empty()},
              {"filtered", !owner.empty()},
              {"errors", errors},
              {"has_errors", !errors.empty()},
              {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                           {{"url", "/strategier/" + str(id)}, {"label", s.title}}})}};
  ctx.update(page_context(auth));
  send_html(res, render_page("commitments", i18n::trf("Åtaganden – {1}", {s.title}), ctx), form ? 400 : 200);
}

}  // namespace

Handler commitments_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    show_page(req, res, db, authenticate(req, db), *id, nullptr);
  };
}

Handler commitment_status_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, true);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto cid = path_id(req, res, 2);
    if (!cid) return;
    FormState form{.commitment_id = *cid,
                   .year = req.get_param_value("year"),
                   .status = req.get_param_value("status"),
                   .comment = req.get_param_value("comment")};
    int year = 0;
    try {
      std::size_t used = 0;
      year = std::stoi(form.year, &used);
      if (used != form.year.size()) year = 0;
    } catch (...) {
      year = 0;
    }
    auto saved = year == 0 ? Result<service::CommitmentStatusRow>(validation_error(i18n::tr("Välj ett år."), {}, "year"))
                           : service::set_commitment_status(
                                 db, *id, *cid, year,
                                 service::CommitmentStatusInput{.status = form.status, .comment = form.comment},
                                 auth->user);
    if (!saved) {
      if (saved.error().code != ErrorKind::validation) return send_service_error_page(req, res, saved.error());
      form.errors.push_back(saved.error());
      return show_page(req, res, db, *auth, *id, &form);
    }
    res.status = 303;
    res.set_header("Location", "/strategier/" + str(*id) + "/ataganden?ar=" + std::to_string(year) +
                                   "&sparad=1#atagande-" + str(*cid));
  };
}

}  // namespace jamt::web
