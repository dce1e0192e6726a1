#pragma once
// Inviting people to Jämt and managing accounts in the browser and the API
// (docs/api.md, "Accounts"). An invitation makes an account without a
// password and mails it a one-time link to choose one (password_links.hpp).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "service/mail/mailer.hpp"
#include "store/database.hpp"
#include "store/user_repository.hpp"

namespace jamt::service {

// An invitation as sent by a form or the API: texts as typed, unchecked.
struct InvitationRequest {
  std::string email;
  std::string role;         // "org_contact", "strategist", "coordinator", "admin"
  std::string county_code;  // strategists' county; "" otherwise (contacts get their organisation's)
  std::optional<std::int64_t> organisation_id;  // organisation contacts'
};

// An account as the admins' list shows it.
using AccountSummary = store::UserSummary;

struct InvitedAccount {
  User user;
  bool renewed = false;  // true: the account was invited before; a new link replaced the old
};

// Invites: authorize_invitation first (so a strategist asking about another
// county's organisation, or for another role, gets "forbidden" whatever the
// rest holds), then validation ("validation" naming field email, role,
// county_code or organisation_id), then the account (no password) and a
// link valid kInvitationLinkLifetime, audited, in one transaction, and the
// mail. An address with an account that has a password is "conflict"
// (field email); one invited before and not yet active gets a new link, if
// the request asks for the same role and organisation. A failed send is
// Error "io" (the account and link stay; inviting again sends a new link).
Result<InvitedAccount> invite_user(store::Database& db, const MailSetup& mail, const std::optional<User>& inviter,
                                   const InvitationRequest& request);

// The accounts `viewer` may list (account_list_county): every account for
// admins; for a strategist the contacts of their county's organisations.
Result<std::vector<AccountSummary>> list_accounts(store::Database& db, const std::optional<User>& viewer);

// The account with `id`, for admins; "not_found" when there is none.
Result<AccountSummary> get_account(store::Database& db, const std::optional<User>& viewer, std::int64_t id);

// A change an admin makes to an account; unset fields stay as they are.
struct AccountChange {
  std::optional<std::string> role;
  std::optional<std::string> county_code;
  std::optional<std::optional<std::int64_t>> organisation_id;
  std::optional<bool> disabled;
};

// Changes role, county, organisation and/or disabled, for admins. Disabling
// ends the account's sessions (its API tokens stop working with it). An
// admin cannot disable their own account or take away their own admin role
// ("validation", so that one admin always remains). Audited.
Result<User> change_account(store::Database& db, const std::optional<User>& viewer, std::int64_t id,
                            const AccountChange& change);

}  // namespace jamt::service
