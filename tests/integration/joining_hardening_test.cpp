// The public join form hardened (issue 16, item 4), over HTTP on a real port,
// on SQLite and PostgreSQL: a server-issued single-use token, a limit per
// client address, the strategist's queue cleared in one step (audited), and
// action plan files checked by parsing them, with a cap per organisation.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <soci/soci.h>
#include <thread>

#include "domain/account_policy.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/joining/join_guard.hpp"
#include "service/joining/joining_application.hpp"
#include "store/audit_repository.hpp"
#include "test_accounts.hpp"
#include "test_documents.hpp"
#include "test_server.hpp"

using namespace jamt;
using namespace jamt::testing;
using namespace std::chrono_literals;
using json = nlohmann::json;

namespace {

// A valid application to `county`'s form (a municipality of that county).
std::map<std::string, std::string> county_application(const std::string& name, const std::string& org_number,
                                               const std::string& county = "08") {
  return {{"organisation_name", name},
          {"org_number", org_number},
          {"organisation_type", "civilsamhalle"},
          {"municipality_code", county == "08" ? "0880" : county == "06" ? "0680" : "0180"},
          {"contact_name", "Karin Kontakt"},
          {"contact_email", "karin@exempel.se"},
          {"decision_date", "2025-01-20"},
          {"publish_consent", "1"}};
}

struct PolicyGuard {
  AccountPolicy saved = account_policy();
  ~PolicyGuard() { set_account_policy(saved); }
};

// The form's token: from the hidden field, which the cookie repeats.
struct FormToken {
  std::string token;
  std::string cookie;  // "jamt_apply=…"
};

}  // namespace

