#pragma once
// Who keeps a county's portal (issue 15, item 1; docs/news.md). Defined in
// service/authorization.cpp with the other role checks; declared here so
// that adding it did not touch service/authorization.hpp, which nearly every
// file includes (a rebuild of the whole service and web layers on the
// shared 2-core machine). Move it there when convenient.
#include <optional>
#include <string>

#include "domain/account.hpp"
#include "domain/result.hpp"

namespace jamt::service {

// Whether `user` may keep the contact and intro of `county_code` and write,
// publish and delete its news: admins any county; strategists their own.
// Error "unauthorized" without a user, "forbidden" otherwise (the
// coordinator and organisation contacts included).
Status authorize_county_portal_change(const std::optional<User>& user, const std::string& county_code);

}  // namespace jamt::service
