#pragma once
// The national compilation of seed 001 (issue 11, item 6): per Ja / Delvis /
// Nej statement, how many counties answered Ja, Delvis and Nej — counts,
// not percents, since 21 counties are the whole population.
#include <string>
#include <vector>

#include "domain/surveys/results.hpp"

namespace jamt::surveys {

struct NationalRow {
  std::string code{};  // "Q1", or "Q7.s1"
  std::string text{};
  int ja = 0;
  int delvis = 0;
  int nej = 0;
  int not_answered = 0;  // submitted without answering it, or not shown it
};

// The rows of `results` whose scale is ja / delvis / nej (yes_partly_no
// questions, and matrix statements on that scale), in order. Others are
// left out. Never fails.
std::vector<NationalRow> national_table(const SurveyResults& results);

}  // namespace jamt::surveys
