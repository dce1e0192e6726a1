#pragma once
// How each row of the authorisation table becomes a request: the path with
// its ids filled from the fixtures, and a valid body, so that the only
// reason for a refusal is who asks.
#include <functional>
#include <map>
#include <string>

#include "authorization_world.hpp"

namespace jamt::testing::authz {

// Makes the request of one row for one role (fresh records included).
using Recipe = std::function<HttpCall(World&, const TableRow&, Role)>;

// Every recipe, keyed by TableRow::key() ("GET /api/v1/joinings/(\d+) read").
const std::map<std::string, Recipe>& recipes();

// `pattern` with its capture groups replaced by `values` in order and
// regex escapes (`\.`) removed: "/api/v1/joinings/(\d+)" + {"7"} →
// "/api/v1/joinings/7".
std::string path_of(const std::string& pattern, const std::vector<std::string>& values);

}  // namespace jamt::testing::authz
