#include "store/reporting/reporting_lookup.hpp"

#include <soci/soci.h>

namespace jamt::store {

bool form_code_exists(soci::session& s, const std::string& code) {
  int n = 0;
  s << "SELECT COUNT(*) FROM reporting_forms WHERE code = :c", soci::into(n), soci::use(code);
  return n > 0;
}

std::optional<std::int64_t> find_organisation_by(soci::session& s, const std::string& type,
                                                 const std::string& county_code, const std::string& municipality_code,
                                                 const std::string& name) {
  long long id = 0;
  if (!municipality_code.empty())
    s << "SELECT id FROM organisations WHERE type = :t AND county_code = :c AND municipality_code = :m "
         "ORDER BY id LIMIT 1",
        soci::into(id), soci::use(type), soci::use(county_code), soci::use(municipality_code);
  else
    s << "SELECT id FROM organisations WHERE type = :t AND county_code = :c AND name = :n ORDER BY id LIMIT 1",
        soci::into(id), soci::use(type), soci::use(county_code), soci::use(name);
  if (!s.got_data()) return std::nullopt;
  return id;
}

}  // namespace jamt::store