class JoiningHardening : public ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    if (HasFatalFailure()) return;
    client->set_read_timeout(60, 0);
    strategist = sign_in(*db, "strateg08@test.se", Role::strategist, "08");
  }

  FormToken form_token(const std::string& county = "08") {
    auto form = client->Get("/anslut/" + county);
    EXPECT_TRUE(form && form->status == 200);
    std::smatch m;
    std::string body = form ? form->body : "";
    EXPECT_TRUE(std::regex_search(body, m, std::regex(R"re(name="csrf_token" value="([^"]+)")re")));
    FormToken t{m.size() > 1 ? m[1].str() : "", ""};
    t.cookie = "jamt_apply=" + t.token;
    return t;
  }

  httplib::Result post(const FormToken& t, const std::map<std::string, std::string>& fields,
                       std::optional<std::pair<std::string, std::string>> file = std::nullopt,
                       const std::string& county = "08") {
    httplib::MultipartFormDataItems items{{"csrf_token", t.token, "", ""}};
    for (const auto& [k, v] : fields) items.push_back({k, v, "", ""});
    if (file) items.push_back({"action_plan_file", file->second, file->first, "application/octet-stream"});
    return client->Post("/anslut/" + county, {{"Cookie", t.cookie}}, items);
  }

  // Posts `fields` with form token `t` on a connection of its own (for
  // requests sent in parallel); the status, 0 when there was no answer.
  int post_on_own_connection(const FormToken& t, const std::map<std::string, std::string>& fields) {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(60, 0);
    httplib::MultipartFormDataItems items{{"csrf_token", t.token, "", ""}};
    for (const auto& [k, v] : fields) items.push_back({k, v, "", ""});
    auto r = c.Post("/anslut/08", {{"Cookie", t.cookie}}, items);
    return r ? r->status : 0;
  }

  // Applies as a browser would: fetches the form, then posts it.
  int apply(const std::string& name, int n, std::optional<std::pair<std::string, std::string>> file = std::nullopt,
            const std::string& county = "08") {
    auto r = post(form_token(county), county_application(name, service::demo_org_number(n), county), file, county);
    return r ? r->status : 0;
  }

  long long count(const std::string& table) {
    long long n = 0;
    (void)db->read([&](soci::session& s) -> Status {
      s << "SELECT COUNT(*) FROM " + table, soci::into(n);
      return {};
    });
    return n;
  }
  long long count_status(const std::string& status) {
    long long n = 0;
    (void)db->read([&](soci::session& s) -> Status {
      s << "SELECT COUNT(*) FROM joinings WHERE status = :s", soci::use(status), soci::into(n);
      return {};
    });
    return n;
  }

  PolicyGuard policy_guard;
  TestLogin strategist;
};

// --- The single-use token ------------------------------------------------------

TEST_F(JoiningHardening, ATokenIsSpentByTheApplicationItBrings) {
  auto t = form_token();
  auto first = post(t, county_application("Föreningen Ett", service::demo_org_number(1)));
  ASSERT_TRUE(first);
  EXPECT_EQ(first->status, 201) << first->body;
  // The same form again (a reload, or a script replaying it) with another organisation.
  auto replayed = post(t, county_application("Föreningen Två", service::demo_org_number(2)));
  ASSERT_TRUE(replayed);
  EXPECT_EQ(replayed->status, 403);
  EXPECT_NE(replayed->body.find("Formuläret hade gått ut eller var redan skickat"), std::string::npos);
  EXPECT_EQ(count("joinings"), 1);
  EXPECT_EQ(count("people"), 1);
}

TEST_F(JoiningHardening, AnInventedTokenCreatesNothingEvenWhenTheCookieMatches) {
  // The old double-submit check alone let a script choose both halves.
  FormToken invented{std::string(48, 'a'), "jamt_apply=" + std::string(48, 'a')};
  auto r = post(invented, county_application("Föreningen Påhittad", service::demo_org_number(3)));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_EQ(count("joinings"), 0);
  EXPECT_EQ(count("people"), 0);
}

TEST_F(JoiningHardening, ATokenWorksOnlyForItsCountyAndOnlyForTwoHours) {
  auto kalmar = form_token("08");
  auto r = post(kalmar, county_application("Föreningen Fel Län", service::demo_org_number(4), "06"), std::nullopt, "06");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403) << "a Kalmar token on Jönköping's form";
  auto old = form_token("08");
  clock.advance(2h);
  auto late = post(old, county_application("Föreningen Sen", service::demo_org_number(5)));
  ASSERT_TRUE(late);
  EXPECT_EQ(late->status, 403) << "two hours after the form was shown";
  EXPECT_EQ(count("joinings"), 0);
  auto fresh = form_token("08");
  clock.advance(2h - 1s);
  auto in_time = post(fresh, county_application("Föreningen I Tid", service::demo_org_number(6)));
  ASSERT_TRUE(in_time);
  EXPECT_EQ(in_time->status, 201);
}

TEST_F(JoiningHardening, AFailedValidationDoesNotSpendTheToken) {
  auto t = form_token();
  auto fields = county_application("Föreningen Utan Namn", service::demo_org_number(7));
  fields["contact_email"] = "inte en adress";
  auto bad = post(t, fields);
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  fields["contact_email"] = "karin@exempel.se";
  auto good = post(t, fields);
  ASSERT_TRUE(good);
  EXPECT_EQ(good->status, 201) << "nothing was created, so the token may be used once more";
}

TEST_F(JoiningHardening, ParallelSubmissionsOfOneTokenCreateOneApplication) {
  auto t = form_token();
  std::vector<int> statuses(6);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < statuses.size(); ++i)
    threads.emplace_back([&, i] {
      statuses[i] = post_on_own_connection(t, county_application("Föreningen Parallell " + std::to_string(i),
                                                          service::demo_org_number(20 + static_cast<int>(i))));
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 201), 1);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 403), 5);
  EXPECT_EQ(count("joinings"), 1);
  EXPECT_EQ(count("people"), 1);
}

// --- The limit per address -----------------------------------------------------------

TEST_F(JoiningHardening, AnAddressMaySendTheSetNumberOfApplicationsAnHour) {
  AccountPolicy p = account_policy();
  p.join_applications_per_hour = 3;
  set_account_policy(p);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(apply("Föreningen " + std::to_string(i), 30 + i), 201) << i;
  auto t = form_token();
  auto fourth = post(t, county_application("Föreningen Fyra", service::demo_org_number(34)));
  ASSERT_TRUE(fourth);
  EXPECT_EQ(fourth->status, 429);
  EXPECT_EQ(fourth->get_header_value("Retry-After"), "3600");
  EXPECT_NE(fourth->body.find("För många ansökningar från din adress: högst 3 i timmen"), std::string::npos);
  EXPECT_EQ(count("joinings"), 3);
  clock.advance(1h);
  auto later = post(t, county_application("Föreningen Fyra", service::demo_org_number(34)));
  ASSERT_TRUE(later);
  EXPECT_EQ(later->status, 201) << "an hour after the first; the refused attempt did not spend its token";
}

