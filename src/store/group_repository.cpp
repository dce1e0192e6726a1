#include "store/group_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::optional<std::string> group_county(soci::session& s, std::int64_t group_id) {
  std::string county;
  long long id = group_id;
  s << "SELECT county_code FROM county_groups WHERE id = :i", soci::use(id), soci::into(county);
  if (!s.got_data()) return std::nullopt;
  return county;
}

std::vector<std::int64_t> group_member_organisations(soci::session& s, std::int64_t group_id) {
  std::vector<std::int64_t> out;
  long long id = group_id;
  long long organisation = 0;
  soci::statement st = (s.prepare << "SELECT DISTINCT organisation_id FROM group_members WHERE group_id = :g",
                        soci::use(id), soci::into(organisation));
  st.execute();
  while (st.fetch()) out.push_back(organisation);
  return out;
}

}  // namespace jamt::store
