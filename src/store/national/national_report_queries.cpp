#include "store/national/national_report_queries.hpp"

#include <soci/soci.h>

#include "domain/reporting/period.hpp"
#include "store/reporting/form_repository.hpp"
#include "store/reporting/submission_repository.hpp"

namespace jamt::store {

namespace {

// The periods of `periodicity` that lie in `year`, as the API writes them.
std::vector<std::string> periods_in_year(reporting::Periodicity periodicity, int year) {
  int count = 1;
  switch (periodicity) {
    case reporting::Periodicity::monthly: count = 12; break;
    case reporting::Periodicity::quarterly: count = 4; break;
    case reporting::Periodicity::half_yearly: count = 2; break;
    case reporting::Periodicity::yearly: count = 1; break;
  }
  std::vector<std::string> out;
  for (int i = 1; i <= count; ++i)
    out.push_back(reporting::to_string(reporting::Period{.periodicity = periodicity, .year = year, .index = i}));
  return out;
}

}  // namespace

std::map<std::string, int> checklists_per_county(soci::session& s, int year) {
  std::map<std::string, int> out;
  std::string county;
  long long n = 0;
  soci::statement st = (s.prepare << "SELECT county_code, COUNT(*) FROM checklists WHERE year = :y GROUP BY county_code",
                        soci::use(year), soci::into(county), soci::into(n));
  st.execute();
  while (st.fetch()) out[county] = static_cast<int>(n);
  return out;
}

std::map<std::string, ReportingTally> reporting_per_county(soci::session& s, int year) {
  std::map<std::string, ReportingTally> out;
  for (const auto& form : list_forms(s)) {
    auto periodicity = reporting::parse_periodicity(form.periodicity);
    if (!periodicity) continue;
    auto assigned = assigned_organisations(s, form.id, "");
    std::map<std::int64_t, std::string> county_of;
    for (const auto& o : assigned) county_of[o.id] = o.county_code;
    for (const auto& period : periods_in_year(*periodicity, year)) {
      for (const auto& o : assigned) out[o.county_code].expected += 1;
      for (const auto& sub : submissions_for_period(s, form.id, period)) {
        auto it = county_of.find(sub.organisation_id);
        if (it == county_of.end()) continue;
        if (sub.status == "submitted" || sub.status == "approved") out[it->second].submitted += 1;
      }
    }
  }
  return out;
}

std::vector<NationalNetwork> national_networks(soci::session& s, int year) {
  const std::string first = std::to_string(year) + "-01-01", last = std::to_string(year) + "-12-31";
  std::vector<NationalNetwork> out;
  {
    long long id = 0;
    std::string name, type, description;
    soci::indicator description_ind = soci::i_ok;
    soci::statement st =
        (s.prepare << "SELECT id, name, type, description FROM county_groups WHERE county_code = '00' "
                      "AND (active_from IS NULL OR active_from = '' OR active_from <= :last) "
                      "AND (active_to IS NULL OR active_to = '' OR active_to >= :first) ORDER BY name, id",
         soci::use(last), soci::use(first), soci::into(id), soci::into(name), soci::into(type),
         soci::into(description, description_ind));
    st.execute();
    while (st.fetch())
      out.push_back(NationalNetwork{.id = id,
                                    .name = name,
                                    .type = type,
                                    .description = description_ind == soci::i_ok ? description : "",
                                    .members = {}});
  }
  for (auto& network : out) {
    long long group_id = network.id;
    std::string organisation, county;
    soci::statement st =
        (s.prepare << "SELECT o.name, o.county_code FROM group_members m JOIN organisations o ON o.id = m.organisation_id "
                      "WHERE m.group_id = :g AND m.member_from <= :last "
                      "AND (m.member_to IS NULL OR m.member_to = '' OR m.member_to >= :first) "
                      "ORDER BY o.county_code, o.name",
         soci::use(group_id), soci::use(last), soci::use(first), soci::into(organisation), soci::into(county));
    st.execute();
    while (st.fetch()) network.members.push_back(NetworkMember{.organisation = organisation, .county_code = county});
  }
  return out;
}

}  // namespace jamt::store
