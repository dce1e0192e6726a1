#include "domain/surveys/survey.hpp"

#include <array>
#include <set>
#include <utility>

#include "domain/i18n/translate.hpp"

namespace jamt::surveys {

namespace {

constexpr std::array<std::pair<QuestionKind, std::string_view>, 7> kind_names{{
    {QuestionKind::agreement4, "agreement4"},
    {QuestionKind::yes_partly_no, "yes_partly_no"},
    {QuestionKind::single, "single"},
    {QuestionKind::multiple, "multiple"},
    {QuestionKind::number, "number"},
    {QuestionKind::text, "text"},
    {QuestionKind::matrix, "matrix"},
}};

const std::vector<Option>& no_options() {
  static const std::vector<Option> none;
  return none;
}

bool on_scale(const Question& question, std::string_view value) {
  for (const auto& option : question.scale()) {
    if (option.value == value) return true;
  }
  return false;
}

Error answer_error(const Question& question, std::string message) {
  return validation_error(std::move(message), "", "answers." + question.code);
}

// Checks one non-empty answer against its question.
Status check_answer(const Question& question, const Answer& answer) {
  switch (question.kind) {
    case QuestionKind::agreement4:
    case QuestionKind::yes_partly_no:
    case QuestionKind::single:
      if (answer.kind != Answer::Kind::choice || !on_scale(question, answer.choice)) {
        return answer_error(question, i18n::tr("Välj ett av svarsalternativen."));
      }
      return {};
    case QuestionKind::multiple: {
      if (answer.kind != Answer::Kind::choices) {
        return answer_error(question, i18n::tr("Svaret ska vara en lista av svarsalternativ."));
      }
      std::set<std::string> seen;
      for (const auto& value : answer.choices) {
        if (!on_scale(question, value)) {
          return answer_error(question, i18n::trf("\"{1}\" är inte ett av svarsalternativen.", {value}));
        }
        if (!seen.insert(value).second) {
          return answer_error(question, i18n::trf("\"{1}\" är valt två gånger.", {value}));
        }
      }
      return {};
    }
    case QuestionKind::number:
      if (answer.kind != Answer::Kind::number) return answer_error(question, i18n::tr("Svaret ska vara ett tal."));
      return {};
    case QuestionKind::text:
      if (answer.kind != Answer::Kind::text) return answer_error(question, i18n::tr("Svaret ska vara en text."));
      if (answer.text.size() > 10000) return answer_error(question, i18n::tr("Svaret får vara högst 10 000 tecken."));
      return {};
    case QuestionKind::matrix:
      if (answer.kind != Answer::Kind::matrix) {
        return answer_error(question, i18n::tr("Svaret ska ange ett värde per påstående."));
      }
      for (const auto& [code, value] : answer.matrix) {
        bool known = false;
        for (const auto& statement : question.statements) known = known || statement.code == code;
        if (!known) return answer_error(question, "Påståendet \"" + code + "\" finns inte i frågan.");
        if (!value.empty() && !on_scale(question, value)) {
          return answer_error(question, i18n::trf("\"{1}\" är inte ett av svarsalternativen.", {value}));
        }
      }
      return {};
  }
  return answer_error(question, i18n::tr("Okänd frågetyp."));
}

}  // namespace

std::string_view to_string(QuestionKind kind) {
  for (const auto& [k, name] : kind_names) {
    if (k == kind) return name;
  }
  return "single";
}

std::optional<QuestionKind> parse_question_kind(std::string_view text) {
  for (const auto& [k, name] : kind_names) {
    if (name == text) return k;
  }
  return std::nullopt;
}

const std::vector<Option>& agreement4_scale() {
  static const std::vector<Option> scale{
      {.value = "helt", .label = std::string(i18n::N_("Stämmer helt"))},
      {.value = "delvis", .label = std::string(i18n::N_("Stämmer delvis"))},
      {.value = "inte", .label = std::string(i18n::N_("Stämmer inte"))},
      {.value = "vet_ej", .label = std::string(i18n::N_("Vet ej"))},
  };
  return scale;
}

const std::vector<Option>& yes_partly_no_scale() {
  static const std::vector<Option> scale{
      {.value = "ja", .label = std::string(i18n::N_("Ja"))},
      {.value = "delvis", .label = std::string(i18n::N_("Delvis"))},
      {.value = "nej", .label = std::string(i18n::N_("Nej"))},
  };
  return scale;
}

const std::vector<Option>& Question::scale() const {
  switch (kind) {
    case QuestionKind::agreement4: return agreement4_scale();
    case QuestionKind::yes_partly_no: return yes_partly_no_scale();
    case QuestionKind::matrix: return options.empty() ? agreement4_scale() : options;
    case QuestionKind::single:
    case QuestionKind::multiple: return options;
    case QuestionKind::number:
    case QuestionKind::text: return no_options();
  }
  return no_options();
}

std::string Question::label_of(std::string_view value) const {
  for (const auto& option : scale()) {
    if (option.value == value) return option.label;
  }
  return std::string(value);
}

std::string_view to_string(SurveyStatus status) {
  switch (status) {
    case SurveyStatus::draft: return "draft";
    case SurveyStatus::open: return "open";
    case SurveyStatus::closed: return "closed";
  }
  return "draft";
}

std::optional<SurveyStatus> parse_survey_status(std::string_view text) {
  if (text == "draft") return SurveyStatus::draft;
  if (text == "open") return SurveyStatus::open;
  if (text == "closed") return SurveyStatus::closed;
  return std::nullopt;
}

const Question* Survey::question(std::string_view code) const {
  for (const auto& q : questions) {
    if (q.code == code) return &q;
  }
  return nullptr;
}

bool Answer::empty() const {
  switch (kind) {
    case Kind::none: return true;
    case Kind::choice: return choice.empty();
    case Kind::choices: return choices.empty();
    case Kind::number: return false;
    case Kind::text: return text.find_first_not_of(" \t\r\n") == std::string::npos;
    case Kind::matrix: {
      for (const auto& [code, value] : matrix) {
        if (!value.empty()) return false;
      }
      return true;
    }
  }
  return true;
}

bool valid_code(std::string_view code) {
  if (code.empty() || code.size() > 40) return false;
  for (char c : code) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '-';
    if (!ok) return false;
  }
  return code.front() != '_' && code.front() != '-';
}

