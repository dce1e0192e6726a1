// Decoding what a client sends: UTF-8, percent escapes, query strings and
// multipart bodies (web/http/request_decoding.hpp).
#include "web/http/request_decoding.hpp"

#include <gtest/gtest.h>

namespace jamt::web {
namespace {

TEST(ValidUtf8, AcceptsSwedishAndRefusesBrokenSequences) {
  EXPECT_TRUE(valid_utf8("Länsstyrelsen i Västmanland – ÅÄÖ åäö"));
  EXPECT_TRUE(valid_utf8("\xF0\x9F\x98\x80"));  // an emoji, four bytes
  EXPECT_TRUE(valid_utf8(""));
  EXPECT_FALSE(valid_utf8("\xFF"));
  EXPECT_FALSE(valid_utf8("\xC3"));              // cut short
  EXPECT_FALSE(valid_utf8("\xC3\x28"));          // bad continuation
  EXPECT_FALSE(valid_utf8("\xC0\xAF"));          // overlong "/"
  EXPECT_FALSE(valid_utf8("\xE0\x80\xAF"));      // overlong, three bytes
  EXPECT_FALSE(valid_utf8("\xED\xA0\x80"));      // a UTF-16 surrogate
  EXPECT_FALSE(valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(valid_utf8("G\xE4vle"));          // Latin-1 "Gävle"
}

TEST(PercentDecode, DecodesEscapesAndPlusOnlyWhereAsked) {
  EXPECT_EQ(percent_decode("%C3%A5r+2024", true), "år 2024");
  EXPECT_EQ(percent_decode("/a+b/%2F", false), "/a+b//");
  EXPECT_EQ(percent_decode("100%", true), "100%");
  EXPECT_EQ(percent_decode("%zz%4", true), "%zz%4");
  EXPECT_EQ(percent_decode("%41", true), "A");
}

TEST(ParseQuery, KeepsRepeatedNamesAndEmptyValues) {
  auto q = parse_query("region=08&region=01&flag&name=G%C3%A4vle&&=x");
  EXPECT_EQ(q.count("region"), 2u);
  EXPECT_EQ(q.find("flag")->second, "");
  EXPECT_EQ(q.find("name")->second, "Gävle");
  EXPECT_EQ(q.count(""), 1u);
}

TEST(HeaderParameter, ReadsQuotedAndPlainValues) {
  EXPECT_EQ(header_parameter("multipart/form-data; boundary=abc", "boundary"), "abc");
  EXPECT_EQ(header_parameter("multipart/form-data; charset=x; Boundary=\"a;b c\"", "boundary"), "a;b c");
  EXPECT_EQ(header_parameter("multipart/form-data", "boundary"), "");
}

TEST(ParseMultipart, SplitsFieldsAndFiles) {
  std::string body =
      "--XyZ\r\nContent-Disposition: form-data; name=\"measure_code\"\r\n\r\nBE0101\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"befolkning.csv\"\r\n"
      "Content-Type: text/csv\r\n\r\nregion;år\r\n01;2024\r\n"
      "--XyZ--\r\n";
  auto parts = parse_multipart(body, "XyZ");
  ASSERT_TRUE(parts.ok()) << parts.error().message;
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ(parts->find("measure_code")->second.content, "BE0101");
  const auto& file = parts->find("file")->second;
  EXPECT_EQ(file.filename, "befolkning.csv");
  EXPECT_EQ(file.content_type, "text/csv");
  EXPECT_EQ(file.content, "region;år\r\n01;2024");
}

TEST(ParseMultipart, NamesThePartThatIsBroken) {
  auto no_end = parse_multipart("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue", "b");
  ASSERT_FALSE(no_end.ok());
  EXPECT_NE(no_end.error().message.find("part 1 (\"a\")"), std::string::npos) << no_end.error().message;
  auto no_name = parse_multipart("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--", "b");
  ASSERT_FALSE(no_name.ok());
  EXPECT_NE(no_name.error().message.find("no field name"), std::string::npos);
  EXPECT_FALSE(parse_multipart("anything", "").ok());
  EXPECT_FALSE(parse_multipart("no delimiter here", "b").ok());
}

TEST(FirstInvalidUtf8, NamesTheFieldButNotFileContents) {
  Request req;
  req.path = "/statistik";
  req.params.emplace("q", "ok");
  EXPECT_FALSE(first_invalid_utf8(req));
  req.parts.emplace("file", FormPart{.name = "file", .content = "\xFF\xFE binary", .filename = "x.px", .content_type = ""});
  EXPECT_FALSE(first_invalid_utf8(req)) << "a file's bytes are not text";
  req.parts.emplace("title", FormPart{.name = "title", .content = "\xFF", .filename = "", .content_type = ""});
  EXPECT_EQ(first_invalid_utf8(req), "title");
  req.params.emplace("level", "\xFF");
  EXPECT_EQ(first_invalid_utf8(req), "level");
  req.path = "/\xC0";
  EXPECT_EQ(first_invalid_utf8(req), "path");
}

}  // namespace
}  // namespace jamt::web
