#pragma once
// The `jamt` command line: global options and the subcommands.
namespace jamt::cli {

// Parses argv, runs the chosen subcommand and returns the process exit code:
// 0 on success, 1 when the command failed (message on stderr), 2 for a usage
// error.
int run(int argc, char** argv);

}  // namespace jamt::cli
