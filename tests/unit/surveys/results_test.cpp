// Survey results as a reader checks them: the seed's 43 key persons, skipped
// questions, "vet ej", questions not shown, and rounding to one decimal.
#include <gtest/gtest.h>

#include "domain/surveys/results.hpp"
#include "survey_fixtures.hpp"

using namespace jamt::surveys;
using namespace jamt::surveys::testing;

namespace {

// Seed 001: 43 key persons, all answered; "Har samordningen i länet blivit
// bättre?" 31 stämmer helt, 7 delvis, 5 inte.
ResultsInput seed_43() {
  ResultsInput in{.survey = Survey{.title = "Nyckelpersoner 2014",
                                   .questions = {agreement("Q1", "Samordningen i länet har blivit bättre.")}},
                  .participants = {.invited = 43, .opened = 43, .started = 43, .completed = 43, .opted_out = 0}};
  int next = 1;
  add_answers(in.responses, next, "Q1", "helt", 31);
  add_answers(in.responses, next, "Q1", "delvis", 7);
  add_answers(in.responses, next, "Q1", "inte", 5);
  return in;
}

}  // namespace

TEST(SurveyResults, TheSeedsFortyThreeGive72_1NotThePrinted72_9) {
  auto results = compute_results(seed_43());
  const auto& q = question(results, "Q1");
  EXPECT_EQ(q.n, 43);
  EXPECT_EQ(q.no_answer, 0);
  ASSERT_EQ(q.options.size(), 3u);  // helt, delvis, inte — "vet ej" is shown apart
  EXPECT_EQ(option(q, "helt").count, 31);
  EXPECT_DOUBLE_EQ(option(q, "helt").percent, 72.1);
  EXPECT_NE(option(q, "helt").percent, 72.9);
  EXPECT_DOUBLE_EQ(option(q, "delvis").percent, 16.3);
  EXPECT_DOUBLE_EQ(option(q, "inte").percent, 11.6);
  EXPECT_EQ(option(q, "helt").label, "Stämmer helt");
  // helt + delvis = 38 of 43.
  ASSERT_TRUE(q.positive_percent);
  EXPECT_DOUBLE_EQ(*q.positive_percent, 88.4);
  EXPECT_EQ(q.dont_know, 0);
  ASSERT_TRUE(q.dont_know_percent);
  EXPECT_DOUBLE_EQ(*q.dont_know_percent, 0.0);
}

TEST(SurveyResults, TwoWhoSkipAQuestionChangeItsNAndNoAnswerOnly) {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Ett"), agreement("Q2", "Två"),
                                                 agreement("Q3", "Tre")}}};
  for (int i = 0; i < 43; ++i) {
    std::map<std::string, Answer> a{{"Q1", choice(i < 31 ? "helt" : "inte")}, {"Q3", choice("delvis")}};
    if (i >= 2) a["Q2"] = choice(i < 33 ? "helt" : "inte");  // the first two skip Q2
    in.responses.push_back(submitted(i, a));
  }
  // An empty answer is a skip as well as a missing one.
  in.responses[1].answers["Q2"] = Answer{};
  auto results = compute_results(in);
  EXPECT_EQ(question(results, "Q2").n, 41);
  EXPECT_EQ(question(results, "Q2").no_answer, 2);
  EXPECT_EQ(option(question(results, "Q2"), "helt").count, 31);
  EXPECT_DOUBLE_EQ(option(question(results, "Q2"), "helt").percent, 75.6);  // 31/41, not 31/43
  for (const char* other : {"Q1", "Q3"}) {
    EXPECT_EQ(question(results, other).n, 43) << other;
    EXPECT_EQ(question(results, other).no_answer, 0) << other;
  }
  EXPECT_DOUBLE_EQ(option(question(results, "Q1"), "helt").percent, 72.1);
}

TEST(SurveyResults, VetEjIsAnAnswerButShownApart) {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Stödet har varit till nytta.")}}};
  int next = 0;
  add_answers(in.responses, next, "Q1", "helt", 4);
  add_answers(in.responses, next, "Q1", "delvis", 2);
  add_answers(in.responses, next, "Q1", "inte", 1);
  add_answers(in.responses, next, "Q1", "vet_ej", 3);
  auto results = compute_results(in);
  const auto& q = question(results, "Q1");
  EXPECT_EQ(q.n, 10);
  EXPECT_EQ(q.dont_know, 3);
  EXPECT_DOUBLE_EQ(*q.dont_know_percent, 30.0);
  for (const auto& o : q.options) EXPECT_NE(o.value, "vet_ej");
  EXPECT_DOUBLE_EQ(option(q, "helt").percent, 40.0);
  EXPECT_DOUBLE_EQ(option(q, "inte").percent, 10.0);
  EXPECT_DOUBLE_EQ(*q.positive_percent, 60.0);  // 6 of 10: "vet ej" stays in the denominator
}

