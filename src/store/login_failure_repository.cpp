#include "store/login_failure_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::int64_t insert_login_failure(soci::session& s, const std::string& email, const std::string& at,
                                  const std::string& address, bool pending) {
  long long id = 0;
  int flag = pending ? 1 : 0;
  s << "INSERT INTO login_failures (email, at, address, pending) VALUES (:e, :a, :d, :p) RETURNING id",
      soci::use(email), soci::use(at), soci::use(address), soci::use(flag), soci::into(id);
  return id;
}

void mark_login_failed(soci::session& s, std::int64_t id_in) {
  long long id = id_in;
  s << "UPDATE login_failures SET pending = 0 WHERE id = :i", soci::use(id);
}

namespace {

// Reads (id, at, pending) rows of a prepared statement.
std::vector<LoginFailure> fetch_failures(soci::statement& st, long long& id, std::string& at, int& pending) {
  std::vector<LoginFailure> out;
  st.execute();
  while (st.fetch()) out.push_back({.id = id, .at = at, .pending = pending != 0});
  return out;
}

// The condition of SeenBy; attempt 0 sees every row (id above 0).
constexpr const char* kSeenBy = " AND (:me1 = 0 OR id <> :me2) AND (:me3 = 0 OR pending = 0 OR id < :me4)";

}  // namespace

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
                                               std::size_t limit, SeenBy seen_by) {
  long long id = 0, n = static_cast<long long>(limit), me = seen_by.attempt;
  int pending = 0;
  std::string at;
  soci::statement st = (s.prepare << std::string("SELECT id, at, pending FROM login_failures WHERE email = :e AND "
                                                 "address = :d") +
                                         kSeenBy + " ORDER BY at DESC, id DESC LIMIT :n",
                        soci::use(email, "e"), soci::use(address, "d"), soci::use(me, "me1"), soci::use(me, "me2"),
                        soci::use(me, "me3"), soci::use(me, "me4"), soci::use(n, "n"),
                        soci::into(id), soci::into(at), soci::into(pending));
  return fetch_failures(st, id, at, pending);
}

std::vector<LoginFailure> recent_address_failures(soci::session& s, const std::string& address, std::size_t limit,
                                                  SeenBy seen_by) {
  long long id = 0, n = static_cast<long long>(limit), me = seen_by.attempt;
  int pending = 0;
  std::string at;
  soci::statement st = (s.prepare << std::string("SELECT id, at, pending FROM login_failures WHERE address = :d") +
                                         kSeenBy + " ORDER BY at DESC, id DESC LIMIT :n",
                        soci::use(address, "d"), soci::use(me, "me1"), soci::use(me, "me2"),
                        soci::use(me, "me3"), soci::use(me, "me4"), soci::use(n, "n"), soci::into(id),
                        soci::into(at), soci::into(pending));
  return fetch_failures(st, id, at, pending);
}

void delete_pair_failures(soci::session& s, const std::string& email, const std::string& address) {
  s << "DELETE FROM login_failures WHERE email = :e AND address = :d AND pending = 0", soci::use(email),
      soci::use(address);
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
