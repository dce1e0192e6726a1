#pragma once
// Queries the national compilation needs beside the existing repositories
// (issue 14, item 3): checklists filed per county in a year, and per county
// the reports expected and submitted for a year's periods of every
// reporting form. Portable SQL, SQLite and PostgreSQL alike.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// Checklists filed for `year`, by county code (counties without one absent).
std::map<std::string, int> checklists_per_county(soci::session& s, int year);

// Periodic reporting for a county: reports expected (an organisation the
// form is assigned to, per period of the form that ends in the year) and of
// those submitted or approved.
struct ReportingTally {
  int expected = 0;
  int submitted = 0;
};

// The tally of every reporting form for the periods within `year`, by the
// reporting organisation's county code.
std::map<std::string, ReportingTally> reporting_per_county(soci::session& s, int year);

// A national network (issue 14, item 3): a group kept at region "00" whose
// members are organisations of several counties.
struct NetworkMember {
  std::string organisation{};
  std::string county_code{};  // the organisation's county
};
struct NationalNetwork {
  std::int64_t id = 0;
  std::string name{};
  std::string type{};
  std::string description{};
  std::vector<NetworkMember> members{};  // members some day of `year`, by county then name
};

// The groups of region "00" active some day of `year` (no dates: always),
// by name, with their members of that year.
std::vector<NationalNetwork> national_networks(soci::session& s, int year);

}  // namespace jamt::store
