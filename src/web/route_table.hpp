#pragma once
// The one route table: every URL Jämt answers, with its method and handler,
// listed in web/route_table.cpp so that a newcomer finds any URL in one file.
// The order of the entries does not matter: the router picks the most
// specific matching pattern (see web/http/router.hpp).
#include <functional>
#include <string>
#include <vector>

#include "web/http/http_types.hpp"

namespace jamt::store {
class Database;
}

namespace jamt::web {

enum class Method { get, post, put, patch, del };

// "GET", "POST", "PUT", "PATCH", "DELETE".
const char* method_name(Method method);

// A handler answers one request; it may throw, and the server turns an
// escaped exception into a logged 500.
using Handler = std::function<void(const Request&, Response&)>;

struct Route {
  Method method = Method::get;
  std::string pattern;  // ECMAScript regex matched against the whole path
  Handler handler;
};

// Every route of the application, with handlers bound to `db`.
std::vector<Route> route_table(store::Database& db);

}  // namespace jamt::web
