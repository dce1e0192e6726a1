// The survey model's rules (domain/surveys/survey.hpp): definitions are
// checked field by field, answers against each question's scale, and a
// matrix is stored one statement at a time.
#include <gtest/gtest.h>

#include "domain/surveys/survey.hpp"

namespace jamt::surveys {
namespace {

Survey sample() {
  return Survey{
      .title = "Nyckelpersoner 2025",
      .questions = {
          {.code = "Q1", .kind = QuestionKind::agreement4, .text = "Länsstyrelsen stödjer oss.", .required = true},
          {.code = "Q2", .kind = QuestionKind::multiple, .text = "Vilka stöd?",
           .options = {{.value = "utb", .label = "Utbildning"}, {.value = "natv", .label = "Nätverk"}}},
          {.code = "Q3", .kind = QuestionKind::number, .text = "Antal år"},
          {.code = "Q7", .kind = QuestionKind::matrix, .text = "Påståenden", .required = true,
           .statements = {{.code = "s1", .text = "Tydligt"}, {.code = "s2", .text = "Nåbart"}}},
      },
  };
}

Answer choice(const char* value) { return Answer{.kind = Answer::Kind::choice, .choice = value}; }

TEST(SurveyModel, TheFixedScalesCarryTheirSwedishLabels) {
  EXPECT_EQ(agreement4_scale().size(), 4u);
  EXPECT_EQ(agreement4_scale()[0].label, "Stämmer helt");
  EXPECT_EQ(agreement4_scale()[3].value, "vet_ej");
  EXPECT_EQ(yes_partly_no_scale()[1].value, "delvis");
  // A matrix without options answers on agreement4's scale.
  EXPECT_EQ(sample().questions[3].scale().size(), 4u);
  EXPECT_EQ(sample().questions[0].label_of("inte"), "Stämmer inte");
}

TEST(SurveyModel, ADefinitionIsCheckedFieldByField) {
  EXPECT_TRUE(validate_survey(sample()).ok());
  Survey no_title = sample();
  no_title.title = " ";
  EXPECT_EQ(validate_survey(no_title).error().field, "title");
  Survey twice = sample();
  twice.questions[2].code = "Q1";
  EXPECT_EQ(validate_survey(twice).error().field, "questions[2].code");
  Survey one_option = sample();
  one_option.questions[1].options.pop_back();
  EXPECT_EQ(validate_survey(one_option).error().field, "questions[1].options");
  Survey empty_matrix = sample();
  empty_matrix.questions[3].statements.clear();
  EXPECT_EQ(validate_survey(empty_matrix).error().field, "questions[3].statements");
}

TEST(SurveyModel, AnswersAreCheckedAgainstTheScaleAndNameTheirQuestion) {
  const Survey s = sample();
  std::map<std::string, Answer> ok{{"Q1", choice("helt")},
                                   {"Q2", Answer{.kind = Answer::Kind::choices, .choices = {"utb"}}},
                                   {"Q3", Answer{.kind = Answer::Kind::number, .number = 4}},
                                   {"Q7", Answer{.kind = Answer::Kind::matrix, .matrix = {{"s1", "helt"}, {"s2", "vet_ej"}}}}};
  EXPECT_TRUE(validate_answers(s, ok, true).ok());

  auto wrong = ok;
  wrong["Q1"] = choice("ja");
  auto error = validate_answers(s, wrong, false);
  ASSERT_FALSE(error.ok());
  EXPECT_EQ(error.error().field, "answers.Q1");
  EXPECT_EQ(error.error().message, "Välj ett av svarsalternativen.");

  auto half_matrix = ok;
  half_matrix["Q7"].matrix.erase("s2");
  EXPECT_TRUE(validate_answers(s, half_matrix, false).ok()) << "a draft may be incomplete";
  EXPECT_EQ(validate_answers(s, half_matrix, true).error().field, "answers.Q7");

  auto missing = ok;
  missing.erase("Q1");
  EXPECT_EQ(validate_answers(s, missing, true).error().field, "answers.Q1");
  EXPECT_EQ(validate_answers(s, {{"Q9", choice("helt")}}, false).error().field, "answers.Q9");
}

TEST(SurveyModel, AMatrixIsStoredOneStatementAtATimeAndEmptyAnswersAreDropped) {
  std::map<std::string, Answer> answers{
      {"Q1", choice("delvis")},
      {"Q5", Answer{.kind = Answer::Kind::text, .text = "  "}},
      {"Q7", Answer{.kind = Answer::Kind::matrix, .matrix = {{"s1", "helt"}, {"s2", ""}}}}};
  auto flat = flatten_answers(answers);
  ASSERT_EQ(flat.size(), 2u);
  EXPECT_EQ(flat.at("Q1").choice, "delvis");
  EXPECT_EQ(flat.at("Q7.s1").choice, "helt");
  EXPECT_EQ(flat.count("Q5"), 0u);
}

}  // namespace
}  // namespace jamt::surveys
