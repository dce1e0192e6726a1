#include "domain/national/national_plan.hpp"

namespace jamt {

namespace {

constexpr std::size_t kMaxText = 2000;

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// `name` is the Swedish noun phrase; `neuter` whether it takes "tomt".
void check_text(std::vector<PlanProblem>& out, const std::string& field, const std::string& text,
                const std::string& name, bool neuter = false) {
  if (blank(text))
    out.push_back({.field = field, .message = name + (neuter ? " får inte vara tomt" : " får inte vara tom")});
  else if (text.size() > kMaxText)
    out.push_back({.field = field, .message = name + " får vara högst 2000 tecken"});
}

}  // namespace

std::int64_t unspent(const CountyResources& resources) { return resources.granted - resources.used; }

CountyResources resources_total(const std::vector<CountyResources>& counties) {
  CountyResources total{.county_code = kNationalRegion, .year = counties.empty() ? 0 : counties.front().year};
  for (const auto& c : counties) {
    total.granted += c.granted;
    total.used += c.used;
    total.carried_over += c.carried_over;
  }
  return total;
}

std::vector<PlanProblem> plan_problems(const NationalPlan& plan) {
  std::vector<PlanProblem> out;
  check_text(out, "title", plan.title, "Rubriken");
  check_text(out, "overall_goal", plan.overall_goal, "Det övergripande målet", true);
  if (plan.subgoals.empty())
    out.push_back({.field = "subgoals", .message = "Handlingsplanen behöver minst ett operativt delmål"});
  for (std::size_t i = 0; i < plan.subgoals.size(); ++i) {
    const auto& g = plan.subgoals[i];
    const std::string at = "subgoals[" + std::to_string(i) + "]";
    check_text(out, at + ".title", g.title, "Delmål " + std::to_string(i + 1), true);
    for (std::size_t j = 0; j < g.insatser.size(); ++j)
      check_text(out, at + ".insatser[" + std::to_string(j) + "]", g.insatser[j], "En insats");
    for (std::size_t j = 0; j < g.expected_effects.size(); ++j)
      check_text(out, at + ".expected_effects[" + std::to_string(j) + "]", g.expected_effects[j],
                 "En förväntad effekt");
  }
  return out;
}

}  // namespace jamt
