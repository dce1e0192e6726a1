// `jamt surveys remind`, the real binary against the test database (SQLite
// folder or $JAMT_TEST_DB): a Kalmar survey opened and sent on 2 March 2026
// with reminders at least 7 days apart; on 9 March the one respondent is
// reminded with a new link, and a second run the same day sends nothing.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sys/wait.h>

#include "domain/utc_time.hpp"
#include "service/surveys/response_service.hpp"
#include "service/surveys/survey_service.hpp"
#include "test_database.hpp"
#include "test_mail.hpp"

namespace jamt::testing {
namespace {

struct Run {
  int exit_code = -1;
  std::string out;
};

Run run(const std::string& args) {
  std::string cmd = JAMT_BINARY;
  cmd.append(" ").append(args).append(" 2>&1");
  Run r;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf{};
  while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

TEST(SurveysCli, RemindSendsTodaysRemindersOnceAndPrintsThem) {
  FixedClock clock{*parse_utc_text("2026-03-02T08:00:00Z")};
  auto db = fresh_database();
  ASSERT_NE(db, nullptr);
  db->use_clock(clock);
  User strategist{.id = 0, .email = "strateg@kalmar.example", .role = Role::strategist, .county_code = "08",
                  .organisation_id = std::nullopt, .disabled = false};
  surveys::Survey survey{.title = "Brukarundersökning 2026", .max_reminders = 2, .reminder_interval_days = 7};
  survey.questions.push_back({.code = "Q1", .kind = surveys::QuestionKind::agreement4, .text = "Stödet är bra."});
  auto made = service::create_survey(*db, {.survey = survey, .county_code = ""}, strategist);
  ASSERT_TRUE(made.ok()) << made.error().to_string();
  ASSERT_TRUE(service::set_survey_status(*db, made->id, surveys::SurveyStatus::open, strategist).ok());
  TestOutbox invitations;
  std::vector<service::Invitee> invitees;
  invitees.push_back({.email = "kontakt@kommun.example.se", .name = "Kim", .profile_json = "{}"});
  auto invited = service::invite_respondents(*db, invitations.setup, made->id, invitees, strategist);
  ASSERT_TRUE(invited.ok()) << invited.error().to_string();

  TempFolder outbox;
  const std::string target = std::getenv("JAMT_TEST_DB")
                                 ? std::string("--db '") + std::getenv("JAMT_TEST_DB") + "'"
                                 : "--data '" + std::filesystem::path(db->config().target).parent_path().string() + "'";
  const std::string args = target + " surveys remind --mail-outbox '" + outbox.path().string() +
                           "' --public-url https://jamt.example/ --fixed-time 2026-03-09T08:00:00Z";
  auto first = run(args);
  EXPECT_EQ(first.exit_code, 0) << first.out;
  EXPECT_NE(first.out.find("survey " + std::to_string(made->id) + "\treminder 1\tkontakt@kommun.example.se\n"),
            std::string::npos)
      << first.out;
  EXPECT_NE(first.out.find("Sent 1 survey reminders for 2026-03-09"), std::string::npos) << first.out;
  auto mails = files_in(outbox.path());
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_NE(readable(mails[0]).find("https://jamt.example/enkat/"), std::string::npos) << mails[0];

  auto again = run(args);
  EXPECT_EQ(again.exit_code, 0) << again.out;
  EXPECT_NE(again.out.find("Sent 0 survey reminders for 2026-03-09"), std::string::npos) << again.out;
  EXPECT_EQ(files_in(outbox.path()).size(), 1u);
}

}  // namespace
}  // namespace jamt::testing
