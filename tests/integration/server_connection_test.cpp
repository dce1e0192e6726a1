// The server's connection model over real sockets (issue 9, items 3 and 13;
// docs/server.md): idle and slow clients never starve a new visitor, every
// read has a deadline and a size limit, and a second server cannot share the
// port.
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "load_probe.hpp"
#include "raw_client.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"

namespace jamt::testing {
namespace {

using namespace std::chrono_literals;

int open_file_limit() {
  rlimit limit{};
  getrlimit(RLIMIT_NOFILE, &limit);
  return static_cast<int>(limit.rlim_cur);
}

class ServerConnectionTest : public ServerFixture {};

TEST_F(ServerConnectionTest, NewVisitorIsAnsweredWhileAThousandIdleAndFiftySlowClientsAreHeld) {
  // The server raised the process's limit when it started; client and server
  // sockets of this test live in the same process.
  if (open_file_limit() < 2300) GTEST_SKIP() << "open-file limit " << open_file_limit() << " < 2300";
  auto r = load::run_probe({.port = port,
                            .idle_connections = 1000,
                            .slow_clients = 50,
                            .requests = 200,
                            .request_interval = 5ms,
                            .timeout = 3000ms});
  std::printf("  %s\n", load::summary(r).c_str());
  EXPECT_EQ(r.idle_opened, 1000);
  EXPECT_EQ(r.idle_still_open, 1000) << "idle keep-alive connections are held, not dropped, within the idle timeout";
  EXPECT_EQ(r.timeouts, 0);
  EXPECT_EQ(r.failed, 0);
  EXPECT_EQ(r.answered, 200);
  // The target is p99 < 100 ms (measured in make bench); the test allows a
  // busy CI machine more, but a starved server never answers at all.
  EXPECT_LT(r.p99_ms, 1000.0);
}

TEST_F(ServerConnectionTest, SeventeenIdleConnectionsDoNotBlockHealthz) {
  // The reproduction from the issue: more idle connections than worker threads.
  std::vector<std::unique_ptr<RawClient>> idle;
  for (int i = 0; i < 40; ++i) idle.push_back(std::make_unique<RawClient>(port));
  auto start = std::chrono::steady_clock::now();
  auto res = client->Get("/healthz");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
}

class ShortDeadlinesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db = fresh_database();
    ASSERT_NE(db, nullptr);
    server = std::make_unique<web::Server>(
        *db, outbox.setup, web::ServerOptions{.io_threads = 1,
                                .worker_threads = 2,
                                .limits = {.idle_timeout = 1s, .header_timeout = 1s, .body_stall_timeout = 1s}});
    auto bound = server->bind("127.0.0.1", 0);
    ASSERT_TRUE(bound.ok()) << bound.error().to_string();
    port = *bound;
    thread = std::thread([this] { server->listen(); });
  }
  void TearDown() override {
    server->stop();
    thread.join();
  }
  TestOutbox outbox;
  std::unique_ptr<store::Database> db;
  std::unique_ptr<web::Server> server;
  std::thread thread;
  int port = 0;
};

TEST_F(ShortDeadlinesTest, ASlowClientIsCutOffAtTheHeaderDeadline) {
  RawClient slow(port);
  ASSERT_TRUE(slow.connected());
  const std::string header = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  bool cut = false;
  for (std::size_t i = 0; i < header.size() && !cut; ++i) {
    if (!slow.send(header.substr(i, 1))) cut = true;
    else cut = slow.closed_within(200ms);  // a header byte every 200 ms
  }
  EXPECT_TRUE(cut) << "the server waited more than " << header.size() * 200 << " ms for the headers";
}

TEST_F(ShortDeadlinesTest, AnIdleConnectionIsClosedAfterTheIdleTimeout) {
  RawClient idle(port);
  ASSERT_TRUE(idle.connected());
  EXPECT_TRUE(idle.closed_within(3000ms));
}

TEST_F(ShortDeadlinesTest, AStalledBodyIsCutOff) {
  RawClient stalled(port);
  ASSERT_TRUE(stalled.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           "Content-Length: 100\r\n\r\n{\"email\":"));
  EXPECT_TRUE(stalled.closed_within(3000ms));
}

TEST_F(ServerConnectionTest, HeadersBeyondTheLimitGet431) {
  RawClient c(port);
  std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 10; ++i) request += "X-Big-" + std::to_string(i) + ": " + std::string(8000, 'b') + "\r\n";
  request += "\r\n";
  c.send(request);
  std::string answer = c.receive();
  EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 431") << answer.substr(0, 200);
}

TEST_F(ServerConnectionTest, ALoginBodyLargerThanItsLimitGets413BeforeItIsSent) {
  RawClient c(port);
  // Only the headers are sent: the refusal must not wait for 300 MB.
  c.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
         "Content-Length: 300000000\r\n\r\n");
  std::string answer = c.receive();
  EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 413") << answer.substr(0, 200);
  EXPECT_NE(answer.find("\"body_too_large\""), std::string::npos) << answer;
  EXPECT_NE(answer.find("65536 bytes"), std::string::npos) << answer;
}

TEST_F(ServerConnectionTest, AChunkedBodyIsRefusedAsSoonAsItPassesTheLimit) {
  RawClient c(port);
  c.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
         "Transfer-Encoding: chunked\r\n\r\n");
  std::string chunk = std::string("100000\r\n") + std::string(0x100000, 'x') + "\r\n";
  bool refused = false;
  std::string answer;
  for (int i = 0; i < 4 && !refused; ++i) {
    c.send(chunk);
    answer += c.receive(300ms);
    refused = answer.find("HTTP/1.1 413") == 0;
  }
  EXPECT_TRUE(refused) << answer.substr(0, 200);
}

