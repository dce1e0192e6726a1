#include "web/http/router.hpp"

#include <algorithm>
#include <stdexcept>

namespace jamt::web {

namespace {

// Reads the subset of ECMAScript regex the route table uses, producing a
// sample path and counting literal characters and capture groups.
struct PatternReader {
  const std::string& pattern;
  std::size_t pos = 0;
  int literal_chars = 0;   // outside groups, not repeated or optional
  int capture_groups = 0;  // at any depth
  std::string literal_prefix{};
  bool prefix_open = true;

  [[noreturn]] void fail(const std::string& why) const {
    throw std::invalid_argument("route pattern \"" + pattern + "\": " + why + " at " + std::to_string(pos));
  }

  // One alternative after another up to ")" or the end; returns the first
  // alternative's sample.
  std::string alternatives(int depth) {
    std::string first = sequence(depth);
    while (pos < pattern.size() && pattern[pos] == '|') {
      ++pos;
      prefix_open = false;
      if (depth == 0) literal_prefix.clear();
      sequence(depth + 1);  // read, not used
    }
    return first;
  }

  std::string sequence(int depth) {
    std::string out;
    while (pos < pattern.size() && pattern[pos] != ')' && pattern[pos] != '|') {
      bool literal = false;
      std::string atom = read_atom(depth, literal);
      int repeat = read_quantifier();
      if (literal && repeat == -1 && depth == 0) {
        ++literal_chars;
        if (prefix_open) literal_prefix += atom;
      } else {
        prefix_open = false;
      }
      int times = repeat == -1 ? 1 : repeat;
      for (int i = 0; i < times; ++i) out += atom;
    }
    return out;
  }

  // -1: no quantifier; otherwise the smallest repeat taken for the sample.
  int read_quantifier() {
    if (pos >= pattern.size()) return -1;
    int repeat = -1;
    char c = pattern[pos];
    if (c == '?' || c == '*') {
      repeat = 0;
      ++pos;
    } else if (c == '+') {
      repeat = 1;
      ++pos;
    } else if (c == '{') {
      auto close = pattern.find('}', pos);
      if (close == std::string::npos) fail("unclosed {");
      repeat = std::stoi(pattern.substr(pos + 1, close - pos - 1));
      pos = close + 1;
    } else {
      return -1;
    }
    if (pos < pattern.size() && pattern[pos] == '?') ++pos;  // lazy
    return repeat;
  }

