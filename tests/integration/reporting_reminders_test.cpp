// Reminders about reports (docs/reporting.md, "Reminders"), mailed through a
// real SMTP server (python3-aiosmtpd) and read from what arrived. The
// fixture's quarterly form is made on 2026-03-31; its first quarter, 2026Q1,
// is due on 30 April 2026. The clock is set to fixed times in each test.
#include <gtest/gtest.h>

#include <cctype>

#include "reporting_fixture.hpp"
#include "service/reporting/reminders.hpp"
#include "test_mail.hpp"

namespace jamt::testing {
namespace {

class ReportingRemindersTest : public ReportingFixture {
 protected:
  const service::MailSetup& mail_setup() override { return smtp_setup; }

  // Runs the job once as `jamt reminders run` does; returns what it sent.
  std::vector<service::SentReminder> run() {
    auto r = service::run_reminders(*db, smtp_setup);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().to_string());
    return r.ok() ? r->sent : std::vector<service::SentReminder>{};
  }

  // `text` with quoted-printable "=XX" bytes decoded (after readable()).
  static std::string decoded(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '=' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
          std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
        out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
        i += 2;
      } else {
        out += text[i];
      }
    }
    return out;
  }

  // The mails that arrived since the last call, readable and decoded.
  std::vector<std::string> new_mails() {
    auto all = sink.messages();
    std::vector<std::string> out;
    for (std::size_t i = seen_; i < all.size(); ++i) out.push_back(decoded(readable(all[i])));
    seen_ = all.size();
    return out;
  }

  static bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

  SmtpSink sink;
  service::SmtpMailer smtp{sink.url(), "jamt@lansstyrelsen.example",
                           std::make_unique<service::OutboxMailer>(outbox.mailer.folder(), "jamt@localhost")};
  service::MailSetup smtp_setup{.mailer = smtp, .site_url = "https://jamt.example"};
  std::size_t seen_ = 0;
};

TEST_F(ReportingRemindersTest, ContactsAreRemindedAWeekBeforeTheDueDateOnceADayWhenOverdueAndNotOnceSubmitted) {
  ASSERT_TRUE(sink.ready()) << "python3 -m aiosmtpd did not start (scripts/bootstrap installs python3-aiosmtpd)";
  const auto form = define_form();
  contact_a();
  contact_b();

  // 22 April: eight days before the due date — nothing yet.
  set_clock("2026-04-22T08:00:00Z");
  EXPECT_TRUE(run().empty());
  EXPECT_TRUE(new_mails().empty());

  // 23 April: seven days before — one mail to each organisation's contact.
  set_clock("2026-04-23T08:00:00Z");
  auto sent = run();
  ASSERT_EQ(sent.size(), 2u);
  auto mails = new_mails();
  ASSERT_EQ(mails.size(), 2u);
  const std::string& to_a = has(mails[0], "To: kontakt.a@example.se\n") ? mails[0] : mails[1];
  EXPECT_TRUE(has(to_a, "To: kontakt.a@example.se\n")) << to_a;
  EXPECT_TRUE(has(to_a, "Date: Thu, 23 Apr 2026 08:00:00 +0000\n")) << to_a;
  EXPECT_TRUE(has(to_a, "Kommun A ska lämna rapporten ”Våld i nära relationer” för kvartal 1 2026 till "
                        "länsstyrelsen senast 30 april 2026.")) << to_a;
  EXPECT_TRUE(has(to_a, "https://jamt.example/rapportering/formular/" + std::to_string(form) + "/" +
                            std::to_string(org_a) + "/2026Q1\n")) << to_a;

  // Later the same day: none.
  set_clock("2026-04-23T15:00:00Z");
  EXPECT_TRUE(run().empty());
  EXPECT_TRUE(new_mails().empty());

  // B's contact submits on 24 April.
  set_clock("2026-04-24T08:00:00Z");
  auto b = submission(form, org_b, "2026Q1");
  const TestLogin b_contact = log_in_again(*db, contact_b());  // the first session has expired
  ASSERT_EQ(save(b, {{"values", e1(2, 1, 0, 3)}}, b_contact).status, 200);
  ASSERT_EQ(step(b, "submit", b_contact).status, 200);
  EXPECT_TRUE(run().empty());  // A had its one reminder before the due date
  EXPECT_TRUE(new_mails().empty());

  // 1 May, the day after the due date: A is overdue, B has submitted.
  set_clock("2026-05-01T07:00:00Z");
  sent = run();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].kind, "overdue");
  mails = new_mails();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_TRUE(has(mails[0], "To: kontakt.a@example.se\n")) << mails[0];
  EXPECT_TRUE(has(mails[0], "Skulle ha lämnats senast 30 april 2026")) << mails[0];

  // The board returns B's report the same day: B's contact hears of it at once.
  ASSERT_EQ(step(b, "return", log_in_again(*db, strategist_08()), {{"comment", "Kontrollera antalet män."}}).status,
            200);
  sent = run();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].kind, "returned");
  mails = new_mails();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_TRUE(has(mails[0], "To: kontakt.b@example.se\n")) << mails[0];
  EXPECT_TRUE(has(mails[0], "Länsstyrelsens kommentar: Kontrollera antalet män.")) << mails[0];

  // Every reminder is in the audit log, sent by the system: A and B on 23
  // April, A overdue and B returned on 1 May.
  std::vector<store::AuditEntry> audit;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  for (std::int64_t id : {1, 2})
                    for (auto& e : store::list_audit(s, "reporting_reminder", id)) audit.push_back(e);
                  return {};
                }).ok());
  ASSERT_EQ(audit.size(), 4u);
  for (const auto& e : audit) {
    EXPECT_EQ(e.actor, "system");
    EXPECT_EQ(e.action, "send");
  }
}

