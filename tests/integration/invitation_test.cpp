// Invitations, one-time password links, "Glömt lösenord" and disabled
// accounts, end to end: the server mails through a real SMTP server
// (python3-aiosmtpd) and the tests read what arrived. The clock stands
// still at 2026-03-31T10:00:00Z (12:00 in Sweden) until a test moves it.
#include <gtest/gtest.h>

#include <future>
#include <regex>

#include "register_fixture.hpp"
#include "service/background/background_queue.hpp"
#include "test_mail.hpp"

namespace jamt::testing {
namespace {

using json = nlohmann::json;

class InvitationTest : public RegisterFixture {
 protected:
  const service::MailSetup& mail_setup() override { return smtp_setup; }

  // POSTs `body` to /api/v1/users as `who`.
  httplib::Result invite(const TestLogin& who, const json& body) {
    return client->Post("/api/v1/users", who.headers(), body.dump(), "application/json");
  }

  // The hidden form_token of a public form page and its cookie, as a
  // browser sends them back.
  struct FormState {
    std::string token;
    std::string cookie;
  };
  FormState form_state(const httplib::Result& page) {
    std::smatch m;
    std::string body = page->body;
    EXPECT_TRUE(std::regex_search(body, m, std::regex(R"re(name="form_token" value="([0-9a-f]+)")re"))) << body;
    std::string cookie = page->get_header_value("Set-Cookie");
    return {m.size() > 1 ? m[1].str() : "", cookie.substr(0, cookie.find(';'))};
  }

  // Chooses `password` on the page of `link` the way a browser does.
  httplib::Result choose_password(const std::string& link, const std::string& password) {
    auto page = client->Get(link);
    if (!page || page->status != 200) return page;
    auto state = form_state(page);
    httplib::Headers headers{{"Cookie", state.cookie}};
    return client->Post(link, headers,
                        httplib::Params{{"form_token", state.token},
                                        {"password", password},
                                        {"password_repeat", password}});
  }

  int api_login(const std::string& email, const std::string& password) {
    auto r = client->Post("/api/v1/auth/login", json{{"email", email}, {"password", password}}.dump(),
                          "application/json");
    return r ? r->status : 0;
  }

  SmtpSink sink;
  service::SmtpMailer smtp{sink.url(), "Jämt <jamt@lansstyrelsen.example>",
                           std::make_unique<service::OutboxMailer>(outbox.mailer.folder(), "jamt@localhost")};
  service::MailSetup smtp_setup{.mailer = smtp, .site_url = "https://jamt.example", .background = &background};
  // As in `jamt serve`: "Glömt lösenord" does its work here, after the
  // answer. Declared last, so its jobs have run before the mailer goes.
  service::BackgroundQueue background;
};

TEST_F(InvitationTest, StrategistInvitesAContactWhoChoosesAPasswordFromTheMailAndSignsIn) {
  ASSERT_TRUE(sink.ready()) << "python3 -m aiosmtpd did not start (scripts/bootstrap installs python3-aiosmtpd)";
  auto r = invite(strategist_08(),
                  {{"email", "Ny.Kontakt@Kommun.example.se"}, {"role", "org_contact"}, {"organisation_id", org_a}});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 201) << r->body;
  auto body = json::parse(r->body);
  EXPECT_EQ(body["email"], "ny.kontakt@kommun.example.se");
  EXPECT_EQ(body["county_code"], "08");  // the organisation's
  EXPECT_EQ(body["password_set"], false);

  auto mails = sink.messages();
  ASSERT_EQ(mails.size(), 1u);
  const std::string mail = readable(mails[0]);
  EXPECT_NE(mail.find("To: ny.kontakt@kommun.example.se\n"), std::string::npos) << mail;
  EXPECT_NE(mail.find("From: Jämt <jamt@lansstyrelsen.example>"), std::string::npos) << mail;
  EXPECT_NE(mail.find("Date: Tue, 31 Mar 2026 10:00:00 +0000\n"), std::string::npos) << mail;
  EXPECT_NE(mail.find("Subject: =?UTF-8?B?"), std::string::npos) << mail;
  EXPECT_NE(mail.find("Content-Type: text/plain; charset=utf-8"), std::string::npos) << mail;
  EXPECT_NE(mail.find("Message-ID: <"), std::string::npos) << mail;
  // "gäller till 7 april 2026 kl. 12.00" (Swedish time), quoted-printable.
  EXPECT_NE(mail.find("7 april 2026 kl. 12.00"), std::string::npos) << mail;
  std::string link = password_link_in(mail);
  ASSERT_EQ(link.size(), 80u) << mail;
  EXPECT_NE(mail.find("https://jamt.example/konto/losenord/"), std::string::npos) << mail;

