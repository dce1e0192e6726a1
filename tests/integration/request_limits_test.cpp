// Request limits over real sockets, with the server's memory watched
// (issue 16, item 4; docs/server.md): a huge body to the login form is
// refused before it is read, a chunked one as soon as it passes the limit,
// too many headers get 431, a long address 414, and a 50 MB statistics
// upload is streamed to disk, so the process's resident memory (VmRSS in
// /proc/self/status: server and test share the process) stays far below the
// upload's size; an upload from someone who may not import is answered from
// its headers, before anything of it is stored.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "service/account/auth_service.hpp"
#include "service/statistics/statistics_query.hpp"
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY
#include "raw_client.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"
#include "shared_helpers.hpp"

namespace jamt::testing {
namespace {

using namespace std::chrono_literals;

// The resident memory of this process in KiB (server and test alike).
long rss_kib() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

// Samples rss_kib() every 5 ms on a thread of its own until destroyed; the
// highest sample is peak().
class RssWatch {
 public:
  RssWatch() : peak_(rss_kib()), thread_([this] {
    while (!stop_) {
      peak_ = std::max(peak_.load(), rss_kib());
      std::this_thread::sleep_for(5ms);
    }
  }) {}
  ~RssWatch() {
    stop_ = true;
    thread_.join();
  }
  long peak() const { return std::max(peak_.load(), rss_kib()); }

