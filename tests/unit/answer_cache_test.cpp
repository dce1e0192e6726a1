// The analysis API's answer cache (service/statistics/answer_cache.hpp):
// an answer is found only for the version it was stored for, and entity
// tags are matched as If-None-Match lists them.
#include <gtest/gtest.h>

#include "service/statistics/answer_cache.hpp"

using namespace jamt;

TEST(AnswerCache, FindsAnAnswerOnlyForItsVersion) {
  service::AnswerCache cache;
  EXPECT_EQ(cache.find("m1|a", 3), nullptr);
  auto stored = cache.store("m1|a", 3, "{\"women\":1}", "application/json");
  ASSERT_NE(cache.find("m1|a", 3), nullptr);
  EXPECT_EQ(cache.find("m1|a", 3)->body, "{\"women\":1}");
  EXPECT_EQ(cache.find("m1|a", 4), nullptr);  // the measure was written since
  EXPECT_EQ(cache.find("m1|b", 3), nullptr);
  // A newer answer replaces the old one and has another tag.
  auto newer = cache.store("m1|a", 4, "{\"women\":2}", "application/json");
  EXPECT_EQ(cache.find("m1|a", 3), nullptr);
  EXPECT_EQ(cache.find("m1|a", 4)->body, "{\"women\":2}");
  EXPECT_NE(stored->etag, newer->etag);
  EXPECT_EQ(stored->etag.front(), '"');
  EXPECT_EQ(stored->etag.back(), '"');
}

TEST(AnswerCache, ForgetsEverythingWhenFull) {
  service::AnswerCache cache(2);
  cache.store("a", 1, "A", "t");
  cache.store("b", 1, "B", "t");
  cache.store("a", 2, "A2", "t");  // a replacement does not count as new
  EXPECT_EQ(cache.size(), 2u);
  cache.store("c", 1, "C", "t");
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.find("a", 2), nullptr);
  EXPECT_EQ(cache.find("c", 1)->body, "C");
}

TEST(AnswerCache, IfNoneMatchListsTagsWeakOrStrongOrStar) {
  const std::string tag = "\"0123456789abcdef\"";
  EXPECT_TRUE(service::etag_matches(tag, tag));
  EXPECT_TRUE(service::etag_matches("\"x\", " + tag, tag));
  EXPECT_TRUE(service::etag_matches("W/" + tag, tag));
  EXPECT_TRUE(service::etag_matches("*", tag));
  EXPECT_FALSE(service::etag_matches("", tag));
  EXPECT_FALSE(service::etag_matches("\"0123456789abcdee\"", tag));
  EXPECT_FALSE(service::etag_matches("0123456789abcdef", tag));  // unquoted is another tag
}
