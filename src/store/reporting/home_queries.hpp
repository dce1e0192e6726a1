#pragma once
// Reporting queries for the home pages (docs/anvandarguide.md, "Att göra"): the
// submissions that wait for the board's decision. Functions take a session
// and throw SOCI's errors.
#include <cstdint>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// A submitted report waiting to be approved or returned.
struct WaitingSubmission {
  std::int64_t form_id = 0;
  std::string form_title{};
  std::int64_t organisation_id = 0;
  std::string organisation{};
  std::string period{};
  std::string submitted_at{};  // UTC "YYYY-MM-DDTHH:MM:SSZ"
};

// Submissions with status "submitted" of organisations in `county_code`
// ("" for every county), the longest waiting first.
std::vector<WaitingSubmission> submissions_waiting(soci::session& s, const std::string& county_code);

}  // namespace jamt::store
