#pragma once
// Character encodings met in statistics files: UTF-8 (with or without a byte
// order mark) and Windows-1252 (Excel's "CSV" on Swedish Windows). Everything
// inside Jämt is UTF-8.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jamt::formats {

// `bytes` without a leading UTF-8 byte order mark (EF BB BF), if it has one.
std::string_view strip_utf8_bom(std::string_view bytes);

// The offset of the first byte that is not part of well-formed UTF-8
// (overlong forms, surrogates and code points above U+10FFFF count as
// malformed), or nullopt when all of `bytes` is valid UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

// The Unicode code point of one Windows-1252 byte: ASCII and A0..FF map to
// themselves, 80..9F to the code page's letters and signs (80 → U+20AC €),
// and the five bytes the code page leaves undefined (81 8D 8F 90 9D) to
// U+FFFD. The one Windows-1252 table in Jämt; the CSV and PX readers use it.
std::uint32_t windows1252_code_point(unsigned char byte);

// `bytes` decoded as Windows-1252 and encoded as UTF-8. The five bytes that
// Windows-1252 leaves undefined (81 8D 8F 90 9D) become U+FFFD.
std::string windows1252_to_utf8(std::string_view bytes);

// Appends `text` to `out` as a quoted JSON string: quotes, backslashes and
// control characters escaped, other UTF-8 passed through, and any malformed
// UTF-8 byte replaced by U+FFFD so the output is always valid JSON.
void append_json_string(std::string& out, std::string_view text);

}  // namespace jamt::formats
