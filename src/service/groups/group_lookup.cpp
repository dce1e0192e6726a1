#include "service/groups/group_lookup.hpp"

#include <soci/soci.h>

#include "domain/registers/group_member.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

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

std::vector<registers::Record> memberships_of(soci::session& s, std::int64_t group_id, std::int64_t organisation_id) {
  store::RecordFilter filter;
  filter.equals = {{"group_id", std::to_string(group_id)}, {"organisation_id", std::to_string(organisation_id)}};
  filter.order_by = "member_from";
  return store::find_records(s, registers::group_member_spec(), filter);
}

std::optional<std::string> person_organisation(soci::session& s, std::int64_t person_id) {
  long long id = person_id;
  long long organisation = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT organisation_id FROM people WHERE id = :i", soci::use(id), soci::into(organisation, ind);
  if (!s.got_data()) return std::nullopt;
  return ind == soci::i_ok ? std::to_string(organisation) : std::string();
}

std::int64_t id_of(const std::string& text) {
  if (text.empty() || text.size() > 18) return 0;
  for (char c : text)
    if (c < '0' || c > '9') return 0;
  return std::stoll(text);
}

}  // namespace jamt::service
