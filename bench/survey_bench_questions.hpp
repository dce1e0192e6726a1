#pragma once
// The 40 questions of the survey benchmarks (bench/survey_results_bench.cpp,
// bench/survey_results_store_bench.cpp): 24 agreement4, 4 ja/delvis/nej, 4
// single, 3 multiple, 2 number, 1 text and a matrix of 2 statements.
#include <string>
#include <vector>

#include "domain/surveys/survey.hpp"

namespace jamt::bench {

// The questions, in that order, with codes A1…A24, J1…J4, S1…S4, M1…M3,
// N1, N2, T1 and X (statements s1, s2); options a…e where a kind needs them.
inline std::vector<surveys::Question> forty_questions() {
  std::vector<surveys::Question> qs;
  std::vector<surveys::Option> abcde{{.value = "a", .label = "A"}, {.value = "b", .label = "B"},
                                     {.value = "c", .label = "C"}, {.value = "d", .label = "D"},
                                     {.value = "e", .label = "E"}};
  for (int i = 1; i <= 24; ++i)
    qs.push_back({.code = "A" + std::to_string(i), .kind = surveys::QuestionKind::agreement4, .text = "Påstående " + std::to_string(i)});
  for (int i = 1; i <= 4; ++i)
    qs.push_back({.code = "J" + std::to_string(i), .kind = surveys::QuestionKind::yes_partly_no, .text = "Indikator " + std::to_string(i)});
  for (int i = 1; i <= 4; ++i)
    qs.push_back({.code = "S" + std::to_string(i), .kind = surveys::QuestionKind::single, .text = "Val " + std::to_string(i), .options = abcde});
  for (int i = 1; i <= 3; ++i)
    qs.push_back({.code = "M" + std::to_string(i), .kind = surveys::QuestionKind::multiple, .text = "Flerval " + std::to_string(i), .options = abcde});
  for (int i = 1; i <= 2; ++i)
    qs.push_back({.code = "N" + std::to_string(i), .kind = surveys::QuestionKind::number, .text = "Antal " + std::to_string(i)});
  qs.push_back({.code = "T1", .kind = surveys::QuestionKind::text, .text = "Kommentarer"});
  qs.push_back({.code = "X", .kind = surveys::QuestionKind::matrix, .text = "Stödet",
                .statements = {{.code = "s1", .text = "Kunskap"}, {.code = "s2", .text = "Samverkan"}}});
  return qs;
}

}  // namespace jamt::bench
