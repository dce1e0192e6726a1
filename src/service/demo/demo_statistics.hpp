#pragma once
// Issue 13, item 5 (engineer ID): real statistics in the demo. The extracts
// in data/statistics/real/ (Riket, Kalmar län and its municipalities, cut
// from the real Kolada and SCB files of ../shared/testdata/real/; provenance
// in data/statistics/real/README.md and docs/demo-data.md) are imported
// through the real importers, one import batch per KPI or table.
#include <cstddef>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// A real table of the demo: its measure code, Swedish title and unit, and
// the embedded files it is read from (paths under data/).
struct DemoRealTable {
  std::string code;                // "N00957", "SCB.INKOMST.KOMMUN"
  std::string title;               // "Ohälsotal, dagar (Kolada N00957)"
  std::string unit;                // "dagar", "procent", "tkr", "antal personer"
  std::vector<std::string> files;  // "statistics/real/kolada/kolada-N00957-ohalsotal-kon.csv", …
};

// Every real table the demo imports, in import order. Never fails: the
// list is built from the files compiled into the binary.
std::vector<DemoRealTable> demo_real_tables();

// Imports each table of demo_real_tables() whose measure code is not in the
// database yet, as the system ("system"), each as one import batch whose
// file name lists its files and whose checksum is the SHA-256 of their bytes
// in order. Returns how many tables were imported (0 on a second start).
// An Error names the file and line of a file that cannot be read (a bug in
// the extracts) or the database's refusal; tables imported before it stay.
Result<std::size_t> load_demo_real_statistics(store::Database& db);

}  // namespace jamt::service
