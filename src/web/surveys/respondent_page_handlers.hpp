#pragma once
// The respondent's page /enkat/{token} (docs/surveys.md, "Answering"): the
// questionnaire as a plain HTML form — no account, no JavaScript — with
// "Spara och fortsätt senare", "Skicka in" and "Tacka nej". The token in
// the path is the only key; a form on another site cannot post to a link
// it does not know, so the form carries no CSRF token.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /enkat/{token}: the form with the saved answers; 404 for an unknown
// link, 410 once submitted or when the survey is not open.
Handler survey_response_page(store::Database& db);
// POST /enkat/{token}: saves (action=spara), submits (action=skicka) or
// declines (action=avboj); 400 with each error beside its question.
Handler survey_response_submit(store::Database& db);

}  // namespace jamt::web
