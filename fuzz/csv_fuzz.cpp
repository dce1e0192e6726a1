// Fuzz target: the CSV reader must never crash, whatever the bytes. The
// first byte picks the options, so forced separators, marks and encodings
// are fuzzed too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/csv/csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  jamt::formats::CsvOptions options;
  options.file_name = "fuzz.csv";
  const std::uint8_t pick = data[0];
  const char separators[] = {0, ';', ',', '\t'};
  options.separator = separators[pick & 3];
  options.decimal_mark = static_cast<jamt::formats::CsvDecimalMark>((pick >> 2) % 3);
  options.encoding = static_cast<jamt::formats::CsvEncoding>((pick >> 4) % 3);
  if (pick & 0x80) options.value_column = "värde";
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  auto parsed = jamt::formats::read_csv(bytes, options);
  if (parsed.ok() && parsed->values.size() != parsed->cell_count()) __builtin_trap();
  return 0;
}