  // The account cannot sign in before it has a password.
  EXPECT_EQ(api_login("ny.kontakt@kommun.example.se", ""), 401);

  auto page = client->Get(link);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("ny.kontakt@kommun.example.se"), std::string::npos);
  EXPECT_EQ(page->get_header_value("Cache-Control"), "no-store");

  // Too short: the form again, the message beside the field.
  auto short_one = choose_password(link, "kort");
  ASSERT_TRUE(short_one);
  EXPECT_EQ(short_one->status, 400);
  EXPECT_NE(short_one->body.find("id=\"password-error\""), std::string::npos);
  EXPECT_NE(short_one->body.find("minst 12 tecken"), std::string::npos);

  auto chosen = choose_password(link, "ett långt och eget lösenord");
  ASSERT_TRUE(chosen);
  EXPECT_EQ(chosen->status, 303) << chosen->body;
  EXPECT_EQ(chosen->get_header_value("Location"), "/logga-in?losenord=valt");
  EXPECT_EQ(api_login("ny.kontakt@kommun.example.se", "ett långt och eget lösenord"), 200);

  // Used once: the link works no more.
  auto again = client->Get(link);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 404);
  EXPECT_NE(again->body.find("Länken fungerar inte"), std::string::npos);

  // Audited, without the password.
  auto trail = client->Get("/api/v1/audit?entity=user&id=" + std::to_string(body["id"].get<std::int64_t>()),
                           admin().headers());
  ASSERT_TRUE(trail);
  EXPECT_EQ(trail->status, 200) << trail->body;
  EXPECT_NE(trail->body.find("strateg@kalmar.example"), std::string::npos);
  EXPECT_NE(trail->body.find("one-time link"), std::string::npos);
  EXPECT_EQ(trail->body.find("ett långt"), std::string::npos);
}

TEST_F(InvitationTest, AnInvitationLinkExpiresAfterSevenDaysByTheDatabaseClock) {
  auto r = invite(admin(), {{"email", "sen@kommun.example.se"}, {"role", "org_contact"}, {"organisation_id", org_b}});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 201) << r->body;
  auto mails = sink.messages();
  ASSERT_EQ(mails.size(), 1u);
  std::string link = password_link_in(mails[0]);
  clock.advance(std::chrono::hours(24 * 7) - std::chrono::seconds(1));
  auto still = client->Get(link);
  ASSERT_TRUE(still);
  EXPECT_EQ(still->status, 200);
  clock.advance(std::chrono::hours(24));  // 8 days after the invitation
  auto late = client->Get(link);
  ASSERT_TRUE(late);
  EXPECT_EQ(late->status, 404);
  auto set = client->Post(link, httplib::Params{{"password", "ett långt och eget lösenord"},
                                                {"password_repeat", "ett långt och eget lösenord"}});
  ASSERT_TRUE(set);
  EXPECT_EQ(set->status, 404);
  EXPECT_EQ(api_login("sen@kommun.example.se", "ett långt och eget lösenord"), 401);
}

TEST_F(InvitationTest, AStrategistOfStockholmCannotInviteForAKalmarOrganisationAndLearnsNothing) {
  // A valid body and a broken one get the same 403: authorisation before validation.
  for (const json& body : {json{{"email", "x@kommun.example.se"}, {"role", "org_contact"}, {"organisation_id", org_a}},
                           json{{"email", "not an address"}, {"role", "org_contact"}, {"organisation_id", org_a}},
                           json{{"role", "admin"}}, json{{"email", "y@kommun.example.se"}, {"role", "org_contact"},
                                                        {"organisation_id", 999999}}}) {
    auto r = invite(strategist_01(), body);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403) << body.dump() << ": " << r->body;
    EXPECT_EQ(json::parse(r->body)["error"]["code"], "forbidden");
  }
  // Nor may a Kalmar strategist make a strategist or invite for Stockholm.
  auto own_county_other_role = invite(strategist_08(), {{"email", "z@lst.example.se"}, {"role", "strategist"},
                                                        {"county_code", "08"}});
  ASSERT_TRUE(own_county_other_role);
  EXPECT_EQ(own_county_other_role->status, 403);
  auto other_county = invite(strategist_08(), {{"email", "c@kommun.example.se"}, {"role", "org_contact"},
                                               {"organisation_id", org_c}});
  ASSERT_TRUE(other_county);
  EXPECT_EQ(other_county->status, 403);
  EXPECT_TRUE(sink.messages().empty());
  // The admin who sends a wrong body is told which field.
  auto bad = invite(admin(), {{"email", "inte en adress"}, {"role", "org_contact"}, {"organisation_id", org_a}});
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(json::parse(bad->body)["error"]["field"], "email");
}

