#include "web/account/account_support.hpp"

#include "domain/i18n/translate.hpp"

#include "domain/account.hpp"
#include "domain/regions.hpp"
#include "service/organisations/organisation_lookup.hpp"
#include "web/http/request_params.hpp"

namespace jamt::web {

nlohmann::json role_options(const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (Role r : {Role::org_contact, Role::strategist, Role::coordinator, Role::admin})
    out.push_back({{"code", std::string(to_string(r))},
                   {"label", i18n::tr(swedish_name(r))},
                   {"selected", selected == to_string(r)}});
  return out;
}

nlohmann::json county_options(const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : RegionCatalogue::instance().at_level(RegionLevel::county))
    out.push_back({{"code", c.code}, {"label", c.code + " " + c.name}, {"selected", c.code == selected}});
  return out;
}

nlohmann::json organisation_options(store::Database& db, const std::string& county_code, const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [id, name] : service::organisation_names(db, county_code)) {
    std::string code = std::to_string(id);
    out.push_back({{"code", code}, {"label", name}, {"selected", code == selected}});
  }
  return out;
}

void add_form_errors(nlohmann::json& ctx, const std::vector<Error>& errors) {
  nlohmann::json err = nlohmann::json::object(), summary = nlohmann::json::array();
  for (const auto& e : errors) {
    if (!e.field.empty() && !err.contains(e.field)) err[e.field] = e.message;
    summary.push_back({{"field", e.field}, {"message", e.message}});
  }
  ctx["err"] = err;
  ctx["summary"] = summary;
  ctx["has_errors"] = !errors.empty();
}

Result<std::optional<std::int64_t>> optional_id_field(const std::string& text, const std::string& name) {
  if (text.empty()) return std::optional<std::int64_t>{};
  auto id = parse_id(text);
  if (!id) return validation_error(i18n::tr("Välj en organisation i listan."), {}, name);
  return std::optional<std::int64_t>{*id};
}

}  // namespace jamt::web
