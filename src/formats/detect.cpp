#include "formats/detect.hpp"

namespace jamt::formats {

std::string_view to_string(StatisticsFormat f) {
  switch (f) {
    case StatisticsFormat::px: return "px";
    case StatisticsFormat::jsonstat: return "jsonstat";
    case StatisticsFormat::csv: return "csv";
    case StatisticsFormat::kolada: return "kolada";
  }
  return "";
}

std::optional<StatisticsFormat> parse_format_name(std::string_view name) {
  if (name == "px") return StatisticsFormat::px;
  if (name == "jsonstat" || name == "json-stat") return StatisticsFormat::jsonstat;
  if (name == "csv") return StatisticsFormat::csv;
  if (name == "kolada") return StatisticsFormat::kolada;
  return std::nullopt;
}

StatisticsFormat detect_format(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  auto first = head.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && (head[first] == '{' || head[first] == '[')) {
    if (head.find("\"kpi\"") != std::string_view::npos) return StatisticsFormat::kolada;
    return StatisticsFormat::jsonstat;
  }
  static const std::string_view keywords[] = {"CHARSET=", "AXIS-VERSION=", "CODEPAGE=", "LANGUAGE=", "MATRIX=",
                                              "STUB=", "HEADING=", "DATA=", "DECIMALS=", "TITLE="};
  std::size_t pos = 0;
  while (pos < head.size()) {
    std::string_view line = head.substr(pos);
    for (auto k : keywords)
      if (line.substr(0, k.size()) == k) return StatisticsFormat::px;
    auto nl = head.find('\n', pos);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return StatisticsFormat::csv;
}

}  // namespace jamt::formats
