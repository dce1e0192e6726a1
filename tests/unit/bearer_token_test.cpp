// Reading the token out of an "Authorization: Bearer …" header.
#include <gtest/gtest.h>

#include "web/http/request_auth.hpp"

using jamt::web::bearer_token;

TEST(BearerToken, TakesTheTokenAfterTheSchemeInAnyCase) {
  EXPECT_EQ(bearer_token("Bearer jamt_abc"), "jamt_abc");
  EXPECT_EQ(bearer_token("bearer jamt_abc"), "jamt_abc");
  EXPECT_EQ(bearer_token("  BEARER   jamt_abc  "), "jamt_abc");
}

TEST(BearerToken, AnEmptyTokenIsStillABearerHeader) {
  EXPECT_EQ(bearer_token("Bearer "), "");
  EXPECT_EQ(bearer_token("Bearer    "), "");
}

TEST(BearerToken, OtherSchemesAndNoHeaderAreNotBearer) {
  EXPECT_EQ(bearer_token(""), std::nullopt);
  EXPECT_EQ(bearer_token("Basic dXNlcjpwYXNz"), std::nullopt);
  EXPECT_EQ(bearer_token("Bearer"), std::nullopt);
  EXPECT_EQ(bearer_token("Bearerjamt_abc"), std::nullopt);
}
