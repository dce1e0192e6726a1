#include "domain/i18n/translate.hpp"

#include <cmath>
#include <cstdio>

#include "domain/i18n/catalogue.hpp"

namespace jamt::i18n {

std::string translate(std::string_view swedish, Language language) {
  if (language == Language::sv) return std::string(swedish);
  const std::string* found = english_catalogue().find(swedish);
  return found ? *found : std::string(swedish);
}

std::string tr(std::string_view swedish) { return translate(swedish, current_language()); }

std::string trf(std::string_view swedish, std::initializer_list<std::string_view> args) {
  std::string text = tr(swedish);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      auto close = text.find('}', i);
      if (close != std::string::npos && close > i + 1 && close - i <= 3) {
        std::size_t n = 0;
        bool digits = true;
        for (std::size_t k = i + 1; k < close; ++k) {
          if (text[k] < '0' || text[k] > '9') digits = false;
          else n = n * 10 + static_cast<std::size_t>(text[k] - '0');
        }
        if (digits && n >= 1 && n <= args.size()) {
          out += *(args.begin() + (n - 1));
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

std::string format_number(double value, int decimals, Language language) {
  const bool english = language == Language::en;
  // printf would round 38.25 to even (38.2); statistics offices round away.
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(std::fabs(value) * scale) / scale;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded);
  std::string digits(buf);
  std::string frac;
  auto dot = digits.find('.');
  if (dot != std::string::npos) {
    frac = (english ? "." : ",") + digits.substr(dot + 1);
    digits = digits.substr(0, dot);
  }
  const char* group = english ? "," : "\u00a0";
  std::string grouped;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0) grouped.insert(0, group);
    grouped.insert(grouped.begin(), *it);
    ++count;
  }
  bool negative = value < 0 && std::fabs(value) >= 0.5 * std::pow(10.0, -decimals);
  return (negative ? "\u2212" : "") + grouped + frac;
}

std::string format_number(double value, int decimals) { return format_number(value, decimals, current_language()); }

}  // namespace jamt::i18n
