#include "domain/surveys/results.hpp"

#include <algorithm>

namespace jamt::surveys {

namespace {

// The fixed scales, as survey.hpp describes them. Kept here rather than
// calling agreement4_scale()/Question::scale() so this file depends only on
// the model's values (docs/survey_results.md).
const std::vector<Option>& agreement_scale() {
  static const std::vector<Option> scale{{.value = "helt", .label = "Stämmer helt"},
                                         {.value = "delvis", .label = "Stämmer delvis"},
                                         {.value = "inte", .label = "Stämmer inte"},
                                         {.value = "vet_ej", .label = "Vet ej"}};
  return scale;
}

const std::vector<Option>& ja_delvis_nej_scale() {
  static const std::vector<Option> scale{{.value = "ja", .label = "Ja"},
                                         {.value = "delvis", .label = "Delvis"},
                                         {.value = "nej", .label = "Nej"}};
  return scale;
}

const std::vector<Option>& scale_of(const Question& q) {
  switch (q.kind) {
    case QuestionKind::agreement4: return agreement_scale();
    case QuestionKind::yes_partly_no: return ja_delvis_nej_scale();
    case QuestionKind::matrix: return q.options.empty() ? agreement_scale() : q.options;
    default: return q.options;
  }
}

bool same_values(const std::vector<Option>& a, const std::vector<Option>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const Option& x, const Option& y) { return x.value == y.value; });
}

// One row of results: a question, or one statement of a matrix.
struct Slot {
  std::string code;
  std::string parent;  // the question's code (= code unless a statement)
  QuestionKind kind;
  std::string text;
  bool hidden;
  const std::vector<Option>* scale;
  bool positive_scale;  // helt+delvis or ja+delvis is "positive"
};

std::vector<Slot> slots_of(const Survey& survey) {
  std::vector<Slot> slots;
  for (const auto& q : survey.questions) {
    const auto& scale = scale_of(q);
    bool positive = same_values(scale, agreement_scale()) || same_values(scale, ja_delvis_nej_scale());
    if (q.kind == QuestionKind::matrix) {
      for (const auto& st : q.statements)
        slots.push_back(Slot{.code = q.code + "." + st.code, .parent = q.code, .kind = q.kind,
                             .text = q.text + " – " + st.text, .hidden = q.hidden, .scale = &scale,
                             .positive_scale = positive});
    } else {
      bool choice = q.kind != QuestionKind::number && q.kind != QuestionKind::text;
      slots.push_back(Slot{.code = q.code, .parent = q.code, .kind = q.kind, .text = q.text, .hidden = q.hidden,
                           .scale = &scale, .positive_scale = choice && positive});
    }
  }
  return slots;
}

// Answer::empty() as survey.hpp documents it: nothing held is a skip.
// (Written out here because survey.cpp is the core's, docs/survey_results.md.)
bool skipped(const Answer& a) {
  switch (a.kind) {
    case Answer::Kind::none: return true;
    case Answer::Kind::choice: return a.choice.empty();
    case Answer::Kind::choices: return a.choices.empty();
    case Answer::Kind::number: return false;
    case Answer::Kind::text: return a.text.find_first_not_of(" \t\r\n") == std::string::npos;
    case Answer::Kind::matrix: return a.matrix.empty();
  }
  return true;
}

