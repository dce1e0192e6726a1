#pragma once
// Internal to the group pages (group_pages.cpp registers them all through
// register_group_pages): the meeting and change-of-representative routes,
// and the small helpers they share.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "domain/registers/field_spec.hpp"
#include "web/http/request_auth.hpp"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace jamt::web {

// The meeting register's API and pages, the attendance form on a meeting's
// page (POST /grupper/moten/{id}/narvaro) and
// PUT /api/v1/meetings/{id}/attendance.
void register_meeting_routes(httplib::Server& server, store::Database& db);

// The change-of-representative form (/grupper/byten/ny), its API
// (POST /api/v1/representative-changes, …/{id}/confirm, …/{id}/reject),
// the decision forms on a change's page, and the register's generic API and
// pages. Must be registered before any other /grupper/byten route.
void register_representative_change_routes(httplib::Server& server, store::Database& db);

// The user of a state-changing API request, or nullopt after answering 401
// (not logged in) or 403 (missing or wrong X-CSRF-Token with a session).
std::optional<RequestAuth> api_changer(const httplib::Request& req, httplib::Response& res, store::Database& db);

// The user of a form submission (or of a form page when `posting` is
// false), or nullopt after sending the viewer to the login page or
// answering 403 for a missing or wrong CSRF token.
std::optional<RequestAuth> form_changer(const httplib::Request& req, httplib::Response& res, store::Database& db,
                                        bool posting);

// Whether the viewer may open pages about organisation `organisation_id`
// and its people: everyone but organisation contacts, who see their own.
bool may_open_organisation(const RequestAuth& auth, const std::string& organisation_id);

// {"name", "href"} for a person reference as a group page shows it: the
// name, linked when the viewer may open the person; {} when `person_id` is
// empty.
nlohmann::json person_link(store::Database& db, const std::string& person_id, const std::string& organisation_id,
                           const RequestAuth& auth);

// The name of the record `id` of register `entity` ("" when missing).
std::string record_name(store::Database& db, const std::string& entity, const std::string& id);

}  // namespace jamt::web
