#pragma once
// What building and sending a survey reads besides the survey itself
// (migration 18, docs/surveys.md "Who answers" and "Templates"): the
// counties a national survey has invited, the people Jämt's registers
// offer as respondents, and the action-plan targets a template's questions
// follow up. Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// A person a register offers as a respondent; `county_code` set for the
// strategists of a national survey (their county), "" otherwise.
struct RegisterPerson {
  std::string email{};
  std::string name{};
  std::string county_code{};
};

// The county codes survey `survey_id` has an invitation for.
std::set<std::string> invited_counties(soci::session& s, std::int64_t survey_id);

// The counties invited to national survey `survey_id` that have not
// submitted (opted out included), by county code.
std::set<std::string> counties_not_answered(soci::session& s, std::int64_t survey_id);

// The contact persons (with an e-mail address) of the organisations with an
// approved joining in `county_code`, by address, each once.
std::vector<RegisterPerson> joined_contacts(soci::session& s, const std::string& county_code);

// The representatives and substitutes (with an e-mail address) of the
// current members of group `group_id` on `today` ("YYYY-MM-DD"), each once.
std::vector<RegisterPerson> group_people(soci::session& s, std::int64_t group_id, const std::string& today);

// One strategist account per county (the oldest that is not disabled), for
// the counties that have one, by county code.
std::vector<RegisterPerson> county_strategists(soci::session& s);

// The groups of `county_code` ("" for every county): id → name.
std::map<std::int64_t, std::string> county_group_names(soci::session& s, const std::string& county_code);

// For template `template_code`: question code → the action-plan target
// codes it follows up ("K1" → {"1.1"}).
std::map<std::string, std::vector<std::string>> template_target_links(soci::session& s,
                                                                      const std::string& template_code);

// The open link of a survey (migration 18): whether it is on, and whether
// one browser may answer more than once.
struct OpenLinkSettings {
  bool enabled = false;
  bool allow_repeat = false;
};

// The open-link settings of survey `survey_id` (off for an unknown one).
OpenLinkSettings open_link_settings(soci::session& s, std::int64_t survey_id);

// Turns the open link on with `token_hash` (a new link replaces the old),
// or off when `token_hash` is empty.
void set_open_link(soci::session& s, std::int64_t survey_id, const std::string& token_hash, bool allow_repeat);

// The survey whose open link has `token_hash`, or 0.
std::int64_t survey_of_open_link(soci::session& s, const std::string& token_hash);

// A visitor of the open link: a respondent without an address, open_link = 1,
// with its personal link `token_hash`. Returns the respondent's id.
std::int64_t insert_open_respondent(soci::session& s, std::int64_t survey_id, const std::string& token_hash);

// How many answer slots `client_hash` has taken on survey `survey_id` at
// or after `since` ("YYYY-MM-DDTHH:MM:SSZ").
int count_open_visits(soci::session& s, std::int64_t survey_id, const std::string& client_hash, const std::string& since);

// Records one answer slot taken by `client_hash` now.
void insert_open_visit(soci::session& s, std::int64_t survey_id, const std::string& client_hash);

}  // namespace jamt::store
