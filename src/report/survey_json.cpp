#include "report/survey_json.hpp"

#include <nlohmann/json.hpp>

namespace jamt::report {

namespace {

nlohmann::json optional_number(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

// The API names of survey.hpp's to_string(QuestionKind), written out here
// because survey.cpp is the core's (docs/survey_results.md).
const char* kind_name(surveys::QuestionKind kind) {
  switch (kind) {
    case surveys::QuestionKind::agreement4: return "agreement4";
    case surveys::QuestionKind::yes_partly_no: return "yes_partly_no";
    case surveys::QuestionKind::single: return "single";
    case surveys::QuestionKind::multiple: return "multiple";
    case surveys::QuestionKind::number: return "number";
    case surveys::QuestionKind::text: return "text";
    case surveys::QuestionKind::matrix: return "matrix";
  }
  return "single";
}

}  // namespace

nlohmann::json question_json(const surveys::QuestionResult& q) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& o : q.options)
    options.push_back({{"value", o.value}, {"label", o.label}, {"count", o.count}, {"percent", o.percent}});
  nlohmann::json out{{"code", q.code},
                     {"kind", kind_name(q.kind)},
                     {"text", q.text},
                     {"hidden", q.hidden},
                     {"n", q.n},
                     {"no_answer", q.no_answer},
                     {"not_shown", q.not_shown},
                     {"dont_know", q.dont_know},
                     {"dont_know_percent", optional_number(q.dont_know_percent)},
                     {"options", options},
                     {"positive_percent", optional_number(q.positive_percent)},
                     {"unrecognised", q.unrecognised}};
  if (q.kind == surveys::QuestionKind::number)
    out["numbers"] = q.numbers ? nlohmann::json{{"mean", q.numbers->mean},
                                                {"median", q.numbers->median},
                                                {"min", q.numbers->min},
                                                {"max", q.numbers->max}}
                               : nlohmann::json();
  if (q.kind == surveys::QuestionKind::text) {
    nlohmann::json texts = nlohmann::json::array();
    for (const auto& t : q.texts) texts.push_back({{"response_id", t.response_id}, {"text", t.text}});
    out["texts"] = texts;
    out["hidden_texts"] = q.hidden_texts;
  }
  if (q.withheld) {
    out["withheld"] = true;
    out["withheld_reason"] = q.withheld_reason;
  }
  return out;
}

nlohmann::json survey_results_json(const surveys::SurveyResults& results) {
  const auto& p = results.participants;
  nlohmann::json questions = nlohmann::json::array();
  for (const auto& q : results.questions) questions.push_back(question_json(q));
  return {{"invited", p.counts.invited},
          {"opened", p.counts.opened},
          {"started", p.counts.started},
          {"completed", p.counts.completed},
          {"opted_out", p.counts.opted_out},
          {"respondents", p.respondents},
          {"response_rate", optional_number(p.response_rate)},
          {"response_rate_denominator", p.response_rate_denominator},
          {"questions", questions}};
}

nlohmann::json breakdown_json(const surveys::Breakdown& b) {
  nlohmann::json groups = nlohmann::json::array(), merged = nlohmann::json::array();
  for (const auto& g : b.groups) {
    nlohmann::json questions = nlohmann::json::array();
    for (const auto& q : g.questions) questions.push_back(question_json(q));
    groups.push_back({{"value", g.value}, {"label", g.label}, {"respondents", g.respondents}, {"questions", questions}});
  }
  for (const auto& m : b.merged) merged.push_back({{"value", m.value}, {"label", m.label}, {"reason", m.reason}});
  return {{"by", b.by},
          {"suppressed", b.suppressed},
          {"suppressed_reason", b.suppressed_reason},
          {"groups", groups},
          {"merged", merged}};
}

nlohmann::json comparison_json(const std::vector<surveys::QuestionComparison>& comparison) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : comparison) {
    nlohmann::json options = nlohmann::json::array();
    for (const auto& o : c.options)
      options.push_back({{"value", o.value},
                         {"label", o.label},
                         {"current", optional_number(o.current)},
                         {"previous", optional_number(o.previous)},
                         {"change_pp", optional_number(o.change_pp)}});
    out.push_back({{"code", c.code},
                   {"text", c.text},
                   {"n_current", c.n_current},
                   {"n_previous", c.n_previous},
                   {"options", options},
                   {"positive_current", optional_number(c.positive_current)},
                   {"positive_previous", optional_number(c.positive_previous)},
                   {"positive_change_pp", optional_number(c.positive_change_pp)}});
  }
  return out;
}

nlohmann::json national_table_json(const std::vector<surveys::NationalRow>& rows) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : rows)
    out.push_back({{"code", r.code},
                   {"text", r.text},
                   {"ja", r.ja},
                   {"delvis", r.delvis},
                   {"nej", r.nej},
                   {"not_answered", r.not_answered}});
  return out;
}

}  // namespace jamt::report
