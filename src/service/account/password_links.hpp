#pragma once
// One-time links to choose a password: sent by an invitation
// (invitations.hpp) or by "Glömt lösenord". A link is 32 random bytes in
// hex; only its SHA-256 is stored. It works once, until it expires by the
// database's clock, and a newer link for the same account replaces it.
#include <chrono>
#include <cstdint>
#include <string>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "service/mail/mailer.hpp"
#include "store/database.hpp"

namespace soci {
class session;
}

namespace jamt::service {

// How long a link lasts from when it is made.
inline constexpr std::chrono::hours kInvitationLinkLifetime{7 * 24};
inline constexpr std::chrono::hours kResetLinkLifetime{1};

enum class LinkPurpose { invitation, reset };

// Stores a new link for `user_id` (marking the account's earlier links
// used) and returns its token, for the mail only. Inside a transaction.
std::string issue_password_link(soci::session& s, std::int64_t user_id, LinkPurpose purpose,
                                const std::string& created_by, std::chrono::sys_seconds now);

// "<site_url>/konto/losenord/<token>".
std::string password_link_url(const MailSetup& mail, const std::string& token);

// Whether `token` names a link that still works (unused, not expired by
// db.clock(), account not disabled): the account's e-mail, or Error
// "not_found" with one Swedish message for every other case, so the answer
// does not say which.
Result<std::string> check_password_link(store::Database& db, const std::string& token);

// Sets the password of the link's account and uses the link up (and every
// other link of the account), ends the account's sessions and writes the
// audit log. Errors: "not_found" as check_password_link (also when another
// request used the link first), "validation" on field "password" (too
// short, or the two fields differ: `repeated`). Returns the account.
Result<User> set_password_with_link(store::Database& db, const std::string& token, const std::string& password,
                                    const std::string& repeated);

// "Glömt lösenord": when `email` names an account that is not disabled,
// mails it a reset link valid kResetLinkLifetime and audits the request;
// for any other address does nothing. Ok in both cases, so the answer does
// not tell which addresses have accounts; a failed send is logged (and the
// message kept, see Mailer) but not returned. Errors only for the database.
// With `mail.background` set, all of it — the lookup, the link, the audit
// entry and the mail — runs there and Ok comes at once (failures are
// logged), so neither the answer nor its timing tells whether the address
// has an account.
Status request_password_reset(store::Database& db, const MailSetup& mail, const std::string& email);

}  // namespace jamt::service
