#include "service/organisations/organisation_lookup.hpp"

#include "domain/registers/organisation.hpp"
#include "store/activity_repository.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

std::vector<std::pair<std::int64_t, std::string>> organisation_names(store::Database& db,
                                                                     const std::string& county_code) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  (void)db.read([&](soci::session& s) -> Status {
    out = store::organisation_names(s, county_code);
    return {};
  });
  return out;
}

std::optional<std::string> organisation_county(store::Database& db, std::int64_t id) {
  std::optional<std::string> out;
  (void)db.read([&](soci::session& s) -> Status {
    out = store::organisation_county(s, id);
    return {};
  });
  return out;
}

std::optional<OrganisationFacts> find_organisation_facts(soci::session& s, std::int64_t id) {
  auto org = store::find_record(s, registers::organisation_spec(), id);
  if (!org) return std::nullopt;
  return OrganisationFacts{id, registers::value_of(*org, "name"), registers::value_of(*org, "county_code")};
}

std::optional<OrganisationFacts> organisation_of(soci::session& s, registers::Record& record,
                                                 std::vector<Error>& errors) {
  const auto& id = registers::value_of(record, "organisation_id");
  // An empty or malformed id is already reported by check_record.
  if (id.empty() || id.size() > 12 || id.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  auto facts = find_organisation_facts(s, std::stoll(id));
  if (!facts) {
    errors.push_back(validation_error("Organisation: finns inte", {}, "organisation_id"));
    return std::nullopt;
  }
  record["county_code"] = facts->county_code;
  return facts;
}

}  // namespace jamt::service
