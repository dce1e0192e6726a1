#include "load_probe.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <stdexcept>
#include <thread>

namespace jamt::load {

namespace {

using Clock = std::chrono::steady_clock;

int open_connection(const ProbeOptions& o) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
  int yes = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(o.port));
  inet_pton(AF_INET, o.host.c_str(), &addr.sin_addr);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool send_all(int fd, const std::string& data) {
  std::size_t sent = 0;
  while (sent < data.size()) {
    ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

// Reads one response (headers and a Content-Length body) until `deadline`.
// Returns the status, 0 when the connection closed early, -1 on timeout.
int read_response(int fd, Clock::time_point deadline) {
  std::string data;
  char buf[8192];
  while (true) {
    auto header_end = data.find("\r\n\r\n");
    if (header_end != std::string::npos) {
      std::size_t length = 0;
      auto cl = data.find("Content-Length:");
      if (cl == std::string::npos) cl = data.find("content-length:");
      if (cl != std::string::npos && cl < header_end) length = std::stoul(data.substr(cl + 15));
      if (data.size() >= header_end + 4 + length) {
        if (data.size() < 12) return 0;
        return std::stoi(data.substr(9, 3));
      }
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return -1;
    pollfd p{.fd = fd, .events = POLLIN, .revents = 0};
    int r = ::poll(&p, 1, static_cast<int>(left));
    if (r == 0) return -1;
    if (r < 0) return 0;
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) return 0;
    data.append(buf, static_cast<std::size_t>(n));
  }
}

std::string request_for(const ProbeOptions& o) {
  return "GET " + o.path + " HTTP/1.1\r\nHost: " + o.host + "\r\nUser-Agent: jamt-load-probe\r\n\r\n";
}

double percentile(std::vector<double> sorted, double p) {
  if (sorted.empty()) return 0;
  auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(index, sorted.size() - 1)];
}

// Whether the server has closed `fd` (readable with nothing to read).
bool closed_by_peer(int fd) {
  pollfd p{.fd = fd, .events = POLLIN, .revents = 0};
  if (::poll(&p, 1, 0) <= 0) return false;
  char c;
  return ::recv(fd, &c, 1, MSG_PEEK | MSG_DONTWAIT) <= 0;
}

}  // namespace

ProbeResult run_probe(const ProbeOptions& o) {
  ProbeResult result;
  std::vector<int> idle;
  // All idle connections send their request first, then their answers are
  // read against one deadline: a server that cannot serve them all costs
  // the probe one timeout, not one per connection.
  for (int i = 0; i < o.idle_connections; ++i) {
    int fd = open_connection(o);
    if (fd < 0) break;
    idle.push_back(fd);
    send_all(fd, request_for(o));
  }
  const auto idle_deadline = Clock::now() + o.timeout;
  for (int fd : idle)
    if (read_response(fd, idle_deadline) == 200) ++result.idle_opened;

  // The slow clients: one thread feeds each a header byte per second.
  std::atomic<bool> done{false};
  std::atomic<int> reopened{0};
  std::thread slow([&] {
    const std::string header = "GET " + o.path + " HTTP/1.1\r\nHost: " + o.host + "\r\nX-Slow: " + std::string(4000, 'a');
    std::vector<std::pair<int, std::size_t>> clients;  // fd, bytes sent
    for (int i = 0; i < o.slow_clients; ++i) clients.emplace_back(open_connection(o), 0);
    while (!done) {
      for (auto& [fd, sent] : clients) {
        if (fd < 0 || closed_by_peer(fd) || !send_all(fd, header.substr(sent % header.size(), 1))) {
          if (fd >= 0) ::close(fd);
          fd = open_connection(o);
          sent = 0;
          ++reopened;
          if (fd >= 0) send_all(fd, header.substr(0, 1));
        }
        ++sent;
      }
      for (int i = 0; i < 10 && !done; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (auto& [fd, sent] : clients)
      if (fd >= 0) ::close(fd);
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // let the slow clients start

  for (int i = 0; i < o.requests; ++i) {
    auto start = Clock::now();
    int fd = open_connection(o);
    int status = fd < 0 ? 0 : (send_all(fd, request_for(o)) ? read_response(fd, start + o.timeout) : 0);
    auto ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (fd >= 0) ::close(fd);
    if (status == -1) ++result.timeouts;
    else if (status >= 200 && status < 300) {
      ++result.answered;
      result.latencies_ms.push_back(ms);
    } else {
      ++result.failed;
    }
    std::this_thread::sleep_for(o.request_interval);
  }
  done = true;
  slow.join();
  result.slow_reopened = reopened;
  for (int fd : idle) {
    if (!closed_by_peer(fd)) ++result.idle_still_open;
    ::close(fd);
  }
  auto sorted = result.latencies_ms;
  std::sort(sorted.begin(), sorted.end());
  result.p50_ms = percentile(sorted, 0.50);
  result.p99_ms = percentile(sorted, 0.99);
  result.max_ms = sorted.empty() ? 0 : sorted.back();
  return result;
}

std::string summary(const ProbeResult& r) {
  char line[512];
  std::snprintf(line, sizeof line,
                "p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d answered, %d failed, %d timeouts; "
                "%d idle connections opened, %d still open; slow clients cut off and reopened %d times",
                r.p50_ms, r.p99_ms, r.max_ms, r.answered, r.failed, r.timeouts, r.idle_opened, r.idle_still_open,
                r.slow_reopened);
  return line;
}

}  // namespace jamt::load
