// Pages and API of the joining register: the generic register pages with
// the joining's steps on its page and the yearly counts above the list,
// plus the public application form and list (joining_routes.hpp).

#include "domain/regions.hpp"

#include "domain/i18n/translate.hpp"
#include "web/http/http_types.hpp"
#include "domain/registers/follow_up_schedule.hpp"
#include "domain/organisation_plan/follow_up_dialogue.hpp"
#include "domain/registers/joining.hpp"
#include "domain/registers/organisation.hpp"
#include "service/authorization.hpp"
#include "service/joining/joining_decisions.hpp"
#include "service/joining/joining_register.hpp"
#include "service/joining/joining_reports.hpp"
#include "web/joining/joining_handlers.hpp"
#include "web/registers/register_handlers.hpp"
#include "web/registers/register_pages.hpp"
#include "web/http/render.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
using registers::value_of;

std::string county_name(const std::string& code) {
  const Region* r = RegionCatalogue::instance().find(code);
  return r ? r->name : code;
}

// The five commitments with the statuses a follow-up may give them
// ("Inte bedömt" chosen), for the follow-up form (issue 12, item 5).
json follow_up_commitments() {
  json out = json::array();
  for (const auto& c : registers::joining_commitments()) {
    json statuses = json::array();
    for (auto a : commitment_assessments())
      statuses.push_back({{"code", std::string(to_string(a))}, {"label", i18n::tr(swedish_name(a))},
                          {"selected", a == CommitmentAssessment::not_assessed}});
    out.push_back({{"field", c.field}, {"title", i18n::tr(c.title_sv)}, {"statuses", statuses}});
  }
  return out;
}

// The joining's steps on its page: decide, withdraw, follow up, the action
// plan file.
std::string joining_steps(store::Database& db, const registers::Record& joining, const RequestAuth& auth) {
  const auto& rules = service::joining_rules();
  const std::string id = value_of(joining, "id");
  const std::string status = value_of(joining, "status");
  const std::string today = db.clock().today_text();
  bool may_decide = service::allowed(db, rules, service::Action::decide, joining, auth.user);
  bool may_update = service::allowed(db, rules, service::Action::update, joining, auth.user);
  json follow_ups = json::array();
  if (auto list = service::follow_ups_of(db, std::stoll(id), auth.user))
    for (const auto& f : *list) follow_ups.push_back({{"held_on", value_of(f, "held_on")}, {"note", value_of(f, "note")}});
  const std::string due = value_of(joining, "next_follow_up");
  bool approved = status == registers::kJoiningApproved;
  bool overdue = approved && registers::follow_up_overdue(due, today);
  json ctx = {{"base", "/anslutningar/" + id},
              {"csrf_token", auth.csrf_token},
              {"today", today},
              {"is_applied", status == registers::kJoiningApplied},
              {"is_approved", approved},
              {"may_decide", may_decide},
              {"may_update", may_update},
              {"decide_applied", may_decide && status == registers::kJoiningApplied},
              {"withdraw_approved", may_update && approved},
              {"follow_up_approved", may_decide && approved},
              {"file_name", value_of(joining, "action_plan_file")},
              {"due", approved ? due : ""},
              {"overdue", overdue},
              {"days_overdue", std::to_string(registers::days_between(due, today))},
              {"invite_contact", may_decide && approved && service::may_invite(auth.user) &&
                                     !value_of(joining, "organisation_id").empty()},
              {"invite_url", "/konton/bjud-in?organisation_id=" + value_of(joining, "organisation_id") +
                                 "&email=" + encode_query_param(value_of(joining, "contact_email"))},
              {"follow_ups", follow_ups},
              {"follow_up_commitments", follow_up_commitments()},
              {"has_follow_ups", !follow_ups.empty()}};
  return render_template("joining_steps", ctx);
}

// The counts for the yearly report above the list (for those who may read a
// whole county).
std::string joining_counts(store::Database& db, const RequestAuth& auth) {
  auto summary = service::joining_summary(db, "", auth.user);
  if (!summary) return "";
  const auto* type_field = registers::organisation_spec().field("type");
  json types = json::array();
  for (const auto& [code, n] : summary->joined_by_type)
    types.push_back({{"label", registers::display_value(*type_field, code)}, {"count", std::to_string(n)}});
  const std::string county = summary->county_code;
  json ctx = {{"where", county.empty() ? i18n::tr("alla län") : county_name(county)},
              {"county_code", county},
              {"as_of", summary->as_of},
              {"joined", std::to_string(summary->joined)},
              {"with_plan", std::to_string(summary->with_action_plan)},
              {"without_plan", std::to_string(summary->without_action_plan)},
              {"pending", std::to_string(summary->pending)},
              {"rejected", std::to_string(summary->rejected)},
              {"withdrawn", std::to_string(summary->withdrawn)},
              {"overdue", std::to_string(summary->overdue_follow_ups)},
              // The queue, where pending applications can be rejected many at once.
              {"queue_url", county.empty() ? std::string() : "/anslutningar/vantande?county=" + county},
              {"types", types}};
  return render_template("joining_counts", ctx);
}

}  // namespace

RecordPageHooks joining_page_hooks() { return {.detail_extra = joining_steps, .list_extra = joining_counts, .detail_fields = {}}; }

}  // namespace jamt::web
