// Survey results read from the store (issue 11, item 10): a SQLite round of
// 10 000 submitted responses × 40 questions — 24 agreement4, 4 ja/delvis/nej,
// 4 single, 3 multiple, 2 number, 1 text and a matrix of 2 statements, about
// 5 % skipped — as GET /api/v1/surveys/{id}/results computes it:
// service::survey_results (the survey, the responses and answers, the
// participation counts, the marks and hidden texts, then compute_results),
// and the same with a breakdown by sex. Target: under 500 ms. The round is
// written once, outside the timing.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <unistd.h>

#include "survey_bench_questions.hpp"
#include "domain/clock.hpp"
#include "domain/utc_time.hpp"
#include "service/surveys/survey_results_service.hpp"
#include "service/surveys/survey_service.hpp"
#include "store/surveys/respondent_repository.hpp"
#include "store/surveys/survey_repository.hpp"

using namespace jamt;
using surveys::Answer;
using surveys::QuestionKind;

namespace {

constexpr int kResponses = 10'000;

User results_admin() {
  return User{.id = 0, .email = "bench@jamt.local", .role = Role::admin, .county_code = "",
              .organisation_id = std::nullopt, .disabled = false};
}

struct Lcg {
  unsigned long long state = 20250314;
  unsigned next(unsigned bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>((state >> 33) % bound);
  }
};


// The round's database and its folder, removed when the process ends.
struct RoundFiles {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("jamt-results-bench-" + std::to_string(getpid()));
  std::unique_ptr<store::Database> db{};
  ~RoundFiles() {
    db.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
};

// The database with the round, made once per process; the survey's id in `id`.
store::Database* round_db(std::int64_t& id) {
  static FixedClock clock{*parse_utc_text("2026-03-31T10:00:00Z")};
  static RoundFiles files;
  static std::int64_t survey_id = 0;
  auto& db = files.db;
  if (!db) {
    const auto& dir = files.dir;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto opened = store::Database::open(store::DatabaseConfig::from_url((dir / "jamt.db").string()));
    if (!opened || !(*opened)->migrate()) return nullptr;
    db = std::move(*opened);
    db->use_clock(clock);
    surveys::Survey survey{.title = "Nyckelpersoner 2025", .questions = jamt::bench::forty_questions()};
    auto made = service::create_survey(*db, {.survey = survey, .county_code = "08"}, results_admin());
    if (!made) return nullptr;
    survey_id = made->id;
    const char* agree[] = {"helt", "delvis", "inte", "vet_ej"};
    const char* jdn[] = {"ja", "delvis", "nej"};
    const char* letters[] = {"a", "b", "c", "d", "e"};
    const char* sexes[] = {"kvinna", "man", "annat"};
    Lcg rng;
    Status st = db->transaction([&](soci::session& s) -> Status {
      for (int r = 0; r < kResponses; ++r) {
        char rid[33];
        std::snprintf(rid, sizeof rid, "%032x", static_cast<unsigned>(r) * 2654435761u);
        store::NewResponse resp{.id = std::string(rid) + std::to_string(r), .survey_id = survey_id,
                                .respondent_id = std::nullopt, .submitted_on = std::nullopt,
                                .profile_json = std::string(R"({"sex":")") + sexes[rng.next(20) == 0 ? 2 : rng.next(2)] + "\"}",
                                .answers = {}, .versions = {}};
        for (const auto& q : survey.questions) {
          if (rng.next(20) == 0) continue;
          switch (q.kind) {
            case QuestionKind::agreement4: resp.answers[q.code] = {.kind = Answer::Kind::choice, .choice = agree[rng.next(4)]}; break;
            case QuestionKind::yes_partly_no: resp.answers[q.code] = {.kind = Answer::Kind::choice, .choice = jdn[rng.next(3)]}; break;
            case QuestionKind::single: resp.answers[q.code] = {.kind = Answer::Kind::choice, .choice = letters[rng.next(5)]}; break;
            case QuestionKind::multiple: {
              std::string a = letters[rng.next(5)], b = letters[rng.next(5)];
              resp.answers[q.code] = {.kind = Answer::Kind::choices, .choices = a == b ? std::vector<std::string>{a} : std::vector<std::string>{a, b}};
              break;
            }
            case QuestionKind::number: resp.answers[q.code] = {.kind = Answer::Kind::number, .number = double(rng.next(40))}; break;
            case QuestionKind::text: resp.answers[q.code] = {.kind = Answer::Kind::text, .text = "En kommentar om stödet."}; break;
            case QuestionKind::matrix:
              for (const auto& stmt : q.statements)
                resp.answers[q.code + "." + stmt.code] = {.kind = Answer::Kind::choice, .choice = agree[rng.next(4)]};
              break;
          }
        }
        store::insert_response(s, resp);
      }
      return {};
    });
    if (!st) return nullptr;
  }
  id = survey_id;
  return db.get();
}

void results_from_store(benchmark::State& state, const std::string& by) {
  std::int64_t id = 0;
  auto* db = round_db(id);
  if (db == nullptr) {
    state.SkipWithError("cannot make the round");
    return;
  }
  std::size_t rows = 0;
  for (auto _ : state) {
    auto view = service::survey_results(*db, id, {.by = by, .compare = std::nullopt}, results_admin());
    if (!view) {
      state.SkipWithError("results failed");
      return;
    }
    rows = view->results.questions.size();
    benchmark::DoNotOptimize(view);
  }
  state.counters["responses"] = kResponses;
  state.counters["result_rows"] = static_cast<double>(rows);
}

}  // namespace

static void BM_SurveyResultsFromStore10kBy40(benchmark::State& state) { results_from_store(state, ""); }
BENCHMARK(BM_SurveyResultsFromStore10kBy40)->Unit(benchmark::kMillisecond)->Iterations(5);

static void BM_SurveyResultsFromStoreBySex(benchmark::State& state) { results_from_store(state, "sex"); }
BENCHMARK(BM_SurveyResultsFromStoreBySex)->Unit(benchmark::kMillisecond)->Iterations(5);

// The reading alone (load_results_input in one read), to tell the store's
// share from compute_results' (BM_SurveyResults10kBy40 in survey_results_bench.cpp).
static void BM_SurveyResultsLoadOnly(benchmark::State& state) {
  std::int64_t id = 0;
  auto* db = round_db(id);
  if (db == nullptr) {
    state.SkipWithError("cannot make the round");
    return;
  }
  for (auto _ : state) {
    surveys::ResultsInput input;
    Status st = db->read([&](soci::session& s) -> Status {
      input = service::load_results_input(s, *store::find_survey(s, id));
      return {};
    });
    if (!st) {
      state.SkipWithError("reading failed");
      return;
    }
    benchmark::DoNotOptimize(input);
  }
}
BENCHMARK(BM_SurveyResultsLoadOnly)->Unit(benchmark::kMillisecond)->Iterations(5);
