// The headers every answer carries and the cache policy
// (web/http/security_headers.hpp), without a network.
#include "web/http/security_headers.hpp"

#include <gtest/gtest.h>

namespace jamt::web {
namespace {

Request get(const std::string& path, std::multimap<std::string, std::string> headers = {}) {
  Request req;
  req.method = "GET";
  req.path = path;
  req.headers = std::move(headers);
  return req;
}

TEST(SecurityHeaders, ThePolicyAllowsScriptsOnlyFromFilesAndNoFraming) {
  Response res;
  add_security_headers(res);
  const std::string csp = res.get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << csp;
  EXPECT_EQ(res.get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(res.get_header_value("Referrer-Policy"), "same-origin");
  EXPECT_EQ(res.get_header_value("X-Frame-Options"), "DENY");
}

TEST(SecurityHeaders, AHandlersStricterPolicyIsKept) {
  Response res;
  res.set_header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  add_security_headers(res);
  EXPECT_EQ(res.get_header_value("Content-Security-Policy"), "default-src 'none'; frame-ancestors 'none'");
  Response respondent;
  respondent.set_header("Referrer-Policy", "no-referrer");
  add_security_headers(respondent);
  EXPECT_EQ(respondent.get_header_value("Referrer-Policy"), "no-referrer");
}

TEST(SecurityHeaders, SignedInMeansASessionCookieOrAnApiTokenInAnyCase) {
  EXPECT_FALSE(signed_in_request(get("/")));
  EXPECT_FALSE(signed_in_request(get("/", {{"Cookie", "jamt_lang=en"}})));
  EXPECT_TRUE(signed_in_request(get("/", {{"cookie", "jamt_lang=en; jamt_session=abc"}})));
  EXPECT_TRUE(signed_in_request(get("/", {{"COOKIE", "jamt_session=abc"}})));
  EXPECT_TRUE(signed_in_request(get("/", {{"authorization", "Bearer jamt_xyz"}})));
}

TEST(CachePolicy, PublicPagesAskAgainAndSignedInPagesAreNeverStored) {
  Response page;
  EXPECT_EQ(cache_policy(get("/strategier/1"), page), "no-cache");
  EXPECT_EQ(cache_policy(get("/strategier/1", {{"Cookie", "jamt_session=abc"}}), page), "no-store");
  EXPECT_EQ(cache_policy(get("/strategier/1", {{"Authorization", "Bearer t"}}), page), "no-store");
}

TEST(CachePolicy, TheApiErrorsRedirectsWritesAndCookiesAreNeverStored) {
  Response ok;
  EXPECT_EQ(cache_policy(get("/api/v1/regions"), ok), "no-store");
  Response missing;
  missing.status = 404;
  EXPECT_EQ(cache_policy(get("/nope"), missing), "no-store");
  Response redirect;
  redirect.set_redirect("/logga-in");
  EXPECT_EQ(cache_policy(get("/konton"), redirect), "no-store");
  Request post = get("/logga-in");
  post.method = "POST";
  EXPECT_EQ(cache_policy(post, ok), "no-store");
  Response cookie;
  cookie.set_header("Set-Cookie", "jamt_login=1");
  EXPECT_EQ(cache_policy(get("/logga-in"), cookie), "no-store");
}

TEST(CachePolicy, AHandlersNoStoreIsKeptAndStaticFilesStayCached) {
  Response download;
  download.set_header("Cache-Control", "private, no-store");
  EXPECT_EQ(cache_policy(get("/personer/1/export.json"), download), "private, no-store");
  Response file;
  file.set_header("Cache-Control", "public, max-age=3600");
  EXPECT_EQ(cache_policy(get("/static/style.css"), file), "public, max-age=3600");
  EXPECT_EQ(cache_policy(get("/static/style.css", {{"Cookie", "jamt_session=abc"}}), file), "public, max-age=3600");
  // A public feed keeps its own policy; signed in, it is not stored.
  EXPECT_EQ(cache_policy(get("/lan/08/nyheter.atom"), file), "public, max-age=3600");
  EXPECT_EQ(cache_policy(get("/lan/08/nyheter.atom", {{"Cookie", "jamt_session=abc"}}), file), "no-store");
}

}  // namespace
}  // namespace jamt::web
