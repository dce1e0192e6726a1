// "X av Y relevanta, varav Z konkreta": the counts of the board's
// assessments and the sentence, checked against seed 000's 39 of 93.
#include <gtest/gtest.h>

#include "domain/registers/steering_document.hpp"
#include "domain/registers/steering_summary.hpp"

using namespace jamt::registers;

namespace {

Record document(int year, const std::string& relevant, const std::string& level = "") {
  return {{"year", std::to_string(year)}, {"relevant", relevant}, {"level", level}};
}

}  // namespace

TEST(SteeringCounts, CountAssessedRelevantConcreteAndGeneral) {
  std::vector<Record> docs{document(2024, "1", "konkret"), document(2024, "1", "allman"), document(2025, "1", "konkret"),
                           document(2025, "0"),             document(2025, "0"),             document(2025, "")};
  auto all = count_steering_documents(docs);
  EXPECT_EQ(all, (SteeringCounts{6, 5, 3, 2, 1}));
  EXPECT_EQ(all.not_assessed(), 1);
  EXPECT_EQ(count_steering_documents(docs, 2025), (SteeringCounts{4, 3, 1, 1, 0}));
  EXPECT_EQ(count_steering_documents(docs, 2020), (SteeringCounts{}));
}

TEST(SteeringSentence, ReadsLikeTheSodermanlandReview) {
  // Seed 000: 39 of 93 submitted documents relevant, about half of them general.
  SteeringCounts c{93, 93, 39, 20, 19};
  EXPECT_EQ(steering_sentence(c), "39 av 93 bedömda styrdokument är relevanta, varav 20 konkreta.");
}

TEST(SteeringSentence, UsesSingularFormsForOne) {
  EXPECT_EQ(steering_sentence({1, 1, 1, 1, 0}), "1 av 1 bedömt styrdokument är relevant, varav 1 konkret.");
  EXPECT_EQ(steering_sentence({3, 3, 0, 0, 0}), "0 av 3 bedömda styrdokument är relevanta, varav 0 konkreta.");
  EXPECT_EQ(steering_sentence({4, 0, 0, 0, 0}), "Inga styrdokument har bedömts ännu.");
}

TEST(SteeringAssessment, NeedsALevelWhenRelevantAndNoneWhenNot) {
  auto ok = check_assessment({{"relevant", "ja"}, {"level", "konkret"}, {"comment", " Bra mål. "}});
  EXPECT_TRUE(ok.errors.empty());
  EXPECT_EQ(ok.record.at("relevant"), "1");
  EXPECT_EQ(ok.record.at("comment"), "Bra mål.");

  auto no_level = check_assessment({{"relevant", "1"}});
  ASSERT_EQ(no_level.errors.size(), 1u);
  EXPECT_EQ(no_level.errors[0].field, "level");

  auto level_but_not_relevant = check_assessment({{"relevant", "0"}, {"level", "allman"}});
  ASSERT_EQ(level_but_not_relevant.errors.size(), 1u);
  EXPECT_EQ(level_but_not_relevant.errors[0].field, "level");

  auto missing = check_assessment({});
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_EQ(missing.errors[0].field, "relevant");

  auto bad_level = check_assessment({{"relevant", "1"}, {"level", "mycket"}});
  ASSERT_EQ(bad_level.errors.size(), 1u);
  EXPECT_EQ(bad_level.errors[0].field, "level");
}

TEST(SteeringDocumentSpec, AssessmentFieldsAreSystemFields) {
  const auto& spec = steering_document_spec();
  for (const char* f : {"relevant", "level", "assessment_comment", "assessed_on", "county_code"})
    EXPECT_TRUE(spec.field(f)->system) << f;
  auto checked = check_record(spec, {{"organisation_id", "1"}, {"title", "Plan"}, {"type", "plan"}, {"year", "2025"},
                                     {"relevant", "1"}},
                              false);
  ASSERT_EQ(checked.errors.size(), 1u);
  EXPECT_EQ(checked.errors[0].field, "relevant");
}
