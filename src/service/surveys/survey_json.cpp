#include "service/surveys/survey_json.hpp"

#include <cmath>
#include <cstdlib>

#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;
using surveys::Answer;
using surveys::Question;
using surveys::QuestionKind;

// The text member `name` of `body` ("" when absent or null); error naming `field`.
Result<std::string> text_of(const json& body, const char* name, const std::string& field) {
  if (!body.contains(name) || body[name].is_null()) return std::string{};
  if (!body[name].is_string()) return validation_error("Fältet ska vara en text.", {}, field);
  return body[name].get<std::string>();
}

Result<bool> flag_of(const json& body, const char* name, const std::string& field, bool fallback) {
  if (!body.contains(name) || body[name].is_null()) return fallback;
  if (!body[name].is_boolean()) return validation_error("Fältet ska vara true eller false.", {}, field);
  return body[name].get<bool>();
}

Result<int> whole_of(const json& body, const char* name, const std::string& field, int fallback) {
  if (!body.contains(name) || body[name].is_null()) return fallback;
  if (!body[name].is_number_integer()) return validation_error("Fältet ska vara ett heltal.", {}, field);
  return body[name].get<int>();
}

Result<Question> question_from(const json& body, const std::string& at, bool profile) {
  if (!body.is_object()) return validation_error("Ange frågan som ett JSON-objekt.", {}, at);
  Question q{.profile = profile};
  for (auto [name, target] : {std::pair<const char*, std::string*>{"code", &q.code}, {"text", &q.text},
                              {"text_en", &q.text_en}, {"help", &q.help}, {"section", &q.section}}) {
    auto t = text_of(body, name, at + "." + name);
    if (!t) return t.error();
    *target = *t;
  }
  auto kind = text_of(body, "kind", at + ".kind");
  if (!kind) return kind.error();
  auto parsed = surveys::parse_question_kind(*kind);
  if (!parsed) {
    return validation_error(
        "Frågetypen ska vara agreement4, yes_partly_no, single, multiple, number, text eller matrix.", {}, at + ".kind");
  }
  q.kind = *parsed;
  auto required = flag_of(body, "required", at + ".required", false);
  if (!required) return required.error();
  q.required = *required;
  auto is_profile = flag_of(body, "profile", at + ".profile", profile);
  if (!is_profile) return is_profile.error();
  q.profile = *is_profile;
  if (body.contains("options") && !body["options"].is_null()) {
    if (!body["options"].is_array()) return validation_error("Ange svarsalternativen som en lista.", {}, at + ".options");
    for (std::size_t i = 0; i < body["options"].size(); ++i) {
      const auto& o = body["options"][i];
      const std::string field = at + ".options[" + std::to_string(i) + "]";
      if (o.is_string()) {  // a bare label: its value is its position, "1", "2", …
        q.options.push_back({.value = std::to_string(i + 1), .label = o.get<std::string>()});
        continue;
      }
      if (!o.is_object()) return validation_error("Ange svarsalternativet som {value, label}.", {}, field);
      auto value = text_of(o, "value", field + ".value");
      if (!value) return value.error();
      auto label = text_of(o, "label", field + ".label");
      if (!label) return label.error();
      auto label_en = text_of(o, "label_en", field + ".label_en");
      if (!label_en) return label_en.error();
      q.options.push_back({.value = *value, .label = label->empty() ? *value : *label, .label_en = *label_en});
    }
  }
  if (body.contains("statements") && !body["statements"].is_null()) {
    if (!body["statements"].is_array()) return validation_error("Ange påståendena som en lista.", {}, at + ".statements");
    for (std::size_t i = 0; i < body["statements"].size(); ++i) {
      const auto& st = body["statements"][i];
      const std::string field = at + ".statements[" + std::to_string(i) + "]";
      if (st.is_string()) {  // a bare text: its code is s1, s2, …
        q.statements.push_back({.code = "s" + std::to_string(i + 1), .text = st.get<std::string>()});
        continue;
      }
      if (!st.is_object()) return validation_error("Ange påståendet som {code, text}.", {}, field);
      auto code = text_of(st, "code", field + ".code");
      if (!code) return code.error();
      auto text = text_of(st, "text", field + ".text");
      if (!text) return text.error();
      q.statements.push_back({.code = code->empty() ? "s" + std::to_string(i + 1) : *code, .text = *text});
    }
  }
  return q;
}