TEST_F(ReportingRemindersTest, AReturnedReportIsRemindedAboutAtOnceEvenLongBeforeTheDueDate) {
  ASSERT_TRUE(sink.ready());
  const auto form = define_form();
  contact_a();
  // 5 April: 2026Q1 is due in 25 days. B's report comes in and goes back.
  set_clock("2026-04-05T08:00:00Z");
  auto b = submission(form, org_b, "2026Q1");
  const TestLogin b_contact = log_in_again(*db, contact_b());
  ASSERT_EQ(save(b, {{"values", e1(2, 1, 0, 3)}}, b_contact).status, 200);
  ASSERT_EQ(step(b, "submit", b_contact).status, 200);
  ASSERT_EQ(step(b, "return", log_in_again(*db, strategist_08()), {{"comment", "Fel kvartal?"}}).status, 200);
  auto sent = run();
  ASSERT_EQ(sent.size(), 1u);  // nothing for A yet: its report is not due within a week
  EXPECT_EQ(sent[0].organisation_id, org_b);
  EXPECT_EQ(sent[0].kind, "returned");
  auto mails = new_mails();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_TRUE(has(mails[0], "Subject: =?UTF-8?")) << mails[0];
  EXPECT_TRUE(has(mails[0], "Länsstyrelsen har skickat tillbaka rapporten ”Våld i nära relationer” för kvartal 1 "
                            "2026 från Kommun B för komplettering.")) << mails[0];
  EXPECT_TRUE(has(mails[0], "Länsstyrelsens kommentar: Fel kvartal?")) << mails[0];
  // The next day again, while it waits.
  set_clock("2026-04-06T08:00:00Z");
  sent = run();
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].kind, "returned");
}

TEST_F(ReportingRemindersTest, DisabledContactsAndPeriodsBeforeTheFormWasMadeAreLeftAlone) {
  ASSERT_TRUE(sink.ready());
  define_form();
  contact_a();
  // B's only contact is disabled.
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                  s << "UPDATE users SET disabled = 1 WHERE email = 'kontakt.b@example.se'";
                  return {};
                }).ok());
  // 2 May: 2026Q1 is overdue; 2025Q4 (due 30 January, before the form was
  // made on 31 March) is not reminded about.
  set_clock("2026-05-02T08:00:00Z");
  auto r = service::run_reminders(*db, smtp_setup);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->sent.size(), 1u);
  EXPECT_EQ(r->sent[0].period, "2026Q1");
  EXPECT_EQ(r->sent[0].to, std::vector<std::string>{"kontakt.a@example.se"});
  EXPECT_EQ(r->without_contacts, std::vector<std::string>{"Kommun B: VALD 2026Q1"});
  EXPECT_EQ(new_mails().size(), 1u);
}

}  // namespace
}  // namespace jamt::testing
