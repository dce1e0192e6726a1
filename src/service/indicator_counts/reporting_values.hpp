#pragma once
// Indicator values from a periodic-reporting form's data element (issue 13,
// item 1; docs/indicator-counts.md, docs/reporting.md): per year, the sum
// over the county's submitted and approved reports of the periods in that
// year, by sex where the element is reported by sex.
#include <string>
#include <vector>

#include "service/indicator_counts/count_value.hpp"

namespace jamt::store {
class Database;
}

namespace jamt::indicator_counts {

// Per year from..to: the sum of element `element_code` of form `form_code` over every submitted
// or approved report by an organisation of `county_code` whose period ends in the year (monthly,
// quarterly, half-yearly and yearly periods all lie within one year), categories summed.
// Women and men are the sums of the women's and men's cells when the element is reported by sex
// (nullopt otherwise); the total is each report's total cell where it has one, else the sum of its
// women's, men's and unknown cells. A year without reports has no value (all nullopt). Counts every
// report of the county, whoever asks. Errors "validation": field "reporting.form" (no such form,
// or a form of another county), "reporting.element" (no such element in the form's current
// version, or one that cannot be summed: decimals and text); "county", "from", "to" as
// count_years; "database" when the store fails.
Result<std::vector<YearValue>> reporting_values(store::Database& db, const std::string& county_code,
                                                const std::string& form_code, const std::string& element_code,
                                                int from_year, int to_year);

}  // namespace jamt::indicator_counts
