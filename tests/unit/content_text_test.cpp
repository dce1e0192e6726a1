// web::content_text: which of an author's Swedish and English texts a page
// shows, and when the Swedish it falls back to must be marked lang="sv"
// (docs/i18n.md, "Content in English").
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "domain/i18n/language.hpp"
#include "web/http/content_text.hpp"

using jamt::i18n::Language;
using jamt::i18n::LanguageScope;
using jamt::web::content_json;
using jamt::web::content_text;

TEST(ContentText, ASwedishPageShowsTheSwedishAndNeverTheEnglish) {
  LanguageScope sv(Language::sv);
  auto shown = content_text("Ekonomisk jämställdhet", "Economic equality");
  EXPECT_EQ(shown.text, "Ekonomisk jämställdhet");
  EXPECT_EQ(shown.lang, "") << "the page is Swedish already";
  EXPECT_FALSE(shown.english);
  EXPECT_EQ(content_text("Hälsa", "").text, "Hälsa");
  EXPECT_EQ(content_text("Hälsa", "").lang, "");
}

TEST(ContentText, OutsideARequestThePageIsSwedish) {
  EXPECT_EQ(content_text("Makt", "Power").text, "Makt");
}

TEST(ContentText, AnEnglishPageShowsTheEnglishWhereTheAuthorGaveIt) {
  LanguageScope en(Language::en);
  auto shown = content_text("Ekonomisk jämställdhet", "Economic equality");
  EXPECT_EQ(shown.text, "Economic equality");
  EXPECT_EQ(shown.lang, "");
  EXPECT_TRUE(shown.english);
}

TEST(ContentText, AnEnglishPageFallsBackToTheSwedishMarkedSwedish) {
  LanguageScope en(Language::en);
  auto shown = content_text("Jämställd hälsa", "");
  EXPECT_EQ(shown.text, "Jämställd hälsa");
  EXPECT_EQ(shown.lang, "sv");
  EXPECT_FALSE(shown.english);
}

TEST(ContentText, NothingWrittenNeedsNoMark) {
  LanguageScope en(Language::en);
  auto shown = content_text("", "");
  EXPECT_EQ(shown.text, "");
  EXPECT_EQ(shown.lang, "") << "an empty element in Swedish would say nothing";
  EXPECT_EQ(content_text("", "Only English").text, "Only English");
}

TEST(ContentText, TheScopeEndsWithTheRequest) {
  {
    LanguageScope en(Language::en);
    EXPECT_EQ(content_text("Makt", "Power").text, "Power");
  }
  EXPECT_EQ(content_text("Makt", "Power").text, "Makt");
}

TEST(ContentText, TheTemplateObjectCarriesTextAndLang) {
  LanguageScope en(Language::en);
  EXPECT_EQ(content_json("Makt", ""), (nlohmann::json{{"text", "Makt"}, {"lang", "sv"}}));
  EXPECT_EQ(content_json("Makt", "Power"), (nlohmann::json{{"text", "Power"}, {"lang", ""}}));
}
