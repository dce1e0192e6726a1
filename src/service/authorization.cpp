#include "service/authorization.hpp"
#include "service/portal_settings/portal_access.hpp"

#include "domain/national/national_plan.hpp"
#include "service/disclosure/audience.hpp"

#include <algorithm>

namespace jamt::service {

namespace {

Error unauthorized() { return Error{ErrorKind::unauthorized, "log in to do this", {}, {}}; }
Error forbidden() { return Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}}; }

}  // namespace

Status authorize(const std::optional<User>& user, Action action, const Scope& scope) {
  if (!user) {
    if (action == Action::read && scope.published) return {};
    return unauthorized();
  }
  if (user->disabled) return unauthorized();
  switch (user->role) {
    case Role::admin:
      return {};
    case Role::coordinator:
      if (action == Action::read) return {};
      // The national level (region 00): national networks (issue 14, item 3).
      if (scope.county_code == kNationalRegion && action != Action::decide) return {};
      return forbidden();
    case Role::strategist:
      if (!scope.county_code.empty() && scope.county_code == user->county_code) return {};
      if (action == Action::read && scope.published) return {};
      return forbidden();
    case Role::org_contact:
      if (action == Action::read && scope.published) return {};
      if (action == Action::decide) return forbidden();
      if (action == Action::read && user->organisation_id &&
          std::find(scope.reader_organisations.begin(), scope.reader_organisations.end(), *user->organisation_id) !=
              scope.reader_organisations.end())
        return {};
      if (scope.organisation_id && user->organisation_id && *scope.organisation_id == *user->organisation_id)
        return {};
      return forbidden();
  }
  return forbidden();
}

Error missing_record_error(const std::optional<User>& user, const std::string& what) {
  if (!user) return unauthorized();
  return not_found_error("no " + what + " with that id");
}

Status authorize_stored(const std::optional<User>& user, Action action, const Scope& scope, const std::string& what) {
  auto allowed = authorize(user, action, scope);
  if (allowed || !user || user->disabled) return allowed;
  if (action != Action::read && authorize(user, Action::read, scope)) return allowed;
  return missing_record_error(user, what);
}

bool may_reference(const std::optional<User>& user, const Scope& scope) {
  return authorize(user, Action::read, scope).ok();
}

bool may_act_across_counties(const std::optional<User>& user) { return is_admin(user); }

bool is_admin(const std::optional<User>& user) { return user && user->role == Role::admin; }
bool is_strategist(const std::optional<User>& user) { return user && user->role == Role::strategist; }
bool is_coordinator(const std::optional<User>& user) { return user && user->role == Role::coordinator; }
bool is_org_contact(const std::optional<User>& user) { return user && user->role == Role::org_contact; }
bool works_for_board(const std::optional<User>& user) { return is_admin(user) || is_strategist(user); }
bool may_create_records(const std::optional<User>& user) {
  return user && !user->disabled && !is_coordinator(user);
}

Status authorize_removal(const std::optional<User>& user, const Scope& scope, bool contacts_may_delete) {
  if (auto a = authorize(user, Action::remove, scope); !a) return a;
  if (is_org_contact(user) && !contacts_may_delete) return forbidden();
  return {};
}

bool may_create_in_register(const std::optional<User>& user, bool contacts_may_create) {
  if (!user || user->disabled) return false;
  switch (user->role) {
    case Role::admin:
    case Role::strategist: return true;
    case Role::org_contact: return contacts_may_create;
    case Role::coordinator: return false;
  }
  return false;
}

bool may_read_strategy(const std::optional<User>& user, const std::string& county_code, StrategyStatus status) {
  return authorize(user, Action::read, Scope{.county_code = county_code, .published = status != StrategyStatus::draft}).ok();
}

bool may_import_statistics(const User& user) {
  return !user.disabled && (user.role == Role::admin || user.role == Role::strategist);
}

std::string statistics_county_of(const User& user) {
  return user.role == Role::strategist ? user.county_code : std::string{};
}

Status authorize_statistics_change(const std::optional<User>& user, const std::string& county_code) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin) return {};
  if (user->role == Role::strategist && !county_code.empty() && county_code == user->county_code) return {};
  return forbidden();
}

Status authorize_invitation(const std::optional<User>& user, const std::string& role, const std::string& county_code,
                            const std::optional<std::string>& organisation_county) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin) return {};
  if (user->role == Role::strategist && role == to_string(Role::org_contact) && organisation_county &&
      *organisation_county == user->county_code && (county_code.empty() || county_code == user->county_code))
    return {};
  return forbidden();
}

bool may_invite(const std::optional<User>& user) { return user && !user->disabled && works_for_board(user); }

bool same_role_and_scope(const User& a, const User& b) {
  return a.role == b.role && a.county_code == b.county_code && a.organisation_id == b.organisation_id;
}

Status authorize_account_management(const std::optional<User>& user) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin) return {};
  return forbidden();
}

