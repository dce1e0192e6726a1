#include "service/account/invitations.hpp"

#include "domain/i18n/translate.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "domain/regions.hpp"
#include "service/account/auth_service.hpp"
#include "service/account/link_mail.hpp"
#include "service/account/password_links.hpp"
#include "service/authorization.hpp"
#include "service/organisations/organisation_lookup.hpp"
#include "store/audit_repository.hpp"
#include "store/password_link_repository.hpp"
#include "store/user_repository.hpp"

namespace jamt::service {

namespace {

nlohmann::json account_json(const User& u) {
  nlohmann::json j{{"email", u.email},
                   {"role", std::string(to_string(u.role))},
                   {"county_code", u.county_code},
                   {"disabled", u.disabled}};
  j["organisation_id"] = u.organisation_id ? nlohmann::json(*u.organisation_id) : nlohmann::json(nullptr);
  return j;
}

// Checks role, county and organisation of `user` (role already parsed) and
// fills the county of an organisation contact from its organisation.
Status complete_account(store::Database& db, User& user) {
  if (is_org_contact(user)) {
    if (!user.organisation_id)
      return validation_error(i18n::tr("En kontaktperson behöver en organisation."), {}, "organisation_id");
    auto county = organisation_county(db, *user.organisation_id);
    if (!county) return validation_error("organisation_id: finns inte", {}, "organisation_id");
    user.county_code = *county;
  } else {
    user.organisation_id.reset();
    if (!is_strategist(user)) user.county_code.clear();
  }
  if (is_strategist(user) && !RegionCatalogue::instance().find_county(user.county_code))
    return validation_error(i18n::tr("En strateg behöver ett län (tvåsiffrig kod, till exempel 08)."), {}, "county_code");
  if (auto v = validate_user(user); !v) {
    Error e = v.error();
    if (e.field == "email") e.message = i18n::tr("Ange en giltig e-postadress, till exempel namn@kommun.se.");
    return e;
  }
  return {};
}

}  // namespace

Result<InvitedAccount> invite_user(store::Database& db, const MailSetup& mail, const std::optional<User>& inviter,
                                   const InvitationRequest& request) {
  // Authorisation first: nothing about the organisation is revealed to
  // someone who may not invite for it.
  std::optional<std::string> organisation_county_code;
  if (request.organisation_id) organisation_county_code = organisation_county(db, *request.organisation_id);
  if (auto a = authorize_invitation(inviter, request.role, request.county_code, organisation_county_code); !a)
    return a.error();

  auto role = parse_role(request.role);
  if (!role)
    return validation_error(i18n::tr("Rollen ska vara org_contact, strategist, coordinator eller admin."), {}, "role");
  User user;
  user.email = normalize_email(request.email);
  user.role = *role;
  user.county_code = request.county_code;
  user.organisation_id = request.organisation_id;
  if (auto c = complete_account(db, user); !c) return c.error();

  std::string organisation_name;
  if (user.organisation_id)
    for (const auto& [id, name] : organisation_names(db, user.county_code))
      if (id == *user.organisation_id) organisation_name = name;

  const auto now = db.clock().now();
  InvitedAccount out;
  std::string token;
  Status st = db.transaction([&](soci::session& s) -> Status {
    if (auto found = store::find_user_by_email(s, user.email)) {
      bool same = same_role_and_scope(found->user, user);
      if (!found->password_hash.empty() || found->user.disabled || !same) {
        Error e = conflict_error(i18n::trf("Det finns redan ett konto för {1}.", {user.email}));
        e.field = "email";
        return e;
      }
      user.id = found->user.id;
      out.renewed = true;
    } else {
      user.id = store::insert_user(s, user, "");
      store::append_audit(s, {.actor = inviter->email,
                              .action = "create",
                              .entity = "user",
                              .entity_id = user.id,
                              .before_json = std::nullopt,
                              .after_json = account_json(user).dump()});
    }
    token = issue_password_link(s, user.id, LinkPurpose::invitation, inviter->email, now);
    store::append_audit(s, {.actor = inviter->email,
                            .action = "update",
                            .entity = "user",
                            .entity_id = user.id,
                            .before_json = std::nullopt,
                            .after_json = std::string(R"j({"invitation":"link sent, valid 7 days"})j")});
    return {};
  });
  if (!st) return st.error();
  out.user = user;
  Status sent = mail.mailer.send(invitation_mail(mail, user.email, inviter->email, std::string(swedish_name(user.role)),
                                                 organisation_name, token, now));
  if (!sent)
    return Error{ErrorKind::io,
                 i18n::trf("Kontot för {1} är sparat men inbjudan kunde inte skickas: {2}", {user.email, sent.error().message}),
                 {}, {}};
  return out;
}

Result<std::vector<AccountSummary>> list_accounts(store::Database& db, const std::optional<User>& viewer) {
  auto county = account_list_county(viewer);
  if (!county) return county.error();
  std::vector<AccountSummary> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_users(s);
    return {};
  });
  if (!st) return st.error();
  std::erase_if(out, [&](const AccountSummary& a) { return !lists_account(viewer, a.user, a.organisation_county); });
  return out;
}

Result<AccountSummary> get_account(store::Database& db, const std::optional<User>& viewer, std::int64_t id) {
  if (auto a = authorize_account_management(viewer); !a) return a.error();
  auto all = list_accounts(db, viewer);
  if (!all) return all.error();
  for (auto& a : *all)
    if (a.user.id == id) return a;
  return not_found_error("no account with that id");
}

Result<User> change_account(store::Database& db, const std::optional<User>& viewer, std::int64_t id,
                            const AccountChange& change) {
  if (auto a = authorize_account_management(viewer); !a) return a.error();
  std::optional<User> before;
  Status st = db.read([&](soci::session& s) -> Status {
    before = store::find_user_by_id(s, id);
    return {};
  });
  if (!st) return st.error();
  if (!before) return not_found_error("no account with that id");
  User after = *before;
  if (change.role) {
    auto role = parse_role(*change.role);
    if (!role)
      return validation_error(i18n::tr("Rollen ska vara org_contact, strategist, coordinator eller admin."), {}, "role");
    after.role = *role;
  }
  if (change.county_code) after.county_code = *change.county_code;
  if (change.organisation_id) after.organisation_id = *change.organisation_id;
  if (change.disabled) after.disabled = *change.disabled;
  if (auto c = complete_account(db, after); !c) return c.error();
  if (after.id == viewer->id && (after.disabled || !is_admin(after)))
    return validation_error(i18n::tr("Du kan inte stänga av ditt eget konto eller ta bort din egen administratörsroll."), {},
                            after.disabled ? "disabled" : "role");
  st = db.transaction([&](soci::session& s) -> Status {
    store::update_user_role(s, after);
    if (after.disabled != before->disabled) store::set_user_disabled(s, after.id, after.disabled);
    if (after.disabled) store::delete_sessions_of(s, after.id);
    store::append_audit(s, {.actor = viewer->email,
                            .action = "update",
                            .entity = "user",
                            .entity_id = after.id,
                            .before_json = account_json(*before).dump(),
                            .after_json = account_json(after).dump()});
    return {};
  });
  if (!st) return st.error();
  return after;
}

}  // namespace jamt::service