double median_of(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::size_t m = v.size() / 2;
  return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

double round_one_decimal(double v) { return static_cast<double>(static_cast<std::int64_t>(v * 10 + (v < 0 ? -0.5 : 0.5))) / 10; }

// Tallies one slot over `responses`, each paired with its not-shown set.
QuestionResult tally(const Slot& slot, const ResultsInput& input,
                     const std::vector<std::pair<const Response*, const std::set<std::string>*>>& responses) {
  QuestionResult r{.code = slot.code, .kind = slot.kind, .text = slot.text, .hidden = slot.hidden};
  const auto& scale = *slot.scale;
  std::vector<int> counts(scale.size(), 0);
  std::vector<double> numbers;
  for (const auto& [response, not_shown] : responses) {
    if (not_shown && (not_shown->count(slot.code) || not_shown->count(slot.parent))) {
      ++r.not_shown;
      continue;
    }
    auto it = response->answers.find(slot.code);
    if (it == response->answers.end() || skipped(it->second)) {
      ++r.no_answer;
      continue;
    }
    const Answer& a = it->second;
    ++r.n;
    auto index_of = [&](const std::string& value) -> int {
      for (std::size_t i = 0; i < scale.size(); ++i)
        if (scale[i].value == value) return static_cast<int>(i);
      return -1;
    };
    switch (slot.kind) {
      case QuestionKind::multiple: {
        if (a.kind != Answer::Kind::choices) {
          ++r.unrecognised;
          break;
        }
        bool known = false;
        for (const auto& v : std::set<std::string>(a.choices.begin(), a.choices.end()))
          if (int i = index_of(v); i >= 0) {
            ++counts[static_cast<std::size_t>(i)];
            known = true;
          }
        if (!known) ++r.unrecognised;
        break;
      }
      case QuestionKind::number:
        if (a.kind == Answer::Kind::number)
          numbers.push_back(a.number);
        else
          ++r.unrecognised;
        break;
      case QuestionKind::text:
        if (a.kind != Answer::Kind::text)
          ++r.unrecognised;
        else if (input.hidden_texts.count({response->id, slot.code}))
          ++r.hidden_texts;
        else
          r.texts.push_back(TextAnswer{.response_id = response->id, .text = a.text});
        break;
      default: {
        int i = a.kind == Answer::Kind::choice ? index_of(a.choice) : -1;
        if (i >= 0)
          ++counts[static_cast<std::size_t>(i)];
        else
          ++r.unrecognised;
      }
    }
  }
  bool has_dont_know = false;
  int positive = 0;
  for (std::size_t i = 0; i < scale.size(); ++i) {
    if (scale[i].value == dont_know_value) {
      has_dont_know = true;
      r.dont_know = counts[i];
      continue;
    }
    if (scale[i].value == "helt" || scale[i].value == "ja" || scale[i].value == "delvis") positive += counts[i];
    r.options.push_back(OptionResult{.value = scale[i].value, .label = scale[i].label, .count = counts[i],
                                     .percent = percent_one_decimal(counts[i], r.n)});
  }
  if (has_dont_know && r.n > 0) r.dont_know_percent = percent_one_decimal(r.dont_know, r.n);
  if (slot.positive_scale && r.n > 0) r.positive_percent = percent_one_decimal(positive, r.n);
  if (!numbers.empty()) {
    double sum = 0;
    for (double v : numbers) sum += v;
    auto [lo, hi] = std::minmax_element(numbers.begin(), numbers.end());
    r.numbers = NumberSummary{.mean = round_one_decimal(sum / static_cast<double>(numbers.size())),
                              .median = median_of(numbers), .min = *lo, .max = *hi};
  }
  return r;
}

}  // namespace

double percent_one_decimal(std::int64_t count, std::int64_t denominator) {
  if (denominator <= 0) return 0;
  // tenths of a percent, half away from zero: (1000·count/denominator) + ½.
  std::int64_t magnitude = count < 0 ? -count : count;
  std::int64_t tenths = (2000 * magnitude + denominator) / (2 * denominator);
  return static_cast<double>(count < 0 ? -tenths : tenths) / 10;
}

std::vector<QuestionResult> question_results(const ResultsInput& input, const std::vector<const Response*>& responses) {
  std::vector<std::pair<const Response*, const std::set<std::string>*>> counted;
  counted.reserve(responses.size());
  for (const Response* r : responses) {
    if (!r->submitted) continue;
    auto it = input.not_shown.find(r->id);
    counted.emplace_back(r, it == input.not_shown.end() ? nullptr : &it->second);
  }
  std::vector<QuestionResult> out;
  for (const auto& slot : slots_of(input.survey)) out.push_back(tally(slot, input, counted));
  return out;
}

SurveyResults compute_results(const ResultsInput& input) {
  std::vector<const Response*> all;
  all.reserve(input.responses.size());
  int respondents = 0;
  for (const auto& r : input.responses) {
    all.push_back(&r);
    if (r.submitted) ++respondents;
  }
  const auto& c = input.participants;
  ParticipantSummary summary{.counts = c, .respondents = respondents, .response_rate = std::nullopt,
                             .response_rate_denominator = c.invited};
  if (c.invited > 0) summary.response_rate = percent_one_decimal(c.completed, c.invited);
  return SurveyResults{.participants = summary, .questions = question_results(input, all)};
}

}  // namespace jamt::surveys
