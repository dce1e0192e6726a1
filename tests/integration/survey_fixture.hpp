#pragma once
// The register fixture with a real SMTP server (python3-aiosmtpd) as the
// mail transport, and helpers for surveys (issue 11, docs/surveys.md):
// create and open a survey, invite, read the personal links from the mails
// that arrived, answer through them, and look into the survey tables.
#include <regex>
#include <soci/soci.h>
#include <string>
#include <vector>

#include "register_fixture.hpp"
#include "test_mail.hpp"

namespace jamt::testing {

class SurveyFixture : public RegisterFixture {
 protected:
  const service::MailSetup& mail_setup() override { return smtp_setup; }

  // Creates `body` as `who` (201 expected) and opens it; returns its id.
  std::int64_t open_survey(const nlohmann::json& body, const TestLogin& who) {
    auto made = post_json(*client, "/api/v1/surveys", body, who.headers());
    EXPECT_EQ(made.status, 201) << made.body;
    std::int64_t id = made.json.value("id", std::int64_t{0});
    auto opened = post_json(*client, survey_path(id) + "/open", nlohmann::json::object(), who.headers());
    EXPECT_EQ(opened.status, 200) << opened.body;
    return id;
  }

  static std::string survey_path(std::int64_t id) { return "/api/v1/surveys/" + std::to_string(id); }

  // Invites `emails` as `who`; returns the answer.
  Answer invite(std::int64_t id, const std::vector<std::string>& emails, const TestLogin& who) {
    nlohmann::json respondents = nlohmann::json::array();
    for (const auto& e : emails) respondents.push_back({{"email", e}});
    return post_json(*client, survey_path(id) + "/invitations", {{"respondents", respondents}}, who.headers());
  }

  // The mails that arrived since the last call, readable.
  std::vector<std::string> new_mails() {
    auto all = sink.messages();
    std::vector<std::string> out;
    for (std::size_t i = seen_; i < all.size(); ++i) out.push_back(readable(all[i]));
    seen_ = all.size();
    return out;
  }

  // The token of the personal link (".../enkat/<64 hex>") in `mail`, or "".
  static std::string token_in(const std::string& mail) {
    std::smatch m;
    static const std::regex link("/enkat/([0-9a-f]{64})");
    return std::regex_search(mail, m, link) ? m[1].str() : "";
  }

  // The token mailed to `email` among `mails`, or "".
  static std::string token_for(const std::vector<std::string>& mails, const std::string& email) {
    for (const auto& m : mails) {
      if (m.find("To: " + email + "\n") != std::string::npos) return token_in(m);
    }
    return "";
  }

  Answer respond(const std::string& token, const nlohmann::json& answers, bool submit) {
    nlohmann::json body{{"answers", answers}, {"submit", submit}};
    return answer_of(client->Put("/api/v1/responses/" + token, body.dump(), "application/json"));
  }

  // One column of every row `sql` selects, as text ("NULL" for null).
  std::vector<std::string> column(const std::string& sql) {
    std::vector<std::string> out;
    Status st = db->read([&](soci::session& s) -> Status {
      soci::rowset<soci::row> rows = s.prepare << sql;
      for (const auto& r : rows) {
        if (r.get_indicator(0) == soci::i_null) {
          out.push_back("NULL");
          continue;
        }
        switch (r.get_properties(0).get_data_type()) {
          case soci::dt_string: out.push_back(r.get<std::string>(0)); break;
          case soci::dt_integer: out.push_back(std::to_string(r.get<int>(0))); break;
          case soci::dt_long_long: out.push_back(std::to_string(r.get<long long>(0))); break;
          case soci::dt_unsigned_long_long: out.push_back(std::to_string(r.get<unsigned long long>(0))); break;
          case soci::dt_double: out.push_back(std::to_string(r.get<double>(0))); break;
          default: out.push_back("?"); break;
        }
      }
      return {};
    });
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().to_string());
    return out;
  }

  void set_clock(const char* utc) { clock.set(*parse_utc_text(utc)); }

  SmtpSink sink;
  service::SmtpMailer smtp{sink.url(), "jamt@lansstyrelsen.example",
                           std::make_unique<service::OutboxMailer>(outbox.mailer.folder(), "jamt@localhost")};
  service::MailSetup smtp_setup{.mailer = smtp, .site_url = "https://jamt.example"};
  std::size_t seen_ = 0;
};

}  // namespace jamt::testing
