#pragma once
// Storage of a survey's respondents, their links, drafts and submitted
// responses (migration 16, docs/surveys.md "Anonymity"). Functions work on
// a leased session and throw soci errors.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/surveys/survey.hpp"

namespace soci {
class session;
}

namespace jamt::store {

// A respondent to invite: `profile_json` a JSON object ("{}" for none),
// `token_hash` the SHA-256 of their first link's token.
struct NewRespondent {
  std::string email{};
  std::string name{};
  std::string profile_json{"{}"};
  std::string token_hash{};
  std::string county_code{};  // a national survey's invitation: the county it goes to; "" (NULL) otherwise
};

struct RespondentRow {
  std::int64_t id = 0;
  std::int64_t survey_id = 0;
  std::string email{};
  std::string name{};
  std::string profile_json{"{}"};
  std::string invited_at{};
  std::optional<std::string> opened_at{};
  std::optional<std::string> started_at{};
  std::optional<std::string> completed_on{};  // a date only
  std::optional<std::string> opted_out_at{};
  int reminders_sent = 0;
  std::optional<std::string> last_reminded_at{};
};

// Inserts the respondents whose e-mail survey `survey_id` does not have yet
// (compared case-insensitively, first one wins), each with its link;
// invited_at from the clock. Returns the ones inserted, in input order.
std::vector<NewRespondent> insert_respondents(soci::session& s, std::int64_t survey_id,
                                              const std::vector<NewRespondent>& respondents);

// The respondent one of whose links has `token_hash`, or nullopt.
std::optional<RespondentRow> find_respondent_by_link(soci::session& s, const std::string& token_hash);

// Adds a link with `token_hash` to respondent `id`.
void insert_link(soci::session& s, std::int64_t respondent_id, const std::string& token_hash);

// Sets opened_at / started_at to now when still empty.
void mark_opened(soci::session& s, std::int64_t respondent_id);
void mark_started(soci::session& s, std::int64_t respondent_id);
// Sets completed_on to `date` ("YYYY-MM-DD") if not yet completed; false
// when it was completed already (a request that got there first).
bool mark_completed(soci::session& s, std::int64_t respondent_id, const std::string& date);
// Sets opted_out_at to now when still empty.
void mark_opted_out(soci::session& s, std::int64_t respondent_id);

// The saved draft (answers as the API carries them, JSON) of a respondent, or nullopt.
std::optional<std::string> find_draft(soci::session& s, std::int64_t respondent_id);
// Saves (replaces) the draft.
void save_draft(soci::session& s, std::int64_t respondent_id, const std::string& answers_json);
// Deletes the draft, if any.
void delete_draft(soci::session& s, std::int64_t respondent_id);

// A submitted response to store: `respondent_id` and `submitted_on` empty
// for an anonymous survey; `answers` flattened (surveys::flatten_answers);
// `versions` the version of each answered question by its code ("Q7").
struct NewResponse {
  std::string id{};  // random
  std::int64_t survey_id = 0;
  std::optional<std::int64_t> respondent_id{};
  std::optional<std::string> submitted_on{};
  std::string profile_json{"{}"};
  std::map<std::string, surveys::Answer> answers{};
  std::map<std::string, int> versions{};
};

// Inserts the response and one survey_answers row per value (one per chosen
// option of a multiple-choice question; numbers also in value_number).
void insert_response(soci::session& s, const NewResponse& response);

// The submitted responses of survey `survey_id`, in id order (random), each
// with its answers (matrix statements as "Q7.s1", several choices as
// `choices`); `submitted_on` is empty for an anonymous survey. `kinds`
// maps question code → kind to rebuild the answer types.
std::vector<surveys::Response> load_responses(soci::session& s, std::int64_t survey_id,
                                              const std::map<std::string, surveys::QuestionKind>& kinds);

// The invited respondents of survey `survey_id`, in invitation order (not
// the visitors of its open link, who have no address to remind).
std::vector<RespondentRow> list_respondents(soci::session& s, std::int64_t survey_id);

// Records a reminder sent to respondent `id` now: reminders_sent + 1,
// last_reminded_at = now.
void mark_reminded(soci::session& s, std::int64_t respondent_id);

// Rewrites the submitted responses of survey `survey_id` and their answers
// in one go, in the order of their random ids: afterwards neither the
// order rows are stored in nor (on PostgreSQL) the transaction that wrote
// them tells when, or with whose completion, a response arrived
// (docs/surveys.md, "Anonymity"). Records the count in
// surveys.responses_mixed. Call inside a transaction.
void mix_responses(soci::session& s, std::int64_t survey_id);

// The anonymous surveys with responses submitted since they were last
// mixed (surveys.responses_mixed differs from their count).
std::vector<std::int64_t> surveys_to_mix(soci::session& s);

// The ids of the surveys whose status is open.
std::vector<std::int64_t> open_survey_ids(soci::session& s);

}  // namespace jamt::store
