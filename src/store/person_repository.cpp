#include "store/person_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::optional<std::string> person_organisation(soci::session& s, std::int64_t person_id) {
  long long id = person_id;
  long long organisation = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT organisation_id FROM people WHERE id = :i", soci::use(id), soci::into(organisation, ind);
  if (!s.got_data()) return std::nullopt;
  return ind == soci::i_ok ? std::to_string(organisation) : std::string();
}

std::optional<std::int64_t> person_with_email(soci::session& s, std::int64_t organisation_id, const std::string& email) {
  long long existing = 0;
  long long org = organisation_id;
  s << "SELECT id FROM people WHERE organisation_id = :o AND email = :e", soci::use(org), soci::use(email),
      soci::into(existing);
  if (!s.got_data()) return std::nullopt;
  return existing;
}

}  // namespace jamt::store
