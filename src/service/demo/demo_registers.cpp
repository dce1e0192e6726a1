#include "service/demo/demo_registers.hpp"

#include <cstdio>

#include "domain/registers/org_number.hpp"
#include "service/organisations/organisation_register.hpp"
#include "service/organisations/person_register.hpp"
#include "store/organisation_repository.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;

struct DemoOrganisation {
  const char* name;
  const char* type;
  const char* municipality;  // "" for county-wide
  const char* website;
  const char* cemr_signed;
};

const DemoOrganisation kOrganisations[] = {
    {"Exempelkommunen Kalmar (demo)", "kommun", "0880", "https://kalmar.exempel.se", "2016-03-08"},
    {"Exempelkommunen Västervik (demo)", "kommun", "0883", "https://vastervik.exempel.se", ""},
    {"Region Exempel (demo)", "region", "", "https://region.exempel.se", "2018-11-20"},
    {"Kvinnojouren Exempel (demo)", "civilsamhalle", "0880", "", ""},
    {"Exempelhögskolan (demo)", "larosate", "0880", "https://hogskolan.exempel.se", ""},
    {"Exempelbolaget AB (demo)", "naringsliv", "0882", "", ""},
    {"Myndigheten för exempel (demo)", "statlig_myndighet", "", "", ""},
};

struct DemoPerson {
  int organisation;  // index into kOrganisations
  const char* name;
  const char* role;
};

const DemoPerson kPeople[] = {
    {0, "Anna Exempelsson", "representant"}, {0, "Bo Exempelsson", "ersattare"},
    {1, "Cecilia Demo", "representant"},     {1, "David Demo", "ersattare"},
    {2, "Eva Prov", "representant"},         {2, "Filip Prov", "ersattare"},
    {3, "Gun Exempel", "kontaktperson"},     {4, "Hanna Test", "kontaktperson"},
};

}  // namespace

std::string demo_org_number(int n) {
  char nine[16];
  std::snprintf(nine, sizeof nine, "99%07d", n);
  return std::string(nine) + std::to_string(registers::luhn_check_digit(nine));
}

Result<std::vector<DemoLogin>> load_demo_registers(store::Database& db, bool with_contacts) {
  std::vector<DemoLogin> logins;
  std::vector<std::int64_t> org_ids, person_ids;
  bool empty = false;
  Status st = db.transaction([&](soci::session& s) -> Status {
    empty = store::count_organisations(s) == 0;
    if (!empty) return {};
    int i = 0;
    for (const auto& o : kOrganisations) {
      Record r{{"name", o.name},         {"org_number", demo_org_number(++i)},
               {"type", o.type},         {"county_code", "08"},
               {"municipality_code", o.municipality}, {"website", o.website},
               {"cemr_signed", o.cemr_signed}};
      auto saved = insert_checked(s, organisation_rules(), r, "system");
      org_ids.push_back(std::stoll(saved["id"]));
    }
    for (const auto& p : kPeople) {
      std::string email = std::string(p.name);
      for (auto& c : email) c = c == ' ' ? '.' : c;
      Record r{{"name", p.name},
               {"email", registers::fold_case(email) + "@exempel.se"},
               {"organisation_id", std::to_string(org_ids[p.organisation])},
               {"role", p.role},
               {"county_code", "08"}};
      person_ids.push_back(std::stoll(insert_checked(s, person_rules(), r, "system")["id"]));
    }
    add_demo_activities(s, org_ids);
    load_demo_groups(s, org_ids, person_ids);
    load_demo_checklists(s, org_ids);
    load_demo_steering_documents(s, org_ids);
    load_demo_joinings(s, org_ids);
    load_demo_plan_links(s, org_ids);  // issue 12 C
    return {};
  });
  if (!st) return st.error();
  if (!empty || !with_contacts) return logins;
  const char* contacts[] = {"kontakt.kalmar@jamt.local", "kontakt.vastervik@jamt.local", "kontakt.kvinnojouren@jamt.local"};
  const int contact_orgs[] = {0, 1, 3};
  for (int k = 0; k < 3; ++k) {
    User u;
    u.email = contacts[k];
    u.role = Role::org_contact;
    u.organisation_id = org_ids[contact_orgs[k]];
    std::string password = random_token(8);
    auto id = create_user(db, u, password, Actor{"system"});
    if (!id) return id.error();
    logins.push_back({u.email, password, u.role});
  }
  return logins;
}

}  // namespace jamt::service