Status validate_survey(const Survey& survey) {
  if (survey.title.find_first_not_of(' ') == std::string::npos) {
    return validation_error(i18n::tr("Enkäten behöver en titel."), "", "title");
  }
  if (survey.max_reminders < 0 || survey.max_reminders > 10) {
    return validation_error(i18n::tr("Antalet påminnelser ska vara 0–10."), "", "max_reminders");
  }
  if (survey.reminder_interval_days < 1 || survey.reminder_interval_days > 365) {
    return validation_error(i18n::tr("Dagar mellan påminnelser ska vara 1–365."), "", "reminder_interval_days");
  }
  if (survey.questions.empty()) {
    return validation_error(i18n::tr("Enkäten behöver minst en fråga."), "", "questions");
  }
  std::set<std::string> codes;
  for (std::size_t i = 0; i < survey.questions.size(); ++i) {
    const Question& q = survey.questions[i];
    const std::string at = "questions[" + std::to_string(i) + "]";
    if (!valid_code(q.code)) {
      return validation_error(i18n::tr("Frågans kod ska vara 1–40 bokstäver (a–z), siffror, \"_\" eller \"-\"."), "",
                              at + ".code");
    }
    if (!codes.insert(q.code).second) {
      return validation_error("Koden " + q.code + " används av två frågor.", "", at + ".code");
    }
    if (q.text.find_first_not_of(' ') == std::string::npos) {
      return validation_error("Frågan " + q.code + " behöver en text.", "", at + ".text");
    }
    bool needs_options = q.kind == QuestionKind::single || q.kind == QuestionKind::multiple;
    if (needs_options && q.options.size() < 2) {
      return validation_error("Frågan " + q.code + " behöver minst två svarsalternativ.", "", at + ".options");
    }
    std::set<std::string> values;
    for (std::size_t j = 0; j < q.options.size(); ++j) {
      const auto& option = q.options[j];
      const std::string field = at + ".options[" + std::to_string(j) + "]";
      if (!valid_code(option.value)) {
        return validation_error(i18n::tr("Svarsalternativets värde ska vara 1–40 bokstäver, siffror, \"_\" eller \"-\"."),
                                "", field + ".value");
      }
      if (!values.insert(option.value).second) {
        return validation_error("Värdet " + option.value + " finns två gånger i frågan " + q.code + ".", "",
                                field + ".value");
      }
      if (option.label.empty()) {
        return validation_error("Svarsalternativet " + option.value + " behöver en text.", "", field + ".label");
      }
    }
    if (q.kind == QuestionKind::matrix) {
      if (q.statements.empty()) {
        return validation_error("Matrisfrågan " + q.code + " behöver minst ett påstående.", "",
                                at + ".statements");
      }
      std::set<std::string> statement_codes;
      for (std::size_t j = 0; j < q.statements.size(); ++j) {
        const auto& statement = q.statements[j];
        const std::string field = at + ".statements[" + std::to_string(j) + "]";
        if (!valid_code(statement.code) || !statement_codes.insert(statement.code).second) {
          return validation_error(i18n::tr("Påståendets kod saknas, är ogiltig eller finns två gånger."), "",
                                  field + ".code");
        }
        if (statement.text.empty()) {
          return validation_error("Påståendet " + statement.code + " behöver en text.", "", field + ".text");
        }
      }
    } else if (!q.statements.empty()) {
      return validation_error(i18n::tr("Bara matrisfrågor har påståenden."), "", at + ".statements");
    }
  }
  return {};
}

