#include "store/organisation_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::optional<std::int64_t> organisation_with_number(soci::session& s, const std::string& org_number,
                                                     std::int64_t except_id) {
  long long id = 0;
  long long except = except_id;
  s << "SELECT id FROM organisations WHERE org_number = :n AND id <> :i", soci::use(org_number), soci::use(except),
      soci::into(id);
  if (!s.got_data()) return std::nullopt;
  return id;
}

std::int64_t count_organisations(soci::session& s) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM organisations", soci::into(n);
  return n;
}

}  // namespace jamt::store
