#pragma once
// Route registration, one function per area. Handlers are thin: parse the
// request, call one service function, render.
namespace httplib {
class Server;
}
namespace jamt::store {
class Database;
}

namespace jamt::web {

// HTML pages: start page, strategy page, national-goal pages, the stylesheet.
void register_pages(httplib::Server& server, store::Database& db);

// Logging in (/logga-in) and out (/logga-ut).
void register_account_pages(httplib::Server& server, store::Database& db);

// The statistics upload page /statistik/importera (strategists, admins).
void register_import_pages(httplib::Server& server, store::Database& db);

// Statistics pages: /statistik and /statistik/{id} with charts and downloads.
void register_statistics_pages(httplib::Server& server, store::Database& db);

// JSON API v1 for measures, values and gender analysis (docs/api.md).
void register_api_statistics(httplib::Server& server, store::Database& db);

// JSON API v1 under /api/v1/auth: login, logout, me (docs/api.md).
void register_api_auth(httplib::Server& server, store::Database& db);

// JSON API v1 under /api/v1 and /healthz (docs/api.md).
void register_api_v1(httplib::Server& server, store::Database& db);

// The organisation register: /organisationer and /api/v1/organisations.
void register_organisation_pages(httplib::Server& server, store::Database& db);

// The register of people: /personer and /api/v1/people, with export and erasure.
void register_person_pages(httplib::Server& server, store::Database& db);

// The activity register: /insatser (list, forms, CSV/XLSX, summary) and /api/v1/activities.
void register_activity_pages(httplib::Server& server, store::Database& db);
// Groups (länsgrupper, committees, networks) with members, meetings,
// attendance and changes of representative: /grupper… and
// /api/v1/groups, group-members, meetings, meeting-attendance,
// representative-changes.
void register_group_pages(httplib::Server& server, store::Database& db);
// Systematics checklists: /checklistor (form, summaries) and /api/v1/checklists.
void register_checklist_pages(httplib::Server& server, store::Database& db);

// Steering documents: /styrdokument (assessment, summary) and /api/v1/steering-documents.
void register_steering_document_pages(httplib::Server& server, store::Database& db);
// The joining register: /anslutningar and /api/v1/joinings with decisions,
// follow-ups and counts; the public form /anslut/{county} and list /anslutna.
void register_joining_pages(httplib::Server& server, store::Database& db);

}  // namespace jamt::web