 private:
  std::atomic<bool> stop_{false};
  std::atomic<long> peak_;
  std::thread thread_;
};

std::string status_line(const std::string& answer) { return answer.substr(0, answer.find("\r\n")); }

class RequestLimits : public ServerFixture {};

TEST_F(RequestLimits, A250MegabytePostToTheLoginFormIsRefusedBeforeItsBodyIsRead) {
  const long before = rss_kib();
  RssWatch watch;
  RawClient c(port);
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.send("POST /logga-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     "Content-Length: 262144000\r\n\r\n"));
  // The answer comes before a byte of the body is sent.
  ASSERT_TRUE(c.readable(3000ms)) << "no answer to the headers alone";
  std::string answer = c.receive(500ms);
  // The client may go on sending (as curl would): the server drops it for a
  // moment, then closes.
  const std::string mib(1u << 20, 'a');
  for (int i = 0; i < 16 && c.send(mib); ++i) {
  }
  EXPECT_EQ(status_line(answer), "HTTP/1.1 413 Payload Too Large") << answer.substr(0, 300);
  EXPECT_NE(answer.find("Content-Security-Policy:"), std::string::npos) << "a refusal carries the security headers";
  EXPECT_NE(answer.find("Cache-Control: no-store"), std::string::npos);
  const long grew = watch.peak() - before;
  std::printf("  VmRSS before %ld KiB, peak %ld KiB (+%ld KiB) for a 250 MB login POST\n", before, watch.peak(), grew);
  EXPECT_LT(grew, 8 * 1024) << "the server's memory grew by " << grew << " KiB";
}

TEST_F(RequestLimits, AChunkedLoginBodyIsRefusedOnceItPassesSixtyFourKibibytes) {
  RssWatch watch;
  const long before = rss_kib();
  RawClient c(port);
  ASSERT_TRUE(c.send("POST /logga-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n"));
  const std::string chunk = "4000\r\n" + std::string(0x4000, 'a') + "\r\n";  // 16 KiB
  std::string answer;
  int sent = 0;
  for (; sent < 64 && answer.empty(); ++sent) {
    if (!c.send(chunk)) break;
    if (c.readable(20ms)) answer = c.receive(500ms);
  }
  EXPECT_EQ(status_line(answer), "HTTP/1.1 413 Payload Too Large") << answer.substr(0, 300);
  // Refused within a chunk or two of the limit (4 chunks = 64 KiB), not after the whole megabyte.
  EXPECT_LE(sent, 8) << "the refusal came after " << sent << " chunks of 16 KiB";
  EXPECT_LT(watch.peak() - before, 8 * 1024);
}

TEST_F(RequestLimits, TenThousandHeadersGet431) {
  RawClient c(port);
  std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 10000; ++i) request += "X-H" + std::to_string(i) + ": v\r\n";
  request += "\r\n";
  c.send(request);
  EXPECT_EQ(status_line(c.receive()), "HTTP/1.1 431 Request Header Fields Too Large");
}

TEST_F(RequestLimits, MoreThanAHundredSmallHeadersGet431AndAHundredPass) {
  auto request = [](int count) {
    std::string r = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
    for (int i = 1; i < count; ++i) r += "X-H" + std::to_string(i) + ": v\r\n";
    return r + "\r\n";
  };
  RawClient many(port);
  many.send(request(101));  // 101 fields with Host, 1.5 KiB: under the size limit
  const std::string refused = many.receive();
  EXPECT_EQ(status_line(refused), "HTTP/1.1 431 Request Header Fields Too Large");
  EXPECT_NE(refused.find("Begärans huvuden är för stora."), std::string::npos) << refused;
  RawClient enough(port);
  enough.send(request(100));
  EXPECT_EQ(status_line(enough.receive(1000ms)), "HTTP/1.1 200 OK");
}

TEST_F(RequestLimits, AnAddressLongerThanEightKibibytesGets414) {
  for (std::size_t length : {9000u, 40000u}) {  // under and over the 32 KiB header block
    RawClient c(port);
    c.send("GET /statistik?q=" + std::string(length, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
    const std::string answer = c.receive();
    EXPECT_EQ(status_line(answer), "HTTP/1.1 414 URI Too Long") << length;
    EXPECT_NE(answer.find("Adressen är för lång."), std::string::npos) << answer.substr(0, 400);
  }
  RawClient api(port);
  api.send("GET /api/v1/measures?q=" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_NE(api.receive().find("\"uri_too_long\""), std::string::npos) << "JSON for the API";
  // Just under the limit is an ordinary request.
  auto fine = client->Get("/statistik?q=" + std::string(8000, 'a'));
  ASSERT_TRUE(fine);
  EXPECT_EQ(fine->status, 200);
}

TEST_F(RequestLimits, AFiftyMegabyteStatisticsUploadIsStreamedToDiskAndImported) {
  User admin;
  admin.email = "admin@example.se";
  admin.role = Role::admin;
  ASSERT_TRUE(service::create_user(*db, admin, "ett långt lösenord", service::Actor{"test"}).ok());
  auto session = service::login(*db, admin.email, "ett långt lösenord");
  ASSERT_TRUE(session.ok());
  // The births table with 50 MB of line breaks inside DATA: a real PX file
  // that imports the same 2 000-odd values, but is 50 MB on the wire.
  std::string px = slurp(std::string(JAMT_SOURCE_DIR) + "/data/statistics/BE0101D1-levande-fodda.px");
  const auto data = px.find("DATA=");
  ASSERT_NE(data, std::string::npos);
  const std::string head = px.substr(0, data + 5) + "\r\n";
  const std::string tail = px.substr(data + 5);
  constexpr std::size_t kPadding = 50u << 20;
  const std::string boundary = "jamt-limits-boundary";
  const std::string before_file =
      "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + session->csrf_token +
      "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\npx\r\n--" + boundary +
      "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"BE0101D1-stor.px\"\r\n"
      "Content-Type: application/octet-stream\r\n\r\n" + head;
  const std::string after_file = tail + "\r\n--" + boundary + "--\r\n";
  const std::size_t length = before_file.size() + kPadding + after_file.size();

  const long before = rss_kib();
  RssWatch watch;
  RawClient c(port);
  ASSERT_TRUE(c.send("POST /statistik/importera HTTP/1.1\r\nHost: x\r\nCookie: jamt_session=" + session->token +
                     "\r\nContent-Type: multipart/form-data; boundary=" + boundary +
                     "\r\nContent-Length: " + std::to_string(length) + "\r\n\r\n"));
  ASSERT_TRUE(c.send(before_file));
  const std::string lines(1u << 20, '\n');
  for (std::size_t sent = 0; sent < kPadding; sent += lines.size()) ASSERT_TRUE(c.send(lines));
  ASSERT_TRUE(c.send(after_file));
  const std::string answer = c.receive(60000ms);
  const long peak = watch.peak();
  EXPECT_EQ(status_line(answer), "HTTP/1.1 200 OK") << answer.substr(0, 2000);
  EXPECT_NE(answer.find("BE0101D1-stor.px"), std::string::npos) << "the import names the file as it was sent";
  EXPECT_EQ(service::list_measures(*db)->size(), 1u) << "the file was imported";
  std::printf("  VmRSS before %ld KiB, peak %ld KiB (+%ld KiB) for a %zu-byte statistics upload\n", before, peak,
              peak - before, length);
  // Held in memory the 50 MB would show whole; the import itself (PostgreSQL's
  // client buffers included) takes some 20 MB.
  EXPECT_LT(peak - before, 32 * 1024) << "the upload was held in memory";
}

TEST_F(RequestLimits, AnUploadFromSomeoneWhoMayNotImportIsAnsweredBeforeItsBodyIsRead) {
  // Only the headers of a 200 MB upload are sent: the answer must come
  // without the body, so nothing of it was spooled to disk.
  auto headers_of_upload = [](const std::string& cookie, bool expect_continue) {
    return "POST /statistik/importera HTTP/1.1\r\nHost: x\r\n" +
           (cookie.empty() ? std::string() : "Cookie: jamt_session=" + cookie + "\r\n") +
           (expect_continue ? "Expect: 100-continue\r\n" : "") +
           "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 209715200\r\n\r\n";
  };
  {
    RawClient anonymous(port);
    ASSERT_TRUE(anonymous.send(headers_of_upload("", false)));
    const std::string answer = anonymous.receive(3000ms);
    EXPECT_EQ(status_line(answer), "HTTP/1.1 303 See Other") << answer.substr(0, 500);
    EXPECT_NE(answer.find("Location: /logga-in?next=%2Fstatistik%2Fimportera"), std::string::npos) << answer;
  }
  {
    const TestLogin contact = sign_in(*db, "samordnare@exempel.se", Role::coordinator);
    RawClient c(port);
    ASSERT_TRUE(c.send(headers_of_upload(contact.cookie, false)));
    const std::string answer = c.receive(3000ms);
    EXPECT_EQ(status_line(answer), "HTTP/1.1 403 Forbidden") << answer.substr(0, 500);
    EXPECT_NE(answer.find("Bara strateger och administratörer kan importera statistik."), std::string::npos);
    EXPECT_NE(answer.find("Cache-Control: no-store"), std::string::npos) << "the common headers are there";
  }
  {
    // A strategist's upload is let through: the server asks for the body.
    const TestLogin strategist = sign_in(*db, "strateg@exempel.se", Role::strategist, "08");
    RawClient c(port);
    ASSERT_TRUE(c.send(headers_of_upload(strategist.cookie, true)));
    ASSERT_TRUE(c.readable(3000ms));
    std::string answer = c.receive(500ms);
    EXPECT_EQ(status_line(answer), "HTTP/1.1 100 Continue") << answer.substr(0, 500);
  }
}

}  // namespace
}  // namespace jamt::testing
