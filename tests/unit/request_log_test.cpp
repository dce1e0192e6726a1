// The request log line, the request id, the client's address behind a
// proxy and the Prometheus text of the request counters
// (web/http/request_log.hpp, dispatcher.hpp, request_metrics.hpp).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "service/background/scheduled_job.hpp"
#include "web/http/dispatcher.hpp"
#include "web/http/request_log.hpp"
#include "web/http/request_metrics.hpp"

namespace jamt::web {
namespace {

TEST(RequestLog, AJsonLineHasEveryField) {
  RequestLogEntry e{.time = "2026-03-31T10:00:00.000Z",
                    .request_id = "abc",
                    .method = "GET",
                    .path = "/strategier/1",
                    .route = R"(/strategier/(\d{1,15}))",
                    .status = 200,
                    .duration_ms = 1.23456,
                    .user_id = 7,
                    .client = "10.0.0.1",
                    .error = ""};
  const std::string line = request_log_line(e, true);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["request_id"], "abc");
  EXPECT_EQ(j["route"], R"(/strategier/(\d{1,15}))");
  EXPECT_EQ(j["status"], 200);
  EXPECT_EQ(j["level"], "info");
  EXPECT_EQ(j["user_id"], 7);
  EXPECT_DOUBLE_EQ(j["duration_ms"].get<double>(), 1.235);
  EXPECT_FALSE(j.contains("error"));

  e.status = 500;
  e.user_id = 0;
  e.route = "";
  e.error = "database is locked\n\"x\"";
  auto k = nlohmann::json::parse(request_log_line(e, true));
  EXPECT_EQ(k["level"], "error");
  EXPECT_EQ(k["error"], "database is locked\n\"x\"");
  EXPECT_TRUE(k["route"].is_null());
  EXPECT_FALSE(k.contains("user_id"));
  EXPECT_NE(request_log_line(e, false).find("id=abc"), std::string::npos);
}

TEST(RequestLog, ATextLineCannotBeSplitOrForgedByThePath) {
  RequestLogEntry e{.time = "2026-03-31T10:00:00.000Z",
                    .request_id = "abc",
                    .method = "GET",
                    .path = "/x\n2026-03-31T10:00:01.000Z info GET /admin 200 1.000 ms id=forged",
                    .route = "",
                    .status = 404,
                    .duration_ms = 1.0,
                    .user_id = 0,
                    .client = "10.0.0.1",
                    .error = ""};
  const std::string line = request_log_line(e, false);
  EXPECT_EQ(line.find('\n'), std::string::npos) << line;
  EXPECT_NE(line.find("GET /x%0A2026-03-31T10:00:01.000Z%20info%20GET%20/admin"), std::string::npos) << line;
  EXPECT_NE(line.find(" 404 "), std::string::npos) << line;
}

TEST(RequestLog, ARequestIdIsKeptOnlyWhenWellFormed) {
  EXPECT_TRUE(well_formed_request_id("0f3a9c"));
  EXPECT_TRUE(well_formed_request_id("lb-2026.03.31_17"));
  EXPECT_FALSE(well_formed_request_id(""));
  EXPECT_FALSE(well_formed_request_id("a b"));
  EXPECT_FALSE(well_formed_request_id("x\r\nSet-Cookie: y"));
  EXPECT_FALSE(well_formed_request_id(std::string(65, 'a')));
}

TEST(RequestLog, TheClientBehindATrustedProxyIsTheRightmostUntrustedAddress) {
  auto proxies = operations::AddressList::parse("127.0.0.1, 10.0.0.0/8");
  ASSERT_TRUE(proxies.ok());
  // Not from a trusted proxy: the header is ignored.
  EXPECT_EQ(client_address("203.0.113.5", "198.51.100.1", *proxies), "203.0.113.5");
  // From the proxy: the address it appended.
  EXPECT_EQ(client_address("127.0.0.1", "198.51.100.1", *proxies), "198.51.100.1");
  // A spoofed address left of the real one is not believed.
  EXPECT_EQ(client_address("127.0.0.1", "1.2.3.4, 198.51.100.1", *proxies), "198.51.100.1");
  // Through two trusted proxies.
  EXPECT_EQ(client_address("127.0.0.1", "198.51.100.1, 10.1.1.1", *proxies), "198.51.100.1");
  // No header, or garbage: the peer.
  EXPECT_EQ(client_address("127.0.0.1", "", *proxies), "127.0.0.1");
  EXPECT_EQ(client_address("127.0.0.1", "unknown", *proxies), "127.0.0.1");
}

TEST(RequestMetrics, RendersCountersAndAHistogramPerRoute) {
  RequestMetrics m;
  m.record("GET", R"(/strategier/(\d{1,15}))", 200, 0.004);
  m.record("GET", R"(/strategier/(\d{1,15}))", 200, 0.2);
  m.record("GET", R"(/strategier/(\d{1,15}))", 404, 0.001);
  m.record("BREW", "", 404, 0.0005);
  const std::string text = m.render();
  EXPECT_NE(text.find("# TYPE jamt_http_requests_total counter"), std::string::npos);
  EXPECT_NE(text.find(R"m(jamt_http_requests_total{method="GET",route="/strategier/(\\d{1,15})",status="200"} 2)m"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(R"m(jamt_http_requests_total{method="GET",route="/strategier/(\\d{1,15})",status="404"} 1)m"),
            std::string::npos);
  EXPECT_NE(text.find(R"m(jamt_http_requests_total{method="other",route="unmatched",status="404"} 1)m"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(R"m(jamt_http_request_duration_seconds_bucket{method="GET",route="/strategier/(\\d{1,15})",le="0.005"} 2)m"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(R"m(jamt_http_request_duration_seconds_bucket{method="GET",route="/strategier/(\\d{1,15})",le="+Inf"} 3)m"),
            std::string::npos);
  EXPECT_NE(text.find(R"m(jamt_http_request_duration_seconds_count{method="GET",route="/strategier/(\\d{1,15})"} 3)m"),
            std::string::npos);
}

TEST(ScheduledJob, TheDueTimeIsTheStartOfTheInterval) {
  using namespace std::chrono;
  const sys_seconds t = sys_days(2026y / 3 / 31) + hours(10) + minutes(42) + seconds(7);
  EXPECT_EQ(service::due_time(t, hours(1)), sys_days(2026y / 3 / 31) + hours(10));
  EXPECT_EQ(service::due_time(t, minutes(15)), sys_days(2026y / 3 / 31) + hours(10) + minutes(30));
  EXPECT_EQ(service::due_time(sys_days(2026y / 3 / 31) + hours(10), hours(1)), sys_days(2026y / 3 / 31) + hours(10));
}

}  // namespace
}  // namespace jamt::web
