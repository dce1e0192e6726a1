#pragma once
// The strategy model: a county's regional gender-equality strategy with its
// goal tree (overall goal → sub-goals → focus areas → measurable targets),
// indicators, the board's own commitments, Kalmar-style suggestion tables and
// the action plan against men's violence. Plain values; no I/O.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace jamt {

enum class StrategyStatus { draft, adopted, archived };
enum class NodeKind { overall, subgoal, focus_area, target };

std::string_view to_string(StrategyStatus s);
std::optional<StrategyStatus> parse_strategy_status(std::string_view text);
std::string_view to_string(NodeKind k);
std::optional<NodeKind> parse_node_kind(std::string_view text);
// Swedish display names: "Övergripande mål", "Delmål", "Fokusområde", "Mätbart mål".
std::string_view swedish_name(NodeKind k);
// Swedish display names: "Utkast", "Antagen", "Arkiverad".
std::string_view swedish_name(StrategyStatus s);

// Allowed indicator enumerations (see docs/formats/strategy-json.md).
const std::vector<std::string_view>& indicator_units();
const std::vector<std::string_view>& indicator_periodicities();
const std::vector<std::string_view>& indicator_disaggregations();
const std::vector<std::string_view>& indicator_directions();
// Swedish label for an indicator enum value ("percent" → "procent"); the
// value itself when it has none.
std::string_view swedish_label(std::string_view enum_value);

// A value at a period, for an indicator's baseline or target. `of` names
// what the value is about: "women", "men", "total" or "women_share" (issue 13).
struct PeriodValue {
  std::string period;  // "2014", "2024K1"
  double value = 0;
  std::string of = "total";
  bool operator==(const PeriodValue&) const = default;
};

// What a baseline or target may be about: women, men, total, women_share.
const std::vector<std::string_view>& period_value_subjects();

// The imported measure an indicator is followed with, and the categories of
// the measure's further dimensions to use (e.g. {"Alder": "20-64"}); the
// region whose values count (SCB code), the strategy's county when absent.
struct MeasureLink {
  std::string code;
  std::map<std::string, std::string> filter;
  std::optional<std::string> region{};
  bool operator==(const MeasureLink&) const = default;
};

// An indicator counted from Jämt's own registers (issue 13): `count` is one
// of register_count_names(), `params` its string parameters
// (e.g. {"organisation_type": "kommun"}).
struct RegisterBinding {
  std::string count;
  std::map<std::string, std::string> params{};
  bool operator==(const RegisterBinding&) const = default;
};

// An indicator read from a data element of a periodic reporting form.
struct ReportingBinding {
  std::string form;
  std::string element;
  bool operator==(const ReportingBinding&) const = default;
};

// An indicator read from a survey question (and one option of it).
struct SurveyBinding {
  std::string survey;
  std::string question;
  std::string option;
  bool operator==(const SurveyBinding&) const = default;
};

// The register counts an indicator may be bound to (shared vocabulary of
// issue 13): joined_organisations, organisations_with_action_plan, …
const std::vector<std::string_view>& register_count_names();

struct Indicator {
  std::int64_t id = 0;  // database id; 0 before it is stored
  std::string code;
  std::string name;
  std::string unit = "count";
  std::string source;
  std::string periodicity = "yearly";
  std::vector<std::string> disaggregation{"sex"};
  std::string direction = "none";
  std::optional<PeriodValue> baseline;
  std::optional<PeriodValue> target;
  std::string note;
  // The source binding: at most one of these four; none = values typed in
  // ("manual"). validate() refuses two.
  std::optional<MeasureLink> measure;
  std::optional<RegisterBinding> register_count{};
  std::optional<ReportingBinding> reporting{};
  std::optional<SurveyBinding> survey{};
};

// The kind of an indicator's source: "measure", "register", "reporting",
// "survey" or "manual" (none bound). The first bound when (invalidly) several are.
std::string_view source_kind(const Indicator& indicator);

