#pragma once
// Finding the route for a request. Built once from the route table; the
// order of the routes does not matter.
//
// Specificity: when several patterns of one method match a path, the one with
// the most literal characters outside capture groups wins (an escaped
// character such as "\." counts as one; character classes, ".", quantifiers
// and groups count as none); with equal literal characters, the one with
// fewer capture groups wins. So "/checklistor/ny" beats "/checklistor/([^/]+)"
// and "/api/v1/joinings/summary" beats "/api/v1/joinings/(\d+)".
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "web/route_table.hpp"

namespace jamt::web {

// How specific a pattern is; greater compares as more specific.
struct Specificity {
  int literal_chars = 0;
  int capture_groups = 0;
  // Whether this pattern beats `other` (more literal characters, then fewer
  // capture groups).
  bool beats(const Specificity& other) const;
  bool operator==(const Specificity&) const = default;
};
Specificity specificity(const std::string& pattern);

// A path the pattern matches, built by taking each atom once with its
// smallest repeat (at least one), optional parts left out, the first
// alternative of a group, "1" for \d and "x" for "." and negated classes:
// R"(/grupper/(\d+)/narvaro\.csv)" → "/grupper/1/narvaro.csv". Meant for the
// patterns of the route table (a subset of ECMAScript regex); throws
// std::invalid_argument for a pattern it cannot read.
std::string sample_path(const std::string& pattern);

// The method named `name` ("GET", … ; "HEAD" counts as GET), or nullopt.
std::optional<Method> parse_method(const std::string& name);

class Router {
 public:
  // Compiles every pattern. Throws std::logic_error naming both routes when
  // two routes have the same method and pattern, or when two equally
  // specific routes of one method both match the sample path of one of them
  // (a programming error: which should win?); std::regex_error for a
  // malformed pattern.
  explicit Router(std::vector<Route> routes);

  struct Match {
    const Route* route = nullptr;
    // [0] the whole path, [1…] the capture groups ("" for one that did not
    // take part).
    std::vector<std::string> captures;
  };

  // The most specific route of `method` whose pattern matches all of
  // `path`, or nullopt. Thread-safe (reads only).
  std::optional<Match> find(Method method, const std::string& path) const;

  // The methods under which some route matches `path`, in enum order (for
  // the Allow header of a 405).
  std::vector<Method> allowed_methods(const std::string& path) const;

  // The routes, most specific first within each method.
  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Compiled {
    std::regex regex;
    std::string literal_prefix;  // every matching path starts with it
    Specificity rank;
  };
  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;  // parallel to routes_
};

}  // namespace jamt::web
