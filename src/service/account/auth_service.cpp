#include "service/account/auth_service.hpp"

#include "domain/operations/address_list.hpp"

#include <spdlog/spdlog.h>

#include <argon2.h>
#include <openssl/rand.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <semaphore>
#include <stdexcept>
#include <thread>

#include "domain/account_policy.hpp"
#include "domain/common_passwords.hpp"
#include "domain/i18n/translate.hpp"
#include "domain/login_throttle.hpp"
#include "domain/utc_time.hpp"
#include "service/account/sha256.hpp"
#include "store/audit_repository.hpp"
#include "store/login_failure_repository.hpp"
#include "store/transaction_lock.hpp"
#include "store/user_repository.hpp"

namespace jamt::service {

std::string hash_password(const std::string& password);

namespace {

// Argon2id with 19 MiB of memory, 2 passes, one lane: OWASP's Password
// Storage Cheat Sheet's first configuration. About 70 ms of one core here,
// so a 2-core county server checks some 25 logins a second (a course
// signing in at nine o'clock) with 40 MB for the two at a time
// (argon2_gate). Hashes made with other parameters (64 MiB and 3 passes
// before December 2026) still verify and are made again at the next login.
constexpr uint32_t kTimeCost = 2, kMemoryKiB = 19 * 1024, kLanes = 1;

// Whether `hash` was made with the parameters above.
bool current_parameters(const std::string& hash) {
  return hash.find("$m=" + std::to_string(kMemoryKiB) + ",t=" + std::to_string(kTimeCost) + ",p=" +
                   std::to_string(kLanes) + "$") != std::string::npos;
}

std::string random_hex(std::size_t bytes) {
  std::string raw(bytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(bytes)) != 1)
    throw std::runtime_error("no random bytes from OpenSSL");
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : raw) {
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return out;
}

// Argon2 runs at most once per core at a time: each run takes 19 MiB and a
// core for tens of milliseconds, so more at once only costs memory.
std::counting_semaphore<256>& argon2_gate() {
  static std::counting_semaphore<256> gate(
      static_cast<std::ptrdiff_t>(std::clamp(std::thread::hardware_concurrency(), 1u, 256u)));
  return gate;
}
struct Argon2Turn {
  Argon2Turn() { argon2_gate().acquire(); }
  ~Argon2Turn() { argon2_gate().release(); }
  Argon2Turn(const Argon2Turn&) = delete;
  Argon2Turn& operator=(const Argon2Turn&) = delete;
};

bool verify_password(const std::string& hash, const std::string& password) {
  Argon2Turn turn;
  return argon2id_verify(hash.c_str(), password.data(), password.size()) == ARGON2_OK;
}

// A hash to verify against when the e-mail is unknown, so that a login for
// an unknown address takes as long as one for a known address.
const std::string& dummy_hash() {
  static const std::string h = hash_password("not a real password, only for timing");
  return h;
}

// How often a login waiting for the attempts begun before it looks again
// (how long it waits: account_policy().login_wait_for_others).
constexpr std::chrono::milliseconds kLoginWaitStep{50};
// A pending attempt older than this was left by a server that stopped while
// checking it: it counts as a failure and is not waited for.
constexpr std::chrono::seconds kStalePendingAttempt{60};

// Attempts of a pair or an address, newest first: the settled failures
// (with stale pending ones), and those together with the pending ones.
struct LoginAttempts {
  std::vector<std::chrono::sys_seconds> settled, all;
};
LoginAttempts sort_attempts(const std::vector<store::LoginFailure>& rows, std::chrono::sys_seconds now) {
  LoginAttempts out;
  for (const auto& row : rows) {
    auto at = parse_utc_text(row.at);
    if (!at) continue;
    out.all.push_back(*at);
    if (!row.pending || *at < now - kStalePendingAttempt) out.settled.push_back(*at);
  }
  return out;
}

nlohmann::json user_json(const User& u) {
  return {{"email", u.email}, {"role", std::string(to_string(u.role))}, {"county_code", u.county_code},
          {"disabled", u.disabled}};
}

}  // namespace

std::string hash_password(const std::string& password) {
  std::string salt = random_hex(16);
  char encoded[256];
  Argon2Turn turn;
  int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, password.data(), password.size(), salt.data(),
                                 salt.size(), 32, encoded, sizeof encoded);
  if (rc != ARGON2_OK) throw std::runtime_error(std::string("argon2: ") + argon2_error_message(rc));
  return encoded;
}

Status check_password_length(const std::string& password) {
  if (password.size() < 12) return validation_error("the password must have at least 12 characters", {}, "password");
  if (password.size() > 1024) return validation_error("the password is too long", {}, "password");
  return {};
}

Status check_not_common(const std::string& password) {
  if (is_common_password(password))
    return validation_error(
        i18n::tr("Lösenordet är för vanligt: det finns på en lista över vanliga lösenord och ord. Välj ett annat, "
                 "gärna några ord i följd."),
        {}, "password");
  return {};
}

