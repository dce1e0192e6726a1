#pragma once
// Look-ups in the register of people beyond register_repository: a
// person's organisation, a person by e-mail. Functions work on a leased
// session and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>

namespace soci {
class session;
}

namespace jamt::store {

// The organisation id of person `person_id` as decimal text, "" when the
// person belongs to none, nullopt when there is no such person.
std::optional<std::string> person_organisation(soci::session& s, std::int64_t person_id);

// The id of the person of organisation `organisation_id` with e-mail
// `email` (as stored: folded to lower case), or nullopt.
std::optional<std::int64_t> person_with_email(soci::session& s, std::int64_t organisation_id, const std::string& email);

}  // namespace jamt::store
