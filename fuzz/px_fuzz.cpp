// Fuzz target: the PX reader must never crash, hang or read out of bounds,
// whatever the bytes; a table's size is capped so a tiny input cannot ask for
// gigabytes. Reads both the default language and "sv" (the multilingual
// paths), and the streaming reader with the same bytes.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "formats/px/px_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  jamt::formats::PxOptions opts;
  opts.file_name = "fuzz.px";
  opts.max_cells = 1 << 12;
  auto a = jamt::formats::read_px(bytes, opts);
  opts.language = "sv";
  (void)jamt::formats::read_px(bytes, opts);
  opts.language.clear();
  std::istringstream in{std::string(bytes)};
  auto b = jamt::formats::read_px_stream(in, opts);
  // Both ways of reading must agree.
  if (a.ok() != b.ok()) __builtin_trap();
  if (a.ok() && a->values.size() != b->values.size()) __builtin_trap();
  return 0;
}
