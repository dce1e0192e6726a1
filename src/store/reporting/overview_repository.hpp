#pragma once
// Reporting overviews in the database: a form's versions and when it was
// made — what the "Att rapportera", history and completeness pages list. Functions take a
// session inside the caller's transaction and throw SOCI's errors.
#include <cstdint>
#include <string>
#include <vector>

#include "store/reporting/submission_repository.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// One version of a form, as its page lists them.
struct FormVersionInfo {
  int version = 1;
  std::string created_at{};  // UTC "YYYY-MM-DDTHH:MM:SSZ"
  std::string created_by{};  // e-mail
};

// Every version of form `form_id`, latest first.
std::vector<FormVersionInfo> form_versions(soci::session& s, std::int64_t form_id);

// When form `form_id` was defined, UTC "YYYY-MM-DDTHH:MM:SSZ"; "" for no
// such form.
std::string form_created_at(soci::session& s, std::int64_t form_id);

}  // namespace jamt::store