TEST(SurveyResults, NotShownIsKeptApartFromSkipped) {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Ett"), agreement("Q2", "Tillagd senare")}}};
  in.responses = {submitted(1, {{"Q1", choice("helt")}}), submitted(2, {{"Q1", choice("helt")}}),
                  submitted(3, {{"Q1", choice("inte")}, {"Q2", choice("helt")}})};
  in.not_shown = {{"r1", {"Q2"}}};  // answered before Q2 was added
  auto results = compute_results(in);
  const auto& q2 = question(results, "Q2");
  EXPECT_EQ(q2.n, 1);
  EXPECT_EQ(q2.not_shown, 1);
  EXPECT_EQ(q2.no_answer, 1);
}

TEST(SurveyResults, OnlySubmittedResponsesCountAndOddValuesAreNamed) {
  ResultsInput in{.survey = Survey{.questions = {agreement("Q1", "Ett")}}};
  in.responses = {submitted(1, {{"Q1", choice("helt")}}), submitted(2, {{"Q1", choice("kanske")}})};
  in.responses.push_back(Response{.id = "draft", .submitted = false, .answers = {{"Q1", choice("inte")}}});
  auto results = compute_results(in);
  EXPECT_EQ(results.participants.respondents, 2);
  const auto& q = question(results, "Q1");
  EXPECT_EQ(q.n, 2);
  EXPECT_EQ(q.unrecognised, 1);
  EXPECT_EQ(option(q, "inte").count, 0);
  EXPECT_DOUBLE_EQ(option(q, "helt").percent, 50.0);
}

TEST(SurveyResults, MultipleChoicePercentsAreOverRespondentsAndMaySumPast100) {
  Question q{.code = "Q2", .kind = QuestionKind::multiple, .text = "Vilka stöd har ni tagit del av?",
             .options = {{.value = "a", .label = "Utbildning"}, {.value = "b", .label = "Nätverk"},
                         {.value = "c", .label = "Handledning"}}};
  ResultsInput in{.survey = Survey{.questions = {q}}};
  in.responses = {submitted(1, {{"Q2", choices({"a", "c"})}}), submitted(2, {{"Q2", choices({"a"})}}),
                  submitted(3, {{"Q2", choices({"a", "b", "c"})}}), submitted(4, {})};
  auto results = compute_results(in);
  const auto& r = question(results, "Q2");
  EXPECT_EQ(r.n, 3);
  EXPECT_EQ(r.no_answer, 1);
  EXPECT_DOUBLE_EQ(option(r, "a").percent, 100.0);
  EXPECT_DOUBLE_EQ(option(r, "b").percent, 33.3);
  EXPECT_DOUBLE_EQ(option(r, "c").percent, 66.7);
  EXPECT_FALSE(r.positive_percent);
}

TEST(SurveyResults, NumberQuestionsGiveMeanMedianMinAndMax) {
  ResultsInput in{.survey = Survey{.questions = {{.code = "Q3", .kind = QuestionKind::number,
                                                  .text = "Hur många år har du känt till arbetet?"}}}};
  in.responses = {submitted(1, {{"Q3", number(1)}}), submitted(2, {{"Q3", number(3)}}),
                  submitted(3, {{"Q3", number(3)}}), submitted(4, {{"Q3", number(10)}}), submitted(5, {})};
  auto results = compute_results(in);
  const auto& r = question(results, "Q3");
  EXPECT_EQ(r.n, 4);
  EXPECT_EQ(r.no_answer, 1);
  ASSERT_TRUE(r.numbers);
  EXPECT_DOUBLE_EQ(r.numbers->mean, 4.3);  // 17 / 4 = 4.25, one decimal half away from zero
  EXPECT_DOUBLE_EQ(r.numbers->median, 3);
  EXPECT_DOUBLE_EQ(r.numbers->min, 1);
  EXPECT_DOUBLE_EQ(r.numbers->max, 10);
}

