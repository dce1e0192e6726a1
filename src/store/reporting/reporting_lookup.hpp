#pragma once
// Small look-ups for loading reporting content (the demo): whether a form
// code is taken, and an organisation by type, county and municipality or
// name. Functions take a session and throw SOCI's errors.
#include <cstdint>
#include <optional>
#include <string>

namespace soci {
class session;
}

namespace jamt::store {

// Whether a reporting form with `code` exists.
bool form_code_exists(soci::session& s, const std::string& code);

// The first (lowest id) organisation of `type` in `county_code` with
// `municipality_code` — or, when that is "", named `name` — or nullopt.
std::optional<std::int64_t> find_organisation_by(soci::session& s, const std::string& type,
                                                 const std::string& county_code, const std::string& municipality_code,
                                                 const std::string& name);

}  // namespace jamt::store