TEST_F(InvitationTest, ADisabledAccountCannotSignInAndItsSessionStops) {
  const TestLogin& contact = contact_a();
  ASSERT_EQ(client->Get("/api/v1/auth/me", contact.cookie_only())->status, 200);
  auto r = client->Patch("/api/v1/users/" + std::to_string(contact.user_id), admin().headers(),
                         json{{"disabled", true}}.dump(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(json::parse(r->body)["disabled"], true);
  EXPECT_EQ(client->Get("/api/v1/auth/me", contact.cookie_only())->status, 401);
  EXPECT_EQ(api_login(contact.email, kTestPassword), 401);
  // Nor can it get a reset link.
  auto page = client->Get("/glomt-losenord");
  auto state = form_state(page);
  client->Post("/glomt-losenord", httplib::Headers{{"Cookie", state.cookie}},
               httplib::Params{{"form_token", state.token}, {"email", contact.email}});
  background.drain();
  EXPECT_TRUE(sink.messages().empty());
  // Enabled again, it signs in.
  r = client->Patch("/api/v1/users/" + std::to_string(contact.user_id), admin().headers(),
                    json{{"disabled", false}}.dump(), "application/json");
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(api_login(contact.email, kTestPassword), 200);
  // An admin cannot lock themselves out.
  r = client->Patch("/api/v1/users/" + std::to_string(admin().user_id), admin().headers(),
                    json{{"disabled", true}}.dump(), "application/json");
  EXPECT_EQ(r->status, 400);
}

TEST_F(InvitationTest, ForgotPasswordAnswersTheSameForAnyAddressAndMailsOnlyAccounts) {
  auto ask = [&](const std::string& email) {
    auto page = client->Get("/glomt-losenord");
    auto state = form_state(page);
    auto r = client->Post("/glomt-losenord", httplib::Headers{{"Cookie", state.cookie}},
                          httplib::Params{{"form_token", state.token}, {"email", email}});
    EXPECT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    // The page names the address typed; apart from that, the same.
    std::string body = r->body;
    for (auto pos = body.find(email); pos != std::string::npos; pos = body.find(email)) body.replace(pos, email.size(), "X");
    return body;
  };
  std::string unknown = ask("ingen.alls@kommun.example.se");
  background.drain();
  EXPECT_TRUE(sink.messages().empty());
  std::string known = ask(contact_b().email);
  EXPECT_EQ(unknown, known);
  background.drain();
  auto mails = sink.messages();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].find(kTestPassword), std::string::npos);
  std::string link = password_link_in(mails[0]);
  ASSERT_FALSE(link.empty());
  // Valid one hour.
  clock.advance(std::chrono::minutes(61));
  auto late = client->Get(link);
  ASSERT_TRUE(late);
  EXPECT_EQ(late->status, 404);
  EXPECT_EQ(api_login(contact_b().email, kTestPassword), 200);
}

