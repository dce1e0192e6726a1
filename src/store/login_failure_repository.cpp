#include "store/login_failure_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::int64_t insert_login_failure(soci::session& s, const std::string& email, const std::string& at,
                                  const std::string& address) {
  long long id = 0;
  s << "INSERT INTO login_failures (email, at, address) VALUES (:e, :a, :d) RETURNING id", soci::use(email),
      soci::use(at), soci::use(address), soci::into(id);
  return id;
}

std::vector<LoginFailure> recent_login_failures(soci::session& s, const std::string& email, std::size_t limit) {
  std::vector<LoginFailure> out;
  long long id = 0, n = static_cast<long long>(limit);
  std::string at;
  soci::statement st = (s.prepare << "SELECT id, at FROM login_failures WHERE email = :e ORDER BY at DESC, id DESC "
                                     "LIMIT :n",
                        soci::use(email), soci::use(n), soci::into(id), soci::into(at));
  st.execute();
  while (st.fetch()) out.push_back({id, at});
  return out;
}

std::vector<LoginFailure> recent_pair_failures(soci::session& s, const std::string& email, const std::string& address,
                                               std::size_t limit) {
  std::vector<LoginFailure> out;
  long long id = 0, n = static_cast<long long>(limit);
  std::string at;
  soci::statement st = (s.prepare << "SELECT id, at FROM login_failures WHERE email = :e AND address = :d "
                                     "ORDER BY at DESC, id DESC LIMIT :n",
                        soci::use(email), soci::use(address), soci::use(n), soci::into(id), soci::into(at));
  st.execute();
  while (st.fetch()) out.push_back({id, at});
  return out;
}

std::vector<LoginFailure> recent_address_failures(soci::session& s, const std::string& address, std::size_t limit) {
  std::vector<LoginFailure> out;
  long long id = 0, n = static_cast<long long>(limit);
  std::string at;
  soci::statement st = (s.prepare << "SELECT id, at FROM login_failures WHERE address = :d "
                                     "ORDER BY at DESC, id DESC LIMIT :n",
                        soci::use(address), soci::use(n), soci::into(id), soci::into(at));
  st.execute();
  while (st.fetch()) out.push_back({id, at});
  return out;
}

void delete_pair_failures(soci::session& s, const std::string& email, const std::string& address) {
  s << "DELETE FROM login_failures WHERE email = :e AND address = :d", soci::use(email), soci::use(address);
}

void delete_login_failure(soci::session& s, std::int64_t id_in) {
  long long id = id_in;
  s << "DELETE FROM login_failures WHERE id = :i", soci::use(id);
}

void delete_login_failures_of(soci::session& s, const std::string& email) {
  s << "DELETE FROM login_failures WHERE email = :e", soci::use(email);
}

void delete_login_failures_before(soci::session& s, const std::string& cutoff) {
  s << "DELETE FROM login_failures WHERE at < :c", soci::use(cutoff);
}

}  // namespace jamt::store