Status validate_answers(const Survey& survey, const std::map<std::string, Answer>& answers, bool complete) {
  for (const auto& [code, answer] : answers) {
    const Question* question = survey.question(code);
    if (question == nullptr || question->hidden) {
      return validation_error("Frågan " + code + " finns inte i enkäten.", "", "answers." + code);
    }
    if (answer.empty()) continue;
    if (auto status = check_answer(*question, answer); !status) return status;
  }
  if (!complete) return {};
  for (const auto& question : survey.questions) {
    if (question.hidden || !question.required) continue;
    auto it = answers.find(question.code);
    if (it == answers.end() || it->second.empty()) {
      return answer_error(question, i18n::tr("Frågan måste besvaras."));
    }
    if (question.kind == QuestionKind::matrix) {
      for (const auto& statement : question.statements) {
        auto value = it->second.matrix.find(statement.code);
        if (value == it->second.matrix.end() || value->second.empty()) {
          return answer_error(question, i18n::trf("Svara på påståendet \"{1}\".", {statement.text}));
        }
      }
    }
  }
  return {};
}

std::vector<Error> answer_problems(const Survey& survey, const std::map<std::string, Answer>& answers,
                                   bool complete) {
  std::vector<Error> out;
  for (const auto& [code, answer] : answers) {
    const Question* q = survey.question(code);
    if (q == nullptr || q->hidden) {
      out.push_back(validation_error("Frågan " + code + " finns inte i enkäten.", "", "answers." + code));
    }
  }
  for (const auto& question : survey.questions) {
    if (question.hidden) continue;
    Survey one = survey;
    one.questions = {question};
    std::map<std::string, Answer> mine;
    if (auto it = answers.find(question.code); it != answers.end()) mine.insert(*it);
    if (auto status = validate_answers(one, mine, complete); !status) out.push_back(status.error());
  }
  return out;
}

std::map<std::string, Answer> flatten_answers(const std::map<std::string, Answer>& answers) {
  std::map<std::string, Answer> flat;
  for (const auto& [code, answer] : answers) {
    if (answer.empty()) continue;
    if (answer.kind != Answer::Kind::matrix) {
      flat.emplace(code, answer);
      continue;
    }
    for (const auto& [statement, value] : answer.matrix) {
      if (value.empty()) continue;
      flat.emplace(code + "." + statement, Answer{.kind = Answer::Kind::choice, .choice = value});
    }
  }
  return flat;
}

}  // namespace jamt::surveys