Status check_new_password(const std::string& password) {
  if (auto length = check_password_length(password); !length) return length;
  return check_not_common(password);
}

std::string normalize_email(std::string email) {
  std::transform(email.begin(), email.end(), email.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return email;
}

std::string random_token(std::size_t bytes) { return random_hex(bytes); }

bool constant_time_equal(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

Result<std::int64_t> create_user(store::Database& db, User user, const std::string& password, const Actor& actor) {
  user.email = normalize_email(user.email);
  if (auto v = validate_user(user); !v) return v.error();
  if (auto p = check_new_password(password); !p) return p.error();
  std::string hash = hash_password(password);
  std::int64_t id = 0;
  Status st = db.transaction([&](soci::session& s) -> Status {
    if (store::find_user_by_email(s, user.email)) {
      Error e = conflict_error("an account with the e-mail " + user.email + " already exists");
      e.field = "email";
      return e;
    }
    id = store::insert_user(s, user, hash);
    store::append_audit(s, {.actor = actor.name,
                            .action = "create",
                            .entity = "user",
                            .entity_id = id,
                            .after_json = user_json(user).dump()});
    return {};
  });
  if (!st) return st.error();
  return id;
}

Status change_password(store::Database& db, const std::string& email, const std::string& password, const Actor& actor) {
  if (auto p = check_new_password(password); !p) return p.error();
  std::string hash = hash_password(password);
  return db.transaction([&](soci::session& s) -> Status {
    auto u = store::find_user_by_email(s, normalize_email(email));
    if (!u) return not_found_error("no account with the e-mail " + email);
    store::update_password_hash(s, u->user.id, hash);
    store::delete_sessions_of(s, u->user.id);
    store::append_audit(s, {.actor = actor.name,
                            .action = "update",
                            .entity = "user",
                            .entity_id = u->user.id,
                            .before_json = std::string(R"j({"password":"(old, not kept)"})j"),
                            .after_json = std::string(R"j({"password":"(changed)"})j")});
    return {};
  });
}

Status disable_user(store::Database& db, const std::string& email, const Actor& actor) {
  return db.transaction([&](soci::session& s) -> Status {
    auto u = store::find_user_by_email(s, normalize_email(email));
    if (!u) return not_found_error("no account with the e-mail " + email);
    store::set_user_disabled(s, u->user.id, true);
    store::delete_sessions_of(s, u->user.id);
    User after = u->user;
    after.disabled = true;
    store::append_audit(s, {.actor = actor.name,
                            .action = "update",
                            .entity = "user",
                            .entity_id = u->user.id,
                            .before_json = user_json(u->user).dump(),
                            .after_json = user_json(after).dump()});
    return {};
  });
}

Result<LoginSession> login(store::Database& db, const std::string& email_in, const std::string& password,
                           const std::string& address_in) {
  const std::string email = normalize_email(email_in);
  // A client address longer than any IPv6 text is not one; keep the row small.
  // IPv6 clients are counted by their /64 network.
  const std::string address = operations::throttle_key(address_in.substr(0, 64));
  // No account has a longer address (validate_user); do not store it as a failure.
  if (email.size() > 254) return Error{ErrorKind::unauthorized, "wrong e-mail or password", {}, {}};
  const auto now = db.clock().now();
  // The attempt is written, pending, before anything is checked, so that
  // attempts running in parallel (on any server) count each other; it is
  // taken back when refused or successful and settled as a failure when the
  // password is wrong.
  // Attempts from one address are written one at a time, so that their ids
  // follow the order in which they become visible: on PostgreSQL two
  // parallel inserts could otherwise commit in the opposite order of their
  // ids, and each would miss the other ("begun before it" is by id).
  std::int64_t attempt = 0;
  Status st = db.transaction([&](soci::session& s) -> Status {
    store::lock_for_transaction(s, db.engine(), store::LockSpace::login_attempts,
                                address.empty() ? "account " + email : "address " + address);
    attempt = store::insert_login_failure(s, email, utc_text(now), address, true);
    return {};
  });
  if (!st) return st.error();
  auto take_back = [&]() {
    return db.transaction([&](soci::session& s) -> Status {
      store::delete_login_failure(s, attempt);
      return {};
    });
  };
  // Settled failures lock; attempts begun earlier and still being checked
  // may: this one waits for them rather than guess how they end. So at most
  // `limit` guesses of a pair (or of an address) are ever checked at once,
  // and parallel correct logins from one address are let through in turn.
  const auto give_up = std::chrono::steady_clock::now() + account_policy().login_wait_for_others;
  std::optional<store::UserWithHash> found;
  for (;;) {
    std::vector<store::LoginFailure> pair, from_address;
    st = db.read([&](soci::session& s) -> Status {
      pair = store::recent_pair_failures(s, email, address, kPairThrottle.limit, {.attempt = attempt});
      // Without a client address (in-process callers) there is nothing to count across accounts.
      if (!address.empty())
        from_address = store::recent_address_failures(s, address, kAddressThrottle.limit, {.attempt = attempt});
      found = store::find_user_by_email(s, email);
      return {};
    });
    if (!st) return st.error();
    const LoginAttempts pairs = sort_attempts(pair, now), addresses = sort_attempts(from_address, now);
    if (throttled(kPairThrottle, pairs.settled, now) || throttled(kAddressThrottle, addresses.settled, now)) {
      if (Status undone = take_back(); !undone) return undone.error();
      return Error{ErrorKind::throttled,
                   "too many failed logins; wait " + std::to_string(kLoginLockout.count()) + " minutes and try again",
                   {}, {}};
    }
    if (!throttled(kPairThrottle, pairs.all, now) && !throttled(kAddressThrottle, addresses.all, now)) break;
    if (std::chrono::steady_clock::now() >= give_up) {
      if (Status undone = take_back(); !undone) return undone.error();
      return Error{ErrorKind::throttled, kLoginBusyMessage, {}, {}};
    }
    std::this_thread::sleep_for(kLoginWaitStep);
  }
  bool ok = verify_password(found ? found->password_hash : dummy_hash(), password);
  if (!found || !ok || found->user.disabled) {
    Status pruned = db.transaction([&](soci::session& s) -> Status {
      store::mark_login_failed(s, attempt);
      store::delete_login_failures_before(s, utc_text(now - kLoginFailureMemory));
      return {};
    });
    if (!pruned) return pruned.error();
    return Error{ErrorKind::unauthorized, "wrong e-mail or password", {}, {}};
  }
  const AccountPolicy policy = account_policy();
  LoginSession session{random_hex(32), random_hex(32), found->user};
  const std::string rehashed = current_parameters(found->password_hash) ? std::string() : hash_password(password);
  Status saved = db.transaction([&](soci::session& s) -> Status {
    if (!rehashed.empty()) store::update_password_hash(s, found->user.id, rehashed);
    store::insert_session(s, sha256_hex(session.token), session.user.id, session.csrf_token,
                          utc_text(now + policy.session_absolute));
    // Only this pair's failures: a login to one's own account must not wipe
    // the failures the same address spread over other accounts.
    store::delete_pair_failures(s, email, address);
    store::delete_login_failure(s, attempt);
    return {};
  });
  if (!saved) return saved.error();
  return session;
}

Result<std::optional<SessionInfo>> find_session(store::Database& db, const std::string& token) {
  std::optional<SessionInfo> out;
  if (token.size() != 64) return out;
  const auto now = db.clock().now();
  const AccountPolicy policy = account_policy();
  const std::string hash = sha256_hex(token);
  std::optional<std::chrono::sys_seconds> seen;
  Status st = db.read([&](soci::session& s) -> Status {
    auto row = store::find_session(s, hash, utc_text(now), utc_text(now - policy.session_idle),
                                   utc_text(now - policy.session_absolute));
    if (row) {
      out = SessionInfo{row->user, row->csrf_token};
      seen = parse_utc_text(row->last_seen_at);
    }
    return {};
  });
  if (!st) return st.error();
  // Written at most once a minute per session, not on every request.
  if (out && (!seen || now - *seen >= kSessionTouchInterval)) {
    Status touched = db.transaction([&](soci::session& s) -> Status {
      store::touch_session(s, hash, utc_text(now));
      return {};
    });
    // A busy database delays the note of use; it does not sign anyone out.
    if (!touched) spdlog::warn("session last use not noted: {}", touched.error().to_string());
  }
  return out;
}

Status logout(store::Database& db, const std::string& token) {
  return db.transaction([&](soci::session& s) -> Status {
    store::delete_session(s, sha256_hex(token));
    return {};
  });
}

Result<std::vector<DemoLogin>> create_demo_accounts(store::Database& db) {
  bool any = false;
  Status st = db.read([&](soci::session& s) -> Status {
    any = store::count_users(s) > 0;
    return {};
  });
  if (!st) return st.error();
  std::vector<DemoLogin> out;
  if (any) return out;
  for (auto [email, role, county] : {std::tuple{"admin@jamt.local", Role::admin, ""},
                                     std::tuple{"strateg.kalmar@jamt.local", Role::strategist, "08"},
                                     std::tuple{"samordnare@jamt.local", Role::coordinator, ""}}) {
    User u;
    u.email = email;
    u.role = role;
    u.county_code = county;
    std::string password = random_hex(8);
    auto id = create_user(db, u, password, Actor{"system"});
    if (!id) return id.error();
    out.push_back({email, password, role});
  }
  return out;
}

}  // namespace jamt::service
