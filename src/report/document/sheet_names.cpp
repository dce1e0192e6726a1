#include "report/document/sheet_names.hpp"

#include <set>

namespace jamt::report {

namespace {

constexpr std::size_t kMaxChars = 31;

// The first `n` UTF-8 characters of `s`.
std::string first_chars(const std::string& s, std::size_t n) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((s[i] & 0xC0) != 0x80) {
      if (count == n) return s.substr(0, i);
      ++count;
    }
  }
  return s;
}

std::string cleaned(const std::string& caption) {
  std::string s;
  for (char c : caption) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    s += (std::string("[]:*?/\\").find(c) != std::string::npos) ? '-' : c;
  }
  auto trim = [](std::string& t) {
    while (!t.empty() && (t.front() == '\'' || t.front() == ' ')) t.erase(t.begin());
    while (!t.empty() && (t.back() == '\'' || t.back() == ' ')) t.pop_back();
  };
  trim(s);
  s = first_chars(s, kMaxChars);
  trim(s);
  return s;
}

std::string folded(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

std::vector<std::string> unique_sheet_names(const std::vector<std::string>& captions) {
  std::vector<std::string> names;
  std::set<std::string> used;
  for (std::size_t i = 0; i < captions.size(); ++i) {
    std::string base = cleaned(captions[i]);
    if (base.empty()) base = "Tabell " + std::to_string(i + 1);
    std::string name = base;
    for (int n = 2; used.count(folded(name)) > 0; ++n) {
      std::string suffix = " (" + std::to_string(n) + ")";
      name = first_chars(base, kMaxChars - suffix.size()) + suffix;
    }
    used.insert(folded(name));
    names.push_back(name);
  }
  return names;
}

}  // namespace jamt::report