TEST_F(JoiningHardening, AParallelBurstFromOneAddressCannotPassTheLimit) {
  AccountPolicy p = account_policy();
  p.join_applications_per_hour = 3;
  set_account_policy(p);
  // Eight forms fetched first, then all sent at once, each with its own token.
  std::vector<FormToken> tokens;
  for (int i = 0; i < 8; ++i) tokens.push_back(form_token());
  std::vector<int> statuses(tokens.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    threads.emplace_back([&, i] {
      statuses[i] = post_on_own_connection(tokens[i], county_application("Föreningen Skur " + std::to_string(i),
                                                                  service::demo_org_number(50 + static_cast<int>(i))));
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 201), 3);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 429), 5);
  EXPECT_EQ(count("joinings"), 3);
  EXPECT_EQ(count("people"), 3);
}

TEST_F(JoiningHardening, TheDefaultIsFiveAnHour) {
  for (int i = 0; i < 5; ++i) EXPECT_EQ(apply("Förening " + std::to_string(i), 40 + i), 201) << i;
  EXPECT_EQ(apply("Förening sex", 46), 429);
  EXPECT_EQ(count("joinings"), 5);
}

// --- The queue cleared in one step ----------------------------------------------------------

TEST_F(JoiningHardening, TheStrategistRejectsEveryPendingApplicationOfAPeriodInOneStep) {
  AccountPolicy p = account_policy();
  p.join_applications_per_hour = 100;
  p.session_idle = 7 * 24h;  // the strategist's session outlives the four days
  p.session_absolute = 7 * 24h;
  set_account_policy(p);
  strategist = log_in_again(*db, strategist);  // a session made under the old policy ends after 12 hours
  // Two on 31 March, three on 2 April (a flood), one on 4 April.
  for (int i = 0; i < 2; ++i) ASSERT_EQ(apply("Tidig " + std::to_string(i), 50 + i), 201);
  clock.advance(48h);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(apply("Skräp " + std::to_string(i), 60 + i), 201);
  clock.advance(48h);
  ASSERT_EQ(apply("Sen", 70), 201);
  auto page = client->Get("/anslutningar/vantande", strategist.cookie_only());
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("Skräp 2"), std::string::npos);
  // Without a reason nothing happens.
  auto no_reason = client->Post("/anslutningar/vantande/avsla", strategist.cookie_only(),
                                httplib::Params{{"csrf_token", strategist.csrf_token},
                                                {"mode", "period"},
                                                {"from", "2026-04-02"},
                                                {"to", "2026-04-02"},
                                                {"reason", ""}});
  ASSERT_TRUE(no_reason);
  EXPECT_EQ(no_reason->status, 400);
  EXPECT_EQ(count_status("avslagen"), 0);
  // Nor with control characters in it (checked as a single rejection's reason).
  auto escape = client->Post("/anslutningar/vantande/avsla", strategist.cookie_only(),
                             httplib::Params{{"csrf_token", strategist.csrf_token},
                                             {"mode", "period"},
                                             {"from", "2026-04-02"},
                                             {"to", "2026-04-02"},
                                             {"reason", "Skr\x1b[31mäp"}});
  ASSERT_TRUE(escape);
  EXPECT_EQ(escape->status, 400);
  EXPECT_NE(escape->body.find("Skäl"), std::string::npos);
  EXPECT_EQ(count_status("avslagen"), 0);
  auto done = client->Post("/anslutningar/vantande/avsla", strategist.cookie_only(),
                           httplib::Params{{"csrf_token", strategist.csrf_token},
                                           {"mode", "period"},
                                           {"from", "2026-04-02"},
                                           {"to", "2026-04-02"},
                                           {"reason", "Skräpansökningar från ett skript."}});
  ASSERT_TRUE(done);
  EXPECT_EQ(done->status, 303);
  EXPECT_EQ(done->get_header_value("Location"), "/anslutningar/vantande?county=08&avslagna=3");
  EXPECT_EQ(count_status("avslagen"), 3);
  EXPECT_EQ(count_status("ansokt"), 3);
  // Each rejection is in the audit log, by the strategist, with the reason.
  std::vector<std::int64_t> rejected;
  (void)db->read([&](soci::session& s) -> Status {
    long long id = 0;
    soci::statement st = (s.prepare << "SELECT id FROM joinings WHERE status = 'avslagen'", soci::into(id));
    st.execute();
    while (st.fetch()) rejected.push_back(id);
    return {};
  });
  ASSERT_EQ(rejected.size(), 3u);
  for (auto id : rejected) {
    std::vector<store::AuditEntry> audit;
    (void)db->read([&](soci::session& s) -> Status {
      audit = store::list_audit(s, "joining", id);
      return {};
    });
    ASSERT_FALSE(audit.empty());
    EXPECT_EQ(audit.back().action, "reject");
    EXPECT_EQ(audit.back().actor, "strateg08@test.se");
    EXPECT_NE(audit.back().after_json.value_or("").find("Skräpansökningar"), std::string::npos);
  }
  auto after = client->Get("/anslutningar/vantande?county=08&avslagna=3", strategist.cookie_only());
  EXPECT_NE(after->body.find("3 ansökningar avslogs."), std::string::npos);
}

