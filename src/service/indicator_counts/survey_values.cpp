#include "service/indicator_counts/survey_values.hpp"

#include <algorithm>
#include <cctype>

#include "domain/surveys/results.hpp"
#include "domain/surveys/results_breakdown.hpp"
#include "service/indicator_counts/year_counts.hpp"
#include "service/surveys/survey_results_service.hpp"
#include "store/database.hpp"
#include "store/indicator_counts/count_sources.hpp"
#include "store/surveys/survey_repository.hpp"

namespace jamt::indicator_counts {

namespace {

// The profile codes that hold the respondent's sex, in the order tried.
const std::vector<std::string> kSexKeys{"kon", "sex", "kön"};

bool is_women(std::string v) {
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
  return v == "kvinna" || v == "kvinnor" || v == "women" || v == "woman" || v == "k";
}
bool is_men(std::string v) {
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
  return v == "man" || v == "män" || v == "men" || v == "m";
}

// The question (or matrix statement) `code` of `survey`, or nullptr.
const surveys::Question* question_of(const surveys::Survey& survey, const std::string& code) {
  if (const auto* q = survey.question(code)) return q;
  auto dot = code.find('.');
  if (dot == std::string::npos) return nullptr;
  const auto* q = survey.question(code.substr(0, dot));
  if (!q || q->kind != surveys::QuestionKind::matrix) return nullptr;
  const std::string statement = code.substr(dot + 1);
  bool found = std::any_of(q->statements.begin(), q->statements.end(), [&](const auto& s) { return s.code == statement; });
  return found ? q : nullptr;
}

// How many of `result` chose `option` ("vet_ej" counted apart by the results).
std::optional<double> chosen(const surveys::QuestionResult& result, const std::string& option) {
  if (result.withheld) return std::nullopt;
  if (option == surveys::dont_know_value) return result.dont_know;
  for (const auto& o : result.options)
    if (o.value == option) return o.count;
  return 0.0;
}

const surveys::QuestionResult* find_result(const std::vector<surveys::QuestionResult>& results, const std::string& code) {
  for (const auto& r : results)
    if (r.code == code) return &r;
  return nullptr;
}

// The profile code of the respondents' sex in `input`, or "" when it has none.
std::string sex_key(const surveys::ResultsInput& input) {
  for (const auto& key : kSexKeys) {
    if (input.survey.question(key)) return key;
    for (const auto& r : input.responses)
      if (r.profile.count(key)) return key;
  }
  return "";
}

// Adds a round's value to its year's; a part missing in one round leaves the year's part unknown.
void add(std::optional<double>& sum, std::optional<double> value, bool& gap) {
  if (!value) gap = true;
  if (gap) sum.reset();
  else sum = sum.value_or(0) + *value;
}

// The count of one round: total, and women and men where the breakdown shows them.
CountValue round_value(const surveys::ResultsInput& input, const std::string& question, const std::string& option) {
  CountValue v;
  auto results = surveys::compute_results(input);
  if (const auto* r = find_result(results.questions, question)) v.total = chosen(*r, option);
  const std::string key = sex_key(input);
  if (key.empty()) return v;
  auto breakdown = surveys::break_down(input, key);
  if (breakdown.suppressed) return v;
  for (const auto& g : breakdown.groups) {
    const auto* r = find_result(g.questions, question);
    if (!r) continue;
    if (is_women(g.value)) v.women = chosen(*r, option);
    if (is_men(g.value)) v.men = chosen(*r, option);
  }
  return v;
}

}  // namespace

Result<std::vector<YearValue>> survey_values(store::Database& db, const std::string& county_code,
                                             const std::string& survey_code, const std::string& question_code,
                                             const std::string& option_code, int from_year, int to_year) {
  if (auto st = check_county(county_code); !st) return st.error();
  if (auto st = check_year_range(from_year, to_year); !st) return st.error();
  std::vector<YearValue> out;
  for (int y = from_year; y <= to_year; ++y) out.push_back({.year = y, .value = {}});
  struct Gaps {
    bool women = false, men = false, total = false;
  };
  std::vector<Gaps> gaps(out.size());
  Status st = db.read([&](soci::session& s) -> Status {
    std::vector<surveys::Survey> rounds;
    for (auto id : store::survey_round_ids(s, county_code, survey_code))
      if (auto survey = store::find_survey(s, id)) rounds.push_back(std::move(*survey));
    if (survey_code.empty() || rounds.empty())
      return validation_error("Enkät: ”" + survey_code + "” finns inte i länet.", {}, "survey.survey");
    const auto* question = question_of(rounds.back(), question_code);
    if (!question)
      return validation_error("Fråga: ”" + question_code + "” finns inte i enkäten " + survey_code + ".", {},
                              "survey.question");
    const auto& scale = question->scale();
    bool on_scale = std::any_of(scale.begin(), scale.end(), [&](const auto& o) { return o.value == option_code; });
    if (!on_scale)
      return validation_error("Svarsalternativ: ”" + option_code + "” finns inte bland frågans svarsalternativ.", {},
                              "survey.option");
    for (const auto& round : rounds) {
      auto year = leading_year(round.round);
      if (!year || *year < from_year || *year > to_year || round.status == surveys::SurveyStatus::draft) continue;
      auto v = round_value(service::load_results_input(s, round), question_code, option_code);
      const auto i = static_cast<std::size_t>(*year - from_year);
      auto& target = out[i].value;
      add(target.women, v.women, gaps[i].women);
      add(target.men, v.men, gaps[i].men);
      add(target.total, v.total, gaps[i].total);
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

}  // namespace jamt::indicator_counts
