#include "store/user_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"

namespace jamt::store {

namespace {
using ll = long long;

User make_user(ll id, const std::string& email, const std::string& role, const std::string& county, ll org,
               soci::indicator org_ind, int disabled) {
  User u;
  u.id = id;
  u.email = email;
  u.role = parse_role(role).value_or(Role::org_contact);
  u.county_code = county;
  if (org_ind == soci::i_ok) u.organisation_id = org;
  u.disabled = disabled != 0;
  return u;
}
}  // namespace

std::int64_t insert_user(soci::session& s, const User& u, const std::string& password_hash) {
  std::string role(to_string(u.role)), now = clock_of(s).now_text();
  ll org = u.organisation_id.value_or(0), id = 0;
  soci::indicator org_ind = u.organisation_id ? soci::i_ok : soci::i_null;
  int disabled = u.disabled ? 1 : 0;
  s << "INSERT INTO users (email, password_hash, role, county_code, organisation_id, disabled, created_at) "
       "VALUES (:e, :h, :r, :c, :o, :d, :n) RETURNING id",
      soci::use(u.email), soci::use(password_hash), soci::use(role), soci::use(u.county_code), soci::use(org, org_ind),
      soci::use(disabled), soci::use(now), soci::into(id);
  return id;
}

std::optional<UserWithHash> find_user_by_email(soci::session& s, const std::string& email) {
  ll id = 0, org = 0;
  std::string found_email, hash, role, county;
  soci::indicator org_ind;
  int disabled = 0;
  s << "SELECT id, email, password_hash, role, county_code, organisation_id, disabled FROM users WHERE email = :e",
      soci::use(email), soci::into(id), soci::into(found_email), soci::into(hash), soci::into(role),
      soci::into(county), soci::into(org, org_ind), soci::into(disabled);
  if (!s.got_data()) return std::nullopt;
  return UserWithHash{make_user(id, found_email, role, county, org, org_ind, disabled), hash};
}

std::optional<User> find_user_by_id(soci::session& s, std::int64_t id_in) {
  ll wanted = id_in, id = 0, org = 0;
  std::string email, role, county;
  soci::indicator org_ind;
  int disabled = 0;
  s << "SELECT id, email, role, county_code, organisation_id, disabled FROM users WHERE id = :id", soci::use(wanted),
      soci::into(id), soci::into(email), soci::into(role), soci::into(county), soci::into(org, org_ind),
      soci::into(disabled);
  if (!s.got_data()) return std::nullopt;
  return make_user(id, email, role, county, org, org_ind, disabled);
}

std::int64_t count_users(soci::session& s) {
  ll n = 0;
  s << "SELECT COUNT(*) FROM users", soci::into(n);
  return n;
}

std::vector<UserSummary> list_users(soci::session& s) {
  std::vector<UserSummary> out;
  ll id = 0, org = 0;
  std::string email, role, county, hash, created, org_county;
  soci::indicator org_ind = soci::i_null, org_county_ind = soci::i_null;
  int disabled = 0;
  soci::statement st =
      (s.prepare << "SELECT u.id, u.email, u.role, u.county_code, u.organisation_id, u.disabled, "
                    "u.password_hash, u.created_at, o.county_code FROM users u "
                    "LEFT JOIN organisations o ON o.id = u.organisation_id ORDER BY u.email",
       soci::into(id), soci::into(email), soci::into(role), soci::into(county), soci::into(org, org_ind),
       soci::into(disabled), soci::into(hash), soci::into(created), soci::into(org_county, org_county_ind));
  st.execute();
  while (st.fetch())
    out.push_back({.user = make_user(id, email, role, county, org, org_ind, disabled),
                   .password_set = !hash.empty(),
                   .created_at = created,
                   .organisation_county = org_county_ind == soci::i_ok ? org_county : std::string()});
  return out;
}

void update_user_role(soci::session& s, const User& u) {
  ll id = u.id, org = u.organisation_id.value_or(0);
  soci::indicator org_ind = u.organisation_id ? soci::i_ok : soci::i_null;
  std::string role(to_string(u.role));
  s << "UPDATE users SET role = :r, county_code = :c, organisation_id = :o WHERE id = :id", soci::use(role),
      soci::use(u.county_code), soci::use(org, org_ind), soci::use(id);
}

void update_password_hash(soci::session& s, std::int64_t user_id, const std::string& password_hash) {
  ll id = user_id;
  s << "UPDATE users SET password_hash = :h WHERE id = :id", soci::use(password_hash), soci::use(id);
}

void set_user_disabled(soci::session& s, std::int64_t user_id, bool disabled) {
  ll id = user_id;
  int d = disabled ? 1 : 0;
  s << "UPDATE users SET disabled = :d WHERE id = :id", soci::use(d), soci::use(id);
}

void insert_session(soci::session& s, const std::string& token_hash, std::int64_t user_id,
                    const std::string& csrf_token, const std::string& expires_at) {
  ll id = user_id;
  std::string now = clock_of(s).now_text();
  s << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (:t, :u, :c, :n, :e)",
      soci::use(token_hash), soci::use(id), soci::use(csrf_token), soci::use(now), soci::use(expires_at);
}

std::optional<SessionRow> find_session(soci::session& s, const std::string& token_hash, const std::string& now,
                                       const std::string& idle_cutoff, const std::string& created_cutoff) {
  ll id = 0, org = 0;
  std::string email, role, county, csrf, seen;
  soci::indicator org_ind;
  int disabled = 0;
  s << "SELECT u.id, u.email, u.role, u.county_code, u.organisation_id, u.disabled, x.csrf_token, "
       "COALESCE(x.last_seen_at, x.created_at) "
       "FROM sessions x JOIN users u ON u.id = x.user_id WHERE x.token_hash = :t AND x.expires_at > :n "
       "AND COALESCE(x.last_seen_at, x.created_at) > :i AND x.created_at > :c AND u.disabled = 0",
      soci::use(token_hash), soci::use(now), soci::use(idle_cutoff), soci::use(created_cutoff), soci::into(id),
      soci::into(email), soci::into(role), soci::into(county), soci::into(org, org_ind), soci::into(disabled),
      soci::into(csrf), soci::into(seen);
  if (!s.got_data()) return std::nullopt;
  return SessionRow{make_user(id, email, role, county, org, org_ind, disabled), csrf, seen};
}

void touch_session(soci::session& s, const std::string& token_hash, const std::string& at) {
  s << "UPDATE sessions SET last_seen_at = :a WHERE token_hash = :t", soci::use(at), soci::use(token_hash);
}

void delete_session(soci::session& s, const std::string& token_hash) {
  s << "DELETE FROM sessions WHERE token_hash = :t", soci::use(token_hash);
}

void delete_sessions_of(soci::session& s, std::int64_t user_id) {
  ll id = user_id;
  s << "DELETE FROM sessions WHERE user_id = :u", soci::use(id);
}

}  // namespace jamt::store
