// Fuzz target: the XLSX reader must never crash or run away, whatever the
// bytes — a zip that is no workbook, a workbook with broken XML, shared
// string indexes out of range, cell references beyond XFD. Seeds in
// fuzz/corpus/xlsx/ are real workbooks (tests/data/xlsx/).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/xlsx/xlsx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto rows = jamt::formats::read_xlsx(bytes, "fuzz.xlsx");
  if (rows.ok()) {
    std::size_t cells = 0, last = 0;
    for (const auto& r : *rows) {
      if (r.number == 0 || r.cells.empty()) __builtin_trap();
      cells += r.cells.size();
      last = r.number;
    }
    if (cells > jamt::formats::kXlsxMaxCells) __builtin_trap();
    (void)last;
  }
  return 0;
}
