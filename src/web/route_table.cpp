// Every URL Jämt serves: method, pattern (an ECMAScript regex matched against
// the whole decoded path), handler. The order does not matter — the router
// picks the most specific pattern and refuses two equally specific ones that
// match the same path (web/http/router.hpp). Add a feature by adding its rows
// here; tests/integration/route_table_test.cpp checks that each row is
// reachable.
#include "web/route_table.hpp"

#include "service/activities/activity_register.hpp"
#include "service/checklists/checklist_register.hpp"
#include "service/checklists/steering_document_register.hpp"
#include "service/groups/group_register.hpp"
#include "service/groups/meeting_register.hpp"
#include "service/groups/representative_change_register.hpp"
#include "service/joining/joining_register.hpp"
#include "service/organisations/organisation_register.hpp"
#include "service/organisations/person_register.hpp"
#include "web/account/account_handlers.hpp"
#include "web/activities/activity_handlers.hpp"
#include "web/checklists/checklist_handlers.hpp"
#include "web/groups/group_handlers.hpp"
#include "web/joining/joining_handlers.hpp"
#include "web/organisations/organisation_handlers.hpp"
#include "web/registers/register_handlers.hpp"
#include "web/commitments/commitment_handlers.hpp"  // issue 12 item 3 (engineer B)
#include "web/reporting/reporting_handlers.hpp"
#include "web/reporting/reporting_page_handlers.hpp"
#include "web/reporting/upload_handlers.hpp"
#include "web/surveys/authoring_page_handlers.hpp"
#include "web/surveys/respondent_page_handlers.hpp"
#include "web/surveys/survey_handlers.hpp"
#include "web/surveys/survey_results_handlers.hpp"
#include "web/surveys/survey_round_handlers.hpp"
#include "web/home/home_handlers.hpp"
#include "web/statistics/statistics_handlers.hpp"
#include "web/statistics_fetch/statistics_fetch_handlers.hpp"
#include "web/strategy/strategy_handlers.hpp"
#include "web/organisation_plan/plan_handlers.hpp"  // issue 12 C
#include "web/strategy_year/year_handlers.hpp"
#include "web/report_year/report_year_handlers.hpp"  // issue 14, items 1 and 6 (engineer R1)
#include "web/strategy/strategy_content_handlers.hpp"  // part A of issue 12
#include "web/strategy/strategy_editor_pages.hpp"     // part A of issue 12
#include "web/strategy/strategy_content_pages.hpp"    // part D of issue 12
#include "web/indicators/indicator_handlers.hpp"       // issue 13, engineer IA
#include "web/follow_up_round/follow_up_round_handlers.hpp"  // issue 14, item 2
#include "web/national/national_handlers.hpp"           // issue 14, engineer R4b
#include "web/portal/portal_handlers.hpp"               // issue 15 item 1 (engineer P1)
#include "web/accessibility/accessibility_handlers.hpp"  // issue 15 item 3, engineer A1
#include "web/news/news_handlers.hpp"                   // issue 15, item 1 (engineer P2)
#include "web/portal_settings/portal_settings_handlers.hpp"  // issue 15, item 1 (engineer P2)
#include "web/sitemap/sitemap_handlers.hpp"               // issue 15, item 1 (engineer P2)
#include "web/operations/operations_handlers.hpp"          // issue 16, items 2 and 6 (engineer H4)

