#pragma once
// The board's survey pages (docs/surveys.md, "Pages"): the list, the form
// for a new survey, and a survey's overview with its status, questions and
// invitations. Every form posts without JavaScript with the session's CSRF
// token; after an error the page is shown again (400) with each message
// beside its field and in a summary, and what was typed kept. Each function
// returns the handler of one route of web/route_table.cpp, bound to `db`
// (and `mail`), which must outlive it.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /enkater: the surveys the viewer may read.
Handler survey_list_page(store::Database& db);
// GET /enkater/ny and POST /enkater/ny (→ 303 to the new draft's overview).
Handler survey_new_form(store::Database& db);
Handler survey_new_submit(store::Database& db);
// GET /enkater/{id}: the overview.
Handler survey_overview_page(store::Database& db);
// POST /enkater/{id}/status {action: oppna|stang} → 303 to the overview.
Handler survey_status_submit(store::Database& db);
// POST /enkater/{id}/fragor/{code} {text, help, required, action: spara|ta-bort}.
Handler survey_question_submit(store::Database& db);
// POST /enkater/{id}/fragor {code, kind, text, help, options, required}.
Handler survey_question_add(store::Database& db);
// POST /enkater/{id}/inbjudan: a pasted (csv) or uploaded (file) CSV list.
Handler survey_invite_csv_submit(store::Database& db, const service::MailSetup& mail);
// POST /enkater/{id}/register {source, group_id?}.
Handler survey_invite_register_submit(store::Database& db, const service::MailSetup& mail);
// POST /enkater/{id}/lan {county.01 … county.25}: a national survey's invitations.
Handler survey_invite_counties_submit(store::Database& db, const service::MailSetup& mail);
// POST /enkater/{id}/paminn: "Påminn nu" — the reminders due today by the survey's rules → 303.
Handler survey_remind_submit(store::Database& db, const service::MailSetup& mail);
// POST /enkater/{id}/oppen-lank {action: pa|av, allow_repeat?}: the open link on (the overview
// shown with the link, once) or off (303).
Handler survey_open_link_submit(store::Database& db, const service::MailSetup& mail);
// GET /enkat/oppen/{token}: a visitor of the open link → 303 to their own /enkat/{token}, kept
// in a cookie; 404 unknown link, 410 closed or answered from this browser, 429 flood.
Handler survey_open_link_page(store::Database& db);

}  // namespace jamt::web
