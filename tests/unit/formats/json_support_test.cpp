// parse_json_limited and the JSON readers built on it: input nested deeper
// than the limit is refused with the place of the first bracket too deep
// (it used to overflow the stack), input at the limit is read, and brackets
// inside strings do not count.
#include <gtest/gtest.h>

#include <string>

#include "formats/common/json_support.hpp"
#include "formats/jsonstat/jsonstat.hpp"
#include "formats/kolada/kolada.hpp"
#include "formats/strategy_json/strategy_json.hpp"

using namespace jamt;

namespace {

constexpr int kDeep = 100'000;

std::string repeat(const std::string& piece, int times) {
  std::string out;
  out.reserve(piece.size() * static_cast<std::size_t>(times));
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

// `levels` arrays inside each other around `inner`: "[[1]]" for 2 levels.
std::string arrays(int levels, const std::string& inner = "") {
  return repeat("[", levels) + inner + repeat("]", levels);
}

// `levels` objects inside each other: {"a":{"a":1}} for 2 levels.
std::string objects(int levels) { return repeat("{\"a\":", levels) + "1" + repeat("}", levels); }

std::string depth_error(const std::string& text, int max_depth = formats::kJsonDepthLimit) {
  auto parsed = formats::parse_json_limited(text, max_depth);
  if (parsed) return "parsed";
  EXPECT_EQ(parsed.error().code, jamt::ErrorKind::parse);
  return parsed.error().to_string();
}

}  // namespace

TEST(JsonDepthLimit, HundredThousandNestedArraysAreRefusedWithTheByteOffset) {
  // The first 64 brackets open levels 1-64; the 65th, at offset 64, is too deep.
  EXPECT_EQ(depth_error(arrays(kDeep)), "$: JSON nested deeper than 64 levels at line 1, column 65 (byte offset 64)");
}

TEST(JsonDepthLimit, HundredThousandNestedObjectsAreRefusedWithTheByteOffset) {
  // Each level is the five bytes {"a": ; level 65 opens at 64 × 5 = 320.
  EXPECT_EQ(depth_error(objects(kDeep)), "$: JSON nested deeper than 64 levels at line 1, column 321 (byte offset 320)");
}

TEST(JsonDepthLimit, ARequestBodyWithADeepMemberIsRefused) {
  // The body that crashed the server: {"email": [[[[…]]]]}, about 200 KB.
  std::string body = "{\"email\": " + arrays(kDeep) + "}";
  // "{" is level 1 at offset 0; the arrays start at offset 10 with level 2.
  EXPECT_EQ(depth_error(body), "$: JSON nested deeper than 64 levels at line 1, column 74 (byte offset 73)");
}

TEST(JsonDepthLimit, UnclosedDeepNestingIsADepthErrorNotASyntaxError) {
  EXPECT_EQ(depth_error(repeat("[", kDeep)), "$: JSON nested deeper than 64 levels at line 1, column 65 (byte offset 64)");
}

TEST(JsonDepthLimit, NestingExactlyAtTheLimitIsRead) {
  auto at_limit = formats::parse_json_limited(arrays(formats::kJsonDepthLimit, "7"));
  ASSERT_TRUE(at_limit.ok()) << at_limit.error().to_string();
  const nlohmann::json* j = &*at_limit;
  for (int i = 0; i < formats::kJsonDepthLimit; ++i) {
    ASSERT_TRUE(j->is_array() && j->size() == 1) << "level " << i + 1;
    j = &(*j)[0];
  }
  EXPECT_EQ(*j, 7);
  EXPECT_TRUE(formats::parse_json_limited(objects(formats::kJsonDepthLimit)).ok());
  EXPECT_EQ(depth_error(objects(formats::kJsonDepthLimit + 1)),
            "$: JSON nested deeper than 64 levels at line 1, column 321 (byte offset 320)");
  // Other limits: a scalar is level 0; [] is 1.
  EXPECT_EQ(depth_error("[[1],[[2]]]", 3), "parsed");
  EXPECT_EQ(depth_error("[[1],[[2]]]", 2), "$: JSON nested deeper than 2 levels at line 1, column 7 (byte offset 6)");
  EXPECT_EQ(depth_error("\"text\"", 0), "parsed");
  EXPECT_EQ(depth_error("[]", 0), "$: JSON nested deeper than 0 levels at line 1, column 1 (byte offset 0)");
}

TEST(JsonDepthLimit, SiblingsDoNotAddUp) {
  // A thousand arrays side by side are one level.
  std::string wide = "[" + repeat("[1],", 999) + "[1]]";
  EXPECT_EQ(depth_error(wide, 2), "parsed");
}

TEST(JsonDepthLimit, BracketsInsideStringsAreNotCounted) {
  // Thousands of brackets in a string (and in a key) at depth 1.
  std::string text = "{\"" + repeat("{", 1000) + "\": \"" + repeat("[", 5000) + "\"}";
  auto parsed = formats::parse_json_limited(text, 1);
  ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
  EXPECT_EQ(parsed->begin().value().get<std::string>().size(), 5000u);
  // Escaped quotes and backslashes do not end a string early, so the place of
  // the bracket too deep is still found: line 2, after "[\"[[" and "\\".
  std::string tricky = "[\"\\\"[[\", \"\\\\\",\n [[1]]]";
  EXPECT_EQ(depth_error(tricky, 3), "parsed");
  EXPECT_EQ(depth_error(tricky, 2), "$: JSON nested deeper than 2 levels at line 2, column 3 (byte offset 17)");
}

TEST(JsonDepthLimit, SyntaxErrorsStillNameLineAndColumn) {
  EXPECT_EQ(depth_error("{\n \"a\": 1,\n}"),
            "$: not valid JSON at line 3, column 1: syntax error while parsing object key - unexpected '}'; "
            "expected string literal");
  EXPECT_EQ(depth_error("[1e999]"), "$: not valid JSON: number overflow parsing '1e999'");
  // A syntax error before the nesting gets too deep is reported as such.
  EXPECT_EQ(depth_error("[1 2, " + arrays(100) + "]"),
            "$: not valid JSON at line 1, column 4: syntax error while parsing array - unexpected number literal; "
            "expected ']'");
}

TEST(JsonDepthLimit, OrderedVariantKeepsMemberOrderAndTheLimit) {
  auto parsed = formats::parse_ordered_json_limited("{\"z\": 1, \"a\": [true, null, 1.5, -3, \"s\"], \"z\": 2}");
  ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
  EXPECT_EQ(parsed->dump(), "{\"z\":2,\"a\":[true,null,1.5,-3,\"s\"]}");
  auto deep = formats::parse_ordered_json_limited(arrays(kDeep));
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error().to_string(), "$: JSON nested deeper than 64 levels at line 1, column 65 (byte offset 64)");
}

