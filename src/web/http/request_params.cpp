#include "web/http/request_params.hpp"
#include "web/http/http_types.hpp"

#include "domain/regions.hpp"

namespace jamt::web {

std::optional<std::int64_t> parse_id(const std::string& text) {
  if (text.empty() || text.size() > 15 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  auto v = std::stoll(text);
  return v > 0 ? std::optional<std::int64_t>(v) : std::nullopt;
}

namespace {
bool looks_like_period(const std::string& p) {
  if (p.size() < 4 || p.size() > 7) return false;
  for (int i = 0; i < 4; ++i)
    if (p[i] < '0' || p[i] > '9') return false;
  for (char c : p.substr(4))
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == 'Q' || c == 'M' || c == 'H' || c == 'W')) return false;
  return true;
}
}  // namespace

Result<StatisticsParams> statistics_params(const Request& req) {
  StatisticsParams p;
  for (const auto& [key, value] : req.params) {
    if (key == "region") {
      std::size_t pos = 0;
      while (pos <= value.size()) {
        auto comma = value.find(',', pos);
        std::string code = value.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        if (!RegionCatalogue::instance().find(code))
          return validation_error("unknown region \"" + code + "\" (use SCB codes: 00, 08, 0880)", {}, "region");
        p.regions.push_back(code);
        if (comma == std::string::npos) break;
        pos = comma + 1;
      }
    } else if (key == "from" || key == "to" || key == "period" || key == "base") {
      if (!looks_like_period(value))
        return validation_error(key + " must be a period such as 2024, 2024Q1 or 2024M03, not \"" + value + "\"", {},
                                key);
      if (key == "from") p.from = value;
      if (key == "to") p.to = value;
      if (key == "period") p.period = value;
      if (key == "base") p.base = value;
    } else if (key == "format") {
      p.format = value;
    } else if (key == "by") {
      p.by = value;
    } else if (key == "lang") {
      // The page's language (docs/i18n.md), not a dimension to filter on.
    } else if (!value.empty()) {
      p.filter[key] = value;
    }
  }
  return p;
}

}  // namespace jamt::web