  std::string read_atom(int depth, bool& literal) {
    char c = pattern[pos++];
    switch (c) {
      case '(': {
        bool capturing = true;
        if (pos < pattern.size() && pattern[pos] == '?') {
          if (pos + 1 >= pattern.size() || pattern[pos + 1] != ':') fail("only (?: groups are supported");
          capturing = false;
          pos += 2;
        }
        if (capturing) ++capture_groups;
        prefix_open = false;
        std::string inner = alternatives(depth + 1);
        if (pos >= pattern.size() || pattern[pos] != ')') fail("unclosed (");
        ++pos;
        return inner;
      }
      case '[': {
        auto close = pattern.find(']', pos + 1);
        if (close == std::string::npos) fail("unclosed [");
        std::string cls = pattern.substr(pos, close - pos);
        pos = close + 1;
        if (cls.empty() || cls[0] == '^') return "x";
        if (cls[0] == '\\' && cls.size() > 1) return cls[1] == 'd' ? "1" : std::string(1, cls[1]);
        return std::string(1, cls[0]);
      }
      case '\\': {
        if (pos >= pattern.size()) fail("trailing backslash");
        char e = pattern[pos++];
        switch (e) {
          case 'd': return "1";
          case 'w': return "x";
          case 's': return " ";
          case 'D': case 'W': case 'S': return "-";
          default: literal = true; return std::string(1, e);
        }
      }
      case '.': return "x";
      case '^': case '$': return "";
      default: literal = true; return std::string(1, c);
    }
  }
};

PatternReader read_pattern(const std::string& pattern, std::string& sample) {
  PatternReader reader{pattern};
  sample = reader.alternatives(0);
  if (reader.pos != pattern.size()) reader.fail("unbalanced )");
  return reader;
}

const char* names[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};

}  // namespace

const char* method_name(Method method) { return names[static_cast<int>(method)]; }

std::optional<Method> parse_method(const std::string& name) {
  if (name == "HEAD") return Method::get;
  for (int i = 0; i < 5; ++i)
    if (name == names[i]) return static_cast<Method>(i);
  return std::nullopt;
}

bool Specificity::beats(const Specificity& other) const {
  if (literal_chars != other.literal_chars) return literal_chars > other.literal_chars;
  return capture_groups < other.capture_groups;
}

Specificity specificity(const std::string& pattern) {
  std::string sample;
  auto reader = read_pattern(pattern, sample);
  return {.literal_chars = reader.literal_chars, .capture_groups = reader.capture_groups};
}

std::string sample_path(const std::string& pattern) {
  std::string sample;
  read_pattern(pattern, sample);
  return sample;
}

Router::Router(std::vector<Route> routes) : routes_(std::move(routes)) {
  // Most specific first within each method; stable, so the table's order
  // only matters for ties the check below cannot see.
  std::vector<std::pair<Route, Compiled>> all;
  all.reserve(routes_.size());
  for (auto& route : routes_) {
    std::string sample;
    auto reader = read_pattern(route.pattern, sample);
    Compiled compiled{.regex = std::regex(route.pattern, std::regex::ECMAScript | std::regex::optimize),
                      .literal_prefix = reader.literal_prefix,
                      .rank = {.literal_chars = reader.literal_chars, .capture_groups = reader.capture_groups}};
    all.emplace_back(std::move(route), std::move(compiled));
  }
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    if (a.first.method != b.first.method) return a.first.method < b.first.method;
    return a.second.rank.beats(b.second.rank);
  });
  routes_.clear();
  for (auto& [route, compiled] : all) {
    routes_.push_back(std::move(route));
    compiled_.push_back(std::move(compiled));
  }
  // Equal routes sit next to each other, in runs of one method and rank.
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const std::string sample = sample_path(routes_[i].pattern);
    for (std::size_t j = i + 1; j < routes_.size(); ++j) {
      if (routes_[j].method != routes_[i].method || !(compiled_[j].rank == compiled_[i].rank)) break;
      const std::string other_sample = sample_path(routes_[j].pattern);
      std::string what;
      if (routes_[i].pattern == routes_[j].pattern) what = "is listed twice";
      else if (std::regex_match(sample, compiled_[j].regex) || std::regex_match(other_sample, compiled_[i].regex))
        what = "matches the same paths as " + routes_[j].pattern + " and is as specific";
      if (!what.empty())
        throw std::logic_error(std::string("route table: ") + method_name(routes_[i].method) + " " +
                               routes_[i].pattern + " " + what);
    }
  }
}

std::optional<Router::Match> Router::find(Method method, const std::string& path) const {
  std::smatch m;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    if (routes_[i].method != method) continue;
    if (path.compare(0, compiled_[i].literal_prefix.size(), compiled_[i].literal_prefix) != 0) continue;
    if (!std::regex_match(path, m, compiled_[i].regex)) continue;
    Match found{.route = &routes_[i], .captures = {}};
    for (const auto& group : m) found.captures.push_back(group.matched ? group.str() : std::string());
    return found;
  }
  return std::nullopt;
}

std::vector<Method> Router::allowed_methods(const std::string& path) const {
  std::vector<Method> out;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    if (!out.empty() && out.back() == routes_[i].method) continue;
    if (path.compare(0, compiled_[i].literal_prefix.size(), compiled_[i].literal_prefix) != 0) continue;
    if (std::regex_match(path, compiled_[i].regex)) out.push_back(routes_[i].method);
  }
  return out;
}

}  // namespace jamt::web
