#pragma once
// Creating, changing, reading, opening and closing surveys (docs/surveys.md).
// Each change is one transaction with its audit entry (entity "survey").
// Changing a live survey never loses an answer: a text fix edits the
// question, removing a question with answers hides it, new options on a
// question with answers make a new version of it.
#include <cstdint>
#include <optional>
#include <vector>

#include "domain/account.hpp"
#include "service/surveys/survey_json.hpp"
#include "store/database.hpp"
#include "store/surveys/survey_repository.hpp"

namespace jamt::service {

// Creates a survey of survey_county_for(user, input.county_code,
// input.survey.national), status draft, questions at version 1. Errors:
// "validation" (field named), "unauthorized", "forbidden".
Result<surveys::Survey> create_survey(store::Database& db, const SurveyInput& input, const std::optional<User>& user);

// The surveys `user` may read, newest first. Error "unauthorized" for the
// public, "forbidden" for organisation contacts.
Result<std::vector<store::SurveySummary>> list_surveys(store::Database& db, const std::optional<User>& user);

// Survey `id`. Error "not_found" ("no survey with that id") also for one the
// user may not read; "unauthorized" for the public.
Result<surveys::Survey> get_survey(store::Database& db, std::int64_t id, const std::optional<User>& user);

// What a change did to each question code: "edited", "new_version",
// "hidden", "removed", "added".
struct SurveyChange {
  surveys::Survey survey{};
  std::vector<std::pair<std::string, std::string>> questions{};
};

// Changes survey `id` to `input` under the rules above. Anonymity, county
// and national cannot change (a "validation" error on that field); the
// kind of a question with answers cannot change either. Audit action
// "update". Errors as for create, and "not_found".
Result<SurveyChange> update_survey(store::Database& db, std::int64_t id, const SurveyInput& input,
                                   const std::optional<User>& user);

// Opens (draft or closed → open) or closes (open → closed) survey `id`.
// Closing an anonymous survey also rewrites the response tables in the
// order of their random ids (store::mix_responses). Error "conflict"
// when it is in that status already; audit action "open" or "close".
// Errors as for update.
Result<surveys::Survey> set_survey_status(store::Database& db, std::int64_t id, surveys::SurveyStatus status,
                                          const std::optional<User>& user);

// Survey `id` readable by `user` inside a running transaction or read:
// the survey, or the errors of get_survey.
Result<surveys::Survey> readable_survey(soci::session& s, std::int64_t id, const std::optional<User>& user);

}  // namespace jamt::service
