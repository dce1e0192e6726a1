// Fuzz target: the strategy JSON reader and the model validation must never
// crash, whatever the bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/strategy_json/strategy_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = jamt::formats::read_strategy_json(text);
  if (parsed.ok()) {
    (void)jamt::validate(*parsed);
    (void)jamt::formats::write_strategy_json(*parsed);
  }
  return 0;
}
