// Pages and API of the organisation register; an organisation's page lists
// its people.
#include <httplib.h>

#include "domain/registers/person.hpp"
#include "service/organisation_register.hpp"
#include "service/person_register.hpp"
#include "web/register_api.hpp"
#include "web/register_pages.hpp"
#include "web/render.hpp"
#include "web/routes.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;

std::string organisation_people(store::Database& db, const registers::Record& org, const RequestAuth& auth) {
  const auto& id = registers::value_of(org, "id");
  service::RecordQuery q;
  q.equals = {{"organisation_id", id}};
  auto people = service::list_records(db, service::person_rules(), q, auth.user);
  json rows = json::array();
  if (people) {
    const auto& spec = registers::person_spec();
    for (const auto& p : *people)
      rows.push_back({{"url", "/personer/" + registers::value_of(p, "id")},
                      {"name", registers::value_of(p, "name")},
                      {"role", shown_value(db, *spec.field("role"), registers::value_of(p, "role"))},
                      {"email", registers::value_of(p, "email")},
                      {"phone", registers::value_of(p, "phone")}});
  }
  bool may_add = service::allowed(db, service::organisation_rules(), service::Action::update, org, auth.user);
  return render_template("organisation_people", {{"people", rows},
                                                 {"has_people", !rows.empty()},
                                                 {"may_add", may_add},
                                                 {"add_url", "/personer/ny?organisation_id=" + id}});
}

}  // namespace

void register_organisation_pages(httplib::Server& server, store::Database& db) {
  register_record_api(server, db, service::organisation_rules());
  register_record_pages(server, db, service::organisation_rules(), {organisation_people, {}});
}

}  // namespace jamt::web
