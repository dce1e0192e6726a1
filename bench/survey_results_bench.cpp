// Survey results at scale (issue 11, item 10): a round of 10 000 submitted
// responses × 40 questions — 24 agreement4, 4 ja/delvis/nej, 4 single, 3
// multiple, 2 number, 1 text and a matrix of 2 statements — computed in
// full, broken down by sex, and rendered as the API's JSON. Target: well
// under 500 ms for compute_results. The answers are built in memory once;
// reading them from the database is the survey core's part and measured
// there.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include "survey_bench_questions.hpp"
#include "domain/surveys/results.hpp"
#include "domain/surveys/results_breakdown.hpp"
#include "report/survey_json.hpp"

using namespace jamt::surveys;

namespace {

constexpr int kResponses = 10'000;

// A small deterministic generator, so every run sees the same answers.
struct Lcg {
  unsigned long long state = 20250314;
  unsigned next(unsigned bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>((state >> 33) % bound);
  }
};

const ResultsInput& big_round() {
  static const ResultsInput input = [] {
    ResultsInput in{.survey = Survey{.title = "Nyckelpersoner 2025"},
                    .participants = {.invited = 12'000, .opened = 11'000, .started = 10'500, .completed = kResponses,
                                     .opted_out = 150}};
    in.survey.questions = jamt::bench::forty_questions();
    const auto& qs = in.survey.questions;
    const char* agree[] = {"helt", "delvis", "inte", "vet_ej"};
    const char* jdn[] = {"ja", "delvis", "nej"};
    const char* letters[] = {"a", "b", "c", "d", "e"};
    const char* sexes[] = {"kvinna", "man", "annat"};
    Lcg rng;
    in.responses.reserve(kResponses);
    for (int r = 0; r < kResponses; ++r) {
      Response resp{.id = "r" + std::to_string(r), .submitted = true, .submitted_on = "2025-03-14"};
      resp.profile["sex"] = sexes[rng.next(20) == 0 ? 2 : rng.next(2)];
      for (const auto& q : qs) {
        if (rng.next(20) == 0) continue;  // about 5 % item non-response
        switch (q.kind) {
          case QuestionKind::agreement4: resp.answers[q.code] = {.kind = Answer::Kind::choice, .choice = agree[rng.next(4)]}; break;
          case QuestionKind::yes_partly_no: resp.answers[q.code] = {.kind = Answer::Kind::choice, .choice = jdn[rng.next(3)]}; break;
          case QuestionKind::single: resp.answers[q.code] = {.kind = Answer::Kind::choice, .choice = letters[rng.next(5)]}; break;
          case QuestionKind::multiple:
            resp.answers[q.code] = {.kind = Answer::Kind::choices, .choices = {letters[rng.next(5)], letters[rng.next(5)]}};
            break;
          case QuestionKind::number: resp.answers[q.code] = {.kind = Answer::Kind::number, .number = double(rng.next(40))}; break;
          case QuestionKind::text: resp.answers[q.code] = {.kind = Answer::Kind::text, .text = "En kommentar om stödet."}; break;
          case QuestionKind::matrix:
            for (const auto& s : q.statements)
              resp.answers[q.code + "." + s.code] = {.kind = Answer::Kind::choice, .choice = agree[rng.next(4)]};
            break;
        }
      }
      in.responses.push_back(std::move(resp));
    }
    return in;
  }();
  return input;
}

}  // namespace

static void BM_SurveyResults10kBy40(benchmark::State& state) {
  const auto& in = big_round();
  std::size_t rows = 0;
  for (auto _ : state) {
    auto results = compute_results(in);
    rows = results.questions.size();
    benchmark::DoNotOptimize(results);
  }
  state.counters["responses"] = kResponses;
  state.counters["result_rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_SurveyResults10kBy40)->Unit(benchmark::kMillisecond);

static void BM_SurveyResultsBreakdownBySex(benchmark::State& state) {
  const auto& in = big_round();
  for (auto _ : state) {
    auto b = break_down(in, "sex");
    benchmark::DoNotOptimize(b);
  }
}
BENCHMARK(BM_SurveyResultsBreakdownBySex)->Unit(benchmark::kMillisecond);

static void BM_SurveyResultsJson(benchmark::State& state) {
  auto results = compute_results(big_round());
  for (auto _ : state) {
    std::string body = jamt::report::survey_results_json(results).dump();
    benchmark::DoNotOptimize(body);
  }
}
BENCHMARK(BM_SurveyResultsJson)->Unit(benchmark::kMillisecond);