TEST_F(JoiningHardening, ChosenApplicationsAreRejectedAllOrNothing) {
  for (int i = 0; i < 3; ++i) ASSERT_EQ(apply("Vald " + std::to_string(i), 80 + i), 201);
  std::vector<std::string> ids;
  (void)db->read([&](soci::session& s) -> Status {
    long long id = 0;
    soci::statement st = (s.prepare << "SELECT id FROM joinings ORDER BY id", soci::into(id));
    st.execute();
    while (st.fetch()) ids.push_back(std::to_string(id));
    return {};
  });
  ASSERT_EQ(ids.size(), 3u);
  // One of the chosen is not pending any more: nothing is rejected.
  auto first = client->Post("/anslutningar/" + ids[0] + "/avsla", strategist.cookie_only(),
                            httplib::Params{{"csrf_token", strategist.csrf_token}, {"reason", "Nej."}});
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 303);
  auto mixed = client->Post("/anslutningar/vantande/avsla", strategist.cookie_only(),
                            httplib::Params{{"csrf_token", strategist.csrf_token},
                                            {"mode", "valda"},
                                            {"ids", ids[0]},
                                            {"ids", ids[1]},
                                            {"reason", "Dubbletter."}});
  ASSERT_TRUE(mixed);
  EXPECT_EQ(mixed->status, 400);
  EXPECT_NE(mixed->body.find("är inte en väntande ansökan"), std::string::npos);
  EXPECT_EQ(count_status("ansokt"), 2);
  auto chosen = client->Post("/anslutningar/vantande/avsla", strategist.cookie_only(),
                             httplib::Params{{"csrf_token", strategist.csrf_token},
                                             {"mode", "valda"},
                                             {"ids", ids[1]},
                                             {"ids", ids[2]},
                                             {"reason", "Dubbletter."}});
  ASSERT_TRUE(chosen);
  EXPECT_EQ(chosen->status, 303);
  EXPECT_EQ(count_status("ansokt"), 0);
  // Another county's strategist may not clear Kalmar's queue.
  auto other = sign_in(*db, "strateg06@test.se", Role::strategist, "06");
  auto refused = client->Post("/anslutningar/vantande/avsla?county=08", other.cookie_only(),
                              httplib::Params{{"csrf_token", other.csrf_token}, {"mode", "period"}, {"reason", "x"}});
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 403);
}

// --- Uploads checked by content ------------------------------------------------------------

