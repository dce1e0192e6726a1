// The common pages and the registers in English over real HTTP (issue 15,
// docs/i18n.md): public and signed-in pages with ?lang=en or the remembered
// cookie show English headings, buttons, labels, validation messages and
// numbers ("12,345"); the same pages without a choice stay Swedish.
#include <gtest/gtest.h>

#include <regex>

#include "register_fixture.hpp"
#include "shared_helpers.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

class EnglishRegisters : public RegisterFixture {
 protected:
  // The page at `path` (status 200 expected) with `headers`.
  std::string page(const std::string& path, const httplib::Headers& headers = {}, int status = 200) {
    auto r = client->Get(path, headers);
    EXPECT_TRUE(r) << path;
    if (!r) return "";
    EXPECT_EQ(r->status, status) << path;
    return r->body;
  }

  // `login`'s session cookie with the remembered English choice.
  static httplib::Headers english(const TestLogin& login) {
    return {{"Cookie", "jamt_session=" + login.cookie + "; jamt_lang=en"}};
  }
};

TEST_F(EnglishRegisters, LoginPageInEnglishAndSwedish) {
  auto en = page("/logga-in?lang=en");
  EXPECT_TRUE(has(en, "<html lang=\"en\">"));
  EXPECT_TRUE(has(en, "<h1>Log in</h1>"));
  EXPECT_TRUE(has(en, ">Log in</button>"));
  EXPECT_TRUE(has(en, "Forgotten your password?"));
  auto sv = page("/logga-in");
  EXPECT_TRUE(has(sv, "<html lang=\"sv\">"));
  EXPECT_TRUE(has(sv, "<h1>Logga in</h1>"));
  EXPECT_TRUE(has(sv, "Glömt lösenord?"));
}

TEST_F(EnglishRegisters, PublicApplicationToJoinWithItsMessages) {
  auto r = client->Get("/anslut/08?lang=en");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_TRUE(has(r->body, "<html lang=\"en\">"));
  EXPECT_TRUE(has(r->body, "<h1>Join the gender-equality strategy with your organisation</h1>"));
  EXPECT_TRUE(has(r->body, ">Send application</button>"));
  EXPECT_TRUE(has(r->body, "Organisation number"));
  EXPECT_TRUE(has(r->body, "<option value=\"larosate\">University or college</option>"));
  // The form's token is in the page and in a cookie; send the form empty.
  std::smatch token;
  ASSERT_TRUE(std::regex_search(r->body, token, std::regex("name=\"csrf_token\" value=\"([^\"]+)\"")));
  std::string cookie;
  for (const auto& [name, value] : r->headers)
    if (name == "Set-Cookie" && value.rfind("jamt_apply=", 0) == 0) cookie = value.substr(0, value.find(';'));
  ASSERT_FALSE(cookie.empty());
  httplib::Params empty{{"csrf_token", token[1].str()}, {"organisation_name", ""}, {"org_number", "212000-0143"}};
  auto refused = client->Post("/anslut/08", {{"Cookie", cookie + "; jamt_lang=en"}}, empty);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 400) << refused->body.substr(0, 500);
  EXPECT_TRUE(has(refused->body, "<html lang=\"en\">"));
  EXPECT_TRUE(has(refused->body, "The application was not sent. Correct the following:"));
  EXPECT_TRUE(has(refused->body, "The organisation&apos;s name: must be filled in") ||
              has(refused->body, "The organisation&#39;s name: must be filled in"))
      << refused->body.substr(0, 3000);
  EXPECT_TRUE(has(refused->body, "Organisation number: has the wrong check digit"));
  // The same page without a choice is Swedish.
  auto sv = page("/anslut/08");
  EXPECT_TRUE(has(sv, "<h1>Anslut din verksamhet till jämställdhetsstrategin</h1>"));
  EXPECT_TRUE(has(sv, ">Skicka ansökan</button>"));
}

TEST_F(EnglishRegisters, RegisterListAndFormForASignedInStrategist) {
  const auto& strategist = strategist_08();
  auto list = page("/organisationer?lang=en", strategist.cookie_only());
  EXPECT_TRUE(has(list, "<html lang=\"en\">"));
  EXPECT_TRUE(has(list, "<h1>Organisations</h1>"));
  EXPECT_TRUE(has(list, ">New organisation</a>"));
  EXPECT_TRUE(has(list, ">Show</button>"));
  EXPECT_TRUE(has(list, "2 records"));
  EXPECT_TRUE(has(list, "Organisation number"));
  EXPECT_TRUE(has(list, "Municipality"));  // the type "kommun" and the column
  auto sv = page("/organisationer", strategist.cookie_only());
  EXPECT_TRUE(has(sv, "<h1>Organisationer</h1>"));
  EXPECT_TRUE(has(sv, "2 poster"));

  // A refused form: the messages beside the fields in English.
  httplib::Params form{{"csrf_token", strategist.csrf_token}, {"name", ""},
                       {"org_number", "212000-0143"},       {"type", "kommun"},
                       {"municipality_code", "0880"}};
  auto r = client->Post("/organisationer/ny", english(strategist), form);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_TRUE(has(r->body, "<h1>New organisation</h1>"));
  EXPECT_TRUE(has(r->body, ">Save</button>"));
  EXPECT_TRUE(has(r->body, "Nothing was saved. Correct the following:"));
  EXPECT_TRUE(has(r->body, "id=\"name-error\">Name: must be filled in"));
  EXPECT_TRUE(has(r->body, "Organisation number: has the wrong check digit (the last digit does not match the first nine)"));
  auto swedish = client->Post("/organisationer/ny", strategist.cookie_only(), form);
  ASSERT_TRUE(swedish);
  EXPECT_TRUE(has(swedish->body, "id=\"name-error\">Namn: måste fyllas i"));
  EXPECT_TRUE(has(swedish->body, "Organisationsnummer: har fel kontrollsiffra"));
}

TEST_F(EnglishRegisters, ActivityNumbersInTheLanguageOfThePage) {
  json body = {{"title", "Utbildning om våld"}, {"type", "utbildning"},     {"status", "genomford"},
               {"start_date", "2026-03-12"},    {"organiser_id", org_a},    {"participants_women", 12345},
               {"participants_men", 4000}};
  auto created = client->Post("/api/v1/activities", admin().headers(), body.dump(), "application/json");
  ASSERT_TRUE(created);
  ASSERT_EQ(created->status, 201) << created->body;
  auto id = json::parse(created->body)["id"].get<std::int64_t>();
  const std::string path = "/insatser/" + std::to_string(id);

  auto en = page(path + "?lang=en", strategist_08().cookie_only());
  EXPECT_TRUE(has(en, "<html lang=\"en\">"));
  EXPECT_TRUE(has(en, "Participants, women"));
  EXPECT_TRUE(has(en, "12,345"));
  EXPECT_TRUE(has(en, "75.5 %"));  // 12 345 of 16 345
  EXPECT_TRUE(has(en, "Type of activity"));
  EXPECT_TRUE(has(en, "Training"));
  EXPECT_TRUE(has(en, ">Change</a>"));

  auto sv = page(path, strategist_08().cookie_only());
  EXPECT_TRUE(has(sv, "Deltagare, kvinnor"));
  EXPECT_TRUE(has(sv, "12\u00a0345"));
  EXPECT_TRUE(has(sv, "75,5 %"));
  EXPECT_TRUE(has(sv, ">Ändra</a>"));
}

}  // namespace
}  // namespace jamt::testing
