#include "domain/surveys/results_breakdown.hpp"

#include <algorithm>
#include <map>

#include "domain/i18n/translate.hpp"

namespace jamt::surveys {

namespace {

constexpr std::string_view kSmallGroup = i18n::N_("Färre än 5 svarande – redovisas i Övriga.");
constexpr std::string_view kJoinedOther = i18n::N_(
    "Redovisas i Övriga, så att en mindre grupp inte kan räknas fram genom att dra de andra från totalen.");
constexpr std::string_view kFewAnswers = i18n::N_("Färre än 5 i gruppen har svarat på frågan.");
constexpr std::string_view kComplement =
    i18n::N_("Döljs så att en mindre grupp inte kan räknas fram genom att dra de andra från totalen.");
constexpr std::string_view kMissingLabel = i18n::N_("Uppgift saknas");

const Question* find_question(const Survey& survey, const std::string& code) {
  for (const auto& q : survey.questions)
    if (q.code == code) return &q;
  return nullptr;
}

std::string group_value(const Response& r, const std::string& by) {
  if (auto p = r.profile.find(by); p != r.profile.end()) return p->second;
  if (auto a = r.answers.find(by); a != r.answers.end() && a->second.kind == Answer::Kind::choice)
    return a->second.choice;
  return "";
}

void withhold(QuestionResult& q, std::string_view reason) {
  q.withheld = true;
  q.withheld_reason = i18n::tr(reason);
  q.dont_know = 0;
  q.dont_know_percent.reset();
  q.options.clear();
  q.positive_percent.reset();
  q.unrecognised = 0;
  q.numbers.reset();
}

// Per question: withhold groups answered by 1–4, and then one more when
// exactly one is withheld — one that has answers, since hiding a group
// nobody in answered hides nothing.
void withhold_small_cells(std::vector<GroupResult>& groups) {
  if (groups.empty()) return;
  for (std::size_t q = 0; q < groups.front().questions.size(); ++q) {
    int withheld = 0;
    for (auto& g : groups) {
      auto& r = g.questions[q];
      r.texts.clear();  // never listed per group
      if (r.n > 0 && r.n < kMinGroupSize) {
        withhold(r, kFewAnswers);
        ++withheld;
      }
    }
    if (withheld != 1) continue;
    GroupResult* next = nullptr;
    for (auto& g : groups)
      if (!g.questions[q].withheld && g.questions[q].n > 0 && (!next || g.questions[q].n < next->questions[q].n))
        next = &g;
    if (next) withhold(next->questions[q], kComplement);
  }
}

}  // namespace

Breakdown break_down(const ResultsInput& input, const std::string& by) {
  Breakdown out{.by = by};
  const Question* question = find_question(input.survey, by);
  // Respondents per value, in first-seen order for now.
  std::map<std::string, std::vector<const Response*>> members;
  int total = 0;
  for (const auto& r : input.responses) {
    if (!r.submitted) continue;
    members[group_value(r, by)].push_back(&r);
    ++total;
  }
  if (total < kMinGroupSize) {
    out.suppressed = true;
    out.suppressed_reason = i18n::tr("Färre än 5 svarande totalt – ingen uppdelning visas.");
    return out;
  }
  // The order of the profile: the question's scale, then values not on it, then "".
  std::vector<std::string> order;
  if (question)
    for (const auto& o : question->kind == QuestionKind::single || question->kind == QuestionKind::multiple
                             ? question->options
                             : std::vector<Option>{})
      if (members.count(o.value)) order.push_back(o.value);
  for (const auto& [value, _] : members)
    if (!value.empty() && std::find(order.begin(), order.end(), value) == order.end()) order.push_back(value);
  if (members.count("")) order.push_back("");
  auto label_of = [&](const std::string& value) -> std::string {
    if (value.empty()) return i18n::tr(kMissingLabel);
    if (question)
      for (const auto& o : question->options)
        if (o.value == value) return o.label;
    return value;
  };

  // Which values go into Övriga: the small ones, then the smallest others
  // until Övriga is not small itself.
  std::vector<std::string> other, shown;
  int other_size = 0;
  for (const auto& v : order) {
    if (static_cast<int>(members[v].size()) < kMinGroupSize) {
      other.push_back(v);
      other_size += static_cast<int>(members[v].size());
      out.merged.push_back(MergedGroup{.value = v, .label = label_of(v), .reason = i18n::tr(kSmallGroup)});
    } else {
      shown.push_back(v);
    }
  }
  while (!other.empty() && other_size < kMinGroupSize && !shown.empty()) {
    auto smallest = std::min_element(shown.begin(), shown.end(), [&](const std::string& a, const std::string& b) {
      return members[a].size() < members[b].size();
    });
    other.push_back(*smallest);
    other_size += static_cast<int>(members[*smallest].size());
    out.merged.push_back(MergedGroup{.value = *smallest, .label = label_of(*smallest), .reason = i18n::tr(kJoinedOther)});
    shown.erase(smallest);
  }
  for (const auto& v : shown)
    out.groups.push_back(GroupResult{.value = v, .label = label_of(v), .respondents = static_cast<int>(members[v].size()),
                                     .questions = question_results(input, members[v])});
  if (!other.empty()) {
    std::vector<const Response*> merged;
    for (const auto& v : other) merged.insert(merged.end(), members[v].begin(), members[v].end());
    out.groups.push_back(GroupResult{.value = kOtherGroupValue, .label = i18n::tr(kOtherGroupLabel), .respondents = other_size,
                                     .questions = question_results(input, merged)});
  }
  withhold_small_cells(out.groups);
  return out;
}

}  // namespace jamt::surveys
