#pragma once
// The open link of a public survey (issue 11, item 3; docs/surveys.md "Who
// answers"): anyone with /enkat/oppen/{token} may answer. Each new visitor
// gets a respondent row of their own without an address and a personal
// link, kept in a cookie, so one browser answers once unless the owner
// allows more; each client address may take at most kOpenLinkLimit new
// answer slots per survey in an hour.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// New answer slots a client address may take per survey in one hour.
inline constexpr int kOpenLinkLimit = 30;

// Turns the open link of survey `id` on (authorize_survey_change): a new
// token — the old link stops working — whose SHA-256 alone is stored;
// `allow_repeat` lets one browser answer more than once. Returns the token
// (shown once). Audit action "open_link". Errors: "conflict" for a national
// survey (its invitations are one per county), "not_found",
// "unauthorized", "forbidden".
Result<std::string> enable_open_link(store::Database& db, std::int64_t id, bool allow_repeat,
                                     const std::optional<User>& user);

// Turns the open link off; answers already given stay. Audited. Errors as above.
Status disable_open_link(store::Database& db, std::int64_t id, const std::optional<User>& user);

// Whether survey `id` has an open link, and allows repeats (no authorisation:
// for a page that has read the survey).
std::pair<bool, bool> open_link_state(store::Database& db, std::int64_t id);

// A visit to the open link `open_token` from `client_address` by a browser
// whose cookie holds `cookie_token` ("" for none): the personal token the
// browser answers with — the cookie's own while it has not submitted, else
// a new respondent's. Errors: "not_found" (no such link), "conflict" (the
// survey is not open; this browser has answered and repeats are not
// allowed), "throttled" (kOpenLinkLimit new slots from this address in the
// last hour; the message says so in Swedish).
Result<std::string> visit_open_link(store::Database& db, const std::string& open_token, const std::string& cookie_token,
                                    const std::string& client_address);

}  // namespace jamt::service
