// Surveys (issue 11, item 10): inviting 2 000 respondents (target < 5 s) —
// the transaction that stores them with their links and its audit entry,
// then the 2 000 mails into an outbox folder — on SQLite, with the mails
// sent in line (as `jamt` from the command line) and on a background queue
// (as `jamt serve` answers the request).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <unistd.h>

#include "domain/clock.hpp"
#include "domain/utc_time.hpp"
#include "service/background/background_queue.hpp"
#include "service/mail/outbox_mailer.hpp"
#include "service/surveys/response_service.hpp"
#include "service/surveys/survey_service.hpp"

using namespace jamt;

namespace {

User survey_admin() {
  return User{.id = 0, .email = "bench@jamt.local", .role = Role::admin, .county_code = "",
              .organisation_id = std::nullopt, .disabled = false};
}

void invite_2000(benchmark::State& state, bool background) {
  const auto dir = std::filesystem::temp_directory_path() / ("jamt-survey-bench-" + std::to_string(getpid()));
  FixedClock clock{*parse_utc_text("2026-03-31T10:00:00Z")};
  int round = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::filesystem::remove_all(dir);
    auto opened = store::Database::open(store::DatabaseConfig::from_url((dir / "jamt.db").string()));
    if (!opened || !(*opened)->migrate()) {
      state.SkipWithError("cannot open SQLite");
      return;
    }
    auto db = std::move(*opened);
    db->use_clock(clock);
    service::OutboxMailer mailer{dir / "outbox", "jamt@localhost"};
    auto queue = background ? std::make_unique<service::BackgroundQueue>() : nullptr;
    service::MailSetup mail{.mailer = mailer, .site_url = "https://jamt.example", .background = queue.get()};
    surveys::Survey survey{
        .title = "Brukarundersökning " + std::to_string(++round),
        .questions = {{.code = "Q1", .kind = surveys::QuestionKind::agreement4, .text = "Stödet är bra."}}};
    auto made = service::create_survey(*db, {.survey = survey, .county_code = "08"}, survey_admin());
    if (!made || !service::set_survey_status(*db, made->id, surveys::SurveyStatus::open, survey_admin())) {
      state.SkipWithError("cannot make the survey");
      return;
    }
    std::vector<service::Invitee> invitees;
    for (int i = 0; i < 2000; ++i) {
      invitees.push_back({.email = "person" + std::to_string(i) + "@kommun.example.se",
                          .name = "Person " + std::to_string(i), .profile_json = R"({"kon":"kvinna"})"});
    }
    state.ResumeTiming();
    auto invited = service::invite_respondents(*db, mail, made->id, invitees, survey_admin());
    state.PauseTiming();
    if (!invited || *invited != 2000) state.SkipWithError("invitations failed");
    if (queue) queue->drain();  // the mails, outside the measured answer time
    state.ResumeTiming();
  }
  std::filesystem::remove_all(dir);
}

void BM_SurveyInvite2000_MailInLine(benchmark::State& state) { invite_2000(state, false); }
void BM_SurveyInvite2000_MailInBackground(benchmark::State& state) { invite_2000(state, true); }

}  // namespace

BENCHMARK(BM_SurveyInvite2000_MailInLine)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_SurveyInvite2000_MailInBackground)->Unit(benchmark::kMillisecond)->Iterations(3);