TEST_F(JoiningHardening, AFakePdfIsRefusedAndARealOneAccepted) {
  EXPECT_EQ(apply("Föreningen Fejk", 90, std::pair{"plan.pdf", fake_pdf()}), 400);
  auto t = form_token();
  auto r = post(t, county_application("Föreningen Fejk", service::demo_org_number(90)),
                std::pair{"plan.pdf", std::string("%PDF-1.7\n") + std::string(5000, 'x')});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("filen går inte att läsa som en PDF-fil"), std::string::npos);
  EXPECT_EQ(count("joinings"), 0);
  EXPECT_EQ(count("joining_files"), 0);
  EXPECT_EQ(apply("Föreningen Äkta", 91, std::pair{"plan.pdf", real_pdf()}), 201);
  EXPECT_EQ(count("joining_files"), 1);
}

TEST_F(JoiningHardening, WordAndOpenDocumentFilesAreCheckedByContentToo) {
  // A ZIP header and the string "word/" used to be enough.
  std::string fake_docx = std::string("PK\x03\x04", 4) + "word/document.xml" + std::string(200, 'z');
  EXPECT_EQ(apply("Föreningen Word", 92, std::pair{"plan.docx", fake_docx}), 400);
  std::string fake_odt = std::string("PK\x03\x04", 4) + "mimetypeapplication/vnd.oasis.opendocument.text";
  EXPECT_EQ(apply("Föreningen Odt", 93, std::pair{"plan.odt", fake_odt}), 400);
  // A real DOCX named .odt is no ODT.
  EXPECT_EQ(apply("Föreningen Odt", 93, std::pair{"plan.odt", real_docx()}), 400);
  EXPECT_EQ(count("joinings"), 0);
  EXPECT_EQ(apply("Föreningen Word", 92, std::pair{"plan.docx", real_docx()}), 201);
  EXPECT_EQ(apply("Föreningen Odt", 93, std::pair{"plan.odt", real_odt()}), 201);
}

TEST_F(JoiningHardening, WhatOneOrganisationStoresIsCapped) {
  AccountPolicy p = account_policy();
  p.applicant_storage_bytes = 1000;  // two of the 414-byte PDFs fit, not three
  set_account_policy(p);
  EXPECT_EQ(apply("Föreningen Stor", 95, std::pair{"plan.pdf", real_pdf()}, "08"), 201);
  EXPECT_EQ(apply("Föreningen Stor", 95, std::pair{"plan.pdf", real_pdf()}, "06"), 201);
  auto t = form_token("01");
  auto third = post(t, county_application("Föreningen Stor", service::demo_org_number(95), "01"),
                    std::pair{"plan.pdf", real_pdf()}, "01");
  ASSERT_TRUE(third);
  EXPECT_EQ(third->status, 400);
  EXPECT_NE(third->body.find("organisationen har redan 1 kB sparade filer hos Jämt och får spara högst 1 kB"),
            std::string::npos)
      << third->body;
  EXPECT_EQ(count("joinings"), 2);
  // Without a file the same organisation may still apply.
  auto without = post(form_token("01"), county_application("Föreningen Stor", service::demo_org_number(95), "01"),
                      std::nullopt, "01");
  ASSERT_TRUE(without);
  EXPECT_EQ(without->status, 201);
  // Replacing a file counts the others, not the one replaced.
  long long kalmar = 0;
  (void)db->read([&](soci::session& s) -> Status {
    s << "SELECT id FROM joinings WHERE county_code = '08'", soci::into(kalmar);
    return {};
  });
  User admin{};
  admin.role = Role::admin;
  admin.email = "admin@test.se";
  EXPECT_TRUE(service::replace_action_plan(*db, kalmar, {"ny.pdf", real_pdf()}, admin).ok());
  auto bigger = service::replace_action_plan(*db, kalmar, {"ny.docx", real_docx() + std::string()}, admin);
  EXPECT_TRUE(bigger.ok()) << "414 + 472 bytes fit in 1000";
  long long j06 = 0;
  (void)db->read([&](soci::session& s) -> Status {
    s << "SELECT id FROM joinings WHERE county_code = '06'", soci::into(j06);
    return {};
  });
  auto over = service::replace_action_plan(*db, j06, {"stor.odt", real_odt()}, admin);
  EXPECT_TRUE(over.ok()) << "472 + 338";
  p.applicant_storage_bytes = 700;
  set_account_policy(p);
  auto refused = service::replace_action_plan(*db, j06, {"plan.pdf", real_pdf()}, admin);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "action_plan_file");
}