Result<std::optional<std::string>> account_list_county(const std::optional<User>& user) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin) return std::optional<std::string>{};
  if (user->role == Role::strategist) return std::optional<std::string>{user->county_code};
  return forbidden();
}

bool lists_account(const std::optional<User>& viewer, const User& account, const std::string& organisation_county) {
  if (is_admin(viewer)) return true;
  return is_strategist(viewer) && !viewer->disabled && account.role == Role::org_contact &&
         organisation_county == viewer->county_code;
}

std::optional<std::string> statistics_region_limit(const User& user) {
  if (user.role == Role::admin) return std::nullopt;
  return user.county_code;
}

Result<std::vector<std::string>> statistics_batch_readers(const std::optional<User>& user) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin || user->role == Role::coordinator) return std::vector<std::string>{};
  if (user->role == Role::strategist) return std::vector<std::string>{user->county_code, ""};
  return forbidden();
}

Status authorize_statistics_source_fetch(const std::optional<User>& user, const std::string& county_code) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin) return {};
  if (user->role == Role::strategist && (county_code.empty() || county_code == user->county_code)) return {};
  return forbidden();
}

Status authorize_form_read(const std::optional<User>& user, const std::string& county_code,
                           bool assigned_to_own_organisation) {
  if (!user || user->disabled) return unauthorized();
  switch (user->role) {
    case Role::admin:
    case Role::coordinator: return {};
    case Role::strategist:
      if (county_code.empty() || county_code == user->county_code) return {};
      break;
    case Role::org_contact:
      if (assigned_to_own_organisation) return {};
      break;
  }
  return missing_record_error(user, "form");
}

Status authorize_form_change(const std::optional<User>& user, const std::string& county_code) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin) return {};
  if (user->role == Role::strategist && !county_code.empty() && county_code == user->county_code) return {};
  return forbidden();
}

Result<std::string> form_county_for(const std::optional<User>& user, const std::string& requested) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin) return requested;
  if (user->role == Role::strategist) {
    if (!requested.empty() && requested != user->county_code) return forbidden();
    return user->county_code;
  }
  return forbidden();
}

Result<std::string> survey_county_for(const std::optional<User>& user, const std::string& requested, bool national) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin) return national ? std::string{} : requested;
  if (user->role == Role::strategist && !national) {
    if (!requested.empty() && requested != user->county_code) return forbidden();
    return user->county_code;
  }
  // The coordinator's right to send national surveys (issue 11, item 6).
  if (user->role == Role::coordinator && national) return std::string{};
  return forbidden();
}

Status authorize_survey_read(const std::optional<User>& user, const std::string& county_code, bool national) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin || user->role == Role::coordinator) return {};
  if (user->role == Role::strategist && !national && county_code == user->county_code) return {};
  return not_found_error("no survey with that id");
}

Status authorize_survey_change(const std::optional<User>& user, const std::string& county_code, bool national) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin) return {};
  if (user->role == Role::strategist && !national && !county_code.empty() && county_code == user->county_code)
    return {};
  // The coordinator's right to send national surveys (issue 11, item 6).
  if (user->role == Role::coordinator && national) return {};
  return forbidden();
}

Status authorize_national_change(const std::optional<User>& user) {
  if (!user || user->disabled) return unauthorized();
  // The coordinator keeps the national plan and the resources (issue 14, item 3).
  if (user->role == Role::admin || user->role == Role::coordinator) return {};
  return forbidden();
}

Status authorize_example_flag(const std::optional<User>& user, const std::string& county_code) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin) return {};
  if (user->role == Role::strategist && !county_code.empty() && county_code == user->county_code) return {};
  return forbidden();
}

Status authorize_county_portal_change(const std::optional<User>& user, const std::string& county_code) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin) return {};
  if (user->role == Role::strategist && !county_code.empty() && county_code == user->county_code) return {};
  return forbidden();
}

Result<std::string> completeness_county(const std::optional<User>& user, const std::string& requested) {
  if (!user || user->disabled) return unauthorized();
  if (user->role == Role::admin || user->role == Role::coordinator) return requested;
  if (user->role == Role::strategist) {
    if (!requested.empty() && requested != user->county_code) return forbidden();
    return user->county_code;
  }
  return forbidden();
}

bool sees_small_counts(const std::optional<User>& user, const std::string& county_code,
                       std::optional<std::int64_t> organisation_id) {
  if (!user || user->disabled) return false;
  if (user->role == Role::admin) return true;
  if (user->role == Role::strategist) return !county_code.empty() && user->county_code == county_code;
  if (user->role == Role::org_contact)
    return organisation_id && user->organisation_id && *user->organisation_id == *organisation_id;
  return false;
}

std::string readable_county(const std::optional<User>& user) {
  if (!user) return "";
  if (user->role == Role::admin || user->role == Role::coordinator) return "*";
  if (user->role == Role::strategist) return user->county_code;
  return "";
}

}  // namespace jamt::service