// One row of a suggestion table: an action, who can contribute, and the codes
// of the strategy's sub-goals it serves.
struct SuggestedAction {
  std::string action;
  std::vector<std::string> contributors;
  std::vector<std::string> subgoals;
};

struct ProblemArea {
  std::string problem;
  std::vector<SuggestedAction> actions;
};

// --- Commitments followed up (issue 12 item 3, engineer B) ---
// A commitment someone has taken on under a goal node (the node it serves):
// the county board's own ("Länsstyrelsen bidrar genom att …") or another
// actor's (region, kommunförbund, police, …). Its row id stays through
// revisions (matched by id, else by text under the same node), so the
// statuses set per year (commitment_statuses) follow it.
struct Commitment {
  std::int64_t id = 0;  // database id; 0 before it is stored
  std::string text{};
  std::string owner{};  // the actor's name; "" = the county board (Länsstyrelsen)
  std::optional<std::int64_t> owner_organisation_id{};  // the owner in the organisation register, if there
  std::vector<std::string> targets{};                   // action-plan target codes it serves
  bool operator==(const Commitment&) const = default;
};
// --- end of commitments (engineer B) ---

struct GoalNode {
  std::int64_t id = 0;  // database id; 0 before it is stored
  std::string code{};
  NodeKind kind = NodeKind::target;
  std::string title{};
  std::string description{};
  // The author's English (docs/i18n.md, "Content in English"); "" = not given,
  // English pages then show the Swedish marked lang="sv".
  std::string title_en{};
  std::string description_en{};
  std::vector<std::string> national_goals{};  // "2017:2"
  std::vector<Indicator> indicators{};
  std::vector<Commitment> board_commitments{};  // all commitments, not only the board's (JSON key kept)
  std::vector<ProblemArea> problem_areas{};
  std::vector<GoalNode> children{};
};

struct ActionPlanTarget {
  std::string code;
  std::string title;
  std::vector<std::string> example_activities;
  std::vector<std::string> follow_up_sources;
};

struct ActionPlanObjective {
  std::string code;
  std::string title;
  std::string description;
  std::vector<ActionPlanTarget> targets;
};

struct ActionPlan {
  std::string title;
  int start_year = 0;
  int end_year = 0;
  std::string description;
  std::vector<ActionPlanObjective> objectives;
};

struct Strategy {
  std::int64_t id = 0;  // database id; 0 before it is stored
  std::string county_code;
  std::string title;
  int start_year = 0;
  int end_year = 0;
  StrategyStatus status = StrategyStatus::draft;
  std::optional<std::string> adopted_on;  // "YYYY-MM-DD" of the adoption in force
  std::optional<std::string> decision;    // the adoption decision's reference, e.g. a diarienummer
  // An adopted strategy being revised: the stored tree is the draft
  // revision, the public reads the latest version (docs/strategy-versions.md).
  bool revision_open = false;
  std::string national_goal_version = "2017";
  std::string vision;
  std::string description;
  // The author's English of the title, vision and description; "" = not given
  // (English pages show the Swedish, marked lang="sv").
  std::string title_en{};
  std::string vision_en{};
  std::string description_en{};
  std::string source;
  std::vector<GoalNode> goals;
  std::optional<ActionPlan> action_plan;
};

// Checks the rules of the model that do not depend on the file it came from:
// the county exists, the period is sane, codes and titles are non-empty,
// codes are unique among siblings, national-goal references exist, indicator
// enums are known and disaggregation includes sex, dates are ISO dates,
// suggestion tables name existing sub-goals, commitments have a text and name
// existing action-plan targets. On failure the Error's `where`
// is the JSON path of the offending field ("$.goals[0].children[2].code").
Status validate(const Strategy& strategy);

// Number of nodes of `kind` in the whole tree.
std::size_t count_nodes(const std::vector<GoalNode>& goals, NodeKind kind);
// Number of indicators in the whole tree.
std::size_t count_indicators(const std::vector<GoalNode>& goals);

// True if `text` is a valid calendar date "YYYY-MM-DD".
bool is_iso_date(std::string_view text);

}  // namespace jamt
