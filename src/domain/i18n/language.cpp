#include "domain/i18n/language.hpp"

#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

namespace jamt::i18n {

namespace {

thread_local Language current = Language::sv;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The quality of one Accept-Language entry's parameters ("q=0.8"); 1 when
// absent, 0 when unreadable (a broken entry should not win).
double quality(std::string_view params) {
  while (!params.empty()) {
    auto semi = params.find(';');
    auto param = trim(params.substr(0, semi));
    if (param.size() > 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
      std::string value(param.substr(2));
      char* end = nullptr;
      double q = std::strtod(value.c_str(), &end);
      if (end == value.c_str() || *end != '\0' || q < 0 || q > 1) return 0;
      return q;
    }
    if (semi == std::string_view::npos) break;
    params.remove_prefix(semi + 1);
  }
  return 1;
}

}  // namespace

std::string_view code(Language language) { return language == Language::en ? "en" : "sv"; }

std::optional<Language> parse_language(std::string_view text) {
  text = trim(text);
  auto dash = text.find('-');
  auto primary = text.substr(0, dash);
  if (primary.size() != 2) return std::nullopt;
  char a = static_cast<char>(std::tolower(static_cast<unsigned char>(primary[0])));
  char b = static_cast<char>(std::tolower(static_cast<unsigned char>(primary[1])));
  if (a == 's' && b == 'v') return Language::sv;
  if (a == 'e' && b == 'n') return Language::en;
  return std::nullopt;
}

std::optional<Language> from_accept_language(std::string_view header) {
  std::optional<Language> best;
  double best_q = 0;
  while (!header.empty()) {
    auto comma = header.find(',');
    auto entry = trim(header.substr(0, comma));
    auto semi = entry.find(';');
    auto tag = trim(entry.substr(0, semi));
    double q = semi == std::string_view::npos ? 1.0 : quality(entry.substr(semi + 1));
    auto language = parse_language(tag);
    if (language && q > best_q) {
      best = language;
      best_q = q;
    }
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return best;
}

Language negotiate(std::string_view query, std::string_view remembered, std::string_view accept_language) {
  if (auto l = parse_language(query)) return *l;
  if (auto l = parse_language(remembered)) return *l;
  if (auto l = from_accept_language(accept_language)) return *l;
  return Language::sv;
}

Language current_language() { return current; }

LanguageScope::LanguageScope(Language language) : previous_(current) { current = language; }

LanguageScope::~LanguageScope() { current = previous_; }

}  // namespace jamt::i18n
