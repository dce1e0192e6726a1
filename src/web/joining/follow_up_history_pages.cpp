// The follow-ups of a joining (/anslutningar/{id}/uppfoljningar): each with
// the dialogue per commitment and the organisation's contribution as it
// stood, and any two side by side with the changes marked. A plain GET form
// chooses the two; no JavaScript.

#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"

#include "domain/registers/joining.hpp"
#include "service/joining/follow_up_history.hpp"
#include "service/joining/joining_register.hpp"
#include "service/registers/register_service.hpp"
#include "web/http/guards.hpp"
#include "web/http/http_types.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/joining/joining_handlers.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

std::string status_text(const std::optional<CommitmentDialogue>& d) {
  return d ? i18n::tr(swedish_name(d->status)) : i18n::tr("Inte registrerat");
}

// "3 insatser" / "3 activities".
std::string activities_text(int count) {
  return count == 1 ? i18n::tr("1 insats") : i18n::trf("{1} insatser", {std::to_string(count)});
}

json follow_up_json(const FollowUp& f) {
  json commitments = json::array(), contributions = json::array();
  for (const auto& c : registers::joining_commitments())
    for (const auto& d : f.commitments)
      if (d.commitment == c.field)
        commitments.push_back({{"title", i18n::tr(c.title_sv)}, {"status", i18n::tr(swedish_name(d.status))}, {"note", d.note}});
  for (const auto& c : f.contributions)
    contributions.push_back({{"label", c.label}, {"note", c.note}, {"count", std::to_string(c.activity_count)},
                             {"is_target", !c.target_code.empty()}});
  return {{"id", std::to_string(f.id)}, {"held_on", f.held_on}, {"note", f.note}, {"commitments", commitments},
          {"has_commitments", !commitments.empty()}, {"contributions", contributions},
          {"has_contributions", !contributions.empty()}};
}

std::int64_t param_id(const Request& req, const std::string& name) {
  const std::string v = req.get_param_value(name);
  if (v.empty() || v.size() > 15 || v.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoll(v);
}

}  // namespace

Handler joining_follow_ups_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = page_user(req, res, db, false);
    if (!auth) return;
    auto id = path_id(req, res);
    if (!id) return;
    auto joining = service::get_record(db, service::joining_rules(), *id, auth->user);
    if (!joining) return send_service_error_page(req, res, joining.error());
    auto history = service::follow_up_history(db, *id, auth->user);
    if (!history) return send_service_error_page(req, res, history.error());
    // By default the two latest, the older first.
    std::int64_t a = param_id(req, "a"), b = param_id(req, "b");
    if (!a && !b && history->size() >= 2) {
      a = (*history)[1].id;
      b = (*history)[0].id;
    }
    json comparison = nullptr;
    std::string compare_error;
    if (a && b) {
      auto compared = service::compare_follow_ups(db, *id, a, b, auth->user);
      if (!compared) compare_error = i18n::tr("Välj två uppföljningar av den här anslutningen.");
      else {
        json commitments = json::array(), contributions = json::array();
        for (const auto& c : compared->commitments)
          commitments.push_back({{"title", i18n::tr(c.title_sv)}, {"first", status_text(c.first)},
                                 {"first_note", c.first ? c.first->note : ""}, {"second", status_text(c.second)},
                                 {"second_note", c.second ? c.second->note : ""}, {"changed", c.changed}});
        for (const auto& c : compared->contributions)
          contributions.push_back({{"label", c.label},
                                   {"first", c.first ? activities_text(c.first->activity_count) : i18n::tr("Inte i planen")},
                                   {"second", c.second ? activities_text(c.second->activity_count) : i18n::tr("Inte i planen")},
                                   {"changed", c.changed}});
        comparison = {{"first_date", compared->first.held_on}, {"second_date", compared->second.held_on},
                      {"commitments", commitments}, {"contributions", contributions},
                      {"has_contributions", !contributions.empty()}};
      }
    }
    json options_a = json::array(), options_b = json::array(), items = json::array();
    for (const auto& f : *history) {
      options_a.push_back({{"id", std::to_string(f.id)}, {"label", f.held_on}, {"selected", f.id == a}});
      options_b.push_back({{"id", std::to_string(f.id)}, {"label", f.held_on}, {"selected", f.id == b}});
      items.push_back(follow_up_json(f));
    }
    const std::string base = "/anslutningar/" + std::to_string(*id);
    const std::string name = registers::value_of(*joining, "organisation_name");
    json ctx = page_context(*auth);
    ctx.update({{"organisation", name},
                {"base", base},
                {"follow_ups", items},
                {"has_follow_ups", !items.empty()},
                {"may_compare", items.size() >= 2},
                {"options_a", options_a},
                {"options_b", options_b},
                {"comparison", comparison},
                {"compare_error", compare_error},
                {"breadcrumbs", json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                             {{"url", "/anslutningar"}, {"label", i18n::tr("Anslutningar")}},
                                             {{"url", base}, {"label", name}}})}});
    send_html(res, render_page("joining_follow_ups", i18n::trf("Uppföljningar – {1}", {name}), ctx),
              compare_error.empty() ? 200 : 404);
  };
}

}  // namespace jamt::web
