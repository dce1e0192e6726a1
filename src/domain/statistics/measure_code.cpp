#include "domain/statistics/measure_code.hpp"

#include <string>

namespace jamt::stats {

namespace {

bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The code as it may be quoted in a message: control characters as "?".
std::string quoted(std::string_view code) {
  std::string out;
  for (char c : code.substr(0, kMaxMeasureCodeBytes)) {
    auto u = static_cast<unsigned char>(c);
    out += u < 0x20 || u == 0x7F ? '?' : c;
  }
  if (code.size() > kMaxMeasureCodeBytes) out += "…";
  return "\"" + out + "\"";
}

}  // namespace

Status check_measure_code(std::string_view code, const std::string& field) {
  const std::string allowed = "får bara innehålla bokstäverna a–z, siffror, _, - och . (till exempel BE0101N1)";
  if (code.empty()) return validation_error("Mätvärdets kod saknas.", {}, field);
  if (code.size() > kMaxMeasureCodeBytes)
    return validation_error("Mätvärdets kod " + quoted(code) + " är längre än " +
                                std::to_string(kMaxMeasureCodeBytes) + " tecken.",
                            {}, field);
  for (char c : code)
    if (!alnum(c) && c != '_' && c != '-' && c != '.')
      return validation_error("Mätvärdets kod " + quoted(code) + " " + allowed + ".", {}, field);
  if (!alnum(code.front()))
    return validation_error("Mätvärdets kod " + quoted(code) + " ska börja med en bokstav eller en siffra.", {},
                            field);
  if (code.back() == '.')
    return validation_error("Mätvärdets kod " + quoted(code) + " får inte sluta med en punkt.", {}, field);
  static constexpr std::string_view file_types[] = {"html", "htm", "xhtml", "shtml", "svg", "xml", "js",  "mjs",
                                                    "exe",  "com", "bat",   "cmd",   "scr", "msi", "ps1", "vbs",
                                                    "hta",  "lnk", "jar",   "sh",    "php", "pdf", "zip"};
  if (auto dot = code.rfind('.'); dot != std::string_view::npos) {
    const std::string ending = lower(code.substr(dot + 1));
    for (auto type : file_types)
      if (ending == type)
        return validation_error("Mätvärdets kod " + quoted(code) + " får inte sluta som ett filnamn (." + ending + ").",
                                {}, field);
  }
  return {};
}

}  // namespace jamt::stats
