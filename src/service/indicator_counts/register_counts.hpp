#pragma once
// Indicator values counted from Jämt's registers (issue 13, item 1;
// docs/indicator-counts.md): joined organisations, action plans, the share
// of the county's municipalities joined, activities completed, joint
// activities, participants by sex, CEMR signatories, steering documents,
// group representatives and checklist points answered ja — each computed
// per year from dated records, never stored.
#include <map>
#include <string>
#include <vector>

#include "service/indicator_counts/count_value.hpp"

namespace jamt::store {
class Database;
}

namespace jamt::indicator_counts {

// What an indicator bound to a register counts: a count name (see
// register_count_definitions) and its string parameters, as strategy JSON
// writes them: {"count": "joined_organisations", "organisation_type": "kommun"}.
struct RegisterCountSpec {
  std::string count;
  std::map<std::string, std::string> params;
};

// Whether a count is the state on 31 December (stock) or what happened
// within the calendar year (flow).
enum class CountKind { stock, flow };

// One count name of the shared vocabulary, for validation and for forms.
struct RegisterCountDefinition {
  std::string name{};                 // "joined_organisations"
  std::string label_sv{};             // "Anslutna verksamheter"
  CountKind kind = CountKind::stock;
  std::vector<std::string> params{};  // the optional parameters it accepts
  bool by_sex = false;                // gives women and men besides the total
};

// Every count name, in the order of docs/indicator-counts.md.
const std::vector<RegisterCountDefinition>& register_count_definitions();

// A clear Swedish message naming the bad count name or parameter, or ok.
// Errors are "validation" with field "register.count" (an unknown or empty
// name) or "register.<param>" (a parameter the count does not take, or a
// value it cannot have: an organisation type not in the register, a national
// sub-goal not in the catalogue ("2017:2"), a group that is not a number).
Status validate(const RegisterCountSpec& spec);

// Per year from..to: stock counts as the state on 31 December of the year, flow counts (activities
// completed, participants) within the calendar year. Counts every record of the county, whoever asks.
// One YearValue per year, in order; a register count always has a total (0 when nothing counts),
// and women and men only when the count is by sex. Errors: those of validate, "validation" naming
// "county", "from" or "to", "database" when the store fails. Reads in one session; thread-safe.
Result<std::vector<YearValue>> count_years(store::Database& db, const std::string& county_code,
                                           const RegisterCountSpec& spec, int from_year, int to_year);

}  // namespace jamt::indicator_counts
