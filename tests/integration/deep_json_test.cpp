// Request bodies nested far deeper than any real document (issue 9, item 1):
// the server answers 400 naming the place and stays up, for the public login
// and for a signed-in JSON endpoint.
#include <gtest/gtest.h>

#include <string>

#include "test_server.hpp"

namespace jamt::testing {
namespace {

// {"email": [[[…]]], "password": "x"} with `depth` brackets (≈ 2 bytes a level;
// 30 000 levels stay under the 64 KiB a JSON body may have).
std::string deep_login_body(int depth) {
  return "{\"email\": " + std::string(depth, '[') + std::string(depth, ']') + ", \"password\": \"x\"}";
}

class DeepJson : public ServerFixture {};

TEST_F(DeepJson, ADeeplyNestedLoginBodyIsRefusedAndTheServerStaysUp) {
  auto r = client->Post("/api/v1/auth/login", deep_login_body(30000), "application/json");
  ASSERT_TRUE(r) << "the server did not answer (crashed?)";
  EXPECT_EQ(r->status, 400) << r->body;
  auto healthz = client->Get("/healthz");
  ASSERT_TRUE(healthz) << "the server is gone after a deep body";
  EXPECT_EQ(healthz->status, 200);
}

TEST_F(DeepJson, ADeepBodyToARegisterApiDoesNotBringTheServerDown) {
  // json_body() is what every JSON API handler reads its body with; the
  // answer for anyone is a 400 or the 401/403 of a missing session, never a crash.
  std::string deep = "{\"name\": " + std::string(30000, '[') + std::string(30000, ']') + "}";
  auto r = client->Post("/api/v1/organisations", deep, "application/json");
  ASSERT_TRUE(r) << "the server did not answer (crashed?)";
  EXPECT_TRUE(r->status == 400 || r->status == 401 || r->status == 403) << r->status;
  auto healthz = client->Get("/healthz");
  ASSERT_TRUE(healthz);
  EXPECT_EQ(healthz->status, 200);
}

TEST_F(DeepJson, NestingAtTheLimitIsStillReadAsJson) {
  // 63 levels inside the object: valid JSON that is merely odd, so the
  // answer is about the field, not about nesting.
  std::string body = "{\"email\": " + std::string(63, '[') + std::string(63, ']') + ", \"password\": \"x\"}";
  auto r = client->Post("/api/v1/auth/login", body, "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(r->body.find("nested deeper"), std::string::npos) << r->body;
}

}  // namespace
}  // namespace jamt::testing
