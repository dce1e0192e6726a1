#pragma once
// Inviting respondents and their answers through a personal link
// (docs/surveys.md). Respondents need no account: the token of the link is
// their only key, and only its SHA-256 is stored. For an anonymous survey
// nothing ties a submitted response to its respondent or token: no column,
// no audit entry, no order (docs/surveys.md, "Anonymity").
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/surveys/survey.hpp"
#include "service/mail/mailer.hpp"
#include "store/database.hpp"

namespace jamt::service {

// One person to invite; `profile_json` a JSON object of profile values
// ({"sex": "kvinna"}), "{}" for none.
struct Invitee {
  std::string email{};
  std::string name{};
  std::string profile_json{"{}"};
  std::string county_code{};  // a national survey's invitation: the county ("08") it goes to
};

// Invites `invitees` to survey `id` (authorize_survey_change; the survey
// must be open): the new ones — an address already invited is skipped —
// are inserted with their links in one transaction with one audit entry
// (action "invite", the count and the addresses), and mailed after the
// commit (on mail.background when set, so the answer does not wait for the
// mail server). Returns how many were invited. A national survey's
// invitations each name a county, one per county (check_county_invitations).
// Errors: "validation" naming "respondents[3].email" or
// "respondents[3].county_code", "conflict" for a survey that is not open,
// "not_found", "unauthorized", "forbidden".
Result<int> invite_respondents(store::Database& db, const MailSetup& mail, std::int64_t id,
                               const std::vector<Invitee>& invitees, const std::optional<User>& user);

// What the respondent with a link sees.
struct ResponseView {
  surveys::Survey survey{};                         // hidden questions removed
  std::map<std::string, surveys::Answer> answers{}; // the saved draft (API form); empty once submitted
  bool submitted = false;
  bool opted_out = false;
  std::string name{};
};

// The survey and saved answers behind `token`; marks the respondent opened.
// Draft values that no longer fit the survey (a hidden question, options
// changed since) are left out. Error "not_found" ("Länken finns inte.") for
// an unknown token.
Result<ResponseView> get_response(store::Database& db, const std::string& token);

// Saves `answers` (API form) behind `token`, and with `submit` submits
// them: checked with surveys::validate_answers (complete when submitting;
// errors name "answers.Q3"); the survey must be open ("conflict"); a
// submitted response is final ("conflict", 409). Submitting stores the
// answers apart under a random id and deletes the draft, in one
// transaction; for an anonymous survey without respondent or date. Error
// "not_found" for an unknown token.
Result<ResponseView> save_response(store::Database& db, const std::string& token,
                                   const std::map<std::string, surveys::Answer>& answers, bool submit);

// The respondent behind `token` declines: no more reminders. Audited.
// Error "not_found" for an unknown token, "conflict" once submitted.
Status opt_out(store::Database& db, const std::string& token);

// The survey behind `token` (for reading answers_from_json against it),
// hidden questions removed. Error "not_found" for an unknown token.
Result<surveys::Survey> survey_of_token(store::Database& db, const std::string& token);

}  // namespace jamt::service
