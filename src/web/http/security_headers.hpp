#pragma once
// The headers every answer carries (docs/server.md, "Security headers"):
// the Content-Security-Policy, nosniff, Referrer-Policy, and the cache
// policy that keeps signed-in and personal answers out of every cache.
#include <string>

#include "web/http/http_types.hpp"

namespace jamt::web {

// The site's Content-Security-Policy: scripts, styles and everything else
// only from Jämt's own files (never 'unsafe-inline'), no framing.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

// Adds X-Content-Type-Options and X-Frame-Options, Referrer-Policy
// same-origin unless the handler chose one (no-referrer on a respondent's
// page), and the site's Content-Security-Policy unless the handler sent a
// stricter one of its own (the print page of a report allows its one inline
// style sheet by hash).
void add_security_headers(Response& res);

// Whether `req` carries a session cookie or an API token (valid or not).
bool signed_in_request(const Request& req);

// The Cache-Control `res` gets as the answer to `req`:
// - "no-store" for every /api/ answer, every answer to a signed-in request
//   (session cookie or API token), every answer that sets a cookie, every
//   error, redirect and answer to a request that is not GET or HEAD, and
//   every answer whose handler asked for no-store (personal-data exports);
// - a static file keeps its own "public, max-age=…" (the same file for
//   everyone, no personal data) even for a signed-in request;
// - other public pages and files: "no-cache" (a cache must ask again).
std::string cache_policy(const Request& req, const Response& res);

}  // namespace jamt::web
