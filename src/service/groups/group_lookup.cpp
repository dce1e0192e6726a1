#include "service/groups/group_lookup.hpp"

#include "domain/registers/group_member.hpp"
#include "store/group_repository.hpp"
#include "store/person_repository.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

std::optional<std::string> group_county(soci::session& s, std::int64_t group_id) {
  return store::group_county(s, group_id);
}

std::vector<std::int64_t> group_member_organisations(soci::session& s, std::int64_t group_id) {
  return store::group_member_organisations(s, group_id);
}

std::vector<registers::Record> memberships_of(soci::session& s, std::int64_t group_id, std::int64_t organisation_id) {
  store::RecordFilter filter;
  filter.equals = {{"group_id", std::to_string(group_id)}, {"organisation_id", std::to_string(organisation_id)}};
  filter.order_by = "member_from";
  return store::find_records(s, registers::group_member_spec(), filter);
}

std::optional<std::string> person_organisation(soci::session& s, std::int64_t person_id) {
  return store::person_organisation(s, person_id);
}

std::int64_t id_of(const std::string& text) {
  if (text.empty() || text.size() > 18) return 0;
  for (char c : text)
    if (c < '0' || c > '9') return 0;
  return std::stoll(text);
}

}  // namespace jamt::service
