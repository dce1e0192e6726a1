// Fuzz target: the Kolada reader and page merging must never crash, whatever
// the bytes; a page merged with itself must report its duplicates.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/kolada/kolada.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto page = jamt::formats::read_kolada(text, "fuzz.json");
  if (!page.ok()) return 0;
  if (page->dataset.values.size() != page->dataset.cell_count()) __builtin_trap();
  auto alone = jamt::formats::merge_kolada_pages({*page});
  if (!alone.ok() || alone->values.size() != page->dataset.values.size()) __builtin_trap();
  auto twice = jamt::formats::merge_kolada_pages({*page, *page});
  if (twice.ok() != page->observations.empty()) __builtin_trap();
  return 0;
}
