#pragma once
// Loading a reporting form on behalf of someone who wants to read it.
#include <cstdint>
#include <optional>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "store/reporting/form_repository.hpp"

namespace jamt::service {

// Form `form_id` with its current version, when `user` may read it
// (authorize_form_read: the board its county's forms and the national ones,
// contacts only forms assigned to their organisation). Error "not_found"
// ("no form with that id") when there is none, the authorisation's error
// otherwise.
Result<store::StoredForm> readable_form(soci::session& s, std::int64_t form_id, const std::optional<User>& user);

}  // namespace jamt::service
