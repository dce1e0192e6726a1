#pragma once
// `jamt report`: the yearly follow-up of a strategy, the national
// compilation or a county's three-year follow-up round written to a file as
// print-ready HTML, PDF, XLSX or JSON (docs/report-document.md, "Command line").
#include <cstdint>
#include <string>

#include "store/database.hpp"

namespace jamt::cli {

// What `jamt report` was asked for: exactly one of a strategy (with
// strategy_id), national or follow_up (with county); year always.
struct ReportCommandOptions {
  std::int64_t strategy_id = 0;
  bool national = false;
  bool follow_up = false;
  std::string county{};
  int year = 0;
  std::string format = "html";  // html (print-ready), pdf, xlsx or json
  std::string output{};         // file; "" or "-" for standard output
};

// Builds the report as an operator of the installation (every county, like
// an admin), renders it and writes it. Returns the exit code: 0 when
// written, 1 when the report could not be built, rendered or written
// (message on stderr), 2 for a usage error (not exactly one kind, no year,
// unknown format).
int run_report_command(store::Database& db, const ReportCommandOptions& options);

}  // namespace jamt::cli
