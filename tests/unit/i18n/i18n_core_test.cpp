// The language choice, the .po reader, the template texts and number
// formats by language (docs/i18n.md).
#include <gtest/gtest.h>

#include "domain/i18n/catalogue.hpp"
#include "domain/i18n/language.hpp"
#include "domain/i18n/po_file.hpp"
#include "domain/i18n/template_text.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::i18n {
namespace {

TEST(Language, QueryWinsOverCookieWhichWinsOverHeader) {
  EXPECT_EQ(negotiate("en", "sv", "sv-SE"), Language::en);
  EXPECT_EQ(negotiate("sv", "en", "en-GB"), Language::sv);
  EXPECT_EQ(negotiate("", "en", "sv"), Language::en);
  EXPECT_EQ(negotiate("", "", "en-GB,en;q=0.9"), Language::en);
  EXPECT_EQ(negotiate("", "", ""), Language::sv);
  // Something we do not speak falls through to the next source.
  EXPECT_EQ(negotiate("fi", "xx", "en"), Language::en);
}

TEST(Language, AcceptLanguageByQuality) {
  EXPECT_EQ(from_accept_language("de-DE,en;q=0.5,sv;q=0.8"), Language::sv);
  EXPECT_EQ(from_accept_language("fr, en-US;q=0.7"), Language::en);
  EXPECT_EQ(from_accept_language("en;q=0, sv;q=0.1"), Language::sv);
  EXPECT_EQ(from_accept_language("de, fr"), std::nullopt);
  EXPECT_EQ(from_accept_language("en;q=abc"), std::nullopt);
  EXPECT_EQ(from_accept_language("*"), std::nullopt);
}

TEST(Language, ScopeSetsAndRestores) {
  EXPECT_EQ(current_language(), Language::sv);
  {
    LanguageScope en(Language::en);
    EXPECT_EQ(current_language(), Language::en);
    {
      LanguageScope sv(Language::sv);
      EXPECT_EQ(current_language(), Language::sv);
    }
    EXPECT_EQ(current_language(), Language::en);
  }
  EXPECT_EQ(current_language(), Language::sv);
}

TEST(PoFile, ReadsEntriesContinuationsEscapesAndFuzzy) {
  auto entries = parse_po(
      "# header\nmsgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
      "#: a.cpp:1\nmsgid \"Spara\"\nmsgstr \"Save\"\n\n"
      "msgid \"Visar \"\n\"{1} st\"\nmsgstr \"\"\n\"Showing {1}\"\n\n"
      "#, fuzzy\nmsgid \"Citat \\\"x\\\"\"\nmsgstr \"Quote \\\"x\\\"\"\n",
      "en/x.po");
  ASSERT_TRUE(entries.ok()) << entries.error().to_string();
  ASSERT_EQ(entries->size(), 3u);
  EXPECT_EQ((*entries)[0].msgid, "Spara");
  EXPECT_EQ((*entries)[0].line, 6);
  EXPECT_EQ((*entries)[1].msgid, "Visar {1} st");
  EXPECT_EQ((*entries)[1].msgstr, "Showing {1}");
  EXPECT_EQ((*entries)[2].msgid, "Citat \"x\"");
  EXPECT_TRUE((*entries)[2].fuzzy);
}

TEST(PoFile, ErrorsNameFileAndLine) {
  auto missing_quote = parse_po("msgid \"a\"\nmsgstr b\n", "en/x.po");
  ASSERT_FALSE(missing_quote.ok());
  EXPECT_EQ(missing_quote.error().where, "en/x.po:2");
  auto unknown = parse_po("msgid \"a\"\nmsgstr \"b\"\nmsgfoo \"c\"\n", "en/y.po");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().where, "en/y.po:3");
  EXPECT_NE(unknown.error().message.find("msgfoo"), std::string::npos);
  auto plural = parse_po("msgid \"a\"\nmsgid_plural \"as\"\n", "en/z.po");
  ASSERT_FALSE(plural.ok());
  auto unterminated = parse_po("msgid \"a\n", "en/z.po");
  ASSERT_FALSE(unterminated.ok());
  EXPECT_EQ(unterminated.error().where, "en/z.po:1");
}

