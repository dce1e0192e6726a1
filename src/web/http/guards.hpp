#pragma once
// The checks at the start of a handler, defined once. Each returns what the
// handler needs, or nullopt (false) after it has already answered, so a
// handler reads: `auto auth = page_user(req, res, db, true); if (!auth) return;`.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/request_auth.hpp"

namespace jamt::web {

// The signed-in viewer of a page or form, or nullopt after sending the
// public to /logga-in?next=<this page>, or — when `posting` — answering 403
// (messages::csrf) for a form without the session's CSRF token.
std::optional<RequestAuth> page_user(const Request& req, Response& res, store::Database& db, bool posting);

// The user of a state-changing API request, or nullopt after answering 401
// (messages::unauthorized) or 403 "csrf" (a session without the
// X-CSRF-Token header). API tokens need no CSRF token.
std::optional<RequestAuth> changing_user(const Request& req, Response& res, store::Database& db);

// The id in capture group `group` of the path, or nullopt after answering
// 404 (messages::not_found; JSON for /api/ paths, a page otherwise) when it
// is not a positive whole number.
std::optional<std::int64_t> path_id(const Request& req, Response& res, std::size_t group = 1);

// After a failed save: whether the form should be shown again (400) with
// `problems`, to which `error` is added when it is a validation or conflict
// error and no field problem was collected. Otherwise false after answering
// with the error page for `error` (login, 403, 404, 500).
bool reshow_form_after(const Request& req, Response& res, std::vector<Error>& problems, const Error& error);

// Whether a failed save keeps the user on the form (validation or conflict).
bool keeps_form(const Error& error);

}  // namespace jamt::web
