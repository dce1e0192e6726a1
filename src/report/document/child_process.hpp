#pragma once
// Running an outside program (Chromium) to completion with a time limit:
// the program and everything it starts form their own process group, which
// is killed when the time is up and swept after the program has ended.
#include <chrono>
#include <string>
#include <vector>

#include "domain/result.hpp"

namespace jamt::report {

// How to run a program: `argv[0]` is the program (a path, or a name looked
// up in PATH), `environment` replaces the caller's environment ("NAME=value"
// each), `output_file` receives its standard output and standard error
// (standard input is /dev/null), and the program is killed after
// `time_limit`.
struct ChildProcessOptions {
  std::vector<std::string> argv;
  std::vector<std::string> environment;
  std::string output_file;
  std::chrono::milliseconds time_limit{60'000};
};

// How the program ended: its exit code (128 + the signal when a signal
// ended it), whether it was killed for exceeding the time limit, and the
// largest resident set of any process of the group that was waited for, in
// kilobytes (getrusage of the children; 0 when unknown).
struct ChildProcessOutcome {
  int exit_code = 0;
  bool timed_out = false;
  long peak_rss_kb = 0;
};

// Starts the program in a new process group and waits for it. Returns the
// outcome whatever the exit code; Error "io" only when the program cannot be
// started at all — its message then names the program and the reason
// (e.g. "No such file or directory"). Thread-safe: each call waits only for
// its own child. After the program has ended, whatever it left running in
// its group is killed.
Result<ChildProcessOutcome> run_child_process(const ChildProcessOptions& options);

// The full path of `program` when it names an executable file or is found in
// PATH; "" otherwise.
std::string find_program(const std::string& program);

}  // namespace jamt::report
