// `jamt reminders run`, the real binary against the test database (SQLite
// folder or $JAMT_TEST_DB): it prints the reminder it sent, writes the mail
// to the outbox, and sends nothing more the same day. A quarterly form of
// Kalmar län made on 31 March 2026; its 2026Q1 is due on 30 April.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sys/wait.h>

#include "domain/utc_time.hpp"
#include "service/reporting/form_service.hpp"
#include "test_accounts.hpp"
#include "test_database.hpp"
#include "test_mail.hpp"

namespace jamt::testing {
namespace {

struct Run {
  int exit_code = -1;
  std::string out;
};

Run run(const std::string& args) {
  std::string cmd = std::string(JAMT_BINARY) + " " + args + " 2>&1";
  Run r;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf{};
  while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

TEST(RemindersCli, RunPrintsWhatItSentAndSendsNothingMoreTheSameDay) {
  FixedClock clock{*parse_utc_text("2026-03-31T10:00:00Z")};
  auto db = fresh_database();
  ASSERT_NE(db, nullptr);
  db->use_clock(clock);
  const auto org = add_organisation(*db, 1, "Kommun A", "08", "0880");
  sign_in(*db, "kontakt.a@example.se", Role::org_contact, "", org);
  User strategist{.id = 0, .email = "strateg@kalmar.example", .role = Role::strategist, .county_code = "08",
                  .organisation_id = std::nullopt, .disabled = false};
  nlohmann::json body = {
      {"code", "VALD"}, {"title", "Våld i nära relationer"}, {"periodicity", "quarterly"}, {"due_days", 30},
      {"elements", {{{"code", "E1"}, {"title", "Utsatta"}, {"value_type", "integer"}, {"disaggregation", {"total"}}}}},
      {"rules", nlohmann::json::array()},
      {"assignments", {{{"organisation_type", "kommun"}, {"county_code", "08"}}}}};
  auto input = service::form_input_from_json(body);
  ASSERT_TRUE(input.ok());
  auto form = service::create_reporting_form(*db, *input, strategist);
  ASSERT_TRUE(form.ok()) << form.error().to_string();

  TempFolder outbox;
  const std::string target = std::getenv("JAMT_TEST_DB")
                                 ? std::string("--db '") + std::getenv("JAMT_TEST_DB") + "'"
                                 : "--data '" + std::filesystem::path(db->config().target).parent_path().string() + "'";
  const std::string args = target + " reminders run --mail-outbox '" + outbox.path().string() +
                           "' --public-url https://jamt.example/ --fixed-time 2026-04-23T08:00:00Z";
  auto first = run(args);
  EXPECT_EQ(first.exit_code, 0) << first.out;
  EXPECT_NE(first.out.find("due_soon\tVALD\t2026Q1\tKommun A\tkontakt.a@example.se\n"), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("Sent 1 reminders for 2026-04-23"), std::string::npos) << first.out;
  auto mails = files_in(outbox.path());
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_NE(readable(mails[0]).find("https://jamt.example/rapportering/formular/" + std::to_string(form->form.id) +
                                    "/" + std::to_string(org) + "/2026Q1"),
            std::string::npos)
      << mails[0];

  auto again = run(args);
  EXPECT_EQ(again.exit_code, 0) << again.out;
  EXPECT_NE(again.out.find("Sent 0 reminders for 2026-04-23"), std::string::npos) << again.out;
  EXPECT_EQ(files_in(outbox.path()).size(), 1u);
}

}  // namespace
}  // namespace jamt::testing
