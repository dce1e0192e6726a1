#pragma once
// Mail in tests: an outbox folder in a fresh temporary directory (for
// servers whose mail no test reads), and a real SMTP server — Debian's
// python3-aiosmtpd — on a free local port that stores every message it
// receives in a Maildir, for tests that read what arrived.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "service/mail/outbox_mailer.hpp"
#include "service/mail/smtp_mailer.hpp"

namespace jamt::testing {

// A fresh, empty folder under the system's temporary directory; removed
// with everything in it when the object goes.
class TempFolder {
 public:
  TempFolder() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("jamt-mail-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The whole content of every regular file directly in `folder` (sorted by
// name), skipping hidden ones.
inline std::vector<std::string> files_in(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> names;
  std::error_code ec;
  if (!std::filesystem::exists(folder, ec)) return {};
  for (const auto& e : std::filesystem::directory_iterator(folder))
    if (e.is_regular_file() && e.path().filename().string()[0] != '.') names.push_back(e.path());
  std::sort(names.begin(), names.end());
  std::vector<std::string> out;
  for (const auto& n : names) {
    std::ifstream in(n, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

// An outbox mailer into a temporary folder, and its MailSetup.
struct TestOutbox {
  TempFolder folder;
  service::OutboxMailer mailer{folder.path() / "mail-outbox", "jamt@localhost"};
  service::MailSetup setup{.mailer = mailer, .site_url = "http://jamt.test"};
  std::vector<std::string> messages() const { return files_in(mailer.folder()); }
};

// A free TCP port on 127.0.0.1 (bound and released; fine for tests).
inline int free_local_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  int port = ntohs(addr.sin_port);
  close(fd);
  return port;
}

// `/usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c aiosmtpd.handlers.Mailbox
// MAILDIR` as a child process, stopped (SIGTERM) when the object goes.
class SmtpSink {
 public:
  SmtpSink() {
    port_ = free_local_port();
    std::string listen = "127.0.0.1:" + std::to_string(port_);
    std::string maildir = (folder_.path() / "maildir").string();
    pid_ = fork();
    if (pid_ == 0) {
      // Debian's interpreter, which has the python3-aiosmtpd package (a
      // python3 earlier on PATH, e.g. pyenv's, may not).
      execl("/usr/bin/python3", "python3", "-m", "aiosmtpd", "-n", "-l", listen.c_str(), "-c", "aiosmtpd.handlers.Mailbox",
             maildir.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    // Wait until it accepts connections.
    for (int i = 0; i < 200 && !ready(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  ~SmtpSink() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
    }
  }
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  bool ready() const {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<uint16_t>(port_));
    bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    close(fd);
    return ok;
  }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
  // Every message that arrived, oldest first. Python's Maildir names a file
  // "SECONDS.M<microseconds>P<pid>Q<n>.host" without padding the
  // microseconds, so names do not sort by arrival within a second ("M99999"
  // after "M123456"): they are ordered by the two numbers instead.
  std::vector<std::string> messages() const {
    const auto folder = folder_.path() / "maildir" / "new";
    std::vector<std::pair<std::pair<long long, long long>, std::filesystem::path>> named;
    std::error_code ec;
    if (!std::filesystem::exists(folder, ec)) return {};
    for (const auto& e : std::filesystem::directory_iterator(folder)) {
      const std::string name = e.path().filename().string();
      if (!e.is_regular_file() || name.empty() || name[0] == '.') continue;
      long long seconds = 0, micros = 0;
      std::sscanf(name.c_str(), "%lld.M%lld", &seconds, &micros);
      named.push_back({{seconds, micros}, e.path()});
    }
    std::sort(named.begin(), named.end());
    std::vector<std::string> out;
    for (const auto& [key, path] : named) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      out.push_back(ss.str());
    }
    return out;
  }

 private:
  TempFolder folder_;
  int port_ = 0;
  pid_t pid_ = -1;
};

// `message` with LF line ends (the sink's Maildir stores LF, the outbox
// CRLF) and quoted-printable soft line breaks ("=" at a line end) undone,
// so a test can look for a header or a phrase of the body.
inline std::string readable(const std::string& message) {
  std::string lf;
  for (char c : message)
    if (c != '\r') lf += c;
  std::string out;
  for (std::size_t i = 0; i < lf.size(); ++i) {
    if (lf.compare(i, 2, "=\n") == 0) {
      ++i;
      continue;
    }
    out += lf[i];
  }
  return out;
}

// The path "/konto/losenord/<64 hex>" of the link in a mail, or "".
inline std::string password_link_in(const std::string& message) {
  std::string text = readable(message);
  auto at = text.find("/konto/losenord/");
  if (at == std::string::npos) return "";
  return text.substr(at, 16 + 64);
}

}  // namespace jamt::testing
