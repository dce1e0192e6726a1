#include "domain/common_passwords.hpp"

#include <cctype>
#include <string>
#include <unordered_set>

#include "embedded/embedded_files.hpp"

namespace jamt {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const std::unordered_set<std::string>& words() {
  static const std::unordered_set<std::string> set = [] {
    std::unordered_set<std::string> out;
    auto text = embedded_file("dict/cracklib-small").value_or("");
    std::size_t start = 0;
    while (start < text.size()) {
      auto end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      auto word = text.substr(start, end - start);
      if (!word.empty() && word.back() == '\r') word.remove_suffix(1);
      if (!word.empty()) out.insert(lower(word));
      start = end + 1;
    }
    return out;
  }();
  return set;
}

// Digits, punctuation and spaces: what people put around a word to pass a rule.
bool filler(unsigned char c) { return std::isdigit(c) || std::ispunct(c) || c == ' '; }

}  // namespace

bool is_common_password(std::string_view password) {
  const std::string p = lower(password);
  const auto& list = words();
  if (list.count(p)) return true;
  std::size_t first = 0, last = p.size();
  while (first < last && filler(static_cast<unsigned char>(p[first]))) ++first;
  while (last > first && filler(static_cast<unsigned char>(p[last - 1]))) --last;
  if (last - first < 4) return false;
  return list.count(p.substr(first, last - first)) > 0;
}

std::size_t common_password_count() { return words().size(); }

}  // namespace jamt