TEST_F(InvitationTest, ForgotPasswordAnswersBeforeLookingTheAddressUpSoItsTimingTellsNothing) {
  // Hold the background worker: the answer must still come, and with it no
  // mail — the lookup, the link and the mail wait for the worker, so an
  // address with an account is answered exactly as fast as one without.
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  background.post([released] { released.wait(); });
  auto page = client->Get("/glomt-losenord");
  auto state = form_state(page);
  auto r = client->Post("/glomt-losenord", httplib::Headers{{"Cookie", state.cookie}},
                        httplib::Params{{"form_token", state.token}, {"email", contact_b().email}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("Om det finns ett konto"), std::string::npos) << r->body;
  EXPECT_TRUE(sink.messages().empty());
  release.set_value();
  background.drain();
  auto mails = sink.messages();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_FALSE(password_link_in(mails[0]).empty());
}

TEST_F(InvitationTest, AStrategistSeesTheCountysContactsAndInvitesOneAgainFromTheList) {
  ASSERT_TRUE(sink.ready());
  (void)contact_a();
  (void)admin();
  auto r = invite(admin(), {{"email", "kontakt.c@example.se"}, {"role", "org_contact"}, {"organisation_id", org_c}});
  ASSERT_EQ(r->status, 201) << r->body;  // in Stockholms län
  r = invite(strategist_08(), {{"email", "ny@kommun-b.example.se"}, {"role", "org_contact"}, {"organisation_id", org_b}});
  ASSERT_EQ(r->status, 201) << r->body;
  ASSERT_EQ(sink.messages().size(), 2u);

  // The API: Kalmar's contacts only, with their organisation's county.
  r = client->Get("/api/v1/users", strategist_08().headers());
  ASSERT_EQ(r->status, 200) << r->body;
  std::vector<std::string> emails;
  for (const auto& a : json::parse(r->body)) {
    emails.push_back(a["email"]);
    EXPECT_EQ(a["role"], "org_contact");
    EXPECT_EQ(a["organisation_county"], "08");
  }
  EXPECT_EQ(emails, (std::vector<std::string>{"kontakt.a@example.se", "ny@kommun-b.example.se"}));

  // The page: the county column is the organisation's county, and only the
  // account without a password has the button to invite again.
  auto page = client->Get("/konton", strategist_08().cookie_only());
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<td>Kalmar län</td><td>Kommun A</td>"), std::string::npos) << page->body;
  EXPECT_EQ(page->body.find("kontakt.c@example.se"), std::string::npos);
  EXPECT_EQ(page->body.find("admin@example.se"), std::string::npos);
  EXPECT_FALSE(std::regex_search(page->body, std::regex(R"(href="/konton/\d)")));  // account pages are the admins'
  EXPECT_NE(page->body.find("Skicka inbjudan igen till ny@kommun-b.example.se"), std::string::npos);
  EXPECT_EQ(page->body.find("Skicka inbjudan igen till kontakt.a@example.se"), std::string::npos);

  // "Skicka inbjudan igen" sends a new link, and the first one stops working.
  std::string first = password_link_in(sink.messages()[1]);
  auto again = client->Post("/konton/bjud-in", strategist_08().cookie_only(),
                            httplib::Params{{"csrf_token", strategist_08().csrf_token},
                                            {"email", "ny@kommun-b.example.se"},
                                            {"role", "org_contact"},
                                            {"county_code", ""},
                                            {"organisation_id", std::to_string(org_b)}});
  ASSERT_EQ(again->status, 303) << again->body;
  auto mails = sink.messages();
  ASSERT_EQ(mails.size(), 3u);
  std::string second = password_link_in(mails[2]);
  EXPECT_NE(first, second);
  EXPECT_EQ(client->Get(first)->status, 404);
  EXPECT_EQ(client->Get(second)->status, 200);

  // Contacts and coordinators list no accounts.
  EXPECT_EQ(client->Get("/api/v1/users", contact_a().headers())->status, 403);
  EXPECT_EQ(client->Get("/api/v1/users", coordinator().headers())->status, 403);
}

TEST_F(InvitationTest, TheInvitationPageKeepsWhatWasTypedAndNamesTheField) {
  auto page = client->Get("/konton/bjud-in?organisation_id=" + std::to_string(org_a) + "&email=a%40b.se",
                          strategist_08().cookie_only());
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("value=\"a@b.se\""), std::string::npos);
  auto r = client->Post("/konton/bjud-in", strategist_08().cookie_only(),
                        httplib::Params{{"csrf_token", strategist_08().csrf_token},
                                        {"email", "inte-en-adress"},
                                        {"role", "org_contact"},
                                        {"organisation_id", std::to_string(org_a)}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("id=\"email-error\""), std::string::npos);
  EXPECT_NE(r->body.find("value=\"inte-en-adress\""), std::string::npos);
  r = client->Post("/konton/bjud-in", strategist_08().cookie_only(),
                   httplib::Params{{"csrf_token", strategist_08().csrf_token},
                                   {"email", "ny@kommun.example.se"},
                                   {"role", "org_contact"},
                                   {"organisation_id", std::to_string(org_a)}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 303);
  EXPECT_EQ(sink.messages().size(), 1u);
}

TEST_F(InvitationTest, ASendFailureKeepsTheMessageInTheOutboxAndSaysSo) {
  service::SmtpMailer closed{"smtp://127.0.0.1:" + std::to_string(free_local_port()), "jamt@localhost",
                             std::make_unique<service::OutboxMailer>(outbox.mailer.folder(), "jamt@localhost")};
  auto sent = closed.send({.to = "a@kommun.example.se", .subject = "Prov", .body = "Hej", .date = clock.now()});
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, ErrorKind::io);
  EXPECT_NE(sent.error().message.find("kept in the outbox"), std::string::npos) << sent.error().message;
  auto kept = outbox.messages();
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_NE(kept[0].find("To: a@kommun.example.se\r\n"), std::string::npos);
}

}  // namespace
}  // namespace jamt::testing
