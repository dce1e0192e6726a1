#pragma once
// The real `jamt` program in tests: a command run to its end, or
// `jamt serve` as a process that can be stopped or killed.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_BINARY

#include <array>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace jamt::testing {

// What a command printed (stdout and stderr together) and its exit code.
struct CommandRun {
  int exit_code = -1;
  std::string out;
};

// Runs a shell command line to its end.
inline CommandRun run_command(const std::string& command) {
  CommandRun r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf{};
  while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// A shell word: `text` in single quotes.
inline std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// `jamt <global> serve --listen 127.0.0.1:0 <extra>` as a child process.
class ServeProcess {
 public:
  // Starts it and waits until it says where it listens (port() is then > 0;
  // 0 when it did not start, with what it printed in output()).
  ServeProcess(const std::string& global_options, const std::string& extra = "") {
    std::string command = "echo $$; exec " + std::string(JAMT_BINARY) + " " + global_options +
                          " serve --listen 127.0.0.1:0 " + extra + " 2>&1";
    pipe_ = popen(command.c_str(), "r");
    if (!pipe_) return;
    std::array<char, 4096> line{};
    if (!fgets(line.data(), line.size(), pipe_)) return;
    pid_ = std::atoi(line.data());
    while (fgets(line.data(), line.size(), pipe_)) {
      std::string l = line.data();
      output_ += l;
      if (auto at = l.find("on http://127.0.0.1:"); at != std::string::npos) {
        port_ = std::atoi(l.c_str() + at + 20);
        break;
      }
    }
  }
  ~ServeProcess() { stop(SIGTERM); }
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  int port() const { return port_; }
  int pid() const { return pid_; }
  const std::string& output() const { return output_; }

  // Sends `sig` and waits for the process to end (reading what it prints).
  void stop(int sig) {
    if (pid_ > 0) ::kill(pid_, sig);
    pid_ = 0;
    if (pipe_) {
      std::array<char, 4096> rest{};
      while (fgets(rest.data(), rest.size(), pipe_)) output_ += rest.data();
      pclose(pipe_);
      pipe_ = nullptr;
    }
  }

 private:
  FILE* pipe_ = nullptr;
  int pid_ = 0;
  int port_ = 0;
  std::string output_;
};

}  // namespace jamt::testing
