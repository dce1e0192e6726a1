// Fuzz target: the JSON-stat reader must never crash, whatever the bytes, and
// whatever it reads must survive write_jsonstat -> read_jsonstat.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/jsonstat/jsonstat.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = jamt::formats::read_jsonstat(text, "fuzz.json");
  if (!parsed.ok()) return 0;
  for (const auto& dataset : *parsed) {
    if (dataset.values.size() != dataset.cell_count()) __builtin_trap();
    auto again = jamt::formats::read_jsonstat(jamt::formats::write_jsonstat(dataset), "again.json");
    if (!again.ok() || again->size() != 1) __builtin_trap();
    const auto& back = again->front();
    if (back.values.size() != dataset.values.size() || back.status != dataset.status ||
        back.dimensions.size() != dataset.dimensions.size())
      __builtin_trap();
  }
  return 0;
}
