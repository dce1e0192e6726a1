#include "service/account/password_links.hpp"

#include "domain/i18n/translate.hpp"

#include "service/background/background_queue.hpp"

#include <spdlog/spdlog.h>

#include <cstdio>

#include "domain/clock.hpp"
#include "domain/utc_time.hpp"
#include "service/account/auth_service.hpp"
#include "service/account/link_mail.hpp"
#include "service/account/sha256.hpp"
#include "store/audit_repository.hpp"
#include "store/login_failure_repository.hpp"
#include "store/password_link_repository.hpp"
#include "store/user_repository.hpp"

namespace jamt::service {

namespace {

const char* purpose_text(LinkPurpose purpose) { return purpose == LinkPurpose::invitation ? "invitation" : "reset"; }

Error link_not_valid() {
  return not_found_error(i18n::tr("Länken fungerar inte: den är redan använd, har gått ut eller är felskriven. "
                         "Be om en ny via ”Glömt lösenord” på inloggningssidan."));
}

// The link row and its account when the link still works at `now`.
struct LiveLink {
  store::PasswordLinkRow link;
  User user;
};
std::optional<LiveLink> live_link(soci::session& s, const std::string& token, const std::string& now) {
  if (token.size() != 64) return std::nullopt;
  auto link = store::find_password_link(s, sha256_hex(token));
  if (!link || link->used_at || !(now < link->expires_at)) return std::nullopt;
  auto user = store::find_user_by_id(s, link->user_id);
  if (!user || user->disabled) return std::nullopt;
  return LiveLink{*link, *user};
}

}  // namespace

std::string issue_password_link(soci::session& s, std::int64_t user_id, LinkPurpose purpose,
                                const std::string& created_by, std::chrono::sys_seconds now) {
  std::string token = random_token(32);
  auto lifetime = purpose == LinkPurpose::invitation ? kInvitationLinkLifetime : kResetLinkLifetime;
  store::use_password_links_of(s, user_id, utc_text(now));
  store::insert_password_link(s, sha256_hex(token), user_id, purpose_text(purpose), created_by,
                              utc_text(now + lifetime));
  return token;
}

std::string password_link_url(const MailSetup& mail, const std::string& token) {
  return mail.site_url + "/konto/losenord/" + token;
}

Result<std::string> check_password_link(store::Database& db, const std::string& token) {
  std::optional<LiveLink> live;
  Status st = db.read([&](soci::session& s) -> Status {
    live = live_link(s, token, db.clock().now_text());
    return {};
  });
  if (!st) return st.error();
  if (!live) return link_not_valid();
  return live->user.email;
}

Result<User> set_password_with_link(store::Database& db, const std::string& token, const std::string& password,
                                    const std::string& repeated) {
  auto email = check_password_link(db, token);
  if (!email) return email.error();
  if (auto p = check_password_length(password); !p)
    return validation_error(i18n::tr("Lösenordet måste ha minst 12 tecken (och högst 1024)."), {}, "password");
  if (auto p = check_not_common(password); !p) return p.error();
  if (password != repeated) return validation_error(i18n::tr("De två lösenorden är inte lika."), {}, "password_repeat");
  std::string hash = hash_password(password);
  std::optional<User> user;
  Status st = db.transaction([&](soci::session& s) -> Status {
    const std::string now = db.clock().now_text();
    auto live = live_link(s, token, now);
    if (!live) return link_not_valid();
    // Single use even when two requests race: only the one that marks the
    // link used goes on.
    if (!store::use_password_link(s, live->link.id, now)) return link_not_valid();
    store::use_password_links_of(s, live->user.id, now);
    store::update_password_hash(s, live->user.id, hash);
    store::delete_sessions_of(s, live->user.id);
    store::delete_login_failures_of(s, live->user.email);
    store::append_audit(s, {.actor = live->user.email,
                            .action = "update",
                            .entity = "user",
                            .entity_id = live->user.id,
                            .before_json = std::string(R"j({"password":"(old, not kept)"})j"),
                            .after_json = std::string(R"j({"password":"(chosen with a one-time link: )j") +
                                          live->link.purpose + ")\"}"});
    user = live->user;
    return {};
  });
  if (!st) return st.error();
  return *user;
}

namespace {

Status reset_now(store::Database& db, const MailSetup& mail, const std::string& email_in) {
  const std::string email = normalize_email(email_in);
  if (email.size() > 254) return {};
  const auto now = db.clock().now();
  std::string token;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto found = store::find_user_by_email(s, email);
    if (!found || found->user.disabled) return {};
    token = issue_password_link(s, found->user.id, LinkPurpose::reset, "Glömt lösenord", now);
    store::append_audit(s, {.actor = email,
                            .action = "update",
                            .entity = "user",
                            .entity_id = found->user.id,
                            .before_json = std::nullopt,
                            .after_json = std::string(R"j({"password_reset":"link sent"})j")});
    return {};
  });
  if (!st) return st.error();
  if (token.empty()) return {};
  Status sent = mail.mailer.send(reset_mail(mail, email, token, now));
  if (!sent) spdlog::error("password reset for {}: {}", email, sent.error().message);
  return {};
}

}  // namespace

Status request_password_reset(store::Database& db, const MailSetup& mail, const std::string& email) {
  if (!mail.background) return reset_now(db, mail, email);
  mail.background->post([&db, &mail, email] {
    if (Status done = reset_now(db, mail, email); !done)
      spdlog::error("password reset: {}", done.error().to_string());
  });
  return {};
}

}  // namespace jamt::service