TEST(SurveyResults, AMatrixGivesOneResultPerStatement) {
  Question m{.code = "Q7", .kind = QuestionKind::matrix, .text = "Länsstyrelsens stöd",
             .statements = {{.code = "s1", .text = "Kunskap"}, {.code = "s2", .text = "Samverkan"}}};
  ResultsInput in{.survey = Survey{.questions = {m}}};
  in.responses = {submitted(1, {{"Q7.s1", choice("helt")}, {"Q7.s2", choice("inte")}}),
                  submitted(2, {{"Q7.s1", choice("delvis")}})};
  auto results = compute_results(in);
  ASSERT_EQ(results.questions.size(), 2u);
  EXPECT_EQ(results.questions[0].code, "Q7.s1");
  EXPECT_EQ(results.questions[0].text, "Länsstyrelsens stöd – Kunskap");
  EXPECT_DOUBLE_EQ(*results.questions[0].positive_percent, 100.0);
  EXPECT_EQ(results.questions[1].n, 1);
  EXPECT_EQ(results.questions[1].no_answer, 1);
  EXPECT_DOUBLE_EQ(*results.questions[1].positive_percent, 0.0);
}

TEST(SurveyResults, TextAnswersAreListedWithoutThoseTheOwnerHid) {
  ResultsInput in{.survey = Survey{.questions = {{.code = "Q9", .kind = QuestionKind::text, .text = "Kommentarer"}}}};
  in.responses = {submitted(1, {{"Q9", text("Bra nätverksträffar.")}}), submitted(2, {{"Q9", text("Namn Namnsson")}}),
                  submitted(3, {{"Q9", text("")}})};
  in.hidden_texts = {{"r2", "Q9"}};
  auto results = compute_results(in);
  const auto& r = question(results, "Q9");
  EXPECT_EQ(r.n, 2);
  EXPECT_EQ(r.no_answer, 1);
  EXPECT_EQ(r.hidden_texts, 1);
  ASSERT_EQ(r.texts.size(), 1u);
  EXPECT_EQ(r.texts[0].text, "Bra nätverksträffar.");
}

TEST(SurveyResults, ResponseRateStatesItsDenominator) {
  ResultsInput in = seed_43();
  in.participants = {.invited = 50, .opened = 47, .started = 45, .completed = 43, .opted_out = 2};
  auto p = compute_results(in).participants;
  EXPECT_DOUBLE_EQ(*p.response_rate, 86.0);
  EXPECT_EQ(p.response_rate_denominator, 50);
  EXPECT_EQ(p.counts.opted_out, 2);
  EXPECT_EQ(p.respondents, 43);
  // An open survey invites no one: no rate rather than a division by zero.
  in.participants = {.invited = 0, .completed = 43};
  EXPECT_FALSE(compute_results(in).participants.response_rate);
}

TEST(SurveyResults, PercentsRoundHalfAwayFromZeroAtOneDecimal) {
  EXPECT_DOUBLE_EQ(percent_one_decimal(31, 43), 72.1);
  EXPECT_DOUBLE_EQ(percent_one_decimal(7, 43), 16.3);
  EXPECT_DOUBLE_EQ(percent_one_decimal(5, 43), 11.6);
  // Exact halves of a tenth: x.x5 goes up, even where binary floating point
  // would store just below (0.5025 · 100 = 50.2499…).
  EXPECT_DOUBLE_EQ(percent_one_decimal(201, 400), 50.3);
  EXPECT_DOUBLE_EQ(percent_one_decimal(1, 16), 6.3);    // 6.25
  EXPECT_DOUBLE_EQ(percent_one_decimal(7, 16), 43.8);   // 43.75
  EXPECT_DOUBLE_EQ(percent_one_decimal(1, 2000), 0.1);  // 0.05
  EXPECT_DOUBLE_EQ(percent_one_decimal(1, 8), 12.5);
  EXPECT_DOUBLE_EQ(percent_one_decimal(2, 3), 66.7);
  EXPECT_DOUBLE_EQ(percent_one_decimal(1, 3), 33.3);
  EXPECT_DOUBLE_EQ(percent_one_decimal(43, 43), 100.0);
  EXPECT_DOUBLE_EQ(percent_one_decimal(0, 0), 0.0);
  EXPECT_DOUBLE_EQ(percent_one_decimal(-1, 16), -6.3);
}
