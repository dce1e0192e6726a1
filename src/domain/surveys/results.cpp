#include "domain/surveys/results.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "domain/i18n/translate.hpp"

namespace jamt::surveys {

namespace {

// The fixed scales, as survey.hpp describes them. Kept here rather than
// calling agreement4_scale()/Question::scale() so this file depends only on
// the model's values (docs/survey_results.md).
const std::vector<Option>& agreement_scale() {
  static const std::vector<Option> scale{{.value = "helt", .label = std::string(i18n::N_("Stämmer helt"))},
                                         {.value = "delvis", .label = std::string(i18n::N_("Stämmer delvis"))},
                                         {.value = "inte", .label = std::string(i18n::N_("Stämmer inte"))},
                                         {.value = "vet_ej", .label = std::string(i18n::N_("Vet ej"))}};
  return scale;
}

const std::vector<Option>& ja_delvis_nej_scale() {
  static const std::vector<Option> scale{{.value = "ja", .label = std::string(i18n::N_("Ja"))},
                                         {.value = "delvis", .label = std::string(i18n::N_("Delvis"))},
                                         {.value = "nej", .label = std::string(i18n::N_("Nej"))}};
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
    case Answer::Kind::matrix:
      for (const auto& [code, value] : a.matrix)
        if (!value.empty()) return false;
      return true;
  }
  return true;
}

double median_of(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::size_t m = v.size() / 2;
  return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

double round_one_decimal(double v) { return static_cast<double>(static_cast<std::int64_t>(v * 10 + (v < 0 ? -0.5 : 0.5))) / 10; }

// The running counts of one slot while the responses go by.
struct Tally {
  const Slot* slot;
  QuestionResult r;
  std::vector<int> counts;
  std::vector<double> numbers;

  int index_of(const std::string& value) const {
    const auto& scale = *slot->scale;
    for (std::size_t i = 0; i < scale.size(); ++i)
      if (scale[i].value == value) return static_cast<int>(i);
    return -1;
  }

  // A non-empty answer from a respondent who was shown the question.
  void add(const Answer& a, const Response& response, const ResultsInput& input) {
    ++r.n;
    switch (slot->kind) {
      case QuestionKind::multiple: {
        if (a.kind != Answer::Kind::choices) {
          ++r.unrecognised;
          break;
        }
        bool known = false;
        std::vector<char> chosen(counts.size(), 0);  // a value picked twice counts once
        for (const auto& v : a.choices)
          if (int i = index_of(v); i >= 0 && !chosen[static_cast<std::size_t>(i)]) {
            chosen[static_cast<std::size_t>(i)] = 1;
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
        else if (input.hidden_texts.count({response.id, slot->code}))
          ++r.hidden_texts;
        else
          r.texts.push_back(TextAnswer{.response_id = response.id, .text = a.text});
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

  QuestionResult finish() {
    const auto& scale = *slot->scale;
    bool has_dont_know = false;
    int positive = 0;
    for (std::size_t i = 0; i < scale.size(); ++i) {
      if (scale[i].value == dont_know_value) {
        has_dont_know = true;
        r.dont_know = counts[i];
        continue;
      }
      if (scale[i].value == "helt" || scale[i].value == "ja" || scale[i].value == "delvis") positive += counts[i];
      // A fixed scale's labels are the program's texts, in the reader's
      // language; options a survey's author wrote are shown as written.
      const bool fixed = &scale == &agreement_scale() || &scale == &ja_delvis_nej_scale();
      r.options.push_back(OptionResult{.value = scale[i].value,
                                       .label = fixed ? i18n::tr(scale[i].label) : scale[i].label,
                                       .count = counts[i],
                                       .percent = percent_one_decimal(counts[i], r.n)});
    }
    if (has_dont_know && r.n > 0) r.dont_know_percent = percent_one_decimal(r.dont_know, r.n);
    if (slot->positive_scale && r.n > 0) r.positive_percent = percent_one_decimal(positive, r.n);
    if (!numbers.empty()) {
      double sum = 0;
      for (double v : numbers) sum += v;
      auto [lo, hi] = std::minmax_element(numbers.begin(), numbers.end());
      r.numbers = NumberSummary{.mean = round_one_decimal(sum / static_cast<double>(numbers.size())),
                                .median = median_of(numbers), .min = *lo, .max = *hi};
    }
    return std::move(r);
  }
};

}  // namespace

double percent_one_decimal(std::int64_t count, std::int64_t denominator) {
  if (denominator <= 0) return 0;
  // tenths of a percent, half away from zero: (1000·count/denominator) + ½.
  std::int64_t magnitude = count < 0 ? -count : count;
  std::int64_t tenths = (2000 * magnitude + denominator) / (2 * denominator);
  return static_cast<double>(count < 0 ? -tenths : tenths) / 10;
}

std::vector<QuestionResult> question_results(const ResultsInput& input, const std::vector<const Response*>& responses) {
  const auto slots = slots_of(input.survey);
  std::vector<Tally> tallies;
  tallies.reserve(slots.size());
  std::unordered_map<std::string_view, std::size_t> slot_of;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    const Slot& s = slots[i];
    tallies.push_back(Tally{.slot = &s, .r = {.code = s.code, .kind = s.kind, .text = s.text, .hidden = s.hidden},
                            .counts = std::vector<int>(s.scale->size(), 0), .numbers = {}});
    slot_of.emplace(s.code, i);
  }
  // One pass over each response's answers (a response's map is walked once,
  // not once per question: that keeps 10 000 × 40 in cache, bench/survey_bench.cpp).
  std::vector<char> answered(slots.size());
  for (const Response* response : responses) {
    if (!response->submitted) continue;
    auto hidden = input.not_shown.find(response->id);
    const std::set<std::string>* not_shown = hidden == input.not_shown.end() ? nullptr : &hidden->second;
    auto shown = [&](const Slot& s) { return !not_shown || (!not_shown->count(s.code) && !not_shown->count(s.parent)); };
    std::fill(answered.begin(), answered.end(), 0);
    for (const auto& [code, answer] : response->answers) {
      auto it = slot_of.find(code);
      if (it == slot_of.end() || skipped(answer) || !shown(slots[it->second])) continue;
      answered[it->second] = 1;
      tallies[it->second].add(answer, *response, input);
    }
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (answered[i]) continue;
      if (shown(slots[i]))
        ++tallies[i].r.no_answer;
      else
        ++tallies[i].r.not_shown;
    }
  }
  std::vector<QuestionResult> out;
  out.reserve(tallies.size());
  for (auto& t : tallies) out.push_back(t.finish());
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

std::string positive_share_label(const QuestionResult& q) {
  bool yes_scale = q.kind == QuestionKind::yes_partly_no;
  for (const auto& o : q.options) yes_scale = yes_scale || o.value == "ja";
  return positive_share_label(yes_scale);
}

std::string positive_share_label(bool yes_scale) {
  return yes_scale ? i18n::tr("Andel positiva (ja eller delvis)") : i18n::tr("Andel positiva (helt eller delvis)");
}

}  // namespace jamt::surveys