TEST_F(ServerConnectionTest, TheStatisticsImportAcceptsABodyLargerThanAForm) {
  // 2 MiB is over the default limit but well within the import's.
  std::string boundary = "jamtboundary";
  std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\n" +
                     "Content-Type: text/csv\r\n\r\n" + std::string(2u << 20, 'x') + "\r\n--" + boundary + "--\r\n";
  const TestLogin strategist = sign_in(*db, "strateg@exempel.se", Role::strategist, "08");
  auto res = client->Post("/statistik/importera", strategist.cookie_only(), body,
                          "multipart/form-data; boundary=" + boundary);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403) << "read whole, then refused for its missing form token, not for its size";
  // The same body sent at once to the login form is refused for its size,
  // and the client reads the refusal rather than a connection reset.
  RawClient eager(port);
  eager.send("POST /logga-in HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=" + boundary +
             "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n");
  eager.send(body.substr(0, 1u << 20));
  std::string answer = eager.receive(2000ms);
  EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 413") << answer.substr(0, 200);
}

TEST_F(ServerConnectionTest, ExpectContinueIsAnswered) {
  RawClient c(port);
  c.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
         "Expect: 100-continue\r\nContent-Length: 2\r\n\r\n");
  std::string first = c.receive(1000ms);
  EXPECT_EQ(first.substr(0, 12), "HTTP/1.1 100") << first;
  c.send("{}");
  std::string answer = c.receive(2000ms);
  EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 400") << answer.substr(0, 200);
}

TEST_F(ServerConnectionTest, PipelinedRequestsAreAnsweredInOrder) {
  RawClient c(port);
  c.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\n");
  std::string answer = c.receive(1000ms);
  auto first = answer.find("HTTP/1.1 200");
  auto second = answer.find("HTTP/1.1 404");
  EXPECT_EQ(first, 0u) << answer;
  EXPECT_NE(second, std::string::npos) << answer;
}

TEST_F(ServerConnectionTest, HeadAnswersWithTheLengthOfGetAndNoBody) {
  auto get = client->Get("/");
  auto head = client->Head("/");
  ASSERT_TRUE(get && head);
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(head->get_header_value("Content-Length"), std::to_string(get->body.size()));
  EXPECT_TRUE(head->body.empty());
  // The connection is still usable after the HEAD.
  auto again = client->Get("/healthz");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
}

TEST_F(ServerConnectionTest, ASecondServerOnTheSameAddressFailsNamingIt) {
  web::Server second(*db, outbox.setup);
  auto bound = second.bind("127.0.0.1", port);
  ASSERT_FALSE(bound.ok()) << "two servers share port " << port;
  EXPECT_NE(bound.error().message.find("127.0.0.1:" + std::to_string(port)), std::string::npos)
      << bound.error().message;
  EXPECT_NE(bound.error().message.find("already in use"), std::string::npos) << bound.error().message;
}

TEST_F(ServerConnectionTest, ASecondJamtServeExitsNonZeroNamingTheAddress) {
  auto dir = std::filesystem::temp_directory_path() / ("jamt-second-" + std::to_string(port));
  std::string cmd = std::string("timeout 20 ") + JAMT_BINARY + " --data " + dir.string() +
                    " serve --listen 127.0.0.1:" + std::to_string(port) + " 2>&1";
  auto start = std::chrono::steady_clock::now();
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[512];
  while (std::fgets(buf, sizeof buf, p)) out += buf;
  int status = pclose(p);
  std::filesystem::remove_all(dir);
  EXPECT_NE(status, 0) << out;
  EXPECT_NE(WEXITSTATUS(status), 124) << "still running after 20 s: " << out;
  EXPECT_LT(std::chrono::steady_clock::now() - start, 15s);
  EXPECT_NE(out.find("127.0.0.1:" + std::to_string(port)), std::string::npos) << out;
}

TEST_F(ServerConnectionTest, InvalidUtf8InAQueryParameterGets400NamingIt) {
  auto res = client->Get("/api/v1/regions?level=%FF");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  auto body = nlohmann::json::parse(res->body, nullptr, false);
  EXPECT_EQ(body["error"]["code"], "invalid_utf8");
  EXPECT_NE(body["error"]["message"].get<std::string>().find("\"level\""), std::string::npos) << res->body;
  // A public page says it in Swedish and names the field.
  auto page = client->Get("/statistik?q=%C3%28");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 400);
  EXPECT_NE(page->body.find("”q”"), std::string::npos);
}

TEST_F(ServerConnectionTest, InvalidUtf8InAFormFieldGets400NamingIt) {
  auto res = client->Post("/logga-in", "email=%ED%A0%80&password=x", "application/x-www-form-urlencoded");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("”email”"), std::string::npos);
  // And in a multipart text field (of an upload, which only a strategist
  // or an admin may send at all).
  const TestLogin strategist = sign_in(*db, "strateg@exempel.se", Role::strategist, "08");
  std::string body = "--b\r\nContent-Disposition: form-data; name=\"measure_code\"\r\n\r\n\xff\xfe\r\n--b--\r\n";
  auto multi = client->Post("/statistik/importera", strategist.cookie_only(), body, "multipart/form-data; boundary=b");
  ASSERT_TRUE(multi);
  EXPECT_EQ(multi->status, 400);
  EXPECT_NE(multi->body.find("”measure_code”"), std::string::npos);
}

TEST_F(ServerConnectionTest, AMalformedMultipartBodyGets400) {
  const TestLogin strategist = sign_in(*db, "strateg@exempel.se", Role::strategist, "08");
  auto res = client->Post("/statistik/importera", strategist.cookie_only(), "--b\r\nno headers end",
                          "multipart/form-data; boundary=b");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
}

}  // namespace
}  // namespace jamt::testing