Result<std::vector<Question>> questions_from(const json& body, const char* name, bool profile, std::size_t first) {
  std::vector<Question> out;
  if (!body.contains(name) || body[name].is_null()) return out;
  if (!body[name].is_array()) return validation_error("Ange frågorna som en lista.", {}, name);
  for (std::size_t i = 0; i < body[name].size(); ++i) {
    auto q = question_from(body[name][i], "questions[" + std::to_string(first + i) + "]", profile);
    if (!q) return q.error();
    out.push_back(*q);
  }
  return out;
}

std::optional<double> number_text(std::string text) {
  for (auto& c : text) {
    if (c == ',') c = '.';
  }
  auto start = text.find_first_not_of(' '), end = text.find_last_not_of(' ');
  if (start == std::string::npos) return std::nullopt;
  text = text.substr(start, end - start + 1);
  char* stop = nullptr;
  double value = std::strtod(text.c_str(), &stop);
  if (stop != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

Result<SurveyInput> survey_input_from_json(const json& body) {
  if (!body.is_object()) return validation_error("Skicka enkäten som ett JSON-objekt.", {}, "");
  SurveyInput in;
  auto& survey = in.survey;
  for (auto [name, target] : {std::pair<const char*, std::string*>{"title", &survey.title}, {"code", &survey.code},
                              {"description", &survey.description}, {"round", &survey.round},
                              {"county_code", &in.county_code}}) {
    auto t = text_of(body, name, name);
    if (!t) return t.error();
    *target = *t;
  }
  auto anonymous = flag_of(body, "anonymous", "anonymous", false);
  if (!anonymous) return anonymous.error();
  survey.anonymous = *anonymous;
  auto national = flag_of(body, "national", "national", false);
  if (!national) return national.error();
  survey.national = *national;
  auto reminders = whole_of(body, "max_reminders", "max_reminders", 2);
  if (!reminders) return reminders.error();
  survey.max_reminders = *reminders;
  auto interval = whole_of(body, "reminder_interval_days", "reminder_interval_days", 7);
  if (!interval) return interval.error();
  survey.reminder_interval_days = *interval;
  if (body.contains("previous_round_id") && !body["previous_round_id"].is_null()) {
    if (!body["previous_round_id"].is_number_integer())
      return validation_error("Ange föregående omgång som enkätens id.", {}, "previous_round_id");
    survey.previous_round_id = body["previous_round_id"].get<std::int64_t>();
  }
  if (!body.contains("questions") || !body["questions"].is_array())
    return validation_error("Ange frågorna som en lista.", {}, "questions");
  auto questions = questions_from(body, "questions", false, 0);
  if (!questions) return questions.error();
  survey.questions = *questions;
  auto profile = questions_from(body, "profile", true, survey.questions.size());
  if (!profile) return profile.error();
  survey.questions.insert(survey.questions.end(), profile->begin(), profile->end());
  return in;
}

ojson question_json(const Question& q) {
  ojson out{{"code", q.code}, {"kind", std::string(surveys::to_string(q.kind))}, {"text", q.text}};
  if (!q.text_en.empty()) out["text_en"] = q.text_en;
  if (!q.help.empty()) out["help"] = q.help;
  out["required"] = q.required;
  out["options"] = ojson::array();
  for (const auto& o : q.scale()) {
    ojson option{{"value", o.value}, {"label", o.label}};
    if (!o.label_en.empty()) option["label_en"] = o.label_en;
    out["options"].push_back(std::move(option));
  }
  if (q.kind == QuestionKind::matrix) {
    out["statements"] = ojson::array();
    for (const auto& st : q.statements) out["statements"].push_back({{"code", st.code}, {"text", st.text}});
  }
  if (!q.section.empty()) out["section"] = q.section;
  out["profile"] = q.profile;
  out["version"] = q.version;
  out["hidden"] = q.hidden;
  return out;
}

ojson survey_json(const surveys::Survey& survey) {
  ojson out{{"id", survey.id},
            {"code", survey.code},
            {"title", survey.title},
            {"description", survey.description},
            {"anonymous", survey.anonymous},
            {"round", survey.round},
            {"previous_round_id", nullptr},
            {"county_code", survey.county},
            {"national", survey.national},
            {"max_reminders", survey.max_reminders},
            {"reminder_interval_days", survey.reminder_interval_days},
            {"status", std::string(surveys::to_string(survey.status))}};
  if (survey.previous_round_id) out["previous_round_id"] = *survey.previous_round_id;
  out["questions"] = ojson::array();
  for (const auto& q : survey.questions) out["questions"].push_back(question_json(q));
  return out;
}

Result<std::map<std::string, Answer>> answers_from_json(const surveys::Survey& survey, const json& answers) {
  std::map<std::string, Answer> out;
  if (answers.is_null()) return out;
  if (!answers.is_object()) return validation_error("Ange svaren som ett JSON-objekt.", {}, "answers");
  for (const auto& [code, value] : answers.items()) {
    const std::string field = "answers." + code;
    const Question* q = survey.question(code);
    if (q == nullptr || q->hidden) return validation_error("Frågan " + code + " finns inte i enkäten.", {}, field);
    if (value.is_null() || (value.is_string() && value.get<std::string>().empty())) continue;
    Answer a;
    if (value.is_string()) {
      std::string text = value.get<std::string>();
      if (q->kind == QuestionKind::text) {
        a = {.kind = Answer::Kind::text, .text = text};
      } else if (q->kind == QuestionKind::number) {
        auto number = number_text(text);
        if (!number) return validation_error(i18n::tr("Svaret ska vara ett tal."), {}, field);
        a = {.kind = Answer::Kind::number, .number = *number};
      } else if (q->kind == QuestionKind::multiple) {
        a = {.kind = Answer::Kind::choices, .choices = {text}};
      } else {
        a = {.kind = Answer::Kind::choice, .choice = text};
      }
    } else if (value.is_number()) {
      a = {.kind = Answer::Kind::number, .number = value.get<double>()};
    } else if (value.is_array()) {
      a.kind = Answer::Kind::choices;
      for (const auto& item : value) {
        if (!item.is_string()) return validation_error("Svarsalternativen ska vara texter.", {}, field);
        a.choices.push_back(item.get<std::string>());
      }
    } else if (value.is_object()) {
      a.kind = Answer::Kind::matrix;
      for (const auto& [statement, choice] : value.items()) {
        if (choice.is_null()) continue;
        if (!choice.is_string()) return validation_error("Svaret på ett påstående ska vara en text.", {}, field);
        a.matrix[statement] = choice.get<std::string>();
      }
    } else {
      return validation_error("Svaret har fel form.", {}, field);
    }
    out[code] = a;
  }
  return out;
}

ojson answers_json(const std::map<std::string, Answer>& answers) {
  ojson out = ojson::object();
  for (const auto& [code, a] : answers) {
    switch (a.kind) {
      case Answer::Kind::none: break;
      case Answer::Kind::choice: out[code] = a.choice; break;
      case Answer::Kind::choices: out[code] = a.choices; break;
      case Answer::Kind::number:
        // A whole number as one (4, not 4.0).
        if (std::floor(a.number) == a.number && std::fabs(a.number) < 9e15) {
          out[code] = static_cast<long long>(a.number);
        } else {
          out[code] = a.number;
        }
        break;
      case Answer::Kind::text: out[code] = a.text; break;
      case Answer::Kind::matrix: {
        ojson m = ojson::object();
        for (const auto& [statement, value] : a.matrix) m[statement] = value;
        out[code] = m;
        break;
      }
    }
  }
  return out;
}

}  // namespace jamt::service
