#pragma once
// What every page needs to know about its viewer: the signed-in user for
// the header (name, menu of registers, log-out form with its CSRF token),
// and the answers for viewers who may not see a page.
#include <nlohmann/json.hpp>
#include <string>

#include "web/http/request_auth.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

// {"signed_in": {...}} for a logged-in viewer (rendered by the layout), {}
// for the public. Further keys are added by each page.
nlohmann::json page_context(const RequestAuth& auth);

// Sends the viewer to the login page, coming back to this page after.
void redirect_to_login(const Request& req, Response& res);

// The HTML of an error page: `status`, `title` and `message`, under the
// header of the viewer noted for this request (page_viewer.hpp), so that a
// signed-in viewer keeps the menu and the log-out form.
std::string render_error_page(int status, const std::string& title, const std::string& message);

// Sends an HTML error page with `status` and a Swedish `message`.
void send_error_page(Response& res, int status, const std::string& message);

// A service error as a page: unauthorized → to the login page, forbidden →
// 403, not_found → 404, validation and conflict → 400 with the message;
// anything else (database, io, internal) → 500 with send_internal_error_page.
void send_service_error_page(const Request& req, Response& res, const Error& error);

// The 500 page after `detail` has been logged under `req`'s request id: a
// generic Swedish message naming the request id, nothing of `detail`.
void send_internal_error_page(const Request& req, Response& res, const std::string& detail);

// Sends `html` as a 200 (or `status`) text/html response.
void send_html(Response& res, const std::string& html, int status = 200);

}  // namespace jamt::web
