#include "domain/strategy.hpp"

#include "domain/i18n/translate.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "domain/national_goals.hpp"
#include "domain/regions.hpp"

namespace jamt {

std::string_view to_string(StrategyStatus s) {
  switch (s) {
    case StrategyStatus::draft: return "draft";
    case StrategyStatus::adopted: return "adopted";
    case StrategyStatus::archived: return "archived";
  }
  return "";
}

std::optional<StrategyStatus> parse_strategy_status(std::string_view text) {
  for (auto s : {StrategyStatus::draft, StrategyStatus::adopted, StrategyStatus::archived})
    if (to_string(s) == text) return s;
  return std::nullopt;
}

std::string_view to_string(NodeKind k) {
  switch (k) {
    case NodeKind::overall: return "overall";
    case NodeKind::subgoal: return "subgoal";
    case NodeKind::focus_area: return "focus_area";
    case NodeKind::target: return "target";
  }
  return "";
}

std::optional<NodeKind> parse_node_kind(std::string_view text) {
  for (auto k : {NodeKind::overall, NodeKind::subgoal, NodeKind::focus_area, NodeKind::target})
    if (to_string(k) == text) return k;
  return std::nullopt;
}

std::string_view swedish_name(NodeKind k) {
  switch (k) {
    case NodeKind::overall: return i18n::N_("Övergripande mål");
    case NodeKind::subgoal: return i18n::N_("Delmål");
    case NodeKind::focus_area: return i18n::N_("Fokusområde");
    case NodeKind::target: return i18n::N_("Mätbart mål");
  }
  return "";
}

std::string_view swedish_name(StrategyStatus s) {
  switch (s) {
    case StrategyStatus::draft: return i18n::N_("Utkast");
    case StrategyStatus::adopted: return i18n::N_("Antagen");
    case StrategyStatus::archived: return i18n::N_("Arkiverad");
  }
  return "";
}

const std::vector<std::string_view>& indicator_units() {
  static const std::vector<std::string_view> v{"count", "percent", "ratio", "sek", "days", "per_100000", "index", "other"};
  return v;
}
const std::vector<std::string_view>& indicator_periodicities() {
  static const std::vector<std::string_view> v{"yearly", "quarterly", "monthly", "every_third_year", "once", "other"};
  return v;
}
const std::vector<std::string_view>& indicator_disaggregations() {
  static const std::vector<std::string_view> v{"sex", "birth_country", "age_group", "municipality", "education", "sector"};
  return v;
}
const std::vector<std::string_view>& period_value_subjects() {
  static const std::vector<std::string_view> v{"total", "women", "men", "women_share"};
  return v;
}

const std::vector<std::string_view>& register_count_names() {
  static const std::vector<std::string_view> v{"joined_organisations",
                                               "organisations_with_action_plan",
                                               "municipalities_joined_share",
                                               "activities_completed",
                                               "joint_activities",
                                               "activity_participants",
                                               "cemr_signatories",
                                               "steering_documents_relevant",
                                               "steering_documents_concrete",
                                               "group_representatives",
                                               "checklist_points_yes"};
  return v;
}

std::string_view source_kind(const Indicator& indicator) {
  if (indicator.measure) return "measure";
  if (indicator.register_count) return "register";
  if (indicator.reporting) return "reporting";
  if (indicator.survey) return "survey";
  return "manual";
}

const std::vector<std::string_view>& indicator_directions() {
  static const std::vector<std::string_view> v{"increase", "decrease", "parity", "within_40_60", "none"};
  return v;
}

std::string_view swedish_label(std::string_view v) {
  static const std::map<std::string_view, std::string_view> labels{
      {"count", i18n::N_("antal")}, {"percent", i18n::N_("procent")}, {"ratio", i18n::N_("kvot")}, {"sek", i18n::N_("kronor")},
      {"days", i18n::N_("dagar")}, {"per_100000", i18n::N_("per 100 000")}, {"index", i18n::N_("index")}, {"other", i18n::N_("annan")},
      {"yearly", i18n::N_("årligen")}, {"quarterly", i18n::N_("kvartalsvis")}, {"monthly", i18n::N_("månadsvis")},
      {"every_third_year", i18n::N_("vart tredje år")}, {"once", i18n::N_("en gång")},
      {"sex", i18n::N_("kön")}, {"birth_country", i18n::N_("födelseland")}, {"age_group", i18n::N_("åldersgrupp")},
      {"municipality", i18n::N_("kommun")}, {"education", i18n::N_("utbildning")}, {"sector", i18n::N_("sektor")},
      {"increase", i18n::N_("öka")}, {"decrease", i18n::N_("minska")}, {"parity", i18n::N_("jämn fördelning")},
      {"within_40_60", i18n::N_("inom 40–60 %")}, {"none", "–"}};
  auto it = labels.find(v);
  return it == labels.end() ? v : it->second;
}

bool is_iso_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (t[i] < '0' || t[i] > '9') return false;
  int y = std::stoi(std::string(t.substr(0, 4)));
  int m = std::stoi(std::string(t.substr(5, 2)));
  int d = std::stoi(std::string(t.substr(8, 2)));
  if (m < 1 || m > 12 || d < 1) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = days[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= max;
}

namespace {

bool contains(const std::vector<std::string_view>& v, std::string_view x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

Status check_enum(const std::vector<std::string_view>& allowed, const std::string& value,
                  const std::string& path, std::string_view what) {
  if (contains(allowed, value)) return {};
  std::string list;
  for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
  return validation_error("unknown " + std::string(what) + " " + quoted(value) + " (allowed: " + list + ")", path);
}

// The source binding: at most one kind, each with its required fields.
Status validate_binding(const Indicator& ind, const std::string& path) {
  int bound = (ind.measure ? 1 : 0) + (ind.register_count ? 1 : 0) + (ind.reporting ? 1 : 0) + (ind.survey ? 1 : 0);
  if (bound > 1)
    return validation_error("an indicator has at most one source: measure, register, reporting or survey",
                            path + (ind.measure ? ".measure" : ".register"));
  if (ind.measure && ind.measure->region && !RegionCatalogue::instance().find(*ind.measure->region))
    return validation_error("unknown region " + quoted(*ind.measure->region), path + ".measure.region");
  if (ind.register_count)
    if (auto s = check_enum(register_count_names(), ind.register_count->count, path + ".register.count", "count"); !s)
      return s;
  if (ind.reporting) {
    if (ind.reporting->form.empty()) return validation_error("reporting form is empty", path + ".reporting.form");
    if (ind.reporting->element.empty())
      return validation_error("reporting element is empty", path + ".reporting.element");
  }
  if (ind.survey) {
    if (ind.survey->survey.empty()) return validation_error("survey code is empty", path + ".survey.survey");
    if (ind.survey->question.empty()) return validation_error("survey question is empty", path + ".survey.question");
  }
  return {};
}

Status validate_indicator(const Indicator& ind, const std::string& path) {
  if (ind.code.empty()) return validation_error("indicator code is empty", path + ".code");
  if (ind.name.empty()) return validation_error("indicator name is empty", path + ".name");
  if (auto s = check_enum(indicator_units(), ind.unit, path + ".unit", "unit"); !s) return s;
  if (auto s = check_enum(indicator_periodicities(), ind.periodicity, path + ".periodicity", "periodicity"); !s) return s;
  if (auto s = check_enum(indicator_directions(), ind.direction, path + ".direction", "direction"); !s) return s;
  for (std::size_t i = 0; i < ind.disaggregation.size(); ++i)
    if (auto s = check_enum(indicator_disaggregations(), ind.disaggregation[i],
                            path + ".disaggregation[" + std::to_string(i) + "]", "disaggregation");
        !s)
      return s;
  if (std::find(ind.disaggregation.begin(), ind.disaggregation.end(), "sex") == ind.disaggregation.end())
    return validation_error("indicators are always disaggregated by sex: \"sex\" is missing", path + ".disaggregation");
  for (auto [pv, name] : {std::pair{&ind.baseline, "baseline"}, std::pair{&ind.target, "target"}}) {
    if (*pv && (*pv)->period.empty())
      return validation_error(std::string(name) + " period is empty", path + "." + name + ".period");
    if (*pv)
      if (auto s = check_enum(period_value_subjects(), (*pv)->of, path + "." + name + ".of", "of"); !s) return s;
  }
  return validate_binding(ind, path);
}

struct TreeChecker {
  const std::set<std::string>& subgoal_codes;
  const std::set<std::string>& target_codes;  // of the action plan, for commitments

  Status check(const std::vector<GoalNode>& nodes, const std::string& path) const {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      const GoalNode& n = nodes[i];
      std::string p = path + "[" + std::to_string(i) + "]";
      if (n.code.empty()) return validation_error("code is empty", p + ".code");
      if (!seen.insert(n.code).second)
        return validation_error("duplicate code " + quoted(n.code) + " among siblings", p + ".code");
      if (n.title.empty()) return validation_error("title is empty", p + ".title");
      for (std::size_t g = 0; g < n.national_goals.size(); ++g)
        if (!find_national_subgoal(n.national_goals[g]))
          return validation_error("unknown national sub-goal " + quoted(n.national_goals[g]) +
                                      " (expected \"2006:1\"…\"2006:4\" or \"2017:1\"…\"2017:6\")",
                                  p + ".national_goals[" + std::to_string(g) + "]");
      std::set<std::string> ind_codes;
      for (std::size_t k = 0; k < n.indicators.size(); ++k) {
        std::string ip = p + ".indicators[" + std::to_string(k) + "]";
        if (auto s = validate_indicator(n.indicators[k], ip); !s) return s;
        if (!ind_codes.insert(n.indicators[k].code).second)
          return validation_error("duplicate indicator code " + quoted(n.indicators[k].code), ip + ".code");
      }
      for (std::size_t c = 0; c < n.board_commitments.size(); ++c) {
        const Commitment& cm = n.board_commitments[c];
        std::string cp = p + ".board_commitments[" + std::to_string(c) + "]";
        if (cm.text.empty()) return validation_error("commitment is empty", cp + ".text");
        for (std::size_t t = 0; t < cm.targets.size(); ++t)
          if (!target_codes.count(cm.targets[t]))
            return validation_error("no action-plan target with code " + quoted(cm.targets[t]) + " in this strategy",
                                    cp + ".targets[" + std::to_string(t) + "]");
      }
      for (std::size_t a = 0; a < n.problem_areas.size(); ++a) {
        const auto& pa = n.problem_areas[a];
        std::string pp = p + ".problem_areas[" + std::to_string(a) + "]";
        if (pa.problem.empty()) return validation_error("problem is empty", pp + ".problem");
        for (std::size_t x = 0; x < pa.actions.size(); ++x) {
          std::string ap = pp + ".actions[" + std::to_string(x) + "]";
          if (pa.actions[x].action.empty()) return validation_error("action is empty", ap + ".action");
          for (std::size_t s = 0; s < pa.actions[x].subgoals.size(); ++s)
            if (!subgoal_codes.count(pa.actions[x].subgoals[s]))
              return validation_error("no sub-goal with code " + quoted(pa.actions[x].subgoals[s]) + " in this strategy",
                                      ap + ".subgoals[" + std::to_string(s) + "]");
        }
      }
      if (auto s = check(n.children, p + ".children"); !s) return s;
    }
    return {};
  }
};

void collect_subgoal_codes(const std::vector<GoalNode>& nodes, std::set<std::string>& out) {
  for (const auto& n : nodes) {
    if (n.kind == NodeKind::subgoal) out.insert(n.code);
    collect_subgoal_codes(n.children, out);
  }
}

Status validate_action_plan(const ActionPlan& plan) {
  const std::string p = "$.action_plan";
  if (plan.title.empty()) return validation_error("title is empty", p + ".title");
  if (plan.start_year < 1990 || plan.end_year > 2100 || plan.start_year > plan.end_year)
    return validation_error("period " + std::to_string(plan.start_year) + "–" + std::to_string(plan.end_year) +
                                " is not a valid period",
                            p + ".start_year");
  std::set<std::string> codes;
  for (std::size_t i = 0; i < plan.objectives.size(); ++i) {
    const auto& o = plan.objectives[i];
    std::string op = p + ".objectives[" + std::to_string(i) + "]";
    if (o.code.empty()) return validation_error("code is empty", op + ".code");
    if (!codes.insert(o.code).second) return validation_error("duplicate code " + quoted(o.code) + " among objectives", op + ".code");
    if (o.title.empty()) return validation_error("title is empty", op + ".title");
    std::set<std::string> tcodes;
    for (std::size_t j = 0; j < o.targets.size(); ++j) {
      std::string tp = op + ".targets[" + std::to_string(j) + "]";
      if (o.targets[j].code.empty()) return validation_error("code is empty", tp + ".code");
      if (!tcodes.insert(o.targets[j].code).second)
        return validation_error("duplicate code " + quoted(o.targets[j].code) + " among targets", tp + ".code");
      if (o.targets[j].title.empty()) return validation_error("title is empty", tp + ".title");
    }
  }
  return {};
}

}  // namespace

Status validate(const Strategy& s) {
  if (!RegionCatalogue::instance().find_county(s.county_code))
    return validation_error("unknown county " + quoted(s.county_code) + " (expected a two-digit county code such as \"08\")",
                            "$.county_code");
  if (s.title.empty()) return validation_error("title is empty", "$.title");
  if (s.start_year < 1990 || s.start_year > 2100)
    return validation_error("start year " + std::to_string(s.start_year) + " is outside 1990–2100", "$.start_year");
  if (s.end_year < s.start_year || s.end_year > 2100)
    return validation_error("end year " + std::to_string(s.end_year) + " is before the start year or after 2100", "$.end_year");
  if (s.adopted_on && !is_iso_date(*s.adopted_on))
    return validation_error("adoption date " + quoted(*s.adopted_on) + " is not a date YYYY-MM-DD", "$.adopted_on");
  if (!find_national_goal_catalogue(s.national_goal_version))
    return validation_error("unknown national goal version " + quoted(s.national_goal_version) + " (expected \"2006\" or \"2017\")",
                            "$.national_goal_version");
  std::set<std::string> subgoals;
  collect_subgoal_codes(s.goals, subgoals);
  std::set<std::string> targets;
  if (s.action_plan)
    for (const auto& o : s.action_plan->objectives)
      for (const auto& t : o.targets) targets.insert(t.code);
  if (auto st = TreeChecker{subgoals, targets}.check(s.goals, "$.goals"); !st) return st;
  if (s.action_plan) return validate_action_plan(*s.action_plan);
  return {};
}

std::size_t count_nodes(const std::vector<GoalNode>& goals, NodeKind kind) {
  std::size_t n = 0;
  for (const auto& g : goals) n += (g.kind == kind ? 1 : 0) + count_nodes(g.children, kind);
  return n;
}

std::size_t count_indicators(const std::vector<GoalNode>& goals) {
  std::size_t n = 0;
  for (const auto& g : goals) n += g.indicators.size() + count_indicators(g.children);
  return n;
}

}  // namespace jamt
