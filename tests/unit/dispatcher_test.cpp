// What the server does with a request once read (web/http/dispatcher.hpp):
// routing, the exception boundary and the headers every answer carries —
// without a network.
#include "web/http/dispatcher.hpp"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sstream>

namespace jamt::web {
namespace {

std::vector<Route> routes() {
  return {
      {.method = Method::get, .pattern = "/api/v1/boom", .handler = [](const Request&, Response&) {
         throw std::runtime_error("sqlite3_statement_backend::loadOne: database is locked");
       }},
      {.method = Method::get, .pattern = "/sidan", .handler = [](const Request& req, Response& res) {
         res.set_content("q=" + req.get_param_value("q"), "text/plain");
       }},
      {.method = Method::post, .pattern = "/upload", .handler = [](const Request&, Response&) {},
       .max_body = kStatisticsMaxBody},
  };
}

Request get() {
  Request req;
  req.method = "GET";
  return req;
}

TEST(Dispatcher, AnEscapedExceptionIsLoggedWithTheRequestIdAndHiddenFromTheClient) {
  std::ostringstream log;
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(log);
  auto logger = std::make_shared<spdlog::logger>("capture", sink);
  auto previous = spdlog::default_logger();
  spdlog::set_default_logger(logger);
  Dispatcher dispatcher(routes());
  Response res = dispatcher.handle(get(), "/api/v1/boom");
  spdlog::set_default_logger(previous);

  EXPECT_EQ(res.status, 500);
  EXPECT_EQ(res.body.find("sqlite"), std::string::npos) << res.body;
  EXPECT_NE(res.body.find("internal"), std::string::npos) << res.body;
  const std::string id = res.get_header_value("X-Request-Id");
  ASSERT_FALSE(id.empty());
  EXPECT_NE(log.str().find("request " + id + ": GET /api/v1/boom: sqlite3_statement_backend"), std::string::npos)
      << log.str();
}

TEST(Dispatcher, DecodesTheTargetAndAddsTheSecurityHeaders) {
  Dispatcher dispatcher(routes());
  Response res = dispatcher.handle(get(), "/sidan?q=G%C3%A4vle+l%C3%A4n");
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.body, "q=Gävle län");
  EXPECT_EQ(res.get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(res.get_header_value("Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos);
}

TEST(Dispatcher, BodyLimitsComeFromTheRoute) {
  Dispatcher dispatcher(routes());
  EXPECT_EQ(dispatcher.body_limit("POST", "/upload?x=1"), kStatisticsMaxBody);
  EXPECT_EQ(dispatcher.body_limit("GET", "/sidan"), kDefaultMaxBody);
  EXPECT_EQ(dispatcher.body_limit("POST", "/no/such/route"), kDefaultMaxBody);
  EXPECT_EQ(dispatcher.body_limit("BREW", "/upload"), kDefaultMaxBody);
}

TEST(Dispatcher, UnknownMethodGets405WithAllow) {
  Dispatcher dispatcher(routes());
  Request req;
  req.method = "OPTIONS";
  Response res = dispatcher.handle(req, "/sidan");
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(res.get_header_value("Allow"), "GET");
}

}  // namespace
}  // namespace jamt::web