TEST(JsonDepthLimit, JsonStatReaderRefusesDeepNestingAnywhere) {
  // In an ordinary member and inside "value", which the reader captures apart.
  std::string in_dimension = "{\"class\": \"dataset\", \"dimension\": " + objects(kDeep) + "}";
  auto r = formats::read_jsonstat(in_dimension, "deep.json");
  ASSERT_FALSE(r.ok());
  // "dimension"'s object is level 2 at offset 34; level 129 is 127 × 5 bytes on.
  EXPECT_EQ(r.error().to_string(), "$: JSON nested deeper than 128 levels at line 1, column 670 (byte offset 669)");
  std::string in_value = "{\"class\": \"dataset\", \"value\": " + arrays(kDeep) + "}";
  r = formats::read_jsonstat(in_value, "deep.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().to_string(), "$: JSON nested deeper than 128 levels at line 1, column 158 (byte offset 157)");
}

TEST(JsonDepthLimit, JsonStatFilesMayNestUpToTheFileLimit) {
  // A valid dataset whose extension nests to exactly 128 levels: the root is
  // level 1, "extension" 2, then 126 arrays.
  std::string text = "{\"version\": \"2.0\", \"class\": \"dataset\", \"id\": [\"a\"], \"size\": [1], "
                     "\"dimension\": {\"a\": {\"category\": {\"index\": [\"x\"]}}}, \"value\": [1], "
                     "\"extension\": {\"deep\": " +
                     arrays(formats::kJsonFileDepthLimit - 2) + "}}";
  auto r = formats::read_jsonstat(text, "deep.json");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->front().values.size(), 1u);
  text.insert(text.find("[[[["), "[");
  text.insert(text.rfind("]]]]"), "]");
  r = formats::read_jsonstat(text, "deep.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("JSON nested deeper than 128 levels"), std::string::npos) << r.error().message;
}

TEST(JsonDepthLimit, KoladaAndStrategyReadersRefuseDeepNesting) {
  auto page = formats::read_kolada("{\"values\": " + arrays(kDeep) + "}", "deep.json");
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.error().to_string(), "$: JSON nested deeper than 128 levels at line 1, column 139 (byte offset 138)");
  auto strategy = formats::read_strategy_json("{\"goals\": " + arrays(kDeep) + "}");
  ASSERT_FALSE(strategy.ok());
  EXPECT_EQ(strategy.error().to_string(),
            "$: JSON nested deeper than 128 levels at line 1, column 138 (byte offset 137)");
}
