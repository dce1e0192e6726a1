// The templates a board starts a survey from (issue 11, item 7): each is a
// valid survey, and they say what the seeds say.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/surveys/templates.hpp"

namespace jamt::surveys {
namespace {

TEST(SurveyTemplates, EachIsAValidSurveyWithUniqueCodes) {
  ASSERT_EQ(survey_templates().size(), 3u);
  for (const auto& t : survey_templates()) {
    auto ok = validate_survey(survey_from_template(t));
    EXPECT_TRUE(ok.ok()) << t.code << ": " << (ok.ok() ? "" : ok.error().to_string());
    EXPECT_EQ(find_survey_template(t.code), &t);
  }
  EXPECT_EQ(find_survey_template("okand"), nullptr);
}

TEST(SurveyTemplates, TheKeyPersonSurveyHasTheSeedsSixStatementsAndItsFourProfileQuestions) {
  const auto* t = find_survey_template("nyckelpersoner");
  ASSERT_NE(t, nullptr);
  std::vector<std::string> statements;
  for (const auto& q : t->questions)
    if (q.kind == QuestionKind::agreement4) statements.push_back(q.text);
  ASSERT_EQ(statements.size(), 6u);
  for (const char* word : {"meningsfullt", "proffsigt", "givande", "väsentligt", "oersättligt", "legitimitet"})
    EXPECT_TRUE(std::any_of(statements.begin(), statements.end(),
                            [&](const std::string& s) { return s.find(word) != std::string::npos; }))
        << word;
  const Survey survey = survey_from_template(*t);
  const Question* sector = survey.question("sektor");
  ASSERT_NE(sector, nullptr);
  EXPECT_TRUE(sector->profile);
  EXPECT_EQ(sector->label_of("ideell"), "Idéburen sektor");
  EXPECT_EQ(sector->label_of("myndighet"), "Myndighet");
  EXPECT_TRUE(t->anonymous);
}

TEST(SurveyTemplates, TheKartlaggningAsksJaDelvisNejForEachTargetItFollowsUp) {
  const auto* t = find_survey_template("kartlaggning");
  ASSERT_NE(t, nullptr);
  const Survey survey = survey_from_template(*t);
  for (int i = 1; i <= 9; ++i) {
    const Question* q = survey.question("K" + std::to_string(i));
    ASSERT_NE(q, nullptr) << i;
    EXPECT_EQ(q->kind, QuestionKind::yes_partly_no) << i;
  }
  ASSERT_NE(survey.question("K10"), nullptr);
  EXPECT_EQ(survey.question("K10")->kind, QuestionKind::number);
  EXPECT_FALSE(t->anonymous);
}

}  // namespace
}  // namespace jamt::surveys