TEST(Catalogue, ConflictingTranslationsAreRefused) {
  Catalogue c;
  ASSERT_TRUE(c.add({{.msgid = "Spara", .msgstr = "Save", .line = 3}}, "po/en/a.po").ok());
  ASSERT_TRUE(c.add({{.msgid = "Spara", .msgstr = "Save", .line = 9}}, "po/en/b.po").ok());
  auto clash = c.add({{.msgid = "Spara", .msgstr = "Store", .line = 4}}, "po/en/c.po");
  ASSERT_FALSE(clash.ok());
  EXPECT_EQ(clash.error().where, "po/en/c.po:4");
  EXPECT_NE(clash.error().message.find("po/en/a.po:3"), std::string::npos);
  ASSERT_NE(c.find("Spara"), nullptr);
  EXPECT_EQ(*c.find("Spara"), "Save");
  EXPECT_EQ(c.find("Avbryt"), nullptr);
}

TEST(TemplateText, TextNodesAndAttributesAreFound) {
  auto texts = template_texts(
      "<h1>{{title}}</h1>\n<p class=\"x\">Visar {{count}}\n   organisationer</p>"
      "<input type=\"submit\" value=\"Sök\"><input name=\"q\" value=\"{{q}}\" placeholder=\"Namn\">"
      "<a href=\"{{url}}\" aria-label=\"Öppna {{name}}\">→</a>{{#one}}en{{/one}}{{^one}}flera{{/one}}"
      "<script>var a = 'Inte text';</script><style>p{content:'x'}</style><!-- En kommentar -->"
      "<img alt=\"Diagram\" src=\"/x.svg\"> 12 345 – &nbsp; ");
  std::vector<std::string> got;
  for (const auto& t : texts) got.push_back(t.text);
  EXPECT_EQ(got, (std::vector<std::string>{"Visar {{count}} organisationer", "Sök", "Namn", "Öppna {{name}}", "en",
                                           "flera", "Diagram"}));
  EXPECT_EQ(texts[0].line, 2);
}

TEST(TemplateText, TranslationReplacesTextsAndKeepsTheRest) {
  const std::string tmpl = "<p>\n  Visar {{count}} organisationer\n</p><button aria-label=\"Stäng\">×</button>";
  auto out = translate_template(tmpl, [](std::string_view t) -> std::optional<std::string> {
    if (t == "Visar {{count}} organisationer") return "Showing {{count}} organisations";
    return std::nullopt;
  });
  EXPECT_EQ(out, "<p>\n  Showing {{count}} organisations\n</p><button aria-label=\"Stäng\">×</button>");
}

TEST(NumberFormat, SwedishAndEnglish) {
  EXPECT_EQ(format_number(12345.6, 1, Language::sv), "12\u00a0345,6");
  EXPECT_EQ(format_number(12345.6, 1, Language::en), "12,345.6");
  EXPECT_EQ(format_number(-1500, 0, Language::en), "\u22121,500");
  EXPECT_EQ(format_number(38.25, 1, Language::sv), "38,3");
  EXPECT_EQ(format_number(0.04, 1, Language::en), "0.0");
  LanguageScope en(Language::en);
  EXPECT_EQ(format_number(1234567.891, 2), "1,234,567.89");
}

TEST(Translate, FormatsPlaceholdersAndFallsBackToSwedish) {
  EXPECT_EQ(trf("Visar {1} av {2}", {"3", "10"}), "Visar 3 av 10");
  EXPECT_EQ(trf("Bara {1} och {3}", {"a"}), "Bara a och {3}");
  LanguageScope en(Language::en);
  EXPECT_EQ(tr("En text som inte finns i katalogen"), "En text som inte finns i katalogen");
}

}  // namespace
}  // namespace jamt::i18n
