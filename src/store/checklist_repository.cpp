#include "store/checklist_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::optional<std::int64_t> checklist_for_year(soci::session& s, std::int64_t organisation_id, int year,
                                               std::int64_t except_id) {
  long long other = 0;
  long long self = except_id;
  long long org_id = organisation_id;
  long long y = year;
  s << "SELECT id FROM checklists WHERE organisation_id = :o AND year = :y AND id <> :i", soci::use(org_id),
      soci::use(y), soci::use(self), soci::into(other);
  if (!s.got_data()) return std::nullopt;
  return other;
}

}  // namespace jamt::store
