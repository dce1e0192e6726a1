#include "domain/statistics/value_flags.hpp"

#include <algorithm>
#include "domain/i18n/translate.hpp"

namespace jamt::stats {

ValueFlag describe_flag(std::string_view symbol) {
  std::string s(symbol);
  auto flag = [&](FlagKind kind, std::string_view text) { return ValueFlag{s, kind, std::string(text)}; };
  if (s.empty()) return ValueFlag{};
  if (s == ":" || (s.size() >= 2 && s.size() <= 7 && std::all_of(s.begin(), s.end(), [](char c) { return c == '.'; })))
    return flag(FlagKind::not_available, i18n::N_("Uppgift saknas eller är för osäker för att redovisas"));
  if (s == ".") return flag(FlagKind::not_applicable, i18n::N_("Uppgift kan inte förekomma"));
  if (s == "-") return flag(FlagKind::nil, i18n::N_("Noll, inget finns att redovisa"));
  if (s == "p" || s == "*" || s == "prel" || s == "P") return flag(FlagKind::provisional, i18n::N_("Preliminär uppgift"));
  if (s == "b" || s == "|" || s == "B") return flag(FlagKind::break_in_series, i18n::N_("Brott i tidsserien"));
  if (s == "e" || s == "E") return flag(FlagKind::estimated, i18n::N_("Uppskattat värde"));
  return flag(FlagKind::other, i18n::N_("Symbol från källan"));
}

std::vector<ValueFlag> flag_legend(const std::set<std::string>& symbols) {
  std::vector<ValueFlag> out;
  for (const auto& s : symbols)
    if (!s.empty()) out.push_back(describe_flag(s));
  std::stable_sort(out.begin(), out.end(), [](const ValueFlag& a, const ValueFlag& b) {
    return static_cast<int>(a.kind) < static_cast<int>(b.kind);
  });
  return out;
}

}  // namespace jamt::stats
