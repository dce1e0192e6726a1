#include "store/login_failure_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

void insert_login_failure(soci::session& s, const std::string& email, const std::string& at) {
  s << "INSERT INTO login_failures (email, at) VALUES (:e, :a)", soci::use(email), soci::use(at);
}

std::vector<std::string> recent_login_failures(soci::session& s, const std::string& email, std::size_t limit) {
  std::vector<std::string> out;
  std::string at;
  long long n = static_cast<long long>(limit);
  soci::statement st = (s.prepare << "SELECT at FROM login_failures WHERE email = :e ORDER BY at DESC, id DESC "
                                     "LIMIT :n",
                        soci::use(email), soci::use(n), soci::into(at));
  st.execute();
  while (st.fetch()) out.push_back(at);
  return out;
}

void delete_login_failures_of(soci::session& s, const std::string& email) {
  s << "DELETE FROM login_failures WHERE email = :e", soci::use(email);
}

void delete_login_failures_before(soci::session& s, const std::string& cutoff) {
  s << "DELETE FROM login_failures WHERE at < :c", soci::use(cutoff);
}

}  // namespace jamt::store
