#pragma once
// Indicator values from a survey question (issue 13, item 1;
// docs/indicator-counts.md, docs/surveys.md): per year, how many
// respondents of the survey's rounds chose an option — women, men and
// total, by the respondents' sex profile where there is one, and only as
// the anonymity rules of survey results allow.
#include <string>
#include <vector>

#include "service/indicator_counts/count_value.hpp"

namespace jamt::store {
class Database;
}

namespace jamt::indicator_counts {

// Per year from..to: the number of submitted responses to the rounds of survey `survey_code` of
// `county_code` whose round ("2025") falls in the year that chose option `option_code` of
// question `question_code` ("Q3", or "Q7.s1" for a statement of a matrix), summed over rounds of
// the same year. Women and men come from the breakdown by the sex profile ("kon", else "sex":
// the invitation's profile or the profile question), with the results page's rules: a group of
// fewer than 5, or one whose numbers for the question are withheld, gives no value (nullopt), so
// no count here tells more than the results page does. A year without a round has no value; a
// round that is still a draft, or whose round has no year, is left out. Only aggregates are read
// out. Errors "validation": field "survey.survey" (no survey with that code in the county),
// "survey.question" (not in the latest round), "survey.option" (not on the question's scale);
// "county", "from", "to" as count_years; "database" when the store fails.
Result<std::vector<YearValue>> survey_values(store::Database& db, const std::string& county_code,
                                             const std::string& survey_code, const std::string& question_code,
                                             const std::string& option_code, int from_year, int to_year);

}  // namespace jamt::indicator_counts