namespace jamt::web {

namespace {
std::vector<Route> all_routes(store::Database& db, const service::MailSetup& mail);
}  // namespace

std::vector<Route> route_table(store::Database& db, const service::MailSetup& mail) {
  std::vector<Route> routes = all_routes(db, mail);
  // An expired or revoked API token is told so on every API route (issue 16).
  for (auto& r : routes)
    if (r.pattern.rfind("/api/", 0) == 0) r.handler = refusing_dead_tokens(db, std::move(r.handler));
  return routes;
}

namespace {

std::vector<Route> all_routes(store::Database& db, const service::MailSetup& mail) {
  using M = Method;
  const auto& organisations = service::organisation_rules();
  const auto& people = service::person_rules();
  const auto& groups = service::group_rules();
  const auto& members = service::group_member_rules();
  const auto& meetings = service::meeting_rules();
  const auto& attendance = service::attendance_rules();
  const auto& changes = service::representative_change_rules();
  const auto& checklists = service::checklist_rules();
  const auto& steering = service::steering_document_rules();
  const auto& joinings = service::joining_rules();

  return {
      // Start, strategies, national goals, static files, health
      {M::get, "/", start_page(db)},
      {M::get, "/static/(.+)", static_file(db)},
      {M::get, R"(/strategier/(\d{1,15}))", strategy_page(db)},
      {M::get, R"(/nationella-mal/(\d{4})/(\d{1,2}))", national_goal_page(db)},
      {M::get, "/healthz", healthz(db)},
      // Probes and metrics for operators (docs/operations.md; issue 16, engineer H4)
      {M::get, "/readyz", readyz(db)},
      {M::get, "/metrics", metrics(db)},
      {M::get, "/api/v1/regions", api_regions(db)},
      {M::get, "/api/v1/national-goals", api_national_goals(db)},
      {M::get, "/api/v1/strategies", api_strategies(db)},
      {M::get, "/api/v1/strategies/([^/]+)", api_strategy(db)},
      // Strategies: drafts, revisions and versions (docs/api.md)
      {M::post, "/api/v1/strategies", api_strategy_create(db)},
      {M::patch, R"(/api/v1/strategies/(\d{1,15}))", api_strategy_update(db)},
      {M::post, R"(/api/v1/strategies/(\d{1,15})/nodes)", api_strategy_node_create(db)},
      {M::patch, R"(/api/v1/strategies/(\d{1,15})/nodes/(\d{1,15}))", api_strategy_node_update(db)},
      {M::del, R"(/api/v1/strategies/(\d{1,15})/nodes/(\d{1,15}))", api_strategy_node_delete(db)},
      {M::post, R"(/api/v1/strategies/(\d{1,15})/adopt)", api_strategy_adopt(db)},
      {M::get, R"(/api/v1/strategies/(\d{1,15})/versions)", api_strategy_versions(db)},
      {M::get, R"(/api/v1/strategies/(\d{1,15})/versions/(\d{1,9}))", api_strategy_version(db)},
      {M::get, R"(/api/v1/strategies/(\d{1,15})/versions/(\d{1,9})/diff/(\d{1,9}))", api_strategy_version_diff(db)},
      // Strategies: editing the content, archiving, drafts from a file (issue 12 item 1, part A)
      {M::post, R"(/api/v1/strategies/(\d{1,15})/nodes/(\d{1,15})/position)", api_strategy_node_position(db)},
      {M::post, R"(/api/v1/strategies/(\d{1,15})/nodes/(\d{1,15})/indicators)", api_strategy_indicator_create(db)},
      {M::put, R"(/api/v1/strategies/(\d{1,15})/nodes/(\d{1,15})/indicators/(\d{1,15}))", api_strategy_indicator_update(db)},
      {M::del, R"(/api/v1/strategies/(\d{1,15})/nodes/(\d{1,15})/indicators/(\d{1,15}))", api_strategy_indicator_delete(db)},
      {M::post, R"(/api/v1/strategies/(\d{1,15})/nodes/(\d{1,15})/indicators/(\d{1,15})/position)",
       api_strategy_indicator_position(db)},
      {M::post, R"(/api/v1/strategies/(\d{1,15})/nodes/(\d{1,15})/problem-areas)", api_strategy_problem_area_create(db)},
      {M::put, R"(/api/v1/strategies/(\d{1,15})/nodes/(\d{1,15})/problem-areas/(\d{1,5}))",
       api_strategy_problem_area_update(db)},
      {M::del, R"(/api/v1/strategies/(\d{1,15})/nodes/(\d{1,15})/problem-areas/(\d{1,5}))",
       api_strategy_problem_area_delete(db)},
      {M::put, R"(/api/v1/strategies/(\d{1,15})/action-plan)", api_strategy_action_plan_put(db)},
      {M::del, R"(/api/v1/strategies/(\d{1,15})/action-plan)", api_strategy_action_plan_delete(db)},
      {M::post, R"(/api/v1/strategies/(\d{1,15})/action-plan/objectives)", api_strategy_objective_create(db)},
      {M::put, R"(/api/v1/strategies/(\d{1,15})/action-plan/objectives/(\d{1,5}))", api_strategy_objective_update(db)},
      {M::del, R"(/api/v1/strategies/(\d{1,15})/action-plan/objectives/(\d{1,5}))", api_strategy_objective_delete(db)},
      {M::post, R"(/api/v1/strategies/(\d{1,15})/archive)", api_strategy_archive(db)},
      {M::post, "/api/v1/strategies/import", api_strategy_import_new(db), kStrategyDocumentMaxBody},
      {M::post, R"(/api/v1/strategies/(\d{1,15})/import)", api_strategy_import_revision(db), kStrategyDocumentMaxBody},
      // Strategy editor pages (issue 12 item 2, part A)
      {M::get, "/strategier/ny", strategy_new_form(db)},
      {M::post, "/strategier/ny", strategy_new_submit(db)},
      {M::post, "/strategier/ny/fil", strategy_new_file_submit(db), kStrategyDocumentMaxBody},
      {M::get, R"(/strategier/(\d{1,15})/redigera)", strategy_editor_page(db)},
      {M::get, R"(/strategier/(\d{1,15})/redigera/uppgifter)", strategy_fields_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/redigera/uppgifter)", strategy_fields_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/anta)", strategy_adopt_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/anta)", strategy_adopt_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/arkivera)", strategy_archive_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/arkivera)", strategy_archive_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/las-in)", strategy_file_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/las-in)", strategy_file_submit(db), kStrategyDocumentMaxBody},
      {M::get, R"(/strategier/(\d{1,15})/mal/ny)", strategy_node_new_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/ny)", strategy_node_new_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/mal/(\d{1,15}))", strategy_node_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15}))", strategy_node_submit(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/flytta)", strategy_node_move(db)},
      {M::get, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/ta-bort)", strategy_node_remove_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/ta-bort)", strategy_node_remove_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/indikatorer)", strategy_indicators_page(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/indikatorer)", strategy_indicator_add(db)},
      {M::get, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/indikatorer/(\d{1,15}))", strategy_indicator_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/indikatorer/(\d{1,15}))", strategy_indicator_submit(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/indikatorer/(\d{1,15})/ta-bort)", strategy_indicator_remove(db)},
      // Strategy editor pages for problem areas, the action plan and commitments (issue 12 item 1, part D)
      {M::get, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/problemomraden)", strategy_problems_page(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/problemomraden)", strategy_problem_add(db)},
      {M::get, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/problemomraden/(\d{1,15}))", strategy_problem_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/problemomraden/(\d{1,15}))", strategy_problem_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/problemomraden/(\d{1,15})/ta-bort)", strategy_problem_remove_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/problemomraden/(\d{1,15})/ta-bort)", strategy_problem_remove_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/handlingsplan)", strategy_plan_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/handlingsplan)", strategy_plan_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/handlingsplan/ta-bort)", strategy_plan_remove_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/handlingsplan/ta-bort)", strategy_plan_remove_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/handlingsplan/delmal/ny)", strategy_objective_new_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/handlingsplan/delmal/ny)", strategy_objective_new_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/handlingsplan/delmal/(\d{1,15}))", strategy_objective_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/handlingsplan/delmal/(\d{1,15}))", strategy_objective_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/handlingsplan/delmal/(\d{1,15})/ta-bort)", strategy_objective_remove_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/handlingsplan/delmal/(\d{1,15})/ta-bort)", strategy_objective_remove_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/ataganden)", strategy_commitments_page(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/ataganden)", strategy_commitment_add(db)},
      {M::get, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/ataganden/(\d{1,15}))", strategy_commitment_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/ataganden/(\d{1,15}))", strategy_commitment_submit(db)},
      {M::get, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/ataganden/(\d{1,15})/ta-bort)", strategy_commitment_remove_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/mal/(\d{1,15})/ataganden/(\d{1,15})/ta-bort)", strategy_commitment_remove_submit(db)},

      // Account
      {M::get, "/logga-in", login_form_page(db)},
      {M::post, "/logga-in", login_submit(db)},
      {M::post, "/logga-ut", logout_submit(db)},
      {M::post, "/api/v1/auth/login", api_login(db)},
      {M::post, "/api/v1/auth/logout", api_logout(db)},
      {M::get, "/api/v1/auth/me", api_me(db)},
      {M::get, "/glomt-losenord", forgot_password_page(db)},
      {M::post, "/glomt-losenord", forgot_password_submit(db, mail)},
      {M::get, "/konto/losenord/([0-9a-f]{64})", choose_password_page(db)},
      {M::post, "/konto/losenord/([0-9a-f]{64})", choose_password_submit(db)},

      // Invitations and accounts
      {M::get, "/konton/bjud-in", invite_form_page(db)},
      {M::post, "/konton/bjud-in", invite_submit(db, mail)},
      {M::get, "/konton", accounts_page(db)},
      {M::get, R"(/konton/(\d{1,15}))", account_page(db)},
      {M::post, R"(/konton/(\d{1,15}))", account_submit(db)},
      {M::post, "/api/v1/users", api_invite_user(db, mail)},
      {M::get, "/api/v1/users", api_users(db)},
      {M::get, R"(/api/v1/users/(\d{1,15}))", api_user(db)},
      // Issue 16, item 4 (engineer H2): API tokens listed by owner and admins
      {M::get, "/konto/nycklar", own_tokens_page(db)},
      {M::get, R"(/konton/(\d{1,15})/nycklar)", account_tokens_page(db)},
      {M::get, R"(/api/v1/users/(\d{1,15})/tokens)", api_account_tokens(db)},
      {M::patch, R"(/api/v1/users/(\d{1,15}))", api_change_user(db)},

      // Statistics
      {M::get, "/statistik", statistics_list_page(db)},
      {M::get, R"(/statistik/(\d{1,15})(/data\.csv)?)", statistics_measure_page(db)},
      {M::get, "/statistik/importera", import_form_page(db)},
      {.method = M::post,
       .pattern = "/statistik/importera",
       .handler = import_submit(db),
       .max_body = kStatisticsMaxBody,
       .body_store = BodyStore::disk,
       .admit = import_admission(db)},
      {M::get, "/statistik/importer", import_batches_page(db)},
      {M::post, R"(/statistik/importer/(\d{1,15})/angra)", import_batch_rollback(db)},
      {M::get, "/api/v1/measures", api_measures(db)},
      {M::get, "/api/v1/measures/([^/]+)/data", api_measure_data(db)},
      {M::get, "/api/v1/measures/([^/]+)/analysis", api_measure_analysis(db)},
      {M::get, "/api/v1/statistics/batches", api_statistics_batches(db)},
      {M::del, R"(/api/v1/statistics/batches/([^/]+))", api_statistics_batch_rollback(db)},

      // Statistics fetched from SCB/Kolada (issue 13, item 4)
      {M::get, "/statistik/kallor", sources_page(db)},
      {M::post, "/statistik/kallor", source_add_submit(db)},
      {M::get, R"(/statistik/kallor/(\d{1,15}))", source_page(db)},
      {M::post, R"(/statistik/kallor/(\d{1,15})/hamta)", source_fetch_submit(db)},
      {M::get, "/api/v1/statistics/sources", api_statistics_sources(db)},
      {M::post, "/api/v1/statistics/sources", api_statistics_source_create(db)},
      {M::post, R"(/api/v1/statistics/sources/(\d{1,15})/fetch)", api_statistics_source_fetch(db)},

      // Audit trail of any register
      {M::get, "/api/v1/audit", api_audit(db)},

      // Organisations (register)
      {M::get, "/organisationer", record_list_page(db, organisations, organisation_page_hooks())},
      {M::get, R"(/organisationer/export\.csv)", record_export_csv(db, organisations)},
      {M::get, "/organisationer/ny", record_new_form(db, organisations)},
      {M::post, "/organisationer/ny", record_new_submit(db, organisations)},
      {M::get, R"(/organisationer/(\d+))", record_page(db, organisations, organisation_page_hooks())},
      {M::get, R"(/organisationer/(\d+)/andra)", record_edit_form(db, organisations)},
      {M::post, R"(/organisationer/(\d+)/andra)", record_edit_submit(db, organisations)},
      {M::post, R"(/organisationer/(\d+)/ta-bort)", record_delete_submit(db, organisations)},
      {M::get, "/api/v1/organisations", record_api_list(db, organisations)},
      {M::post, "/api/v1/organisations", record_api_create(db, organisations)},
      {M::get, R"(/api/v1/organisations/(\d+))", record_api_get(db, organisations)},
      {M::patch, R"(/api/v1/organisations/(\d+))", record_api_update(db, organisations)},
      {M::del, R"(/api/v1/organisations/(\d+))", record_api_delete(db, organisations)},
      {M::get, "/api/v1/organisations/summary", api_organisation_summary(db)},

      // People (register)
      {M::get, "/personer", record_list_page(db, people, person_page_hooks())},
      {M::get, R"(/personer/export\.csv)", record_export_csv(db, people)},
      {M::get, "/personer/ny", record_new_form(db, people)},
      {M::post, "/personer/ny", record_new_submit(db, people)},
      {M::get, R"(/personer/(\d+))", record_page(db, people, person_page_hooks())},
      {M::get, R"(/personer/(\d+)/andra)", record_edit_form(db, people)},
      {M::post, R"(/personer/(\d+)/andra)", record_edit_submit(db, people)},
      {M::post, R"(/personer/(\d+)/ta-bort)", record_delete_submit(db, people)},
      {M::get, R"(/personer/(\d+)/export\.json)", person_export_download(db)},
      {M::get, "/api/v1/people", record_api_list(db, people)},
      {M::post, "/api/v1/people", record_api_create(db, people)},
      {M::get, R"(/api/v1/people/(\d+))", record_api_get(db, people)},
      {M::patch, R"(/api/v1/people/(\d+))", record_api_update(db, people)},
      {M::del, R"(/api/v1/people/(\d+))", record_api_delete(db, people)},
      {M::get, R"(/api/v1/people/(\d+)/export)", api_person_export(db)},

      // Joinings (register) with the public application and list
      {M::get, "/anslutningar", record_list_page(db, joinings, joining_page_hooks())},
      {M::get, R"(/anslutningar/export\.csv)", record_export_csv(db, joinings)},
      {M::get, "/anslutningar/ny", record_new_form(db, joinings)},
      {M::post, "/anslutningar/ny", record_new_submit(db, joinings)},
      {M::get, R"(/anslutningar/(\d+))", record_page(db, joinings, joining_page_hooks())},
      {M::get, R"(/anslutningar/(\d+)/andra)", record_edit_form(db, joinings)},
      {M::post, R"(/anslutningar/(\d+)/andra)", record_edit_submit(db, joinings)},
      {M::post, R"(/anslutningar/(\d+)/ta-bort)", record_delete_submit(db, joinings)},
      {M::post, R"(/anslutningar/(\d+)/godkann)", joining_step_submit(db, "godkann")},
      {M::post, R"(/anslutningar/(\d+)/avsla)", joining_step_submit(db, "avsla")},
      {M::post, R"(/anslutningar/(\d+)/uttrade)", joining_step_submit(db, "uttrade")},
      {M::post, R"(/anslutningar/(\d+)/uppfoljning)", joining_step_submit(db, "uppfoljning")},
      {M::post, R"(/anslutningar/(\d+)/handlingsplan)", joining_step_submit(db, "handlingsplan"), kDocumentMaxBody},
      {M::get, R"(/anslutningar/(\d+)/handlingsplan)", joining_action_plan_download(db)},
      {M::get, "/anslutningar/forsenade-uppfoljningar", joining_overdue_page(db)},
      // Issue 16, item 4 (engineer H2): the queue of pending applications, cleared in one step
      {M::get, "/anslutningar/vantande", joining_pending_page(db)},
      {M::post, "/anslutningar/vantande/avsla", joining_pending_reject(db)},
      {M::get, R"(/anslut/(\d\d))", joining_apply_form(db)},
      {M::post, R"(/anslut/(\d\d))", joining_apply_submit(db), kDocumentMaxBody},
      {M::get, "/anslutna", joined_list_page(db)},
      {M::get, R"(/anslutna/(\d\d))", joined_county_page(db)},
      {M::get, R"(/anslutna/(\d\d)\.csv)", joined_county_csv(db)},
      {M::get, R"(/api/v1/counties/(\d+)/joined)", api_county_joined(db)},
      {M::get, "/api/v1/joinings", record_api_list(db, joinings)},
      {M::post, "/api/v1/joinings", record_api_create(db, joinings)},
      {M::get, R"(/api/v1/joinings/(\d+))", record_api_get(db, joinings)},
      {M::patch, R"(/api/v1/joinings/(\d+))", record_api_update(db, joinings)},
      {M::del, R"(/api/v1/joinings/(\d+))", record_api_delete(db, joinings)},
      {M::post, R"(/api/v1/joinings/(\d+)/approve)", api_joining_approve(db)},
      {M::post, R"(/api/v1/joinings/(\d+)/reject)", api_joining_reject(db)},
      {M::post, R"(/api/v1/joinings/(\d+)/withdraw)", api_joining_withdraw(db)},
      {M::post, R"(/api/v1/joinings/(\d+)/follow-up)", api_joining_follow_up(db)},
      {M::get, R"(/api/v1/joinings/(\d+)/follow-ups)", api_joining_follow_ups(db)},
      {M::get, R"(/api/v1/joinings/(\d+)/action-plan)", api_joining_action_plan(db)},
      {M::get, "/api/v1/joinings/summary", api_joining_summary(db)},
      {M::get, "/api/v1/joinings/overdue", api_joining_overdue(db)},

      // Groups (register), members, meetings, attendance, changes of representative
      {M::get, "/grupper", record_list_page(db, groups, group_page_hooks())},
      {M::get, R"(/grupper/export\.csv)", record_export_csv(db, groups)},
      {M::get, "/grupper/ny", record_new_form(db, groups)},
      {M::post, "/grupper/ny", record_new_submit(db, groups)},
      {M::get, R"(/grupper/(\d+))", record_page(db, groups, group_page_hooks())},
      {M::get, R"(/grupper/(\d+)/andra)", record_edit_form(db, groups)},
      {M::post, R"(/grupper/(\d+)/andra)", record_edit_submit(db, groups)},
      {M::post, R"(/grupper/(\d+)/ta-bort)", record_delete_submit(db, groups)},
      {M::get, R"(/grupper/(\d+)/narvaro\.csv)", group_attendance_csv(db)},
      {M::get, "/api/v1/groups", record_api_list(db, groups)},
      {M::post, "/api/v1/groups", record_api_create(db, groups)},
      {M::get, R"(/api/v1/groups/(\d+))", record_api_get(db, groups)},
      {M::patch, R"(/api/v1/groups/(\d+))", record_api_update(db, groups)},
      {M::del, R"(/api/v1/groups/(\d+))", record_api_delete(db, groups)},
      {M::get, R"(/api/v1/groups/(\d+)/attendance)", api_group_attendance(db)},

      {M::get, "/grupper/medlemskap", record_list_page(db, members)},
      {M::get, R"(/grupper/medlemskap/export\.csv)", record_export_csv(db, members)},
      {M::get, "/grupper/medlemskap/ny", record_new_form(db, members)},
      {M::post, "/grupper/medlemskap/ny", record_new_submit(db, members)},
      {M::get, R"(/grupper/medlemskap/(\d+))", record_page(db, members)},
      {M::get, R"(/grupper/medlemskap/(\d+)/andra)", record_edit_form(db, members)},
      {M::post, R"(/grupper/medlemskap/(\d+)/andra)", record_edit_submit(db, members)},
      {M::post, R"(/grupper/medlemskap/(\d+)/ta-bort)", record_delete_submit(db, members)},
      {M::get, "/api/v1/group-members", record_api_list(db, members)},
      {M::post, "/api/v1/group-members", record_api_create(db, members)},
      {M::get, R"(/api/v1/group-members/(\d+))", record_api_get(db, members)},
      {M::patch, R"(/api/v1/group-members/(\d+))", record_api_update(db, members)},
      {M::del, R"(/api/v1/group-members/(\d+))", record_api_delete(db, members)},

      {M::get, "/grupper/moten", record_list_page(db, meetings, meeting_page_hooks())},
      {M::get, R"(/grupper/moten/export\.csv)", record_export_csv(db, meetings)},
      {M::get, "/grupper/moten/ny", record_new_form(db, meetings)},
      {M::post, "/grupper/moten/ny", record_new_submit(db, meetings)},
      {M::get, R"(/grupper/moten/(\d+))", record_page(db, meetings, meeting_page_hooks())},
      {M::get, R"(/grupper/moten/(\d+)/andra)", record_edit_form(db, meetings)},
      {M::post, R"(/grupper/moten/(\d+)/andra)", record_edit_submit(db, meetings)},
      {M::post, R"(/grupper/moten/(\d+)/ta-bort)", record_delete_submit(db, meetings)},
      {M::post, R"(/grupper/moten/(\d+)/narvaro)", meeting_attendance_submit(db)},
      {M::get, "/api/v1/meetings", record_api_list(db, meetings)},
      {M::post, "/api/v1/meetings", record_api_create(db, meetings)},
      {M::get, R"(/api/v1/meetings/(\d+))", record_api_get(db, meetings)},
      {M::patch, R"(/api/v1/meetings/(\d+))", record_api_update(db, meetings)},
      {M::del, R"(/api/v1/meetings/(\d+))", record_api_delete(db, meetings)},
      {M::put, R"(/api/v1/meetings/(\d+)/attendance)", api_meeting_attendance(db)},

      {M::get, "/api/v1/meeting-attendance", record_api_list(db, attendance)},
      {M::post, "/api/v1/meeting-attendance", record_api_create(db, attendance)},
      {M::get, R"(/api/v1/meeting-attendance/(\d+))", record_api_get(db, attendance)},
      {M::patch, R"(/api/v1/meeting-attendance/(\d+))", record_api_update(db, attendance)},
      {M::del, R"(/api/v1/meeting-attendance/(\d+))", record_api_delete(db, attendance)},

      {M::get, "/grupper/byten", record_list_page(db, changes, representative_change_page_hooks())},
      {M::get, R"(/grupper/byten/export\.csv)", record_export_csv(db, changes)},
      {M::get, "/grupper/byten/ny", representative_change_form(db)},
      {M::post, "/grupper/byten/ny", representative_change_submit(db)},
      {M::get, R"(/grupper/byten/(\d+))", record_page(db, changes, representative_change_page_hooks())},
      {M::get, R"(/grupper/byten/(\d+)/andra)", record_edit_form(db, changes)},
      {M::post, R"(/grupper/byten/(\d+)/andra)", record_edit_submit(db, changes)},
      {M::post, R"(/grupper/byten/(\d+)/ta-bort)", record_delete_submit(db, changes)},
      {M::post, R"(/grupper/byten/(\d+)/bekrafta)", representative_change_confirm_submit(db)},
      {M::post, R"(/grupper/byten/(\d+)/avsla)", representative_change_reject_submit(db)},
      {M::get, "/api/v1/representative-changes", record_api_list(db, changes)},
      {M::post, "/api/v1/representative-changes", api_representative_change_create(db)},
      {M::get, R"(/api/v1/representative-changes/(\d+))", record_api_get(db, changes)},
      {M::patch, R"(/api/v1/representative-changes/(\d+))", record_api_update(db, changes)},
      {M::del, R"(/api/v1/representative-changes/(\d+))", record_api_delete(db, changes)},
      {M::post, R"(/api/v1/representative-changes/(\d+)/confirm)", api_representative_change_confirm(db)},
      {M::post, R"(/api/v1/representative-changes/(\d+)/reject)", api_representative_change_reject(db)},

      // Activities (insatser): own pages and API, no generic register routes
      {M::get, "/insatser", activity_list_page(db)},
      {M::get, R"(/insatser/export\.csv)", activity_export_csv(db)},
      {M::get, R"(/insatser/export\.xlsx)", activity_export_xlsx(db)},
      {M::get, "/insatser/sammanstallning", activity_summary_page(db)},
      {M::get, "/insatser/ny", activity_new_form(db)},
      {M::post, "/insatser/ny", activity_new_submit(db)},
      {M::get, R"(/insatser/(\d+))", activity_detail_page(db)},
      {M::get, R"(/insatser/(\d+)/andra)", activity_edit_form(db)},
      {M::post, R"(/insatser/(\d+)/andra)", activity_edit_submit(db)},
      {M::post, R"(/insatser/(\d+)/ta-bort)", activity_delete_submit(db)},
      {M::get, "/api/v1/activities", api_activity_list(db)},
      {M::post, "/api/v1/activities", api_activity_create(db)},
      {M::get, "/api/v1/activities/summary", api_activity_summary(db)},
      {M::get, R"(/api/v1/activities/(\d+))", api_activity_get(db)},
      {M::patch, R"(/api/v1/activities/(\d+))", api_activity_update(db)},
      {M::del, R"(/api/v1/activities/(\d+))", api_activity_delete(db)},

      // Surveys: questionnaires, invitations, answers by personal link (docs/surveys.md)
      {M::get, "/api/v1/surveys", api_survey_list(db)},
      {M::post, "/api/v1/surveys", api_survey_create(db)},
      {M::get, R"(/api/v1/surveys/(\d+))", api_survey_get(db)},
      {M::put, R"(/api/v1/surveys/(\d+))", api_survey_update(db)},
      {M::post, R"(/api/v1/surveys/(\d+)/open)", api_survey_open(db)},
      {M::post, R"(/api/v1/surveys/(\d+)/close)", api_survey_close(db)},
      {M::post, R"(/api/v1/surveys/(\d+)/rounds)", api_survey_next_round(db)},
      {M::post, R"(/api/v1/surveys/(\d+)/invitations)", api_survey_invite(db, mail), 8u << 20},
      {M::post, R"(/api/v1/surveys/(\d+)/invitations/from-register)", api_survey_invite_from_register(db, mail)},
      {M::get, "/api/v1/survey-templates", api_survey_templates(db)},
      {M::post, R"(/api/v1/surveys/(\d+)/open-link)", api_survey_open_link(db, mail)},
      {M::get, R"(/api/v1/responses/([0-9a-f]{64}))", api_response_get(db)},
      {M::put, R"(/api/v1/responses/([0-9a-f]{64}))", api_response_save(db)},
      {M::post, R"(/api/v1/responses/([0-9a-f]{64})/opt-out)", api_response_opt_out(db)},
      // Surveys, the board's pages: list, new, overview, questions, invitations (docs/surveys.md, "Pages")
      {M::get, "/enkater", survey_list_page(db)},
      {M::get, "/enkater/ny", survey_new_form(db)},
      {M::post, "/enkater/ny", survey_new_submit(db)},
      {M::get, R"(/enkater/(\d+))", survey_overview_page(db)},
      {M::post, R"(/enkater/(\d+)/status)", survey_status_submit(db)},
      {M::post, R"(/enkater/(\d+)/fragor)", survey_question_add(db)},
      {M::post, R"(/enkater/(\d+)/fragor/([A-Za-z0-9_-]{1,40}))", survey_question_submit(db)},
      {M::post, R"(/enkater/(\d+)/inbjudan)", survey_invite_csv_submit(db, mail), 8u << 20},
      {M::post, R"(/enkater/(\d+)/register)", survey_invite_register_submit(db, mail)},
      {M::post, R"(/enkater/(\d+)/lan)", survey_invite_counties_submit(db, mail)},
      {M::post, R"(/enkater/(\d+)/oppen-lank)", survey_open_link_submit(db, mail)},
      {M::post, R"(/enkater/(\d+)/paminn)", survey_remind_submit(db, mail)},
      {M::post, R"(/enkater/(\d+)/omgang)", survey_next_round_submit(db)},
      {M::get, R"(/enkat/oppen/([0-9a-f]{64}))", survey_open_link_page(db)},
      {M::get, R"(/enkat/([0-9a-f]{64}))", survey_response_page(db)},
      {M::post, R"(/enkat/([0-9a-f]{64}))", survey_response_submit(db)},

      // Survey results: numbers, files, hidden open answers, the results page (docs/survey_results.md)
      {M::get, R"(/api/v1/surveys/(\d+)/results)", api_survey_results(db)},
      {M::get, R"(/api/v1/surveys/(\d+)/results\.csv)", api_survey_results_csv(db)},
      {M::get, R"(/api/v1/surveys/(\d+)/results\.xlsx)", api_survey_results_xlsx(db)},
      {M::get, R"(/api/v1/surveys/(\d+)/answers\.csv)", api_survey_answers_csv(db)},
      {M::get, R"(/api/v1/surveys/(\d+)/answers\.xlsx)", api_survey_answers_xlsx(db)},
      {M::post, R"(/api/v1/surveys/(\d+)/texts/hide)", api_survey_text_hide(db, true)},
      {M::post, R"(/api/v1/surveys/(\d+)/texts/unhide)", api_survey_text_hide(db, false)},
      {M::get, R"(/enkater/(\d+)/resultat)", survey_results_page(db)},
      {M::post, R"(/enkater/(\d+)/resultat/dolj)", survey_results_hide_submit(db)},

      // Periodic reporting: forms, submissions, completeness (docs/reporting.md)
      {M::get, "/api/v1/forms", api_form_list(db)},
      {M::post, "/api/v1/forms", api_form_create(db)},
      {M::get, R"(/api/v1/forms/(\d+))", api_form_get(db)},
      {M::put, R"(/api/v1/forms/(\d+))", api_form_update(db)},
      {M::get, R"(/api/v1/forms/(\d+)/completeness)", api_form_completeness(db)},
      {M::get, R"(/api/v1/forms/(\d+)/submissions/(\d+)/([^/]+))", api_submission_get(db)},
      {M::put, R"(/api/v1/forms/(\d+)/submissions/(\d+)/([^/]+))", api_submission_save(db)},
      {M::post, R"(/api/v1/forms/(\d+)/submissions/(\d+)/([^/]+)/submit)", api_submission_submit(db)},
      {M::post, R"(/api/v1/forms/(\d+)/submissions/(\d+)/([^/]+)/approve)", api_submission_approve(db)},
      {M::post, R"(/api/v1/forms/(\d+)/submissions/(\d+)/([^/]+)/return)", api_submission_return(db)},
      {M::post, R"(/api/v1/forms/(\d+)/submissions/(\d+)/([^/]+)/reopen)", api_submission_reopen(db)},

      // Periodic reporting, pages: "Att rapportera", the submission page and the board's decisions,
      // completeness per form, per county (and its JSON twin), an organisation's history
      {M::get, "/rapportering", reporting_home_page(db)},
      {M::get, R"(/rapportering/formular/(\d+))", reporting_form_page(db)},
      {M::get, R"(/rapportering/formular/(\d+)/nationellt)", reporting_national_page(db)},
      {M::get, R"(/rapportering/formular/(\d+)/(\d+)/([^/]+))", reporting_submission_page(db)},
      {M::post, R"(/rapportering/formular/(\d+)/(\d+)/([^/]+))", reporting_submission_submit(db)},
      {M::post, R"(/rapportering/formular/(\d+)/(\d+)/([^/]+)/godkann)", reporting_decision_submit(db, "godkann")},
      {M::post, R"(/rapportering/formular/(\d+)/(\d+)/([^/]+)/returnera)", reporting_decision_submit(db, "returnera")},
      {M::post, R"(/rapportering/formular/(\d+)/(\d+)/([^/]+)/oppna-igen)", reporting_decision_submit(db, "oppna-igen")},
      {M::get, R"(/rapportering/organisation/(\d+))", reporting_organisation_page(db)},
      {M::get, R"(/api/v1/forms/(\d+)/completeness/counties)", api_form_county_completeness(db)},
      // Periodic reporting, upload: the template and the upload of a period's
      // reports, all or nothing (docs/reporting.md, "Upload")
      {M::get, R"(/rapportering/formular/(\d+)/mall\.csv)", reporting_template_csv(db)},
      {M::get, R"(/rapportering/formular/(\d+)/mall\.xlsx)", reporting_template_xlsx(db)},
      {M::get, R"(/rapportering/formular/(\d+)/uppladdning)", reporting_upload_page(db)},
      {M::post, R"(/rapportering/formular/(\d+)/uppladdning)", reporting_upload_submit(db), kReportingUploadMaxBody},
      {M::post, R"(/api/v1/forms/(\d+)/uploads)", api_form_upload(db), kReportingUploadMaxBody},
      // Issue 10, reminders + demo + home pages: the home page by role (docs/anvandarguide.md, "Att göra")
      {M::get, "/hem", home_page(db)},

      // Checklists (register with its own form and API)
      {M::get, "/checklistor", record_list_page(db, checklists, checklist_page_hooks())},
      {M::get, R"(/checklistor/export\.csv)", record_export_csv(db, checklists)},
      {M::get, "/checklistor/ny", checklist_new_form(db)},
      {M::post, "/checklistor/ny", checklist_new_submit(db)},
      {M::get, R"(/checklistor/(\d+))", record_page(db, checklists, checklist_page_hooks())},
      {M::get, R"(/checklistor/(\d+)/andra)", checklist_edit_form(db)},
      {M::post, R"(/checklistor/(\d+)/andra)", checklist_edit_submit(db)},
      {M::post, R"(/checklistor/(\d+)/ta-bort)", record_delete_submit(db, checklists)},
      {M::get, "/checklistor/sammanstallning", checklist_county_summary_page(db)},
      {M::get, R"(/checklistor/organisation/(\d+))", checklist_organisation_summary_page(db)},
      {M::get, "/api/v1/checklists", api_checklist_list(db)},
      {M::post, "/api/v1/checklists", api_checklist_create(db)},
      {M::get, "/api/v1/checklists/summary", api_checklist_summary(db)},
      {M::get, R"(/api/v1/checklists/(\d+))", api_checklist_get(db)},
      {M::patch, R"(/api/v1/checklists/(\d+))", api_checklist_update(db)},
      {M::del, R"(/api/v1/checklists/(\d+))", api_checklist_delete(db)},

      // Steering documents (register)
      {M::get, "/styrdokument", record_list_page(db, steering, steering_document_page_hooks())},
      {M::get, R"(/styrdokument/export\.csv)", record_export_csv(db, steering)},
      {M::get, "/styrdokument/ny", record_new_form(db, steering)},
      {M::post, "/styrdokument/ny", record_new_submit(db, steering)},
      {M::get, R"(/styrdokument/(\d+))", record_page(db, steering, steering_document_page_hooks())},
      {M::get, R"(/styrdokument/(\d+)/andra)", record_edit_form(db, steering)},
      {M::post, R"(/styrdokument/(\d+)/andra)", record_edit_submit(db, steering)},
      {M::post, R"(/styrdokument/(\d+)/ta-bort)", record_delete_submit(db, steering)},
      {M::get, R"(/styrdokument/(\d+)/bedomning)", steering_document_assessment_form(db)},
      {M::post, R"(/styrdokument/(\d+)/bedomning)", steering_document_assessment_submit(db)},
      {M::get, "/styrdokument/sammanstallning", steering_document_summary_page(db)},
      {M::get, "/api/v1/steering-documents", record_api_list(db, steering)},
      {M::post, "/api/v1/steering-documents", record_api_create(db, steering)},
      {M::get, "/api/v1/steering-documents/summary", api_steering_document_summary(db)},
      {M::get, R"(/api/v1/steering-documents/(\d+))", record_api_get(db, steering)},
      {M::patch, R"(/api/v1/steering-documents/(\d+))", record_api_update(db, steering)},
      {M::del, R"(/api/v1/steering-documents/(\d+))", record_api_delete(db, steering)},
      {M::post, R"(/api/v1/steering-documents/(\d+)/assessment)", api_steering_document_assessment(db)},

      // Issue 12, part C: organisations' own plans tied to the action plan and
      // goals, the board's view per target, follow-ups with substance
      // (docs/organisation-plans.md)
      {M::get, R"(/organisationer/(\d+)/plan)", organisation_plan_page(db)},
      {M::post, R"(/organisationer/(\d+)/plan)", organisation_plan_submit(db)},
      {M::get, R"(/api/v1/organisations/(\d+)/plan-links)", api_organisation_plan_get(db)},
      {M::put, R"(/api/v1/organisations/(\d+)/plan-links)", api_organisation_plan_put(db)},
      {M::get, R"(/strategier/(\d{1,15})/handlingsplan/bidrag)", plan_contributions_page(db)},
      {M::get, R"(/api/v1/strategies/(\d{1,15})/action-plan/contributions)", api_plan_contributions(db)},
      {M::get, R"(/anslutningar/(\d+)/uppfoljningar)", joining_follow_ups_page(db)},
      // Strategy commitments followed up (issue 12 item 3, engineer B)
      {M::get, R"(/strategier/(\d{1,15})/ataganden)", commitments_page(db)},
      {M::post, R"(/strategier/(\d{1,15})/ataganden/(\d{1,15})/status)", commitment_status_form(db)},
      {M::get, R"(/api/v1/strategies/(\d{1,15})/commitments)", api_commitments(db)},
      {M::post, R"(/api/v1/strategies/(\d{1,15})/commitments)", api_commitment_create(db)},
      {M::patch, R"(/api/v1/strategies/(\d{1,15})/commitments/(\d{1,15}))", api_commitment_update(db)},
      {M::del, R"(/api/v1/strategies/(\d{1,15})/commitments/(\d{1,15}))", api_commitment_delete(db)},
      {M::put, R"(/api/v1/strategies/(\d{1,15})/commitments/(\d{1,15})/status/(\d{4}))", api_commitment_status(db)},
      // end of engineer B's routes
      // A strategist's view of a strategy's year (issue 12, item 6)
      {M::get, R"(/strategier/(\d{1,15})/ar/(\d{4}))", strategy_year_page(db)},
      {M::get, R"(/api/v1/strategies/(\d{1,15})/years/(\d{4}))", api_strategy_year(db)},
      // Issue 14, items 1 and 6 (engineer R1): the yearly follow-up, its
      // sections' texts, publishing and the published versions.
      {M::get, R"(/strategier/(\d{1,15})/uppfoljning/(\d{4}))", yearly_report_page(db)},
      {M::post, R"(/strategier/(\d{1,15})/uppfoljning/(\d{4})/avsnitt)", save_report_section_form(db)},
      {M::post, R"(/strategier/(\d{1,15})/uppfoljning/(\d{4})/publicera)", publish_report_form(db)},
      {M::get, R"(/rapporter/(\d{1,15}))", published_report_page(db)},
      {M::get, R"(/rapporter/(\d{1,15})/filer/(html|json|xlsx|pdf))", published_report_file(db)},
      {M::get, R"(/api/v1/reports/strategies/(\d{1,15})/(\d{4}))", api_yearly_report(db)},
      {M::post, R"(/api/v1/reports/strategies/(\d{1,15})/(\d{4})/publish)", api_publish_yearly_report(db)},
      {M::get, R"(/api/v1/reports/(\d{1,15}))", api_published_report(db)},
      // End of issue 14, items 1 and 6.
      // Indicators that compute themselves (issue 13, engineer IA): the
      // indicator's page and typed-in values, the progress method, the API
      {M::get, R"(/indikatorer/(\d{1,15}))", indicator_page(db)},
      {M::post, R"(/indikatorer/(\d{1,15})/varden)", indicator_values_submit(db)},
      {M::get, "/indikatorer/metod", indicator_method_page(db)},
      {M::get, R"(/api/v1/indicators/(\d{1,15}))", api_indicator(db)},
      {M::get, R"(/api/v1/indicators/(\d{1,15})/values)", api_indicator_values(db)},
      // end of engineer IA's routes
      // The three-year follow-up of joined organisations (issue 14, item 2):
      // the round of a county and year, one organisation's follow-up
      {M::get, R"(/uppfoljning/(\d\d)/(\d{4}))", follow_up_round_page(db)},
      {M::get, R"(/uppfoljning/(\d\d)/(\d{4})/organisationer/(\d+))", organisation_follow_up_page(db)},
      // end of the follow-up round's routes
      // The national level (issue 14, item 3; engineer R4b): the
      // compilation, the action plan, resources, learning examples
      {M::get, R"(/nationellt/(\d{4}))", national_report_page(db)},
      {M::get, "/nationellt/handlingsplan", national_plan_page(db)},
      {M::post, "/nationellt/handlingsplan", national_plan_submit(db)},
      {M::get, R"(/nationellt/resurser/(\d{4}))", national_resources_page(db)},
      {M::post, R"(/nationellt/resurser/(\d{4}))", national_resources_submit(db)},
      {M::get, "/nationellt/exempel", national_examples_page(db)},
      {M::post, R"(/insatser/(\d+)/exempel)", activity_example_submit(db)},
      {M::get, R"(/api/v1/reports/national/(\d{4}))", api_national_report(db)},
      {M::get, "/api/v1/national/plan", api_national_plan(db)},
      {M::put, "/api/v1/national/plan", api_national_plan_save(db)},
      {M::get, R"(/api/v1/national/resources/(\d{4}))", api_national_resources(db)},
      // end of engineer R4b's routes
      // The county portal (issue 15, item 1; engineer P1): the public page of
      // one county and its statistics as files (docs/portal.md)
      {M::get, R"(/lan/(\d\d))", county_portal_page(db)},
      {M::get, R"(/lan/(\d\d)/statistik\.(csv|xlsx|json))", county_portal_statistics_file(db)},
      // end of engineer P1's routes

      // Accessibility statement (issue 15 item 3, engineer A1; docs/accessibility.md)
      {M::get, "/tillganglighet", accessibility_statement_page(db)},
      // Issue 15, item 1 (engineer P2): the counties, a county's contact and
      // news with its Atom feed, the sitemap (docs/news.md)
      {M::get, "/lan", county_list_page(db)},
      {M::get, R"(/lan/(\d\d)/installningar)", county_settings_form(db)},
      {M::post, R"(/lan/(\d\d)/installningar)", county_settings_submit(db)},
      {M::get, R"(/lan/(\d\d)/nyheter)", news_list_page(db)},
      {M::get, R"(/lan/(\d\d)/nyheter\.atom)", news_feed(db, mail)},
      {M::get, R"(/lan/(\d\d)/nyheter/ny)", news_new_form(db)},
      {M::post, R"(/lan/(\d\d)/nyheter/ny)", news_create(db)},
      {M::get, R"(/lan/(\d\d)/nyheter/(\d{1,15}))", news_item_page(db)},
      {M::get, R"(/lan/(\d\d)/nyheter/(\d{1,15})/andra)", news_edit_form(db)},
      {M::post, R"(/lan/(\d\d)/nyheter/(\d{1,15})/andra)", news_update(db)},
      {M::post, R"(/lan/(\d\d)/nyheter/(\d{1,15})/publicera)", news_publish(db)},
      {M::get, R"(/lan/(\d\d)/nyheter/(\d{1,15})/ta-bort)", news_remove_form(db)},
      {M::post, R"(/lan/(\d\d)/nyheter/(\d{1,15})/ta-bort)", news_remove(db)},
      {M::get, R"(/sitemap\.xml)", sitemap_xml(db, mail)},
      {M::get, R"(/robots\.txt)", robots_txt(mail)},
      // end of engineer P2's routes
  };
}

}  // namespace

}  // namespace jamt::web
