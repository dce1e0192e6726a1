#pragma once
// Running a survey again (issue 11, item 2): a new round is a copy of the
// survey — title, description, anonymity, county, reminder settings and the
// questions in force — as a draft that points at the round it came from,
// so its results compare each question with the same question then
// (docs/survey_results.md, "Comparison").
#include <cstdint>
#include <optional>
#include <string>

#include "domain/account.hpp"
#include "domain/surveys/survey.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Makes round `round` of survey `id` (authorize_survey_change on it): a
// draft with previous_round_id = id, the same code, the questions that are
// not hidden at version 1 with the same codes, options and statements. The
// title keeps its words; a title that names the old round ("Nyckelpersoner
// 2024") names the new one instead. Audit action "create" with
// {"from_round": id}. Errors: "validation" on field "round" when it is
// empty or the same as the old round's, "not_found", "unauthorized",
// "forbidden".
Result<surveys::Survey> make_next_round(store::Database& db, std::int64_t id, const std::string& round,
                                        const std::optional<User>& user);

}  // namespace jamt::service
