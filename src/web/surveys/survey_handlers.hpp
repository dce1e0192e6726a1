#pragma once
// The survey JSON API (docs/api.md, "Surveys"): surveys, invitations, and
// the respondent's answers through a personal link. Each function returns
// the handler of one route of web/route_table.cpp, bound to `db` (and
// `mail`), which must outlive it. Handlers answer every failure themselves
// with the JSON error shape and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /api/v1/surveys → [{id, title, round, county_code, national, anonymous, status, invited, completed}].
Handler api_survey_list(store::Database& db);
// POST /api/v1/surveys: creates a draft survey; 201 with the survey.
Handler api_survey_create(store::Database& db);
// GET /api/v1/surveys/{id}: the survey with its questions.
Handler api_survey_get(store::Database& db);
// PUT /api/v1/surveys/{id}: changes it; "changes" says what happened to each question.
Handler api_survey_update(store::Database& db);
// POST /api/v1/surveys/{id}/open and /close.
Handler api_survey_open(store::Database& db);
Handler api_survey_close(store::Database& db);
// POST /api/v1/surveys/{id}/invitations {respondents: [{email, name?, profile?, county_code?}]} → {invited};
// with Content-Type text/csv the body is a CSV list (service::invite_from_csv).
Handler api_survey_invite(store::Database& db, const service::MailSetup& mail);
// POST /api/v1/surveys/{id}/invitations/from-register {source, group_id?, dry_run?} → {invited}
// (with dry_run: {would_invite}, nothing sent).
Handler api_survey_invite_from_register(store::Database& db, const service::MailSetup& mail);
// POST /api/v1/surveys/{id}/open-link {enabled, allow_repeat?} → {enabled, allow_repeat, url?, token?}.
Handler api_survey_open_link(store::Database& db, const service::MailSetup& mail);
// GET /api/v1/survey-templates → the templates with their questions (service::survey_templates_json).
Handler api_survey_templates(store::Database& db);
// GET /api/v1/responses/{token} → {survey, answers, submitted, opted_out}; no account.
Handler api_response_get(store::Database& db);
// PUT /api/v1/responses/{token} {answers, submit}; 409 once submitted.
Handler api_response_save(store::Database& db);
// POST /api/v1/responses/{token}/opt-out → 204.
Handler api_response_opt_out(store::Database& db);

}  // namespace jamt::web
