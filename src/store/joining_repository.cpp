#include "store/joining_repository.hpp"

#include <soci/soci.h>

#include "store/organisation_plan/organisation_plan_repository.hpp"

namespace jamt::store {

std::optional<std::int64_t> joining_with_status(soci::session& s, const std::string& org_number,
                                                const std::string& county_code,
                                                const std::vector<std::string>& statuses, std::int64_t except_id) {
  long long self = except_id;
  for (const auto& status : statuses) {
    long long other = 0;
    s << "SELECT id FROM joinings WHERE org_number = :n AND county_code = :c AND status = :s AND id <> :i",
        soci::use(org_number), soci::use(county_code), soci::use(status), soci::use(self), soci::into(other);
    if (s.got_data()) return other;
  }
  return std::nullopt;
}

void delete_joining_follow_ups(soci::session& s, std::int64_t joining_id) {
  long long i = joining_id;
  delete_follow_up_substance(s, joining_id);  // issue 12 C: per-commitment rows go first
  s << "DELETE FROM joining_follow_ups WHERE joining_id = :i", soci::use(i);
}

}  // namespace jamt::store
