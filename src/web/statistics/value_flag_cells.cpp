#include "web/statistics/value_flag_cells.hpp"

#include <nlohmann/json.hpp>

#include "domain/statistics/value_flags.hpp"
#include "report/number_text.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

std::string flag_of(const std::map<stats::Sex, std::string>& status, stats::Sex sex) {
  auto it = status.find(sex);
  return it == status.end() ? "" : it->second;
}

std::string flagged_number(const std::optional<double>& value, const std::string& symbol, int decimals) {
  if (!value) return symbol.empty() ? "–" : symbol;
  std::string text = report::optional_number_text(value, decimals);
  return symbol.empty() || symbol == "-" ? text : text + "\u00a0" + symbol;
}

nlohmann::json flag_legend_json(const std::set<std::string>& symbols) {
  nlohmann::json legend = nlohmann::json::array();
  for (const auto& f : stats::flag_legend(symbols)) legend.push_back({{"symbol", f.symbol}, {"text", i18n::tr(f.text)}});
  return legend;
}

}  // namespace jamt::web
